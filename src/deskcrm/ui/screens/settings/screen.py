"""The settings screen, built from the setting declarations (core.settings) and the backups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import ValidationError
from deskcrm.core.services import settings_store
from deskcrm.core.settings import DECLARATIONS, GROUPS
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.screens.settings.backups_panel import BackupsPanel
from deskcrm.ui.screens.settings.editors import SettingEditor, setting_text


class SettingsScreen(Screen):
    """Built from the declarations: a group box per group, a row per setting, its description
    under the field; unsaved edits are asked about before the screen is left."""

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.editors: dict[str, SettingEditor] = {}
        self.saved: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Settings"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        self.page = QScrollArea(general)
        self.page.setWidgetResizable(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        separator = self.tr(", ")
        labels: list[QLabel] = []
        for group in GROUPS:
            decls = [d for d in DECLARATIONS if d.group == group.key]
            if not decls:
                continue
            box = QGroupBox(setting_text(group.title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for decl in decls:
                editor = SettingEditor(decl, separator)
                self.editors[decl.key] = editor
                description = setting_text(decl.description)
                editor.widget.setToolTip(description)
                field = QWidget()
                column = QVBoxLayout(field)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                column.addWidget(editor.widget)
                caption = QLabel(description)
                caption.setWordWrap(True)
                caption.setStyleSheet("color: palette(placeholder-text);")
                column.addWidget(caption)
                label = QLabel(setting_text(decl.title))
                label.setBuddy(editor.widget)
                labels.append(label)
                form.addRow(label, field)
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        # One label column for all groups, so the fields line up from box to box.
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        self.page.setWidget(body)
        general_layout.addWidget(self.page, 1)
        buttons = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons.addWidget(self.note, 1)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self.load)
        buttons.addWidget(self.discard_button)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        general_layout.addLayout(buttons)
        self.tabs.addTab(general, self.tr("General"))
        self.backups = BackupsPanel(bridge)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.load()

    def load(self) -> None:
        """Show the stored values (discarding edits not saved)."""
        values = settings_store.get_all(self.bridge.db)
        for key, editor in self.editors.items():
            editor.set_value(values[key])
        # What the fields show now, so an edit is told from a value shown differently.
        self.saved = self.values()
        self.note.clear()

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def edited(self) -> dict[str, Any]:
        """The values changed since the last load or save."""
        return {k: v for k, v in self.values().items() if v != self.saved.get(k)}

    def save(self) -> bool:
        changed = self.edited()
        for key, value in changed.items():
            decl = self.editors[key].decl
            try:
                decl.validate(value)
            except ValidationError:
                self.note.setText(
                    self.tr("“%1” is not valid: %2")
                    .replace("%1", setting_text(decl.title))
                    .replace("%2", setting_text(decl.description))
                )
                self.editors[key].widget.setFocus()
                return False
        if changed:
            stored = Op(
                self.bridge, lambda db: settings_store.set_values(db, changed), initiator=self
            ).run()
            if stored is None:
                return False
        self.saved = self.values()
        self.note.setText(self.tr("Saved."))
        self.bridge.status.emit(self.tr("Settings saved"))
        return True

    def can_leave(self) -> bool:
        """With unsaved edits, ask: save, discard, or stay on the screen."""
        if not self.edited():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved settings"),
            self.tr("You changed settings without saving them. Save them now?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Stay here"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.load()
            return True
        return False

    def on_shown(self) -> None:
        self.load()
        self.backups.refresh()
