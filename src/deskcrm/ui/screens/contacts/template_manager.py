"""The templates manager (话术): write, copy, rename and delete message templates, each with a
purpose, and see one filled for a chosen contact while writing it.

Edits go into the shown template; Save (Ctrl+S) stores name, text and purpose in one step
(templates.save_template). New (Ctrl+N) starts an unsaved draft, Copy (Ctrl+D) and Delete
(Del on the list) store at once; a delete is undone inside the dialog (Ctrl+Z or the Undo
button). The preview fills the text as typed (messaging.preview_message), so a raw
placeholder never shows; an unknown one is named beside the text instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QGridLayout,
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
from deskcrm.core.rules.message_fill import PLACEHOLDERS
from deskcrm.core.services import contacts, messaging, templates
from deskcrm.core.services.database import Database
from deskcrm.core.services.templates import TemplateInfo
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message
from deskcrm.ui.operations import Op
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.template_purposes import purpose_short
from deskcrm.ui.vocabulary.templates import fill
from deskcrm.ui.widgets.purpose_box import PurposeBox

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WINDOW = Qt.ShortcutContext.WindowShortcut  # the dialog is its own window
ERROR_STYLE = "color: #b91c1c;"
T = TypeVar("T")


class TemplateManagerDialog(QDialog):
    """The rep's templates; `changed` says whether anything was stored (callers re-read)."""

    def __init__(
        self,
        bridge: Bridge,
        parent: QWidget | None = None,
        *,
        current_id: int | None = None,
        contact: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.changed = False
        self.templates: list[TemplateInfo] = []
        self.drafting = False  # a New template not stored yet
        self.dirty = False
        self.deleted: tuple[TemplateInfo, int] | None = None  # for undo: template, row
        self._loading = False
        self._contacts: dict[str, int] = {}
        self.contact_id: int | None = None
        self.setWindowTitle(self.tr("Message templates"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._list_column())
        split.addWidget(self._editor_column())
        split.setSizes([300, 700])
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.undo_button = QPushButton()
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom.addWidget(self.undo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)  # one read after a burst of typing
        self._preview_timer.timeout.connect(self.update_preview)
        for keys, slot in (
            ("Ctrl+S", self.save),
            ("Ctrl+N", self.new_template),
            ("Ctrl+D", self.copy_template),
            ("Ctrl+Z", self.undo_delete),
        ):
            add_shortcut(self, keys, slot, WINDOW)
        # Only while the list has the keyboard: in a text field these keys edit the text.
        on_list = Qt.ShortcutContext.WidgetShortcut
        add_shortcut(self.list, "F2", self.rename_template, on_list)
        add_shortcut(self.list, "Delete", self.delete_template, on_list)
        if contact is not None:
            self._set_contact(*contact)
        else:
            first = contacts.find_by_name(bridge.db, "", 1)
            if first:
                self._set_contact(first[0].id, first[0].name)
        self.reload(current_id)
        self.list.setFocus()

    # Layout

    def _list_column(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Templates"))
        self.list = QListWidget()
        self.list.setToolTip(self.tr("F2 renames the template; Delete deletes it"))
        self.list.setAccessibleName(self.tr("Message templates"))
        label.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._row_chosen)
        col.addWidget(label)
        col.addWidget(self.list, 1)
        grid = QGridLayout()
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("A new template (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_template)
        self.copy_button = QPushButton(self.tr("Co&py"))
        self.copy_button.setToolTip(self.tr("Copy the selected template to edit it (Ctrl+D)"))
        self.copy_button.clicked.connect(self.copy_template)
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setToolTip(self.tr("Rename the selected template (F2)"))
        self.rename_button.clicked.connect(self.rename_template)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected template (Del; Ctrl+Z undoes)"))
        self.delete_button.clicked.connect(self.delete_template)
        buttons = (self.new_button, self.copy_button, self.rename_button, self.delete_button)
        for k, b in enumerate(buttons):
            b.setAutoDefault(False)
            grid.addWidget(b, k // 2, k % 2)
        col.addLayout(grid)
        return box

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _editor_column(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.textEdited.connect(self._touched)
        self.name_error = self._error_label()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Template text"))
        self.text.setPlaceholderText(
            self.tr("The message; the buttons below insert what is filled for each contact")
        )
        self.text.textChanged.connect(self._text_changed)
        self.text_error = self._error_label()
        # The known purposes in words (stored as the codes the plan draft asks for), or
        # the rep's own group typed in.
        self.purpose = PurposeBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setToolTip(
            self.tr(
                "Who or when it is for: pick a segment, a class or an occasion (the plan "
                "offers the template for those lines), or type a group of your own"
            )
        )
        line = self.purpose.lineEdit()
        assert line is not None  # an editable combo has one
        line.setPlaceholderText(self.tr("Who or when it is for, e.g. N, Y+O, VIP"))
        line.textEdited.connect(self._touched)
        self.purpose.activated.connect(self._touched)
        self.purpose_error = self._error_label()
        rows: tuple[tuple[str, QWidget, QLabel], ...] = (
            (self.tr("Na&me"), self.name, self.name_error),
            (self.tr("Te&xt"), self.text, self.text_error),
            (self.tr("P&urpose"), self.purpose, self.purpose_error),
        )
        for k, (caption, field, error) in enumerate(rows):
            label = QLabel(caption)
            label.setBuddy(field)
            align = Qt.AlignmentFlag.AlignTop if field is self.text else Qt.AlignmentFlag(0)
            grid.addWidget(label, 2 * k, 0, align)
            grid.addWidget(field, 2 * k, 1)
            grid.addWidget(error, 2 * k + 1, 1)
        grid.setRowStretch(2, 1)
        col.addLayout(grid, 2)
        insert_row = QHBoxLayout()
        insert_row.addWidget(QLabel(self.tr("Insert:")))
        self.placeholder_buttons: dict[str, QPushButton] = {}
        words = self._placeholder_words()
        for key in PLACEHOLDERS:
            button = QPushButton(words.get(key, key))
            button.setToolTip(fill(self.tr("Insert %1 at the cursor"), "{" + key + "}"))
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the cursor
            button.clicked.connect(lambda _=False, k=key: self.insert_placeholder(k))
            self.placeholder_buttons[key] = button
            insert_row.addWidget(button)
        insert_row.addStretch(1)
        col.addLayout(insert_row)
        preview_row = QHBoxLayout()
        preview_label = QLabel(self.tr("Pre&view for"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Type a name and pick from the list"))
        self.contact.setAccessibleName(self.tr("Contact for the preview"))
        preview_label.setBuddy(self.contact)
        self.contact_names = QStringListModel(self)
        completer = QCompleter(self.contact_names, self.contact)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._contact_picked)
        self.contact.setCompleter(completer)
        self.contact.textEdited.connect(self._find_contacts)
        preview_row.addWidget(preview_label)
        preview_row.addWidget(self.contact, 1)
        col.addLayout(preview_row)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setAccessibleName(self.tr("The message filled for this contact"))
        self.preview.setStyleSheet("QPlainTextEdit { background: palette(window); }")
        col.addWidget(self.preview, 1)
        self.empty = QLabel(self.tr("No templates yet: press New (Ctrl+N) to write one."))
        self.empty.setWordWrap(True)
        col.addWidget(self.empty)
        self.editor_widgets: list[QWidget] = [
            self.name,
            self.text,
            self.purpose,
            *self.placeholder_buttons.values(),
        ]
        return box

    def _placeholder_words(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "address": self.tr("Form of address"),
            "company": self.tr("Company"),
            "product": self.tr("Product"),
            "last_promise": self.tr("Last promise"),
            "days_since": self.tr("Days since last touch"),
        }

    # Loading and showing

    def reload(self, select: int | None = None) -> None:
        self.templates = Op(self.bridge, templates.list_templates, parent=self).run() or []
        self._loading = True
        self.list.clear()
        for t in self.templates:
            label = t.name if not t.purpose else f"{t.name} · {purpose_short(t.purpose)}"
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, t.id)
            item.setToolTip(t.text)
            self.list.addItem(item)
        self._loading = False
        rows = [i for i, t in enumerate(self.templates) if t.id == select]
        self.drafting = False
        self.list.setCurrentRow(rows[0] if rows else (0 if self.templates else -1))
        if self.list.currentRow() < 0:
            self._show(None)

    def current(self) -> TemplateInfo | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _row_chosen(self, row: int) -> None:
        if self._loading:
            return
        self.drafting = False
        self._show(self.templates[row] if 0 <= row < len(self.templates) else None)

    def _show(self, template: TemplateInfo | None) -> None:
        self._loading = True
        self.name.setText(template.name if template else "")
        self.text.setPlainText(template.text if template else "")
        self.purpose.set_purpose(template.purpose if template else "")
        self._loading = False
        self.dirty = False
        self.clear_errors()
        editing = template is not None or self.drafting
        for widget in self.editor_widgets:
            widget.setEnabled(editing)
        self.empty.setVisible(not self.templates and not self.drafting)
        for button in (self.copy_button, self.rename_button, self.delete_button):
            button.setEnabled(template is not None)
        self.save_button.setEnabled(editing)
        self.update_preview()

    def _touched(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True

    def _text_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._preview_timer.start()

    def insert_placeholder(self, key: str) -> None:
        """`{key}` at the text's cursor (replacing a selection)."""
        if not self.text.isEnabled():
            return
        self.text.insertPlainText("{" + key + "}")
        self.text.setFocus()

    # The preview

    def _set_contact(self, contact_id: int, name: str) -> None:
        self.contact_id = contact_id
        self._contacts = {name: contact_id}
        self.contact.setText(name)

    def _find_contacts(self, text: str) -> None:
        found = contacts.find_by_name(self.bridge.db, text, 20)
        self._contacts = {}
        for ref in found:
            self._contacts.setdefault(ref.name, ref.id)
        self.contact_names.setStringList(list(self._contacts))

    def _contact_picked(self, name: str) -> None:
        contact_id = self._contacts.get(name)
        if contact_id is not None:
            self.contact_id = contact_id
            self.update_preview()

    def update_preview(self) -> None:
        self._preview_timer.stop()
        text, contact_id = self.text.toPlainText(), self.contact_id
        self.text_error.hide()
        if contact_id is None:
            self.preview.setPlainText(self.tr("Choose a contact to see the message filled."))
            return
        if not text.strip():
            self.preview.clear()
            return
        (
            Op(
                self.bridge,
                lambda db: messaging.preview_message(db, text, contact_id),
                parent=self,
            )
            .success(self.preview.setPlainText)
            .catch(DeskCRMError, self._preview_refused)
            .run()
        )

    def _preview_refused(self, exc: DeskCRMError) -> None:
        # The text cannot be filled (an unknown placeholder, too long): say why beside it,
        # never show the raw placeholder as if it were the message.
        self.preview.clear()
        if isinstance(exc, ValidationError) and exc.field == "text":
            self._field_error(exc, focus=False)
        else:
            self.preview.setPlainText(error_message(exc))

    # Storing

    def _run(self, fn: Callable[[Database], T]) -> T | None:
        """Store one change; a refusal is shown beside its field and None returned."""
        return (
            Op(self.bridge, fn, initiator=self, parent=self)
            .success(self._stored)
            .catch(DeskCRMError, self._field_error)
            .run()
        )

    def _stored(self, _result: object) -> None:
        self.changed = True
        self.clear_errors()

    def save(self) -> bool:
        name, text, purpose = self.name.text(), self.text.toPlainText(), self.purpose.purpose()
        if self.drafting:
            result = self._run(lambda db: templates.create_template(db, name, text, purpose))
            if result is None:
                return False
            self.dirty = False
            self.reload(result[0])
            self.bridge.status.emit(fill(self.tr("Template “%1” saved"), name.strip()))
            return True
        template = self.current()
        if template is None:
            return False
        tid = template.id
        if self._run(lambda db: templates.save_template(db, tid, name, text, purpose)) is None:
            return False
        self.dirty = False
        self.reload(tid)
        self.bridge.status.emit(fill(self.tr("Template “%1” saved"), name.strip()))
        return True

    def _may_leave(self) -> bool:
        """Unsaved edits of the shown template: save, discard or stay."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            fill(self.tr("Save the changes to “%1”?"), self.name.text() or self.tr("New template")),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            if self.drafting:
                self.reload()
            return True
        return False

    def new_template(self) -> None:
        if not self._may_leave():
            return
        self._loading = True
        self.list.setCurrentRow(-1)
        self._loading = False
        self.drafting = True
        self._show(None)
        self.name.setFocus()

    def copy_template(self) -> None:
        if not self._may_leave():
            return
        template = self.current()
        if template is None:
            return
        name = self._free_name(fill(self.tr("%1 (copy)"), template.name))
        result = self._run(lambda db: templates.copy_template(db, template.id, name))
        if isinstance(result, tuple):
            self.reload(result[0])
            self.name.setFocus()
            self.name.selectAll()

    def _free_name(self, wanted: str) -> str:
        used = {t.name.casefold() for t in self.templates}
        name, k = wanted, 2
        while name.casefold() in used:
            name, k = f"{wanted} {k}", k + 1
        return name

    def rename_template(self) -> None:
        """F2: the name field, selected; Save (or Enter there) stores the new name."""
        if self.current() is None:
            return
        self.name.setFocus()
        self.name.selectAll()

    def delete_template(self) -> None:
        template = self.current()
        if template is None:
            return
        row = self.list.currentRow()
        if self._run(lambda db: templates.delete_template(db, template.id)) is None:
            return
        self.dirty = False
        self.deleted = (template, row)
        self.undo_button.setText(fill(self.tr("&Undo delete of “%1” (Ctrl+Z)"), template.name))
        self.undo_button.show()
        self.reload()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus()

    def undo_delete(self) -> None:
        if self.deleted is None or not self._may_leave():
            return
        template, _row = self.deleted
        result = self._run(
            lambda db: templates.create_template(db, template.name, template.text, template.purpose)
        )
        if not isinstance(result, tuple):
            return
        self.deleted = None
        self.undo_button.hide()
        self.reload(result[0])
        self.list.setFocus()

    # Errors and closing

    def _field_error(self, exc: DeskCRMError, *, focus: bool = True) -> None:
        field = exc.field if isinstance(exc, ValidationError) else ""
        widgets = {
            "name": (self.name, self.name_error),
            "text": (self.text, self.text_error),
            "purpose": (self.purpose, self.purpose_error),
        }
        widget, label = widgets.get(field, (self.name, self.name_error))
        label.setText(error_message(exc))
        label.show()
        if focus:
            widget.setFocus()

    def clear_errors(self) -> None:
        for label in (self.name_error, self.text_error, self.purpose_error):
            label.clear()
            label.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            super().closeEvent(event)  # rejects, so `finished` tells the caller
        else:
            event.ignore()

    def reject(self) -> None:  # Esc
        if self._may_leave():
            super().reject()
