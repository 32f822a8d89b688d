"""The contacts screen's keys, sent as real key events to whichever widget has the focus."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from tests.ui.test_contacts_screen import (
    ALL_NAMES,
    builtins,
    open_screen,
    people,  # noqa: F401  (a fixture)
    tags_of,
    wait_names,
)

from deskcrm.core.model import BuiltinTag
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact
from deskcrm.ui.screens.contacts.contact_form import ContactForm
from deskcrm.ui.screens.contacts.screen import ContactsScreen
from deskcrm.ui.screens.contacts.visit_dialog import VisitDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def screen(bridge: Any, qtbot: Any, people: dict[str, int]) -> ContactsScreen:  # noqa: F811
    return open_screen(bridge, qtbot)


def settle(qtbot: Any, screen: ContactsScreen) -> None:
    """Let the last typed search answer before the test ends and the screen goes."""
    qtbot.waitUntil(lambda: not screen.is_loading() and not screen._debounce.isActive())


def focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the keyboard focus, as the keyboard would deliver it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifiers)


def type_keys(text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClicks(widget, text)


def selected_name(screen: ContactsScreen) -> str | None:
    ids = screen.selected_ids()
    if len(ids) != 1:
        return None
    row = screen.model.contact_row(screen.model.row_of(ids[0]) or 0)
    return row.name if row is not None else None


def trashed(db: Database) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(Contact.name).where(Contact.deleted_at.is_not(None))))


def search_for(qtbot: Any, screen: ContactsScreen, text: str, expected: list[str]) -> None:
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.search
    type_keys(text)
    wait_names(qtbot, screen, expected)


def test_a_search_selects_its_best_match_and_down_moves_to_the_next(
    qtbot: Any, screen: ContactsScreen
) -> None:
    focus(qtbot, screen.table)
    search_for(qtbot, screen, "zw", ["曾伟", "张伟"])
    assert selected_name(screen) == "曾伟"
    press(Qt.Key.Key_Down)
    assert selected_name(screen) == "张伟"
    assert QApplication.focusWidget() is screen.search  # still typing-ready
    assert screen.detail.detail is not None and screen.detail.detail.name == "张伟"
    press(Qt.Key.Key_Down)  # the last result stays selected
    assert selected_name(screen) == "张伟"
    press(Qt.Key.Key_Up)
    assert selected_name(screen) == "曾伟"
    assert screen.search.text() == "zw"


def test_page_and_home_end_keys_in_the_search_box_move_through_the_results(
    qtbot: Any, screen: ContactsScreen
) -> None:
    focus(qtbot, screen.search)
    press(Qt.Key.Key_End)
    assert selected_name(screen) == ALL_NAMES[-1]
    press(Qt.Key.Key_Home)
    assert selected_name(screen) == ALL_NAMES[0]
    press(Qt.Key.Key_PageDown)
    assert selected_name(screen) == ALL_NAMES[-1]  # five rows fit: a page is the end
    press(Qt.Key.Key_PageUp)
    assert selected_name(screen) == ALL_NAMES[0]
    assert QApplication.focusWidget() is screen.search


def test_down_typed_before_the_results_arrive_still_lands_on_the_second(
    qtbot: Any, screen: ContactsScreen
) -> None:
    focus(qtbot, screen.search)
    type_keys("zw")
    press(Qt.Key.Key_Down)  # within the typing pause: no list for "zw" yet
    wait_names(qtbot, screen, ["曾伟", "张伟"])
    assert selected_name(screen) == "张伟"


def test_arrows_in_the_table_move_from_the_selected_row(qtbot: Any, screen: ContactsScreen) -> None:
    focus(qtbot, screen.search)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Return)  # into the list, on the chosen row
    assert QApplication.focusWidget() is screen.table
    assert selected_name(screen) == ALL_NAMES[-1]
    press(Qt.Key.Key_Up)
    assert selected_name(screen) == ALL_NAMES[-2]
    press(Qt.Key.Key_Up)
    assert selected_name(screen) == ALL_NAMES[-3]
    press(Qt.Key.Key_Down)
    assert selected_name(screen) == ALL_NAMES[-2]


def test_ctrl_shift_v_logs_the_visit_on_the_selected_result(
    qtbot: Any,
    screen: ContactsScreen,
    people: dict[str, int],  # noqa: F811
) -> None:
    focus(qtbot, screen.table)
    search_for(qtbot, screen, "zw", ["曾伟", "张伟"])
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_V, CTRL_SHIFT)
    dialog = screen.active_dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.contact.id == people["张伟"]
    dialog.reject()


def test_ctrl_shift_c_calls_the_selected_result(
    qtbot: Any,
    screen: ContactsScreen,
    people: dict[str, int],  # noqa: F811
) -> None:
    opened: list[tuple[str, object]] = []
    screen.bridge.navigate.connect(lambda key, params: opened.append((key, params)))
    focus(qtbot, screen.table)
    search_for(qtbot, screen, "zw", ["曾伟", "张伟"])
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_C, CTRL_SHIFT)
    assert opened == [("call", {"contact_id": people["张伟"]})]


def test_tag_letters_and_delete_do_nothing_while_typing_in_the_search_box(
    qtbot: Any,
    screen: ContactsScreen,
    db: Database,
    people: dict[str, int],  # noqa: F811
) -> None:
    before = {name: tags_of(db, cid) for name, cid in people.items()}
    focus(qtbot, screen.search)
    press(Qt.Key.Key_Home)  # a contact is selected: the letters would tag it
    assert selected_name(screen) == ALL_NAMES[0]
    type_keys("vymno")
    press(Qt.Key.Key_Left)
    press(Qt.Key.Key_Delete)  # deletes the letter after the cursor, not the contact
    assert screen.search.text() == "vymn"
    assert {name: tags_of(db, cid) for name, cid in people.items()} == before
    assert trashed(db) == []
    settle(qtbot, screen)


def test_tag_letters_and_delete_do_nothing_in_the_views_sidebar(
    qtbot: Any,
    screen: ContactsScreen,
    db: Database,
    people: dict[str, int],  # noqa: F811
) -> None:
    focus(qtbot, screen.search)
    type_keys("wang")
    wait_names(qtbot, screen, ["王芳"])
    before = tags_of(db, people["王芳"])
    focus(qtbot, screen.sidebar.list)
    for key in (Qt.Key.Key_V, Qt.Key.Key_Y, Qt.Key.Key_M, Qt.Key.Key_Delete):
        press(key)
    assert tags_of(db, people["王芳"]) == before
    assert trashed(db) == []
    screen.sidebar.start_saving()  # typing a view's name
    assert QApplication.focusWidget() is screen.sidebar.name_edit
    type_keys("vip")
    press(Qt.Key.Key_Delete)
    assert tags_of(db, people["王芳"]) == before
    assert trashed(db) == []
    press(Qt.Key.Key_Escape)  # the name box's own Esc, not the search box's
    assert screen.sidebar.save_row.isHidden()


def test_with_the_table_focused_v_toggles_vip_and_delete_trashes(
    qtbot: Any,
    screen: ContactsScreen,
    db: Database,
    people: dict[str, int],  # noqa: F811
) -> None:
    vip = builtins(db)[BuiltinTag.VIP]
    focus(qtbot, screen.search)
    type_keys("zw")
    wait_names(qtbot, screen, ["曾伟", "张伟"])
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.table
    assert vip not in tags_of(db, people["曾伟"])
    press(Qt.Key.Key_V)
    assert vip in tags_of(db, people["曾伟"])
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Delete)
    assert trashed(db) == ["张伟"]


def test_ctrl_e_from_the_search_box_edits_the_selected_result(
    qtbot: Any,
    screen: ContactsScreen,
    people: dict[str, int],  # noqa: F811
) -> None:
    focus(qtbot, screen.table)
    search_for(qtbot, screen, "zw", ["曾伟", "张伟"])
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    form = screen.active_dialog
    assert isinstance(form, ContactForm)
    assert form.name.text() == "张伟"
    form.reject()
