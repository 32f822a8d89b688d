"""The call script editor: create, copy, edit sections, reorder, delete with undo, restore the
shipped scripts, refuse bad input without losing it, and the call screen picking up changes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from deskcrm.core.services import scripts
from deskcrm.core.services.database import Database
from deskcrm.core.services.scripts import ScriptSectionInfo
from deskcrm.paths import resources_dir
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.screens.call.screen import CallScreen
from deskcrm.ui.screens.call.script_editor import ScriptEditorDialog

SHIPPED = resources_dir() / "scripts"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _names(db: Database) -> list[str]:
    return [s.name for s in scripts.list_scripts(db, "en")]


def _dialog(qtbot: Any, db: Database, **kwargs: Any) -> ScriptEditorDialog:
    dialog = ScriptEditorDialog(Bridge(db), "en", shipped=SHIPPED, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with edits asks first; a test tearing it down answers Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Discard)


@pytest.fixture
def shipped(db: Database) -> list[str]:
    scripts.install_defaults(db, SHIPPED, "en")
    return _names(db)


def test_create_a_script_by_keyboard_and_edit_its_sections(
    qtbot: Any, db: Database, shipped: list[str]
) -> None:
    dialog = _dialog(qtbot, db)
    qtbot.keyClick(dialog.list, Qt.Key.Key_N, CTRL)
    assert _names(db) == [*shipped, "New script"]
    assert dialog.name.hasFocus()
    qtbot.keyClicks(dialog.name, "Renewal call")
    dialog.title.setText("准备")  # Chinese arrives whole from an input method
    dialog.title.textEdited.emit("准备")
    dialog.add_section()
    assert dialog.title.hasFocus()
    qtbot.keyClicks(dialog.title, "Close")
    dialog.stage.setCurrentIndex(dialog.stage.findData("close"))
    dialog.prompts.setPlainText("Offer two dates\nTuesday or Thursday?")
    dialog.sections.setFocus()
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Up, ALT)  # move "Close" first
    qtbot.keyClick(dialog.title, Qt.Key.Key_S, CTRL)
    (script,) = [s for s in scripts.list_scripts(db, "en") if s.name == "Renewal call"]
    assert script.sections == (
        ScriptSectionInfo("close", "Close", "Offer two dates\nTuesday or Thursday?"),
        ScriptSectionInfo("prepare", "准备", ""),
    )
    assert dialog.changed and not dialog.dirty


def test_copy_reorder_delete_and_undo(qtbot: Any, db: Database, shipped: list[str]) -> None:
    first = scripts.list_scripts(db, "en")[0]
    dialog = _dialog(qtbot, db, current_id=first.id)
    qtbot.keyClick(dialog.list, Qt.Key.Key_D, CTRL)
    copy_name = f"{first.name} (copy)"
    assert _names(db) == [shipped[0], copy_name, *shipped[1:]]
    assert scripts.list_scripts(db, "en")[1].sections == first.sections
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down, ALT)
    assert _names(db) == [shipped[0], shipped[1], copy_name, *shipped[2:]]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, ALT)
    assert _names(db)[0] == copy_name
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert _names(db) == shipped
    assert dialog.undo_button.isVisible()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Z, CTRL)
    assert _names(db) == [copy_name, *shipped]  # back where it was, sections and all
    assert scripts.list_scripts(db, "en")[0].sections == first.sections
    assert not dialog.undo_button.isVisible()


def test_bad_input_is_refused_inline_and_kept(qtbot: Any, db: Database, shipped: list[str]) -> None:
    dialog = _dialog(qtbot, db)
    before = scripts.list_scripts(db, "en")[0]
    dialog.name.setText("   ")
    dialog.name.textEdited.emit("   ")
    assert dialog.save() is False
    assert "Name is required" in dialog.error.text()
    assert scripts.list_scripts(db, "en")[0] == before
    dialog.name.setText("Mine")
    dialog.sections.setCurrentRow(1)
    long_title = "x" * 500
    dialog.title.setText(long_title)
    dialog.title.textEdited.emit(long_title)
    assert dialog.save() is False
    assert "Section 2" in dialog.error.text() and "too long" in dialog.error.text()
    assert dialog.title.text() == long_title and dialog.title.hasFocus()
    assert scripts.list_scripts(db, "en")[0] == before  # nothing half-written


def test_unsaved_edits_are_asked_about_before_switching(
    qtbot: Any, db: Database, shipped: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, db)
    dialog.name.setText("Changed")
    dialog.name.textEdited.emit("Changed")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    dialog.copy_script()
    assert _names(db) == shipped  # stayed on the edited script
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Save)
    dialog.copy_script()
    assert _names(db)[0] == "Changed" and "Changed (copy)" in _names(db)


def test_deleted_shipped_scripts_come_back_on_request(
    qtbot: Any, db: Database, shipped: list[str]
) -> None:
    dialog = _dialog(qtbot, db)
    dialog.delete_script()
    dialog.delete_script()
    assert len(_names(db)) == len(shipped) - 2
    dialog.restore_shipped()
    assert sorted(_names(db)) == sorted(shipped)


def test_empty_list_explains_what_to_do(qtbot: Any, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    dialog.restore_button.hide()
    assert dialog.list.count() == 0
    assert dialog.empty.isVisible() and "New" in dialog.empty.text()
    assert not dialog.name.isEnabled()


def test_the_call_screen_offers_edited_scripts(qtbot: Any, bridge: Any, db: Database) -> None:
    screen = CallScreen(bridge)
    qtbot.addWidget(screen)
    dialog = screen.edit_scripts()
    dialog.new_script()
    dialog.name.setText("My opener")
    dialog.name.textEdited.emit("My opener")
    assert dialog.save()
    dialog.close()
    assert screen.outline.combo.findText("My opener") >= 0
    assert screen.outline.combo.currentText() == "My opener"
