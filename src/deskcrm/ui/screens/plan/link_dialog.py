"""Pick the contact a plan line is about: type part of a name (or its pinyin), choose one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.model import ContactRef
from deskcrm.core.services import contacts
from deskcrm.ui.bridge import Bridge

MATCHES = 30


class LinkDialog(QDialog):
    def __init__(self, bridge: Bridge, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.found: list[ContactRef] = []
        self.setWindowTitle(self.tr("Link a contact"))
        self.resize(420, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Which contact is “%1” about?").replace("%1", title))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or pinyin, e.g. zhangwei or zw"))
        self.search.textChanged.connect(self.refresh)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        self.names = QStringListModel(self)
        self.list = QListView()
        self.list.setModel(self.names)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.refresh("")

    def refresh(self, text: str) -> None:
        self.found = contacts.find_by_name(self.bridge.db, text, MATCHES)
        self.names.setStringList([c.name for c in self.found])
        if self.found:
            self.list.setCurrentIndex(self.names.index(0, 0))
        self.ok_button.setEnabled(bool(self.found))

    def chosen(self) -> ContactRef | None:
        index = self.list.currentIndex()
        return self.found[index.row()] if index.isValid() and self.found else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the search box walk the matches, so the mouse is never needed.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.found:
                row = self.list.currentIndex().row()
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = max(0, min(len(self.found) - 1, row + step))
                self.list.setCurrentIndex(self.names.index(row, 0))
                return True
        return super().eventFilter(watched, event)
