"""The walk-in key: one press counts a visitor who left without a name, from any screen.

The funnel starts at walk-ins (docs/method.md): recorded ones are new contacts, the rest
only a count per day. Ctrl+Shift+W works in the whole main window (no text field uses
it); the step goes on the shared undo stack, so Ctrl+Z (or Edit > Undo) takes it back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShortcut, QUndoCommand
from PySide6.QtWidgets import QMainWindow, QMenu

from deskcrm.core.services import walk_ins
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.operations import Op
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.targets import WALK_IN_KEY


def _counted_text(count: int) -> str:
    return QCoreApplication.translate(
        "WalkInKey", "Counted a walk-in who left no name: %n today (Ctrl+Z undoes)", "", count
    )


def _undone_text(count: int) -> str:
    return QCoreApplication.translate(
        "WalkInKey", "Took back a walk-in who left no name: %n today", "", count
    )


class WalkInCommand(QUndoCommand):
    """One counted walk-in; it was added before the push, so the first redo does nothing."""

    def __init__(self, bridge: Bridge, day: date) -> None:
        super().__init__(QCoreApplication.translate("WalkInKey", "count a walk-in"))
        self.bridge, self.day = bridge, day
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._step(1)

    def undo(self) -> None:
        self._step(-1)

    def _step(self, count: int) -> None:
        day = self.day
        result = (
            Op(self.bridge, lambda db: walk_ins.add_unrecorded(db, count, day), initiator=self)
            .failure(lambda _exc: self.setObsolete(True))
            .run()
        )
        if result is not None:
            text = _counted_text(result[0]) if count > 0 else _undone_text(result[0])
            self.bridge.status.emit(text)


def count_walk_in(bridge: Bridge) -> int | None:
    """Count one walk-in for today; today's new count, or None when it was refused."""
    day = bridge.db.today()
    result = Op(bridge, lambda db: walk_ins.add_unrecorded(db, 1, day)).run()
    if result is None:
        return None
    bridge.undo_stack.push(WalkInCommand(bridge, day))
    bridge.status.emit(_counted_text(result[0]))
    return result[0]


def install_walk_in_key(window: QMainWindow, bridge: Bridge, menu: QMenu) -> QShortcut:
    """The key on the main window, and a line in `menu` naming it.

    The menu line shows the key after a tab without owning it: one shortcut, made the
    one way (ui/shortcuts.py).
    """
    action = menu.addAction(
        QCoreApplication.translate("WalkInKey", "Count a walk-in who left no name")
        + f"\t{WALK_IN_KEY}"
    )
    action.triggered.connect(lambda: count_walk_in(bridge))
    return add_shortcut(
        window, WALK_IN_KEY, lambda: count_walk_in(bridge), Qt.ShortcutContext.WindowShortcut
    )
