"""Other screens point the contacts screen at a set of contacts; the method tab follows."""

from __future__ import annotations

from typing import Any

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts
from deskcrm.core.services.database import Database
from deskcrm.ui.screens.contacts.screen import ContactsScreen


def _names(screen: ContactsScreen) -> list[str]:
    model = screen.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_contact_ids_from_another_screen_limit_the_list(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    ids = {
        name: contacts.create_contact(db, ContactInput(name=name))[0]
        for name in ("张伟", "李娜", "王芳")
    }
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.rowCount() == 3)
    screen.open_target({"contact_ids": [ids["张伟"], ids["王芳"]], "title": "Closes in May"})
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.rowCount() == 2)
    assert _names(screen) == ["王芳", "张伟"]
    assert screen.subset_bar.isVisible()
    assert "Closes in May" in screen.subset_label.text()
    screen.subset_clear.click()
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.rowCount() == 3)
    assert not screen.subset_bar.isVisible()
    screen.open_target({"contact_ids": [], "title": "nothing"})
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.rowCount() == 0)


def test_method_tab_follows_the_shown_contact(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.rowCount() == 1)
    screen.show_contact(cid)
    assert screen.method._contact_id == cid
    assert screen.detail_tabs.tabText(1) == "Sales method"


def test_call_opens_the_selected_contact_on_the_call_screen(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    from PySide6.QtCore import Qt

    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.rowCount() == 1)
    screen._select_ids([cid])
    screen.table.setFocus()
    with qtbot.waitSignal(bridge.navigate) as sent:
        qtbot.keyClick(
            screen.table,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert sent.args == ["call", {"contact_id": cid}]
    screen.show_contact(cid)
    assert screen.detail.call_button.isVisibleTo(screen)
    with qtbot.waitSignal(bridge.navigate) as sent:
        screen.detail.call_button.click()  # the button in the contact's detail
    assert sent.args == ["call", {"contact_id": cid}]
