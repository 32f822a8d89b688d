"""The call screen: a whole call by keyboard, the finish step's tags, deals and referrals,
scripts remembered per contact, and a broken script file reported instead of a crash."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from deskcrm.core.model import BuiltinTag, ContactInput, Outcome, TouchKind
from deskcrm.core.rules.call_finish import QuickPick
from deskcrm.core.services import contacts, deals, plan, scripts, touches
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact, Deal, PlanItem, Touch
from deskcrm.ui.screens.call.screen import CallScreen

TODAY = date(2026, 3, 4)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _screen(qtbot: Any, bridge: Any, clock: Any = None, *, shown: bool = False) -> CallScreen:
    screen = CallScreen(bridge, clock=clock or FakeClock())
    qtbot.addWidget(screen)
    if shown:
        screen.resize(1500, 950)
        with qtbot.waitExposed(screen):
            screen.show()
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)  # shortcuts work once it has the keyboard
    return screen


def _key(qtbot: Any, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the rep presses it: to whichever widget has the keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def _calls(db: Database) -> list[Touch]:
    with db.reading() as s:
        return list(s.scalars(select(Touch).where(Touch.kind == "call").order_by(Touch.id)))


def _tags(db: Database, cid: int) -> set[str]:
    return {t.name for t in contacts.get_contact(db, cid).tags}


def test_run_a_whole_call_with_the_keyboard(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟", company="华为"))
    touches.log_touch(
        db, touches.TouchInput(contact_id=cid, kind=TouchKind.VISIT, next_step="周三前寄样品")
    )
    other, _ = contacts.create_contact(db, ContactInput(name="李娜"))
    plan.add_item(db, TODAY, "sales", "给张伟打电话", contact_id=cid)
    clock = FakeClock()
    screen = _screen(qtbot, bridge, clock, shown=True)
    assert "No call open" in screen.story.text()
    assert not screen.finish.isEnabled()
    view = screen.queue.view
    assert view.model().index(0, 0).data().startswith("★ 张伟")

    # Open from the queue: Enter on the first row.
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert screen.contact_id == cid
    assert "Last time you promised: 周三前寄样品" in screen.story.text()
    assert "周三前寄样品" in screen.outline.outline.toPlainText()  # the outline starts from it

    # Tone: the voice tab is up and its first check has the keyboard; Space ticks it.
    first = next(iter(screen.tone.boxes.values()))
    assert screen.capture.currentWidget() is screen.tone
    assert first.hasFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert screen.tone.ticked() == ("smile",)

    # F5: the timer runs and the notes come forward with the keyboard.
    _key(qtbot, Qt.Key.Key_F5)
    assert screen.timer.running
    assert screen.capture.notes_tab.notes.hasFocus()
    # Two sections ticked, one step back, from the notes field.
    sections = screen.outline.model
    _key(qtbot, Qt.Key.Key_F7)
    _key(qtbot, Qt.Key.Key_F7)
    assert sections.ticked[:3] == [True, True, False]
    assert screen.outline.current_row() == 2
    _key(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert screen.outline.current_row() == 1
    clock.now += 95
    screen.timer.tick()
    assert screen.timer.clock_label.text() == "01:35"

    # An objection and two "why?" answers, from F8.
    _key(qtbot, Qt.Key.Key_F8)
    objections = screen.capture.objections_tab
    assert screen.capture.currentWidget() is objections
    assert objections.said.hasFocus()
    qtbot.keyClicks(objections.said, "too expensive")
    _key(qtbot, Qt.Key.Key_Return)
    assert objections.why.hasFocus()
    qtbot.keyClicks(objections.why, "budget fixed")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(objections.why, "boss wants proof")
    _key(qtbot, Qt.Key.Key_Return)
    notes = screen.capture.notes_tab
    notes.notes.setPlainText("预算已批")  # Chinese arrives whole from an input method
    notes.key_word.setFocus()
    qtbot.keyClicks(notes.key_word, "ROI")
    _key(qtbot, Qt.Key.Key_Return)

    # Finish: the hook, a quick pick, a tag; Ctrl+Enter saves.
    finish = screen.finish
    finish.next_step.setFocus()
    qtbot.keyClicks(finish.next_step, "send the case study")
    finish.picks[QuickPick.TOMORROW].setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    finish.status_tags.boxes[BuiltinTag.VIP].setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (call,) = _calls(db)
    assert (call.contact_id, call.duration_s, call.outcome) == (cid, 95, "connected")
    assert (call.notes, call.next_step) == ("预算已批", "send the case study")
    assert call.next_follow_up == date(2026, 3, 5)
    details = json.loads(call.details)
    assert details["objections"] == [
        {"said": "too expensive", "whys": ["budget fixed", "boss wants proof"]}
    ]
    assert details["key_words"] == ["ROI"]
    assert details["tone"] == ["smile"]
    assert len(details["sections_done"]) == 2
    assert "VIP" in _tags(db, cid)
    with db.reading() as s:
        assert s.scalars(select(PlanItem.done)).one() is True  # the planned call is ticked off
    # The next person in the queue is opened, with a fresh form.
    assert screen.contact_id == other
    assert screen.timer.seconds() == 0 and finish.next_step.text() == ""
    assert objections.objections == []


def test_connected_call_without_hook_keeps_the_form(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    screen = _screen(qtbot, bridge)
    screen.open_target({"contact_id": cid})
    screen.capture.notes_tab.notes.setPlainText("聊得不错")
    assert screen.save() is False
    assert "required" in screen.finish.error.text()
    assert screen.capture.notes_tab.notes.toPlainText() == "聊得不错"
    assert _calls(db) == []


def test_no_answer_keeps_the_plan_item_open_and_retries_later_today(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    touches.log_touch(db, touches.TouchInput(contact_id=cid, kind="visit", next_step="寄样品"))
    other, _ = contacts.create_contact(db, ContactInput(name="李娜"))
    item, _ = plan.add_item(db, TODAY, "sales", "给张伟打电话", contact_id=cid)
    plan.add_item(db, TODAY, "sales", "给李娜打电话", contact_id=other)
    statuses: list[str] = []
    bridge.status.connect(statuses.append)
    screen = _screen(qtbot, bridge, shown=True)
    screen.open_target({"contact_id": cid})
    assert screen.plan_item_id == item.id

    # Alt+U to the outcome, Down to "no answer": no hook needed, later today proposed.
    _key(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert screen.finish.outcome.hasFocus()
    _key(qtbot, Qt.Key.Key_Down)
    assert screen.finish.outcome_value() == Outcome.NO_ANSWER
    assert screen.finish.follow_up_date() == TODAY
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (call,) = _calls(db)
    assert (call.outcome, call.next_step, call.next_follow_up) == ("no_answer", "寄样品", TODAY)
    with db.reading() as s:
        assert s.get(PlanItem, item.id).done is False  # still to do today
    assert "Still open on today's plan." in statuses[-1]
    assert "comes back at the end of today's queue" in statuses[-1]
    # The next planned call opens; the one nobody answered waits at the end, marked ↻.
    assert screen.contact_id == other
    last = screen.queue.model.entries[-1]
    assert (last.contact_id, last.called_today) == (cid, True)

    # Later that day it gets through: reached, so the plan item is ticked off.
    screen.open_target({"contact_id": cid})
    assert screen.plan_item_id == item.id
    screen.finish.next_step.setFocus()
    qtbot.keyClicks(screen.finish.next_step, "samples by Friday")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with db.reading() as s:
        assert s.get(PlanItem, item.id).done is True
    assert "Ticked off on today's plan." in statuses[-1]


def test_won_call_closes_the_open_deal_tags_m_and_records_a_referral(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    deal_id, _ = deals.create_deal(db, deals.DealInput(cid, "年度框架", 500_000))
    screen = _screen(qtbot, bridge)
    screen.open_contact(cid)
    finish = screen.finish
    finish.set_outcome(Outcome.WON)
    assert not finish.won_box.isHidden() and finish.lost_box.isHidden()
    assert finish.status_tags.boxes[BuiltinTag.M].isChecked()  # what the save will do
    assert finish.won_deal.currentData() == deal_id
    assert finish.won_title.text() == "年度框架"
    finish.won_amount.setValue(6000)
    finish.referral_box.setChecked(True)
    finish.ref_name.setText("王芳")
    finish.ref_phone.setText("13800138000")
    finish.ref_kind.setCurrentIndex(finish.ref_kind.findData("customer"))
    finish.more_tags.setText("老客户，年会")
    assert screen.save() is True
    with db.reading() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None and (deal.status, deal.amount_cents) == ("won", 600_000)
        referred = s.scalars(select(Contact).where(Contact.name == "王芳")).one()
        assert (referred.referred_by_id, referred.referrer_kind) == (cid, "customer")
    assert {"M", "老客户", "年会"} <= _tags(db, cid)


def test_lost_call_needs_a_reason_and_stores_it(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    screen = _screen(qtbot, bridge)
    screen.open_contact(cid)
    finish = screen.finish
    finish.set_outcome(Outcome.LOST)
    assert finish.follow_up_date() is None  # closed: no follow-up asked
    finish.lost_reason.clear()
    assert screen.save() is False
    assert finish.error.text()
    screen.open_contact(cid)
    finish.set_outcome(Outcome.LOST)
    reason = finish.lost_reason.itemData(0)
    assert screen.save() is True
    (call,) = _calls(db)
    assert json.loads(call.details)["lost_reason"] == reason


def test_duplicate_referral_is_refused_and_nothing_is_half_written(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    contacts.create_contact(db, ContactInput(name="王芳", phones=("13800138000",)))
    screen = _screen(qtbot, bridge)
    screen.open_contact(cid)
    finish = screen.finish
    finish.next_step.setText("回电")
    finish.referral_box.setChecked(True)
    finish.ref_name.setText("王芳")
    finish.ref_phone.setText("138 0013 8000")
    assert screen.save() is False
    assert finish.error.text()
    assert finish.ref_name.text() == "王芳"  # the form keeps what was typed
    assert _calls(db) == []


def test_script_chosen_for_a_contact_is_remembered(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    screen = _screen(qtbot, bridge)
    combo = screen.outline.combo
    assert combo.count() >= 3  # the shipped scripts
    screen.open_contact(cid)
    combo.setCurrentIndex(2)
    chosen = combo.currentData()
    screen.finish.set_outcome(Outcome.BUSY)
    assert screen.save() is True
    screen.open_contact(cid)
    assert screen.outline.combo.currentData() == chosen
    assert scripts.get_script(db, chosen).name == screen.outline.combo.currentText()


def test_leaving_an_unsaved_call_asks_first(
    qtbot: Any, bridge: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    other, _ = contacts.create_contact(db, ContactInput(name="李娜"))
    screen = _screen(qtbot, bridge)
    screen.open_contact(cid)
    screen.capture.notes_tab.notes.setPlainText("还没存")
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    screen.open_contact(other)
    assert screen.contact_id == cid and "张伟" in asked[0]
    assert screen.capture.notes_tab.notes.toPlainText() == "还没存"


def test_open_qualification_questions_are_offered_and_answers_stored(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    screen = _screen(qtbot, bridge)
    screen.open_contact(cid)
    questions = screen.capture.questions_tab
    assert len(questions.rows) == 9
    state, note = questions.rows[4]
    state.setCurrentIndex(state.findData("yes"))
    note.setText("今年预算50万")
    questions.deciders.setText("采购总监")
    screen.finish.set_outcome(Outcome.CALL_BACK)
    assert screen.save() is True
    screen.open_contact(cid)
    assert 4 not in questions.rows and len(questions.rows) == 8
    (call,) = _calls(db)
    assert json.loads(call.details)["verification"]["deciders"] == "采购总监"


def test_malformed_script_file_is_reported_not_crashed(
    qtbot: Any, bridge: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from deskcrm.ui.screens.call import screen as call_screen

    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "en.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(call_screen, "resources_dir", lambda: tmp_path)
    monkeypatch.setattr(call_screen, "ui_language", lambda: "en")
    screen = _screen(qtbot, bridge)
    assert "could not be used" in screen.banner.text()
    assert "en.json" in screen.banner.text()
    assert not screen.banner.isHidden()


def test_pause_cue_about_once_a_minute_and_the_talk_balance(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    clock = FakeClock()
    screen = _screen(qtbot, bridge, clock)
    screen.open_contact(cid)
    timer = screen.timer
    timer.toggle()
    timer.switch_speaker()  # F6: the rep talks
    clock.now += 59
    timer.tick()
    assert not timer.cue_active()
    clock.now += 2
    timer.tick()
    assert timer.cue_active()  # a highlighted line, not a dialog
    assert "let them talk" in timer.cue.text()
    assert QApplication.activeModalWidget() is None
    timer.switch_speaker()  # they talk: the pause happened
    clock.now += 30
    timer.tick()
    assert not timer.cue_active()
    assert timer.talk() == (61, 30)
    assert timer.balance_bar.value() == 67  # 61 of 91 s: far above the 20% aim
    screen.finish.set_outcome(Outcome.CALL_BACK)
    assert screen.save() is True
    details = json.loads(_calls(db)[0].details)
    assert details["talk"] == {"rep": 61, "customer": 30}
    assert _calls(db)[0].duration_s == 91
