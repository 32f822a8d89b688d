"""Deciding a missed class window from any screen (the draft, a plan line, the detail pane):
one operation, a status line, and one undo step that puts the class clock back."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from deskcrm.core.services import class_windows
from deskcrm.core.services.class_windows import Before, Decision
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.operations import Op
from deskcrm.ui.vocabulary.classes import (
    extend_step,
    extended_note,
    move_to_d_step,
    moved_to_d_note,
)
from deskcrm.ui.vocabulary.dates import date_text


class Choice(StrEnum):
    EXTEND = "extend"
    MOVE_TO_D = "move_to_d"


_SERVICES = {Choice.EXTEND: class_windows.extend_window, Choice.MOVE_TO_D: class_windows.move_to_d}


class DecisionCommand(QUndoCommand):
    """A decision already taken: undo restores what it changed, redo takes it again."""

    def __init__(self, bridge: Bridge, choice: Choice, before: Before, text: str) -> None:
        super().__init__(text)
        self.bridge, self.choice, self.before = bridge, choice, before
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:  # it ran when the command was pushed
            self._fresh = False
            return
        service, b = _SERVICES[self.choice], self.before
        result = (
            Op(self.bridge, lambda db: service(db, b.contact_id, b.item_id), initiator=self)
            .failure(lambda _exc: self.setObsolete(True))
            .run()
        )
        if result is not None:
            self.before = result[0].before

    def undo(self) -> None:
        before = self.before
        Op(self.bridge, lambda db: class_windows.undo_decision(db, before), initiator=self).failure(
            lambda _exc: self.setObsolete(True)
        ).run()


def decide(
    bridge: Bridge,
    choice: Choice,
    contact_id: int,
    name: str,
    item_id: int | None = None,
    *,
    initiator: object = None,
    parent: QWidget | None = None,
) -> Decision | None:
    """Take the decision (a refusal is shown in the user's words); None when refused."""
    service = _SERVICES[choice]
    result = Op(
        bridge, lambda db: service(db, contact_id, item_id), initiator=initiator, parent=parent
    ).run()
    if result is None:
        return None
    decision = result[0]
    if choice == Choice.EXTEND:
        step = extend_step(name)
        bridge.status.emit(extended_note(name, date_text(decision.state.deadline)))
    else:
        step = move_to_d_step(name)
        bridge.status.emit(moved_to_d_note(name))
    bridge.undo_stack.push(DecisionCommand(bridge, choice, decision.before, step))
    return decision
