"""Undo steps for the contacts screen: trash/restore, tag edits, contact edits, sent messages
(the last in ui/message_undo.py, shared with the plan screen)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, tag_edits
from deskcrm.core.services.tag_edits import TagEdit
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.message_undo import SentMessagesCommand, messages_sent
from deskcrm.ui.operations import Op

__all__ = [
    "DoneCommand",
    "SentMessagesCommand",
    "edit",
    "messages_sent",
    "restore",
    "tags",
    "trash",
]


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
