"""A missed class window decided by keyboard: Ctrl+Shift+D / Ctrl+Shift+X on a focused plan
line, Alt+D in the draft dialog, Alt+X / Alt+D on the detail pane's buttons; each read back
from the database, each one undo step."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from deskcrm.core.model import ContactInput
from deskcrm.core.services import class_windows, classification, contacts, plan, plan_draft
from deskcrm.core.services.classification import ClassFlags
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact
from deskcrm.ui.screens.contacts.screen import ContactsScreen
from deskcrm.ui.screens.plan.screen import PlanScreen

ENTERED = date(2026, 3, 4)  # the test clock's day, when the contacts became class A
A_FLAGS = ClassFlags(met_first_kp=True, has_need=True, has_power=True)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _overdue(db: Database, clock: Any, *names: str) -> list[int]:
    """Class A contacts entered today, then the clock three days past their window."""
    ids = []
    for name in names:
        cid, _ = contacts.create_contact(db, ContactInput(name=name))
        classification.set_flags(db, cid, A_FLAGS)
        ids.append(cid)
    clock.now += timedelta(days=10)
    return ids


def _class(db: Database, cid: int) -> tuple[Any, ...]:
    with db.reading() as s:
        return tuple(
            s.execute(
                select(Contact.class_code, Contact.class_since, Contact.class_extended_on).where(
                    Contact.id == cid
                )
            ).one()
        )


def _press(key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, mods)


def test_keys_on_a_focused_plan_line_move_to_d_and_extend_with_undo(
    qtbot: Any, bridge: Any, db: Database, clock: Any, shown_errors: list[str]
) -> None:
    (cid,) = _overdue(db, clock, "王芳")
    today = db.today()
    plan_draft.accept(db, today, plan_draft.draft(db, today))
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    with qtbot.waitExposed(screen):
        screen.show()
    screen.activateWindow()
    sales = screen.columns["sales"]
    sales.list.setFocus()
    sales.select_row(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sales.list)
    tip = sales.model.data(sales.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Ctrl+Shift+X" in tip and "Ctrl+Shift+D" in tip
    shortcuts = {a.shortcut().toString() for a in screen.item_menu(sales).actions()}
    assert {"Ctrl+Shift+X", "Ctrl+Shift+D"} <= shortcuts

    _press(Qt.Key.Key_D, CTRL_SHIFT)
    assert _class(db, cid)[0] == "D"
    (line,) = plan.items_for_day(db, today)[0]
    assert line.done and sales.model.items[0].done  # the sheet shows it ticked
    bridge.undo_stack.undo()
    assert _class(db, cid) == ("A", ENTERED, None)
    assert not plan.items_for_day(db, today)[0][0].done

    screen.reload()
    sales.list.setFocus()
    sales.select_row(0)
    _press(Qt.Key.Key_X, CTRL_SHIFT)
    assert _class(db, cid) == ("A", today, today)
    assert plan.items_for_day(db, today)[0][0].done
    # The line is settled: the keys say so rather than acting again.
    _press(Qt.Key.Key_D, CTRL_SHIFT)
    assert _class(db, cid) == ("A", today, today) and bridge.undo_stack.count() == 1
    assert shown_errors == []


def test_the_draft_dialog_moves_a_missed_line_to_d_by_alt_d(
    qtbot: Any, bridge: Any, db: Database, clock: Any
) -> None:
    cid, other = _overdue(db, clock, "王芳", "李四")
    class_windows.extend_window(db, other)  # an extension the dialog must not offer twice
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    with qtbot.waitExposed(screen):
        screen.show()
    dialog = screen.open_draft()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    names = [s.contact_name for s in dialog.model.found]
    assert names == ["王芳"]
    dialog.list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    assert dialog.drop_button.isEnabled() and dialog.extend_button.isEnabled()
    _press(Qt.Key.Key_D, ALT)
    # A button's mnemonic clicks after its press animation.
    qtbot.waitUntil(lambda: _class(db, cid)[0] == "D")
    assert dialog.model.found == [] and not dialog.drop_button.isEnabled()
    assert bridge.undo_stack.count() == 1
    dialog.reject()


def test_the_detail_pane_offers_the_decision_on_alt_keys(
    qtbot: Any, bridge: Any, db: Database, clock: Any, shown_errors: list[str]
) -> None:
    cid, other = _overdue(db, clock, "王芳", "李四")
    class_windows.extend_window(db, other)
    clock.now += timedelta(days=8)  # 李四 missed the extended window too
    today = db.today()
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    with qtbot.waitExposed(screen):
        screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: not screen.is_loading())
    pane = screen.detail

    screen.show_contact(cid)
    assert pane.window_box.isVisible() and pane.extend_button.isVisible()
    assert "extend it once, or move to D" in pane.window_label.text()
    screen.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.table)
    _press(Qt.Key.Key_X, ALT)
    qtbot.waitUntil(lambda: _class(db, cid) == ("A", today, today))
    qtbot.waitUntil(lambda: not pane.window_box.isVisible())
    screen.method.reload()  # (a hidden tab reloads when shown)
    assert "Extended once on" in screen.method.countdown_label.text()
    bridge.undo_stack.undo()
    assert _class(db, cid) == ("A", ENTERED, None)
    qtbot.waitUntil(pane.window_box.isVisible)

    screen.show_contact(other)
    assert "already extended once" in pane.window_label.text()
    assert not pane.extend_button.isVisible() and pane.move_to_d_button.isVisible()
    screen.table.setFocus()
    _press(Qt.Key.Key_X, ALT)  # no second extension: the button is not there
    _press(Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: _class(db, other)[0] == "D")
    qtbot.waitUntil(lambda: not pane.window_box.isVisible())
    assert shown_errors == []
