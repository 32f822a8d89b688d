"""A plan line's "Message…": Ctrl+M on a birthday line opens the dialog with the birthday
template chosen and filled, Enter copies, Ctrl+Enter records one WeChat touch (undoable);
the draft names each line's template; the queue starts on a segment's template."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from deskcrm.core.model import BuiltinTag, ContactInput, ContactQuery, TouchKind
from deskcrm.core.rules.plan_draft import Reason
from deskcrm.core.services import contacts, plan, plan_draft, tagging, templates
from deskcrm.core.services.database import Database
from deskcrm.db.models import Touch
from deskcrm.ui.screens.contacts.message_queue import MessageQueueDialog
from deskcrm.ui.screens.contacts.template_manager import TemplateManagerDialog
from deskcrm.ui.screens.plan.message_dialog import MessageDialog
from deskcrm.ui.screens.plan.screen import PlanScreen

DAY = date(2026, 3, 4)  # the test clock's local day
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def type_text(text: str) -> None:
    """Key presses for ASCII; Chinese arrives whole from an input method (a commit)."""
    focused = QApplication.focusWidget()
    assert focused is not None
    if text.isascii():
        QTest.keyClicks(focused, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(focused, event)


def wechat(db: Database) -> list[tuple[int, str]]:
    with db.reading() as s:
        rows = s.execute(
            select(Touch.contact_id, Touch.notes).where(Touch.kind == TouchKind.WECHAT.value)
        )
        return [(r.contact_id, r.notes) for r in rows]


@pytest.fixture
def birthday_line(db: Database) -> int:
    """张伟's birthday is tomorrow: its drafted line is on today's plan."""
    cid, _ = contacts.create_contact(
        db, ContactInput(name="张伟", company="华为", title="总经理", birthday="03-05")
    )
    templates.create_template(db, "Invite", "Hi {address}, come by.", "N")
    templates.create_template(db, "贺寿", "{address}，生日快乐！", "生日")
    line = next(s for s in plan_draft.draft(db, DAY) if s.reason == Reason.BIRTHDAY)
    plan_draft.accept(db, DAY, [line])
    return cid


def test_ctrl_m_messages_a_birthday_line_and_records_one_undoable_touch(
    qtbot: Any, bridge: Any, db: Database, birthday_line: int
) -> None:
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
    assert "Ctrl+M" in tip
    menu = screen.item_menu(sales)
    assert any(
        a.text() == "Message…" and a.shortcut().toString() == "Ctrl+M" for a in menu.actions()
    )

    press(qtbot, Qt.Key.Key_M, CTRL)
    dialog = screen.active_dialog
    assert isinstance(dialog, MessageDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.template_combo)
    # The rep's birthday template is chosen, the starters (installed now, in English) are
    # in the combo, the birthday one marked too; filled for 张伟.
    combo = dialog.template_combo
    assert combo.currentText().startswith("★ 贺寿")
    items = [combo.itemText(k) for k in range(combo.count())]
    assert "★ Birthday wishes · Birthday" in items and "Invite · N" in items
    assert dialog.message_view.toPlainText() == "张总，生日快乐！"

    press(qtbot, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "张总，生日快乐！"
    assert dialog.isVisible() and wechat(db) == []  # copying records nothing

    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert wechat(db) == [(birthday_line, "张总，生日快乐！")]
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert wechat(db) == []
    bridge.undo_stack.redo()
    assert wechat(db) == [(birthday_line, "张总，生日快乐！")]


def test_a_line_without_a_purpose_has_no_message_action(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    plan.add_item(db, DAY, "sales", "Write the weekly report")
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    sales = screen.columns["sales"]
    sales.select_row(0)
    assert "Message…" not in [a.text() for a in screen.item_menu(sales).actions()]
    assert screen.message_line(sales) is None


def test_the_draft_names_the_template_of_each_line(qtbot: Any, bridge: Any, db: Database) -> None:
    contacts.create_contact(db, ContactInput(name="王丽", birthday="03-06"))
    templates.create_template(db, "Birthday wishes", "Happy birthday, {address}!", "Birthday")
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    dialog = screen.open_draft()
    qtbot.addWidget(dialog)
    m = dialog.model
    shown = [m.data(m.index(r, 0)) for r in range(m.rowCount())]
    assert any("王丽" in t and "template: Birthday wishes" in t for t in shown)


def test_the_queue_starts_on_the_segments_template(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="李明"))
    vip = next(t.id for t in tagging.list_tags(db) if t.builtin == BuiltinTag.VIP.value)
    templates.create_template(db, "General", "Hi {address}", "")
    templates.create_template(db, "Care", "{address}，最近好吗？", "重点客户")
    dialog = MessageQueueDialog(bridge, ContactQuery(require=(vip,)), "VIP", 1)
    qtbot.addWidget(dialog)
    assert dialog.template_combo.currentText().startswith("Care")
    plain = MessageQueueDialog(bridge, ContactQuery(), "all", 1)
    qtbot.addWidget(plain)
    assert plain.template_combo.currentText().startswith("General")
    assert cid


@pytest.fixture
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)


def test_purpose_typed_or_picked_in_the_manager_is_stored_as_its_code(
    qtbot: Any, bridge: Any, db: Database, discard_on_close: None
) -> None:
    tid, _ = templates.create_template(db, "Hello", "Hi {name}", "")
    dialog = TemplateManagerDialog(bridge)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    dialog.purpose.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.purpose)
    type_text("节日")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert templates.get_template(db, tid).purpose == "festival"
    assert dialog.purpose.currentText() == "Festival"  # shown in words, in the UI language
    # Picking a known purpose from the list by keys.
    dialog.purpose.setFocus()
    dialog.purpose.lineEdit().selectAll()
    type_text("VIP · key customer")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert templates.get_template(db, tid).purpose == "VIP"
    # A group of the rep's own stays as typed.
    dialog.purpose.setFocus()
    dialog.purpose.lineEdit().selectAll()
    type_text("老朋友")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert templates.get_template(db, tid).purpose == "老朋友"
    assert dialog.list.item(0).text() == "Hello · 老朋友"
