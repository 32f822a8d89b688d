"""The views sidebar: all contacts, the built-in views, the rep's saved views and the trash."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.model import ContactQuery
from deskcrm.core.services.contact_list import View
from deskcrm.ui.screens.contacts import wording
from deskcrm.ui.shortcuts import add_shortcut

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
QUERY_ROLE = Qt.ItemDataRole.UserRole + 2
SAVED_ID_ROLE = Qt.ItemDataRole.UserRole + 3

ALL = "all"
TRASH = "trash"


def builtin_key(view: View) -> str:
    return f"view:{view.value}"


def saved_key(view_id: int) -> str:
    return f"saved:{view_id}"


class ViewsSidebar(QWidget):
    """Emits `query_chosen(key, ContactQuery)` when the rep picks a view.

    Saving and deleting are requests (`save_requested(name)`, `delete_requested(id)`):
    the screen runs them through the bridge and then calls `set_saved`.
    """

    query_chosen = Signal(str, object)
    save_requested = Signal(str)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Views"))
        # A name longer than the pane ends in "…" (its tooltip has it whole), never cut.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        self.save_button = QPushButton(self.tr("Save current view…"))
        self.save_button.setToolTip(self.tr("Keep the current search and tag filter under a name"))
        self.save_button.clicked.connect(self.start_saving)
        layout.addWidget(self.save_button)
        self.save_row = QWidget()
        row = QHBoxLayout(self.save_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("View name"))
        self.name_edit.setAccessibleName(self.tr("View name"))
        self.name_edit.returnPressed.connect(self._confirm_save)
        row.addWidget(self.name_edit, 1)
        self.confirm_save = QPushButton(self.tr("Save"))
        self.confirm_save.clicked.connect(self._confirm_save)
        row.addWidget(self.confirm_save)
        # Context by keyword: PySide drops one passed along with a slot, and a window-wide
        # Esc would clash with the search box's.
        add_shortcut(
            self.name_edit, Qt.Key.Key_Escape, self.cancel_saving, Qt.ShortcutContext.WidgetShortcut
        )
        self.save_row.hide()
        layout.addWidget(self.save_row)
        self.delete_button = QPushButton(self.tr("Delete saved view"))
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete_current)
        layout.addWidget(self.delete_button)
        self._saved: list[tuple[int, str, ContactQuery]] = []
        self._quiet = False
        self._rebuild()

    # Content

    def _item(self, text: str, key: str, query: ContactQuery | None) -> QStandardItem:
        item = QStandardItem(text)
        item.setToolTip(text)
        item.setData(key, KEY_ROLE)
        item.setData(query, QUERY_ROLE)
        item.setEditable(False)
        return item

    def _header(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        return item

    def _rebuild(self) -> None:
        current = self.current_key()
        self._quiet = True
        try:
            self.model.clear()
            self.model.appendRow(self._item(self.tr("All contacts"), ALL, ContactQuery()))
            self.model.appendRow(self._header(self.tr("Built-in views")))
            for view in View:
                self.model.appendRow(
                    self._item(wording.view_name(view), builtin_key(view), ContactQuery(view=view))
                )
            self.model.appendRow(self._header(self.tr("Saved views")))
            if not self._saved:
                hint = self._header(self.tr("(none yet)"))
                hint.setFont(QFont())
                self.model.appendRow(hint)
            for vid, name, query in self._saved:
                item = self._item(name, saved_key(vid), query)
                item.setData(vid, SAVED_ID_ROLE)
                self.model.appendRow(item)
            self.model.appendRow(self._header(""))
            self.model.appendRow(self._item(self.tr("Trash"), TRASH, ContactQuery(trash=True)))
            self.select_key(current or ALL)
        finally:
            self._quiet = False

    def set_saved(self, views: Sequence[tuple[int, str, ContactQuery]]) -> None:
        self._saved = list(views)
        self._rebuild()

    def content_width(self) -> int:
        """The width that shows every view's name and the buttons whole."""
        frame = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        return max(
            self.list.sizeHintForColumn(0) + frame + 4,
            self.save_button.sizeHint().width(),
            self.delete_button.sizeHint().width(),
        )

    def saved_names(self) -> list[str]:
        return [name for _vid, name, _q in self._saved]

    def keys(self) -> list[str]:
        out = []
        for row in range(self.model.rowCount()):
            key = self.model.item(row).data(KEY_ROLE)
            if key:
                out.append(str(key))
        return out

    def current_key(self) -> str | None:
        index = self.list.currentIndex()
        key = index.data(KEY_ROLE) if index.isValid() else None
        return None if key is None else str(key)

    def current_name(self) -> str:
        index = self.list.currentIndex()
        return str(index.data()) if index.isValid() and index.data(SAVED_ID_ROLE) else ""

    def select_key(self, key: str, *, emit: bool = False) -> bool:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(KEY_ROLE) == key:
                was = self._quiet
                self._quiet = not emit
                try:
                    self.list.setCurrentIndex(item.index())
                finally:
                    self._quiet = was
                self._update_delete()
                return True
        return False

    # Actions

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_delete()
        if self._quiet or not current.isValid():
            return
        key = current.data(KEY_ROLE)
        if key:
            self.query_chosen.emit(str(key), current.data(QUERY_ROLE))

    def _update_delete(self) -> None:
        index = self.list.currentIndex()
        self.delete_button.setEnabled(bool(index.isValid() and index.data(SAVED_ID_ROLE)))

    def start_saving(self) -> None:
        self.save_button.hide()
        self.save_row.show()
        self.name_edit.setText(self.current_name())
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def cancel_saving(self) -> None:
        self.save_row.hide()
        self.save_button.show()

    def _confirm_save(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        self.cancel_saving()
        self.save_requested.emit(name)

    def _delete_current(self) -> None:
        vid = self.list.currentIndex().data(SAVED_ID_ROLE)
        if vid:
            self.delete_requested.emit(int(vid))
