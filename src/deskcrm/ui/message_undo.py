"""Undo of sent WeChat messages (the message queue, a plan line's "Message…"): one step
for a batch already recorded through messaging.log_sent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from deskcrm.core.services import messaging, touches
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.operations import Op


class SentMessagesCommand(QUndoCommand):
    """A batch of sent messages, already recorded: undo deletes its touches, redo records
    them again (new touch ids, kept for the next undo)."""

    def __init__(
        self,
        bridge: Bridge,
        text: str,
        template_id: int,
        sent: Sequence[tuple[int, str]],
        touch_ids: Sequence[int],
    ) -> None:
        super().__init__(text)
        self.bridge = bridge
        self.template_id = template_id
        self.sent = list(sent)
        self.touch_ids = list(touch_ids)
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        template_id, sent = self.template_id, self.sent
        Op(
            self.bridge, lambda db: messaging.log_sent(db, template_id, sent), initiator=self
        ).success(self._recorded).failure(lambda _exc: self.setObsolete(True)).run()

    def _recorded(self, result: tuple[list[int], Any]) -> None:
        self.touch_ids = list(result[0])

    def undo(self) -> None:
        ids = self.touch_ids
        Op(self.bridge, lambda db: touches.delete_touches(db, ids), initiator=self).failure(
            lambda _exc: self.setObsolete(True)
        ).run()


def messages_sent(
    bridge: Bridge,
    template_id: int,
    sent: Sequence[tuple[int, str]],
    touch_ids: Sequence[int],
    names: Sequence[str],
) -> SentMessagesCommand:
    if len(names) == 1:
        who = names[0]
    else:
        count = len(names)  # pyside6-lupdate misses calls with a nested call as an argument
        who = QCoreApplication.translate("MessageUndo", "%n contact(s)", "", count)
    text = QCoreApplication.translate("MessageUndo", "Message %1").replace("%1", who)
    return SentMessagesCommand(bridge, text, template_id, sent, touch_ids)
