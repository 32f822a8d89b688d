"""Referral asks and stages in the UI: the visit dialog's "asked" tick, the contact form's
stage, the two new built-in views, the referral stages chart."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskcrm.core.model import BuiltinTag, ContactInput, TouchKind
from deskcrm.core.services import contacts, tagging, touches
from deskcrm.core.services.contact_list import View
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact
from deskcrm.ui.screens.charts.screen import ChartsScreen
from deskcrm.ui.screens.contacts.contact_form import ContactForm
from deskcrm.ui.screens.contacts.screen import ContactsScreen
from deskcrm.ui.screens.contacts.views_sidebar import builtin_key
from deskcrm.ui.screens.contacts.visit_dialog import VisitDialog


def _builtins(db: Database) -> dict[BuiltinTag, int]:
    with db.reading() as s:
        return tagging.builtin_ids(s)


@pytest.fixture
def people(db: Database, clock: Any) -> dict[str, int]:
    b = _builtins(db)
    ids = {}
    for name, tags in (("王芳", (BuiltinTag.M,)), ("张伟", (BuiltinTag.O,))):
        ids[name], _ = contacts.create_contact(
            db, ContactInput(name=name), tag_ids=tuple(b[t] for t in tags)
        )
    # 王芳 bought and was called every ten days, the last time 40 days ago: going cold.
    start = clock.now
    for days in (60, 50, 40):
        clock.now = start - timedelta(days=days)
        touches.log_touch(db, touches.TouchInput(contact_id=ids["王芳"], kind=TouchKind.CALL))
    clock.now = start
    return ids


@pytest.fixture
def screen(bridge: Any, qtbot: Any, people: dict[str, int]) -> ContactsScreen:
    s = ContactsScreen(bridge)
    qtbot.addWidget(s)
    s.resize(1280, 760)
    with qtbot.waitExposed(s):
        s.show()
    s.activateWindow()
    qtbot.waitUntil(lambda: not s.is_loading() and s.model.rowCount() == 2)
    return s


def _key(
    qtbot: Any, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, mod)


def test_the_views_list_and_leave_out_a_customer_asked_in_the_visit_dialog(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    names = [screen.sidebar.model.item(i).text() for i in range(screen.sidebar.model.rowCount())]
    assert "Ask for a referral" in names and "Customers going cold" in names
    assert screen.sidebar.select_key(builtin_key(View.GOING_COLD), emit=True)
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.ids() == [people["王芳"]])
    assert screen.sidebar.select_key(builtin_key(View.ASK_REFERRAL), emit=True)
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.ids() == [people["王芳"]])
    # Log a visit with the ask ticked, keys only: Alt+R ticks it, Ctrl+Enter saves.
    screen.show_contact(people["王芳"])
    qtbot.waitUntil(lambda: screen.selected_ids() == [people["王芳"]])
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = screen.active_dialog
    assert isinstance(dialog, VisitDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.notes.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "asked who else")
    _key(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.asked_referral.isChecked)  # a mnemonic clicks after a moment
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.active_dialog is None
    with db.reading() as s:
        c = s.get(Contact, people["王芳"])
        assert c is not None and c.referral_asked_at == db.now()
        assert c.touch_count == 4
    # Asked, and touched: out of both views.
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.ids() == [])
    assert screen.sidebar.select_key(builtin_key(View.GOING_COLD), emit=True)
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.ids() == [])


def test_the_form_stores_the_stage_chosen_with_the_keyboard(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    screen.show_contact(people["张伟"])
    qtbot.waitUntil(lambda: screen.selected_ids() == [people["张伟"]])
    form = screen.edit_current()
    assert isinstance(form, ContactForm)
    qtbot.waitUntil(form.isActiveWindow)
    assert not form.referral_stage.isEnabled()  # not referred: no stage
    form.referrer.setText("王")
    form.referrer.textEdited.emit("王")
    form.referrer.setText("王芳")
    assert form.referral_stage.currentText() == "Name given"
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Referral st&age
    assert form.referral_stage.hasFocus()
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)
    assert form.referral_stage.currentText() == "Met"
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.active_dialog is None)
    with db.reading() as s:
        c = s.get(Contact, people["张伟"])
        assert c is not None
        assert (c.referred_by_id, c.referral_stage) == (people["王芳"], "met")
    assert contacts.contact_input(db, people["张伟"]).referral_stage == "met"


def test_the_stages_chart_shows_the_counts(
    qtbot: Any, bridge: Any, db: Database, people: dict[str, int]
) -> None:
    touches.log_touch(
        db,
        touches.TouchInput(contact_id=people["王芳"], kind=TouchKind.CALL, asked_referral=True),
    )
    for name, stage in (("甲", None), ("乙", "contacted"), ("丙", "closed")):
        contacts.create_contact(
            db, ContactInput(name=name, referred_by_id=people["王芳"], referral_stage=stage)
        )
    screen = ChartsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1300, 900)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.on_shown()
    card = screen.referral_stages
    assert not card.is_empty
    spec = card.spec
    assert spec is not None
    assert spec.ticks == ("Asked", "Name given", "Contacted", "Met", "Closed")
    assert [row[1] for row in spec.table.rows] == [1, 3, 2, 1, 1]
    bars = [i for i in card.plot.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    assert sorted(h for b in bars for h in b.opts["height"]) == [1, 1, 1, 2, 3]
    assert card.note.text() == "1 of 3 referrals added in this period closed."
