"""Qualification that ranks, on screen: own questions edited and answered by keyboard, and
the call queue putting a contact with no budget last with its reason shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from deskcrm.core.model import ContactInput
from deskcrm.core.services import calls, contacts, qualification
from deskcrm.core.services.database import Database
from deskcrm.core.services.own_questions import (
    OwnQuestionEdit,
    list_own_questions,
    save_own_questions,
)
from deskcrm.ui.dialogs.own_questions import OwnQuestionsDialog
from deskcrm.ui.screens.call.queue_panel import QueuePanel
from deskcrm.ui.screens.contacts.method_panel import MethodPanel


def _focus(qtbot: Any, widget: QWidget) -> None:
    # Rows built while the panel is shown appear on the next turn of the event loop.
    qtbot.waitUntil(widget.isVisible)
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def test_an_own_question_is_answered_by_keyboard_in_the_method_panel(
    qtbot: Any, bridge: Any, db: Database, shown_errors: list[str]
) -> None:
    save_own_questions(db, [OwnQuestionEdit(None, "有ISO认证吗?")])
    (question,) = list_own_questions(db)
    cid = contacts.create_contact(db, ContactInput(name="陈静"))[0]
    panel = MethodPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_contact(cid)
    label, combo, note = panel.own_rows[question.id]
    assert label.text() == "有ISO认证吗?" and panel.own_title.isVisible()

    _focus(qtbot, combo)
    _key(Qt.Key.Key_Down)  # Unknown -> Yes
    _key(Qt.Key.Key_Down)  # Yes -> No
    got = qualification.get_qualification(db, cid).own[0]
    assert got.state == "no" and got.warning
    # Saving rebuilt nothing: the same row, now in red.
    label, combo, note = panel.own_rows[question.id]
    assert "#c62828" in label.styleSheet()
    # The panel says what the answer does to the contact.
    assert panel.shortfall_label.isVisible()
    assert panel.shortfall_label.text().startswith("in doubt: “有ISO认证吗?” no — Lowered")
    _focus(qtbot, note)
    QTest.keyClicks(note, "GB only")  # QTest types ASCII only
    _key(Qt.Key.Key_Return)
    got = qualification.get_qualification(db, cid).own[0]
    assert (got.state, got.note) == ("no", "GB only")
    assert shown_errors == []


def test_the_own_questions_dialog_by_keyboard_stops_at_five(
    qtbot: Any, bridge: Any, db: Database, shown_errors: list[str]
) -> None:
    dialog = OwnQuestionsDialog(bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _focus(qtbot, dialog.new_text)
    names = [f"Q{i}" for i in range(1, 6)]  # QTest types ASCII only
    for text in names:
        QTest.keyClicks(QApplication.focusWidget(), text)
        _key(Qt.Key.Key_Return)
    assert dialog.texts() == names
    # Full: the field is off and the message says why; the keys go to the list.
    assert not dialog.new_text.isEnabled() and not dialog.add_button.isEnabled()
    assert "most there can be" in dialog.limit_label.text()
    assert QApplication.focusWidget() is dialog.view
    _key(Qt.Key.Key_Up)  # the fourth
    _key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # moved above the third
    assert dialog.texts() == ["Q1", "Q2", "Q4", "Q3", "Q5"]
    _key(Qt.Key.Key_Delete)  # the moved one, still chosen
    assert dialog.texts() == ["Q1", "Q2", "Q3", "Q5"]
    assert dialog.new_text.isEnabled()
    _key(Qt.Key.Key_Return)  # the default button: OK saves and closes
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [q.text for q in list_own_questions(db)] == ["Q1", "Q2", "Q3", "Q5"]
    assert shown_errors == []


def test_the_call_queue_puts_no_budget_last_and_says_why(
    qtbot: Any, bridge: Any, db: Database, shown_errors: list[str]
) -> None:
    # Equal key-account scores: by pinyin, a bing < a jia.
    poor = contacts.create_contact(db, ContactInput(name="阿丙"))[0]
    fine = contacts.create_contact(db, ContactInput(name="阿甲"))[0]
    qualification.set_answer(db, poor, 4, "no", "今年没预算")
    panel = QueuePanel()
    qtbot.addWidget(panel)
    panel.resize(400, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_entries(calls.call_queue(db, db.today()))
    rows = [panel.model.index(r).data() for r in range(panel.model.rowCount())]
    assert rows == ["阿甲", "⚠ 阿丙 · no budget"]
    assert panel.model.index(1).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    tip = panel.model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("⚠ not qualified: no budget")
    chosen: list[int] = []
    panel.chosen.connect(chosen.append)
    _focus(qtbot, panel.view)
    panel.view.setCurrentIndex(panel.model.index(0))
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_Return)
    assert chosen == [poor]
    # The rep's "next call" takes the qualified one first.
    entry = panel.next_after(None)
    assert entry is not None and entry.contact_id == fine
    assert shown_errors == []
