"""The sales-method panel: ticking the three flags changes the class and its countdown."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from deskcrm.core.model import ContactInput, KpLevel, TouchKind
from deskcrm.core.rules.scoring import Targets
from deskcrm.core.services import (
    classification,
    contacts,
    deals,
    qualification,
    scoring,
    settings_store,
)
from deskcrm.core.services.database import Database
from deskcrm.core.services.touches import TouchInput, log_touch
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.contacts.method_panel import DealsModel, MethodPanel


def _panel(qtbot: Any, bridge: Any, contact_id: int | None) -> MethodPanel:
    panel = MethodPanel(bridge)
    qtbot.addWidget(panel)
    panel.resize(900, 900)
    panel.show()
    panel.set_contact(contact_id)
    return panel


def _tick(qtbot: Any, box: QCheckBox) -> None:
    """Click the check box's indicator (a wide box's middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _new(db: Database, name: str = "陈静") -> int:
    return contacts.create_contact(db, ContactInput(name=name))[0]


def test_flipping_the_three_flags_changes_class_and_countdown(
    qtbot: Any, bridge: Any, db: Database, clock: Any, shown_errors: list[str]
) -> None:
    cid = _new(db)
    panel = _panel(qtbot, bridge, cid)
    assert panel.class_label.text() == "–" and panel.countdown_label.text() == ""

    _tick(qtbot, panel.first_kp_box)
    _tick(qtbot, panel.need_box)
    assert panel.class_label.text() == "–"
    _tick(qtbot, panel.power_box)
    assert panel.class_label.text() == "A"
    assert panel.countdown_label.text().startswith("7 days left")
    assert classification.get_state(db, cid).class_code == "A"

    # Without the first key person, a second/third key person with need and power is a B.
    panel.kp_combo.setCurrentIndex(panel.kp_combo.findData(KpLevel.SECOND_THIRD.value))
    panel.kp_combo.activated.emit(panel.kp_combo.currentIndex())
    _tick(qtbot, panel.first_kp_box)
    assert panel.class_label.text() == "B"
    assert panel.countdown_label.text().startswith("20 days left")

    # Back to A: the window restarts; eight days later it is overdue, in red.
    _tick(qtbot, panel.first_kp_box)
    assert panel.class_label.text() == "A"
    clock.now += timedelta(days=8)
    panel.reload()
    assert panel.countdown_label.text().startswith("Overdue by 1 day ")
    assert panel.countdown_label.property("overdue") is True
    assert "#c62828" in panel.countdown_label.styleSheet()

    # Decided not to buy: D, no countdown.
    _tick(qtbot, panel.declined_box)
    assert panel.class_label.text() == "D" and panel.countdown_label.text() == ""
    assert panel.countdown_label.property("overdue") is False
    assert shown_errors == []


def test_panel_follows_changes_made_elsewhere(
    qtbot: Any, bridge: Any, db: Database, shown_errors: list[str]
) -> None:
    cid = _new(db)
    panel = _panel(qtbot, bridge, cid)
    for _ in range(3):
        Op(bridge, lambda d: log_touch(d, TouchInput(cid, TouchKind.CALL))).run()
    assert "3" in panel.touches_label.text()
    assert panel.nudge_label.text().startswith("Don't give up now")
    assert not panel.drop_button.isVisible()
    Op(bridge, lambda d: log_touch(d, TouchInput(cid, TouchKind.CALL))).run()
    Op(bridge, lambda d: log_touch(d, TouchInput(cid, TouchKind.CALL))).run()
    assert panel.drop_button.isVisible()
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    assert panel.class_label.text() == "D" and panel.declined_box.isChecked()
    # A change to another contact does not matter; trashing this one empties the panel.
    other = _new(db, "别人")
    Op(bridge, lambda d: contacts.trash_contacts(d, [cid])).run()
    assert panel.stack.currentWidget() is panel.empty_label
    panel.set_contact(other)
    assert panel.stack.currentWidget() is panel.body
    assert shown_errors == []


def test_questions_score_and_deals(
    qtbot: Any, qtmodeltester: Any, bridge: Any, db: Database, shown_errors: list[str]
) -> None:
    cid = contacts.create_contact(db, ContactInput(name="周强", industry="制造业"))[0]
    settings_store.save_targets(db, Targets(industries=("制造业",)))
    panel = _panel(qtbot, bridge, cid)

    combo = panel.state_combos[4]
    combo.setCurrentIndex(combo.findData("yes"))
    combo.activated.emit(combo.currentIndex())
    panel.note_edits[4].setText("预算已批 50 万")
    panel.note_edits[4].editingFinished.emit()
    q = qualification.get_qualification(db, cid)
    assert q.answers[3].state == "yes" and q.answers[3].note == "预算已批 50 万"
    assert panel.completeness_bar.value() == 1

    assert panel.score_label.text() == "Score 2 of 10"
    _tick(qtbot, panel.involved_box)
    assert panel.score_label.text() == "Score 4 of 10"
    assert scoring.get_score(db, cid).inputs.personally_involved

    panel.new_title.setText("生产线改造")
    panel.new_amount.setValue(12500.5)
    qtbot.mouseClick(panel.add_deal_button, Qt.MouseButton.LeftButton)
    (detail,) = deals.list_deals(db, cid)
    assert (detail.deal.title, detail.deal.amount_cents) == ("生产线改造", 1_250_050)
    qtmodeltester.check(panel.deals_model)
    assert panel.deals_model.rowCount() == 1
    assert panel.deals_model.index(0, DealsModel.STAGE).data() == "Recorded"

    panel.stage_combo.setCurrentIndex(panel.stage_combo.findData("trial"))
    panel.stage_combo.activated.emit(panel.stage_combo.currentIndex())
    assert deals.get_deal(db, detail.deal.id).deal.stage == "trial"
    assert "Trial" in panel.history_label.text()
    qtbot.mouseClick(panel.won_button, Qt.MouseButton.LeftButton)
    assert deals.get_deal(db, detail.deal.id).deal.status == "won"
    assert panel.deals_model.index(0, DealsModel.STATUS).data() == "Won"
    assert {t.builtin for t in contacts.get_contact(db, cid).tags} == {"M"}
    assert shown_errors == []
