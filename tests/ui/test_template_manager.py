"""The templates manager: create by keys, refusals beside the field with nothing written,
copy, rename, delete with undo, the preview filled for a contact, and where it opens from."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, templates
from deskcrm.core.services.database import Database
from deskcrm.ui.screens.contacts.message_queue import MessageQueueDialog
from deskcrm.ui.screens.contacts.screen import ContactsScreen
from deskcrm.ui.screens.contacts.template_manager import TemplateManagerDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing with edits asks first; a test tearing the dialog down answers Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)


@pytest.fixture
def zhang(db: Database) -> int:
    cid, _ = contacts.create_contact(
        db, ContactInput(name="张伟", phones=(), company="华为", title="总经理")
    )
    return cid


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def names(db: Database) -> list[str]:
    return [t.name for t in templates.list_templates(db)]


def open_dialog(qtbot: Any, bridge: Any, **kwargs: Any) -> TemplateManagerDialog:
    dialog = TemplateManagerDialog(bridge, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    return dialog


def test_create_by_keys_and_preview_filled(
    qtbot: Any, bridge: Any, db: Database, zhang: int
) -> None:
    dialog = open_dialog(qtbot, bridge)
    assert dialog.contact.text() == "张伟"  # the only contact, chosen for the preview
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is dialog.name
    type_text(qtbot, "Hello")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.text
    type_text(qtbot, "Hi {address}, how is {company}?")
    qtbot.waitUntil(lambda: dialog.preview.toPlainText() != "")
    assert "{" not in dialog.preview.toPlainText()
    assert "Huawei" in dialog.preview.toPlainText() or "华为" in dialog.preview.toPlainText()
    press(qtbot, Qt.Key.Key_S, CTRL)
    (saved,) = templates.list_templates(db)
    assert (saved.name, saved.text) == ("Hello", "Hi {address}, how is {company}?")
    assert dialog.list.count() == 1 and dialog.list.currentItem().text() == "Hello"
    assert not dialog.dirty and dialog.changed


def test_duplicate_name_and_unknown_placeholder_refused_beside_the_field(
    qtbot: Any, bridge: Any, db: Database, zhang: int
) -> None:
    templates.create_template(db, "Greeting", "{address}您好", "N")
    dialog = open_dialog(qtbot, bridge)
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "greeting")  # names are unique ignoring case
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "hello {name}")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert dialog.name_error.isVisible()
    assert "already exists" in dialog.name_error.text()
    assert names(db) == ["Greeting"]  # nothing written
    assert dialog.name.text() == "greeting"  # the typing is kept to correct

    dialog.name.setFocus()
    dialog.name.selectAll()
    type_text(qtbot, "Hello")
    dialog.text.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, " {nmae}")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert dialog.text_error.isVisible()
    assert "{nmae}" in dialog.text_error.text()
    assert names(db) == ["Greeting"]
    # The preview never shows the raw placeholder as the message.
    qtbot.waitUntil(lambda: not dialog._preview_timer.isActive())
    assert "{nmae}" not in dialog.preview.toPlainText()


def test_copy_rename_delete_and_undo(qtbot: Any, bridge: Any, db: Database, zhang: int) -> None:
    tid, _ = templates.create_template(db, "问候", "{address}您好，{company}最近怎么样？", "Y+O")
    dialog = open_dialog(qtbot, bridge, current_id=tid)
    assert dialog.list.currentItem().text() == "问候 · Y+O"
    qtbot.waitUntil(lambda: dialog.preview.toPlainText() == "张总您好，华为最近怎么样？")

    press(qtbot, Qt.Key.Key_D, CTRL)  # copy
    assert names(db) == ["问候", "问候 (copy)"]
    assert QApplication.focusWidget() is dialog.name
    type_text(qtbot, "Revisit")  # replaces the selected name
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert names(db) == ["问候", "Revisit"]

    dialog.list.setFocus()
    press(qtbot, Qt.Key.Key_F2)  # rename the shown one
    assert QApplication.focusWidget() is dialog.name and dialog.name.selectedText() == "Revisit"
    type_text(qtbot, "Revisit old")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert names(db) == ["问候", "Revisit old"]
    copy = templates.list_templates(db)[1]
    assert (copy.text, copy.purpose) == ("{address}您好，{company}最近怎么样？", "Y+O")

    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert names(db) == ["Revisit old"]
    assert dialog.undo_button.isVisible()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert sorted(names(db)) == sorted(["问候", "Revisit old"])
    back = next(t for t in templates.list_templates(db) if t.name == "问候")
    assert (back.text, back.purpose) == ("{address}您好，{company}最近怎么样？", "Y+O")
    assert not dialog.undo_button.isVisible()


def test_placeholder_button_inserts_at_the_cursor(
    qtbot: Any, bridge: Any, db: Database, zhang: int
) -> None:
    templates.create_template(db, "问候", "您好，最近怎么样？", "")
    dialog = open_dialog(qtbot, bridge)
    dialog.text.setFocus()
    press(qtbot, Qt.Key.Key_Home, CTRL)
    dialog.placeholder_buttons["address"].click()
    assert dialog.text.toPlainText() == "{address}您好，最近怎么样？"
    assert dialog.dirty
    qtbot.waitUntil(lambda: dialog.preview.toPlainText() == "张总您好，最近怎么样？")


def test_opens_from_the_contacts_screen_and_the_empty_queue(
    qtbot: Any, bridge: Any, db: Database, zhang: int
) -> None:
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    with qtbot.waitExposed(screen):
        screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.rowCount() == 1)
    screen.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.table)
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    manager = screen.active_dialog
    assert isinstance(manager, TemplateManagerDialog)
    assert manager.contact.text() == "张伟"  # the selected contact, for the preview
    manager.close()
    qtbot.waitUntil(lambda: screen.active_dialog is None)

    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    queue = screen.active_dialog
    assert isinstance(queue, MessageQueueDialog)
    qtbot.waitExposed(queue)
    if not templates.list_templates(db):  # no starters in this language: the empty state
        assert queue.empty_button.isVisible()
    queue.templates_button.click()
    opened = queue.findChild(TemplateManagerDialog)
    assert opened is not None
    opened.close()


def test_unsaved_edits_are_asked_about_on_switching(
    qtbot: Any, bridge: Any, db: Database, zhang: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = templates.create_template(db, "One", "hello {name}", "")
    templates.create_template(db, "Two", "bye {name}", "")
    dialog = open_dialog(qtbot, bridge, current_id=first)
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> None:
        def ask(*args: Any) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return choice

        monkeypatch.setattr(QMessageBox, "question", ask)

    dialog.text.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, "!")
    answer(QMessageBox.StandardButton.Cancel)
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new one would lose the edit: asked, stays
    assert asked == ["Save the changes to “One”?"]
    assert dialog.text.toPlainText() == "hello {name}!" and not dialog.drafting
    answer(QMessageBox.StandardButton.Save)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert templates.list_templates(db)[0].text == "hello {name}!"
    assert dialog.drafting and QApplication.focusWidget() is dialog.name
