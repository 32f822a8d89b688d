"""The coach and what calls verified, by keyboard: the coach set in the contact form (the
referrer taken with Down, or a name typed as pinyin), in the method panel and at the end
of a call; verification typed during a call shown in the next call's story, flagged on a
deal past the needs stage and edited in the method panel."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, deals, qualification
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact
from deskcrm.ui.screens.call.screen import CallScreen
from deskcrm.ui.screens.contacts.contact_form import ContactForm
from deskcrm.ui.screens.contacts.method_panel import MethodPanel


def _new(db: Database, name: str, **kw: Any) -> int:
    return contacts.create_contact(db, ContactInput(name=name, **kw))[0]


def _row(db: Database, cid: int) -> Contact:
    with db.reading() as s:
        row = s.get(Contact, cid)
        assert row is not None
        s.expunge(row)
        return row


def _shown(qtbot: Any, widget: QWidget) -> None:
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _key(qtbot: Any, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def _type(qtbot: Any, text: str) -> None:
    """Key presses for ASCII; Chinese arrives whole from an input method (a commit)."""
    focused = QApplication.focusWidget()
    assert focused is not None
    if text.isascii():
        qtbot.keyClicks(focused, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(focused, event)


def test_the_referrer_becomes_the_coach_in_the_form_with_the_down_key(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    referrer = _new(db, "王芳")
    cid = _new(db, "张伟", referred_by_id=referrer)
    form = ContactForm(bridge, cid)
    qtbot.addWidget(form)
    _shown(qtbot, form)
    # Tab from the referrer kind to the coach: the empty field offers the referrer.
    form.referrer_kind.setFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.coach
    assert "王芳" in form.coach.placeholderText()
    _key(qtbot, Qt.Key.Key_Down)
    assert form.coach.text() == "王芳"
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _row(db, cid).coach_id == referrer and _row(db, referrer).is_coach
    assert qualification.get_qualification(db, cid).answers[6].state == "yes"


# The completer's list is a popup window, which the offscreen platform cannot raise or
# give the keyboard to; keys for the list go to it directly.
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard", "does not support raise")
def test_a_coach_typed_as_pinyin_is_picked_from_the_list(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    coach = _new(db, "王芳")
    cid = _new(db, "张伟")
    form = ContactForm(bridge, cid)
    qtbot.addWidget(form)
    _shown(qtbot, form)
    form.coach.setFocus()
    _type(qtbot, "wangf")
    popup = form.coach.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "王芳"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.coach.text() == "王芳"
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _row(db, cid).coach_id == coach


def test_a_name_that_is_nobody_is_refused_beside_the_field(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    cid = _new(db, "张伟")
    form = ContactForm(bridge, cid)
    qtbot.addWidget(form)
    _shown(qtbot, form)
    form.coach.setFocus()
    _type(qtbot, "没有这个人")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Pick the coach" in form.error_text()
    assert form.coach.hasFocus()
    assert _row(db, cid).coach_id is None


def test_the_method_panel_flags_and_edits_what_is_not_verified(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    referrer = _new(db, "王芳")
    cid = _new(db, "张伟", referred_by_id=referrer)
    deals.create_deal(db, deals.DealInput(contact_id=cid, stage="proposal"))
    panel = MethodPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(600, 900)
    _shown(qtbot, panel)
    panel.set_contact(cid)
    box = panel.coach_box
    assert box.flag.isVisible()
    assert box.flag.text() == (
        "⚠ Not verified yet: who else decides, who can veto, when it really starts"
    )
    assert "early on customers hide the truth" in box.flag.toolTip()
    assert "#c62828" in box.fields["veto"].styleSheet()

    box.fields["deciders"].setFocus()
    _type(qtbot, "王总和财务")
    _key(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it
    assert _row(db, cid).verify_deciders == "王总和财务"
    assert box.flag.text() == "⚠ Not verified yet: who can veto, when it really starts"
    assert box.fields["deciders"].styleSheet() == ""

    # The coach from the panel: the referrer with Down, saved on leaving the field.
    box.coach.setFocus()
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Tab)
    assert _row(db, cid).coach_id == referrer
    assert panel.state_combos[7].currentData() == "yes"
    # Emptied: the coach is cleared, question 7 keeps its answer.
    box.coach.setFocus()
    box.coach.selectAll()
    _key(qtbot, Qt.Key.Key_Delete)
    _key(qtbot, Qt.Key.Key_Tab)
    assert _row(db, cid).coach_id is None
    assert panel.state_combos[7].currentData() == "yes"


def test_verification_typed_in_a_call_shows_in_the_next_story_with_the_flag(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    cid = _new(db, "张伟")
    deals.create_deal(db, deals.DealInput(contact_id=cid, stage="proposal"))
    screen = CallScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    _shown(qtbot, screen)
    screen.open_contact(cid)
    story = screen.story
    assert "Not verified yet: who else decides, who can veto, when it really starts" in (
        story.text()
    )
    assert "early on customers hide the truth" in story.verified.toolTip()

    # Alt+3: the questions; Alt+D / Alt+V jump to the checks.
    _key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "王总")
    _key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, "法务")
    screen.finish.next_step.setFocus()
    _type(qtbot, "周五发方案")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert (_row(db, cid).verify_deciders, _row(db, cid).verify_veto) == ("王总", "法务")

    screen.open_contact(cid)
    text = story.text()
    assert "Decides: 王总 · Can veto: 法务" in text
    assert "Not verified yet: when it really starts" in text
    # What earlier calls learned shows in the empty fields, not as text to store again.
    assert screen.capture.questions_tab.deciders.text() == ""
    assert screen.capture.questions_tab.deciders.placeholderText() == "So far: 王总"


def test_the_call_finish_sets_the_coach(qtbot: Any, bridge: Any, db: Database) -> None:
    referrer = _new(db, "王芳")
    cid = _new(db, "张伟", referred_by_id=referrer)
    screen = CallScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    _shown(qtbot, screen)
    screen.open_contact(cid)
    screen.finish.next_step.setFocus()
    _type(qtbot, "周五发方案")
    _key(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is screen.finish.coach
    _key(qtbot, Qt.Key.Key_Down)  # the referrer
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _row(db, cid).coach_id == referrer
    screen.open_contact(cid)
    assert "Coach: 王芳" in screen.story.text()
