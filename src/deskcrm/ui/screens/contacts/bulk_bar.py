"""The bar over a multi-selection: add or remove a tag on all selected contacts, delete, restore."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from deskcrm.core.model import TagInfo


class BulkBar(QWidget):
    # Tags as typed; the core's resolver splits and matches them.
    add_requested = Signal(str)
    remove_requested = Signal(str)
    trash_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        row.addWidget(self.label)
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(self.tr("Tag name"))
        self.tag_edit.setAccessibleName(self.tr("Tag for the selected contacts"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self.tag_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(completer)
        self.tag_edit.returnPressed.connect(self._add)
        row.addWidget(self.tag_edit, 1)
        self.add_button = QPushButton(self.tr("Add tag to all"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove tag from all"))
        self.remove_button.clicked.connect(self._remove)
        self.trash_button = QPushButton(self.tr("Delete"))
        self.trash_button.clicked.connect(self.trash_requested)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_requested)
        for b in (self.add_button, self.remove_button, self.trash_button, self.restore_button):
            row.addWidget(b)

    def set_tags(self, tags: Sequence[TagInfo]) -> None:
        self.names.setStringList([t.name for t in tags])

    def show_for(self, count: int, *, trash: bool) -> None:
        self.label.setText(self.tr("%n selected:", "", count))
        for w in (self.tag_edit, self.add_button, self.remove_button, self.trash_button):
            w.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.setVisible(count > 1 or (trash and count > 0))

    def _add(self) -> None:
        text = self.tag_edit.text()
        if text.strip():
            self.tag_edit.clear()
            self.add_requested.emit(text)

    def _remove(self) -> None:
        text = self.tag_edit.text()
        if text.strip():
            self.tag_edit.clear()
            self.remove_requested.emit(text)
