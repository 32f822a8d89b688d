"""Undo steps for the contacts screen: trash/restore, tag edits, contact edits, sent messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, messaging, tag_edits, touches
from deskcrm.core.services.tag_edits import TagEdit
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.operations import Op


class DoneCommand(QUndoCommand):
    """An action that already ran once; undo and redo run its services as operations.

    The action is performed before the command is pushed (so a refused action
    never reaches the stack); the stack's first `redo()` is therefore skipped.
    """

    def __init__(
        self,
        bridge: Bridge,
        text: str,
        undo: Callable[..., Any],
        redo: Callable[..., Any],
        *args: Any,
        undo_args: tuple[Any, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self.bridge = bridge
        self._undo, self._redo = undo, redo
        self._redo_args = args
        self._undo_args = args if undo_args is None else undo_args
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._run(self._redo, self._redo_args)

    def undo(self) -> None:
        self._run(self._undo, self._undo_args)

    def _run(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        # The world moved on when it fails (e.g. the contact was purged): drop the step.
        Op(self.bridge, lambda db: fn(db, *args), initiator=self).failure(
            lambda _exc: self.setObsolete(True)
        ).run()


def _who(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    count = len(names)  # pyside6-lupdate misses calls with a nested call as an argument
    return QCoreApplication.translate("ContactsUndo", "%n contact(s)", "", count)


def trash(bridge: Bridge, ids: Sequence[int], names: Sequence[str]) -> DoneCommand:
    text = QCoreApplication.translate("ContactsUndo", "Delete %1").replace("%1", _who(names))
    return DoneCommand(bridge, text, contacts.restore_contacts, contacts.trash_contacts, list(ids))


def restore(bridge: Bridge, ids: Sequence[int], names: Sequence[str]) -> DoneCommand:
    text = QCoreApplication.translate("ContactsUndo", "Restore %1").replace("%1", _who(names))
    return DoneCommand(bridge, text, contacts.trash_contacts, contacts.restore_contacts, list(ids))


def tags(bridge: Bridge, edit: TagEdit, names: Sequence[str]) -> DoneCommand:
    text = QCoreApplication.translate("ContactsUndo", "Change tags of %1").replace(
        "%1", _who(names)
    )
    return DoneCommand(
        bridge,
        text,
        tag_edits.restore_tags,
        tag_edits.restore_tags,
        edit.after,
        undo_args=(edit.before,),
    )


def edit(bridge: Bridge, contact_id: int, before: ContactInput, after: ContactInput) -> DoneCommand:
    text = QCoreApplication.translate("ContactsUndo", "Edit %1").replace("%1", after.name)
    return DoneCommand(
        bridge,
        text,
        contacts.update_contact,
        contacts.update_contact,
        contact_id,
        after,
        undo_args=(contact_id, before),
    )


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
    text = QCoreApplication.translate("ContactsUndo", "Message %1").replace("%1", _who(names))
    return SentMessagesCommand(bridge, text, template_id, sent, touch_ids)
