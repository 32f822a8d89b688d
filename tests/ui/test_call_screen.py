"""A whole call by keyboard: open from the queue, tick sections, time it, log the hook."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.services import contacts, plan, touches
from deskcrm.core.services.database import Database
from deskcrm.db.models import Touch
from deskcrm.ui.screens.call.screen import CallScreen

TODAY = date(2026, 3, 4)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_run_a_call_with_the_keyboard(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟", company="华为"))
    touches.log_touch(
        db, touches.TouchInput(contact_id=cid, kind=TouchKind.VISIT, next_step="周三前寄样品")
    )
    other, _ = contacts.create_contact(db, ContactInput(name="李娜"))
    plan.add_item(db, TODAY, "sales", "给张伟打电话", contact_id=cid)
    screen = CallScreen(bridge)
    qtbot.addWidget(screen)
    with qtbot.waitExposed(screen):
        screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # shortcuts work once it has the keyboard
    screen.queue.setFocus()
    assert "No call open" in screen.story.text()
    assert screen.queue.item(0).text().startswith("★ 张伟")
    clock = FakeClock()
    screen.timer.clock = clock
    qtbot.keyClick(screen.queue, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.contact is not None and screen.contact.id == cid
    assert "Last time you promised: 周三前寄样品" in screen.story.text()
    qtbot.keyClick(screen.notes, Qt.Key.Key_F5)
    assert screen.timer.running
    clock.now += 95
    screen.tick()
    assert screen.timer_label.text() == "01:35"
    # Chinese arrives whole from an input method (QTest cannot type it key by key).
    screen.notes.insertPlainText("预算已批")
    screen.next_step.setFocus()
    screen.next_step.insert("寄报价单")
    screen.pick_follow_up(1)
    qtbot.keyClick(screen.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with db.reading() as s:
        call = s.scalars(select(Touch).where(Touch.kind == "call")).one()
        assert (call.contact_id, call.duration_s, call.outcome) == (cid, 95, "connected")
        assert (call.notes, call.next_step) == ("预算已批", "寄报价单")
        assert call.next_follow_up == date(2026, 3, 5)
    # The next person in the queue is opened.
    assert screen.contact is not None and screen.contact.id == other


def test_connected_call_without_hook_keeps_the_form(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    screen = CallScreen(bridge)
    qtbot.addWidget(screen)
    screen.open_target({"contact_id": cid})
    screen.notes.setPlainText("聊得不错")
    assert screen.save() is False
    assert "required" in screen.error.text()
    assert screen.notes.toPlainText() == "聊得不错"
    with db.reading() as s:
        assert s.scalars(select(Touch)).all() == []


def test_script_sections_move_and_tick(qtbot: Any, bridge: Any, db: Database) -> None:
    from deskcrm.core.services.demo import seed_demo

    seed_demo(db)
    screen = CallScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.sections.count() > 3
    screen.tick_section()
    assert screen.sections.item(0).checkState() == Qt.CheckState.Checked
    assert screen.sections.currentRow() == 1
    screen.step_section(-1)
    assert screen.sections.currentRow() == 0


def test_malformed_script_file_is_reported_not_crashed(
    qtbot: Any, bridge: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from deskcrm.ui.screens.call import screen as call_screen

    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "en.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(call_screen, "resources_dir", lambda: tmp_path)
    monkeypatch.setattr(call_screen, "ui_language", lambda: "en")
    screen = CallScreen(bridge)
    qtbot.addWidget(screen)
    assert "could not be used" in screen.error.text()
    assert "en.json" in screen.error.text()
