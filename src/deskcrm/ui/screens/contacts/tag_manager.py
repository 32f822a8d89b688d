"""The tag manager: create tags with colour and group, rename, merge, delete (count shown first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import DeskCRMError
from deskcrm.core.model import TagInfo
from deskcrm.core.services import tagging
from deskcrm.core.services.database import Database
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message
from deskcrm.ui.operations import Op
from deskcrm.ui.vocabulary.tags import builtin_meaning
from deskcrm.ui.widgets.cycle_box import cycle_box

Index = QModelIndex | QPersistentModelIndex
TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Distinct colours that keep white or black text readable on a chip.
PALETTE = (
    "#607d8b",
    "#2e7d32",
    "#1565c0",
    "#6a1b9a",
    "#c62828",
    "#ef6c00",
    "#f9a825",
    "#00838f",
    "#ad1457",
    "#4e342e",
    "#9e9e9e",
    "#283593",
)

T = TypeVar("T")


class TagListModel(QAbstractTableModel):
    """Every tag with its group and how many contacts carry it."""

    NAME, GROUP, COUNT = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags: list[TagInfo] = []

    def set_tags(self, tags: list[TagInfo]) -> None:
        self.beginResetModel()
        self.tags = list(tags)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Tag"), self.tr("Group"), self.tr("Contacts"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tags):
            return None
        tag = self.tags[index.row()]
        col = index.column()
        if role == TAG_ID_ROLE:
            return tag.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return tag.name
            if col == self.GROUP:
                return self.tr("(built-in)") if tag.builtin else tag.group_name
            return tag.contact_count
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return QColor(tag.color)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and tag.builtin:
            return builtin_meaning(tag.builtin)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, tag_id: int) -> int | None:
        return next((i for i, t in enumerate(self.tags) if t.id == tag_id), None)


class TagManager(QDialog):
    """Non-blocking: the screen opens it with `open()`; it refreshes itself from broadcasts."""

    tags_changed = Signal()

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Manage tags"))
        self.resize(720, 480)
        layout = QHBoxLayout(self)
        self.model = TagListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 3)
        side = QVBoxLayout()
        layout.addLayout(side, 2)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Tag name"))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setToolTip(self.tr("Type a new group name to create a group"))
        swatches = QHBoxLayout()
        swatches.setSpacing(2)
        self.colors = QButtonGroup(self)
        self.colors.setExclusive(True)
        for color in PALETTE:
            b = QToolButton()
            b.setCheckable(True)
            b.setFixedSize(22, 22)
            b.setStyleSheet(
                f"QToolButton {{ background: {color}; border: 1px solid {color}; }}"
                "QToolButton:checked { border: 3px solid palette(highlight); }"
            )
            b.setToolTip(color)
            b.setAccessibleName(color)
            b.setProperty("color", color)
            self.colors.addButton(b)
            swatches.addWidget(b)
        self.colors.buttons()[0].setChecked(True)
        # A product tag's repurchase cycle (its customers' repurchase calls in the draft).
        self.cycle = cycle_box(
            self.tr(
                "For a product tag: customers with this tag are proposed a repurchase call"
                " when their last purchase is this old (a contact's own cycle comes first)"
            )
        )
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.tr("Colour"), swatches)
        form.addRow(self.tr("&Repurchase cycle"), self.cycle)
        side.addLayout(form)
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create new tag"))
        self.create_button.clicked.connect(self.create_tag)
        self.update_button = QPushButton(self.tr("&Save changes"))
        self.update_button.clicked.connect(self.update_selected)
        row.addWidget(self.create_button)
        row.addWidget(self.update_button)
        side.addLayout(row)
        merge_row = QHBoxLayout()
        self.merge_target = QComboBox()
        self.merge_target.setAccessibleName(self.tr("Merge into"))
        self.merge_button = QPushButton(self.tr("&Merge into"))
        self.merge_button.setToolTip(
            self.tr("Move every contact of the selected tag to the chosen tag, then delete it")
        )
        self.merge_button.clicked.connect(self.merge)
        merge_row.addWidget(self.merge_button)
        merge_row.addWidget(self.merge_target, 1)
        side.addLayout(merge_row)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.ask_delete)
        side.addWidget(self.delete_button)
        self.confirm_box = QWidget()
        confirm = QVBoxLayout(self.confirm_box)
        confirm.setContentsMargins(0, 0, 0, 0)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        confirm.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        self.confirm_delete = QPushButton(self.tr("Delete the tag"))
        self.confirm_delete.clicked.connect(self.delete)
        self.cancel_delete = QPushButton(self.tr("Keep it"))
        self.cancel_delete.clicked.connect(self.confirm_box.hide)
        confirm_row.addWidget(self.confirm_delete)
        confirm_row.addWidget(self.cancel_delete)
        confirm.addLayout(confirm_row)
        self.confirm_box.hide()
        side.addWidget(self.confirm_box)
        self.note = QLabel()
        self.note.setWordWrap(True)
        side.addWidget(self.note)
        side.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        side.addWidget(close)
        bridge.changed.connect(self._on_changed)
        self.reload()

    # Data

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        self.model.set_tags(tagging.list_tags(self.bridge.db, with_counts=True))
        groups = [g.name for g in tagging.list_groups(self.bridge.db)]
        text = self.group.currentText()
        self.group.clear()
        self.group.addItem("")
        self.group.addItems(groups)
        self.group.setEditText(text)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._selected()

    def _on_changed(self, changes: Any, _initiator: object) -> None:
        if changes.tags and self.isVisible():
            self.reload()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return int(index.siblingAtColumn(0).data(TAG_ID_ROLE))

    def selected(self) -> TagInfo | None:
        tid = self.selected_id()
        return next((t for t in self.model.tags if t.id == tid), None)

    def chosen_color(self) -> str:
        button = self.colors.checkedButton()
        return str(button.property("color")) if button is not None else PALETTE[0]

    def set_color(self, color: str) -> None:
        for b in self.colors.buttons():
            b.setChecked(str(b.property("color")).lower() == color.lower())

    def _selected(self) -> None:
        tag = self.selected()
        self.confirm_box.hide()
        custom = tag is not None and not tag.builtin
        self.update_button.setEnabled(custom)
        self.merge_button.setEnabled(custom)
        self.merge_target.setEnabled(custom)
        self.delete_button.setEnabled(custom)
        self.cycle.setEnabled(tag is None or custom)
        self.merge_target.clear()
        if tag is None:
            return
        self.name.setText(tag.name)
        self.group.setEditText(tag.group_name)
        self.set_color(tag.color)
        self.cycle.setValue(tag.repurchase_days or 0)
        for other in self.model.tags:
            if other.id != tag.id:
                self.merge_target.addItem(other.name, other.id)
        if tag.builtin:
            self.note.setText(self.tr("Built-in tags cannot be renamed, merged or deleted."))
        else:
            self.note.clear()

    # Actions

    def _run(self, fn: Callable[[Database], T]) -> T | None:
        """One tag edit: the result, or None; the note says why it was refused.

        An invalid name is explained only in the note; other errors also get a box.
        """
        result = (
            Op(self.bridge, fn, initiator=self, parent=self)
            .input_error(self._explain)
            .failure(self._explain)
            .run()
        )
        if result is not None:
            self.tags_changed.emit()
        return result

    def _explain(self, exc: BaseException) -> None:
        if isinstance(exc, DeskCRMError):
            self.note.setText(error_message(exc))

    def create_tag(self) -> bool:
        name, group, color = self.name.text(), self.group.currentText(), self.chosen_color()
        cycle = self.cycle.value()
        result = self._run(
            lambda db: tagging.create_tag(db, name, group=group, color=color, repurchase_days=cycle)
        )
        if result is not None:
            self.reload(select=int(result[0]))
            self.note.setText(self.tr("Tag created."))
        return result is not None

    def update_selected(self) -> bool:
        tag = self.selected()
        if tag is None or tag.builtin:
            return False
        name, group, color = self.name.text(), self.group.currentText(), self.chosen_color()
        cycle = self.cycle.value()  # 0 clears the tag's cycle
        ok = (
            self._run(
                lambda db: tagging.update_tag(
                    db, tag.id, name=name, color=color, group=group, repurchase_days=cycle
                )
            )
            is not None
        )
        if ok:
            self.reload(select=tag.id)
            self.note.setText(self.tr("Saved."))
        return ok

    def merge(self) -> bool:
        tag = self.selected()
        target = self.merge_target.currentData()
        if tag is None or target is None:
            return False
        ok = self._run(lambda db: tagging.merge_tags(db, int(target), tag.id)) is not None
        if ok:
            self.reload(select=int(target))
        return ok

    def ask_delete(self) -> None:
        tag = self.selected()
        if tag is None or tag.builtin:
            return
        count = tagging.contacts_with_tag(self.bridge.db, tag.id)
        self.confirm_text.setText(
            self.tr("“%1” is on %n contact(s). Delete it from all of them?", "", count).replace(
                "%1", tag.name
            )
        )
        self.confirm_box.show()
        self.cancel_delete.setFocus()

    def delete(self) -> bool:
        tag = self.selected()
        if tag is None:
            return False
        ok = self._run(lambda db: tagging.delete_tag(db, tag.id)) is not None
        self.confirm_box.hide()
        if ok:
            self.reload()
        return ok
