"""The script editor: the rep's call scripts in order, each an ordered list of sections by
call stage with prompts; copy, create, rename, reorder, delete (with undo), restore shipped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import DeskCRMError, ValidationError
from deskcrm.core.rules.call_script import STAGES
from deskcrm.core.services import scripts
from deskcrm.core.services.database import Database
from deskcrm.core.services.scripts import ScriptInfo, ScriptSectionInfo
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.call.wording import stage_name
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.templates import fill

ID_ROLE = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")


class ScriptEditorDialog(QDialog):
    """Edits go into a draft of the selected script; Save (Ctrl+S) stores it in one step."""

    def __init__(
        self,
        bridge: Bridge,
        lang: str,
        parent: QWidget | None = None,
        *,
        current_id: int | None = None,
        shipped: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge, self.lang, self.shipped = bridge, lang, shipped
        self.db = bridge.db  # for reading the list; every change goes through an Op
        self.changed = False  # anything stored: the caller re-reads its scripts
        self.scripts: list[ScriptInfo] = []
        self.draft: list[ScriptSectionInfo] = []
        self.dirty = False
        self.deleted: tuple[ScriptInfo, int] | None = None  # for undo: script, position
        self._loading = False
        self.setWindowTitle(self.tr("Call scripts"))
        self.resize(960, 620)
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)
        split.addWidget(self._script_column())
        split.addWidget(self._editor_column())
        split.setSizes([280, 680])
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.restore_button = QPushButton(self.tr("Restore shipped scripts"))
        self.restore_button.setToolTip(
            self.tr("Add back the shipped scripts you deleted; your own stay as they are")
        )
        self.restore_button.clicked.connect(self.restore_shipped)
        self.restore_button.setVisible(shipped is not None)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        for keys, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+N", self.new_script),
            ("Ctrl+D", self.copy_script),
            ("Ctrl+Z", self.undo_delete),
        ):
            add_shortcut(self, keys, slot, Qt.ShortcutContext.WindowShortcut)
        for widget, keys, slot in (
            (self.list, "Alt+Up", lambda: self.move_script(-1)),
            (self.list, "Alt+Down", lambda: self.move_script(1)),
            (self.list, "Delete", self.delete_script),
            (self.sections, "Alt+Up", lambda: self.move_section(-1)),
            (self.sections, "Alt+Down", lambda: self.move_section(1)),
            (self.sections, "Delete", self.remove_section),
        ):
            # Only while that list has the keyboard: the same keys mean the other list there.
            add_shortcut(widget, keys, slot, Qt.ShortcutContext.WidgetShortcut)
        self.reload(current_id)
        self.list.setFocus()

    # Layout

    def _script_column(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("S&cripts"))
        self.list = QListWidget()
        self.list.setToolTip(self.tr("Alt+Up/Down moves the script; Delete deletes it"))
        label.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._script_chosen)
        col.addWidget(label)
        col.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("A new script (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_script)
        self.copy_button = QPushButton(self.tr("Co&py"))
        self.copy_button.setToolTip(self.tr("Copy the selected script to edit it (Ctrl+D)"))
        self.copy_button.clicked.connect(self.copy_script)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_script)
        for b in (self.new_button, self.copy_button, self.delete_button):
            row.addWidget(b)
        col.addLayout(row)
        return box

    def _editor_column(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        self.name = QLineEdit()
        self.name.textEdited.connect(self._touched)
        name_label = QLabel(self.tr("Na&me"))
        name_label.setBuddy(self.name)
        top.addRow(name_label, self.name)
        col.addLayout(top)
        sections_box = QGroupBox(self.tr("Sections, in call order"))
        scol = QHBoxLayout(sections_box)
        left = QVBoxLayout()
        self.sections = QListWidget()
        self.sections.setToolTip(self.tr("Alt+Up/Down moves the section; Delete removes it"))
        self.sections.currentRowChanged.connect(self._section_chosen)
        left.addWidget(self.sections, 1)
        srow = QHBoxLayout()
        self.add_section_button = QPushButton(self.tr("&Add section"))
        self.add_section_button.clicked.connect(self.add_section)
        self.remove_section_button = QPushButton(self.tr("&Remove"))
        self.remove_section_button.clicked.connect(self.remove_section)
        srow.addWidget(self.add_section_button)
        srow.addWidget(self.remove_section_button)
        left.addLayout(srow)
        scol.addLayout(left, 2)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.textEdited.connect(self._section_edited)
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(stage_name(stage), stage)
        self.stage.currentIndexChanged.connect(self._section_edited)
        self.prompts = QPlainTextEdit()
        self.prompts.setTabChangesFocus(True)
        self.prompts.setPlaceholderText(
            self.tr("One prompt per line; a line ending in “?” is an example question")
        )
        self.prompts.textChanged.connect(self._section_edited)
        for text, field in (
            (self.tr("&Title"), self.title),
            (self.tr("Sta&ge"), self.stage),
            (self.tr("Pr&ompts"), self.prompts),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        scol.addLayout(form, 3)
        col.addWidget(sections_box, 1)
        self.empty = QLabel(
            self.tr("No scripts yet: press New (Ctrl+N) to write one, or restore the shipped ones.")
        )
        self.empty.setWordWrap(True)
        col.addWidget(self.empty)
        self.editor_widgets: list[QWidget] = [self.name, sections_box]
        return box

    # Loading

    def reload(self, select: int | None = None) -> None:
        self.scripts = scripts.list_scripts(self.db, self.lang)
        self._loading = True
        self.list.clear()
        for script in self.scripts:
            item = QListWidgetItem(script.name)
            item.setData(ID_ROLE, script.id)
            self.list.addItem(item)
        self._loading = False
        rows = [i for i, s in enumerate(self.scripts) if s.id == select]
        self.list.setCurrentRow(rows[0] if rows else (0 if self.scripts else -1))
        if not self.scripts:
            self._show(None)

    def current(self) -> ScriptInfo | None:
        row = self.list.currentRow()
        return self.scripts[row] if 0 <= row < len(self.scripts) else None

    def chosen_id(self) -> int | None:
        script = self.current()
        return script.id if script else None

    def _script_chosen(self, row: int) -> None:
        if self._loading:
            return
        self._show(self.scripts[row] if 0 <= row < len(self.scripts) else None)

    def _show(self, script: ScriptInfo | None) -> None:
        self._loading = True
        self.name.setText(script.name if script else "")
        self.draft = list(script.sections) if script else []
        self._fill_sections(0)
        self._loading = False
        self.dirty = False
        self.clear_error()
        for widget in self.editor_widgets:
            widget.setEnabled(script is not None)
        self.empty.setVisible(not self.scripts)
        for button in (self.copy_button, self.delete_button, self.save_button):
            button.setEnabled(script is not None)

    def _fill_sections(self, select: int) -> None:
        loading, self._loading = self._loading, True
        self.sections.clear()
        for sec in self.draft:
            self.sections.addItem(self._section_label(sec))
        self._loading = loading
        row = min(select, len(self.draft) - 1)
        self.sections.setCurrentRow(row)
        self._section_chosen(row)

    def _section_label(self, sec: ScriptSectionInfo) -> str:
        title = sec.title or self.tr("(untitled)")
        return f"{title} · {stage_name(sec.stage)}"

    def _section_chosen(self, row: int) -> None:
        loading, self._loading = self._loading, True
        sec = self.draft[row] if 0 <= row < len(self.draft) else None
        self.title.setText(sec.title if sec else "")
        self.stage.setCurrentIndex(max(0, self.stage.findData(sec.stage)) if sec else 0)
        self.prompts.setPlainText(sec.prompts if sec else "")
        for widget in (self.title, self.stage, self.prompts, self.remove_section_button):
            widget.setEnabled(sec is not None)
        self._loading = loading

    # Editing the draft

    def _touched(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True

    def _section_edited(self, *_args: object) -> None:
        row = self.sections.currentRow()
        if self._loading or not 0 <= row < len(self.draft):
            return
        self.draft[row] = ScriptSectionInfo(
            str(self.stage.currentData()), self.title.text(), self.prompts.toPlainText()
        )
        item = self.sections.item(row)
        if item is not None:
            item.setText(self._section_label(self.draft[row]))
        self.dirty = True

    def add_section(self) -> None:
        if self.current() is None:
            return
        row = self.sections.currentRow() + 1
        last = self.draft[row - 1].stage if row > 0 else STAGES[0]
        self.draft.insert(row, ScriptSectionInfo(last, "", ""))
        self._fill_sections(row)
        self.dirty = True
        self.title.setFocus()

    def remove_section(self) -> None:
        row = self.sections.currentRow()
        if 0 <= row < len(self.draft):
            del self.draft[row]
            self._fill_sections(row)
            self.dirty = True

    def move_section(self, delta: int) -> None:
        row = self.sections.currentRow()
        target = row + delta
        if 0 <= row < len(self.draft) and 0 <= target < len(self.draft):
            self.draft[row], self.draft[target] = self.draft[target], self.draft[row]
            self._fill_sections(target)
            self.dirty = True

    # Storing

    def _run(self, fn: Callable[[Database], T]) -> T | None:
        """Store one change; a refusal is shown in the dialog and None returned."""
        return (
            Op(self.bridge, fn, initiator=self, parent=self)
            .success(self._stored)
            .catch(DeskCRMError, self.show_error)
            .run()
        )

    def _stored(self, _result: object) -> None:
        self.changed = True
        self.clear_error()

    def save(self) -> bool:
        script = self.current()
        if script is None:
            return False
        result = self._run(
            lambda db: scripts.save_script(db, script.id, self.name.text(), self.draft)
        )
        if result is None:
            return False
        self.dirty = False
        self.reload(script.id)
        return True

    def _may_leave(self) -> bool:
        """Unsaved edits of the shown script: save, discard or stay."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            fill(self.tr("Save the changes to “%1”?"), self.name.text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def new_script(self) -> None:
        if not self._may_leave():
            return
        first = ScriptSectionInfo(STAGES[0], self.tr("Prepare"), "")
        new_id = self._run(lambda db: scripts.save_script(db, None, self.tr("New script"), [first]))
        if isinstance(new_id, tuple):
            self.reload(new_id[0])
            self.name.setFocus()
            self.name.selectAll()

    def copy_script(self) -> None:
        if not self._may_leave():
            return
        script = self.current()  # read after a save, which may have renamed it
        if script is None:
            return
        name = fill(self.tr("%1 (copy)"), script.name)
        result = self._run(lambda db: scripts.copy_script(db, script.id, name))
        if isinstance(result, tuple):
            self.reload(result[0])
            self.name.setFocus()
            self.name.selectAll()

    def delete_script(self) -> None:
        script = self.current()
        if script is None:
            return
        position = self.list.currentRow()
        if self._run(lambda db: scripts.delete_script(db, script.id)) is None:
            return
        self.dirty = False
        self.deleted = (script, position)
        self.undo_button.setText(fill(self.tr("&Undo delete of “%1”"), script.name))
        self.undo_button.show()
        self.reload()
        self.list.setCurrentRow(min(position, self.list.count() - 1))

    def undo_delete(self) -> None:
        if self.deleted is None:
            return
        script, position = self.deleted
        result = self._run(lambda db: scripts.save_script(db, None, script.name, script.sections))
        if not isinstance(result, tuple):
            return
        new_id = int(result[0])
        self._move_to(new_id, position)
        self.deleted = None
        self.undo_button.hide()
        self.reload(new_id)

    def _move_to(self, script_id: int, row: int) -> None:
        """Put `script_id` at `row` of this language's list (positions span all scripts)."""
        shown = [s.id for s in scripts.list_scripts(self.db, self.lang) if s.id != script_id]
        everything = [s.id for s in scripts.list_scripts(self.db)]
        if row < len(shown):
            place = everything.index(shown[row])
            self._run(lambda db: scripts.move_script(db, script_id, place))

    def move_script(self, delta: int) -> None:
        script = self.current()
        row = self.list.currentRow()
        target = row + delta
        if script is None or not 0 <= target < len(self.scripts) or not self._may_leave():
            return
        everything = [s.id for s in scripts.list_scripts(self.db)]
        neighbour = self.scripts[target].id
        place = everything.index(neighbour)
        self._run(lambda db: scripts.move_script(db, script.id, place))
        self.reload(script.id)

    def restore_shipped(self) -> None:
        shipped = self.shipped
        if shipped is None or not self._may_leave():
            return
        result = self._run(
            lambda db: scripts.install_defaults(db, shipped, self.lang, restore=True)
        )
        if isinstance(result, tuple):
            self.reload(self.chosen_id())

    # Errors and closing

    def show_error(self, exc: DeskCRMError) -> None:
        text = error_message(exc)
        if isinstance(exc, ValidationError):
            section = exc.data.get("section")
            if isinstance(section, int) and 0 <= section < len(self.draft):
                text = fill(self.tr("Section %1: %2"), section + 1, text)
                self.sections.setCurrentRow(section)
            target = {"name": self.name, "title": self.title, "prompts": self.prompts}
            widget = target.get(exc.field)
            if widget is not None:
                widget.setFocus()
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            super().closeEvent(event)  # rejects, so `finished` tells the caller
        else:
            event.ignore()

    def reject(self) -> None:  # Esc
        if self._may_leave():
            super().reject()
