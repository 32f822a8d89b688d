"""One side of the plan sheet: a list model over the day's items and the column widget.

The model only reads; every change (edit, tick, drop) goes to the screen's handlers,
which call the services and reload, so the stored order is the one shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.model import PlanItemInfo
from deskcrm.core.services.plan import MAX_TITLE
from deskcrm.ui.vocabulary.plan_lines import (
    asks_class_decision,
    item_text,
    line_purposes,
    shown_title,
    shown_why,
)
from deskcrm.ui.vocabulary.templates import fill

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-deskcrm-plan-item"

EditHandler = Callable[[int, str], None]  # item id, new title
DoneHandler = Callable[[int, bool], None]  # item id, done
DropHandler = Callable[[int, str, int], None]  # item id, target side, position


def _ignore_edit(item_id: int, title: str) -> None:
    pass


def _ignore_done(item_id: int, done: bool) -> None:
    pass


def _ignore_drop(item_id: int, side: str, position: int) -> None:
    pass


class PlanColumnModel(QAbstractListModel):
    """The items of one side of one day, in rank order; drags carry the item id."""

    def __init__(self, side: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.side = side
        self.items: list[PlanItemInfo] = []
        self.on_edit: EditHandler = _ignore_edit
        self.on_done: DoneHandler = _ignore_done
        self.on_drop: DropHandler = _ignore_drop

    def set_items(self, items: Sequence[PlanItemInfo]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def ids(self) -> list[int]:
        return [i.id for i in self.items]

    def row_of(self, item_id: int) -> int:
        return next((r for r, i in enumerate(self.items) if i.id == item_id), -1)

    # Reading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_text(item)
        if role == Qt.ItemDataRole.EditRole:
            return shown_title(item)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and item.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{index.row() + 1}. {shown_title(item)}"
            if why := shown_why(item):
                tip += "\n" + fill(self.tr("Why: %1"), why)
            if item.contact_name:
                tip += "\n" + fill(
                    self.tr("Contact: %1 (Ctrl+Enter opens, Ctrl+Shift+Enter calls)"),
                    item.contact_name,
                )
                if line_purposes(item):
                    tip += "\n" + self.tr("Ctrl+M: message with the template that suits it")
                if asks_class_decision(item):
                    tip += "\n" + self.tr(
                        "Window passed: Ctrl+Shift+X extends it once, Ctrl+Shift+D moves to D"
                    )
            return tip
        if role == ID_ROLE:
            return item.id
        if role == CONTACT_ROLE:
            return item.contact_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # Changes go to the screen, which stores them and reloads the model.

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return False
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done != item.done:
                self.on_done(item.id, done)
            return True
        if role == Qt.ItemDataRole.EditRole:
            title = str(value)
            if title.strip() and title.strip() != item.title:
                self.on_edit(item.id, title)
            return True
        return False

    # Drag and drop: within the column (reorder) and across to the other one (move).

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self.items[rows[0]].id).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME_TYPE) or action == Qt.DropAction.IgnoreAction:
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        # Dropped between rows: `row`; on a row: before it; on empty space: at the end.
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        here = self.row_of(item_id)
        if here >= 0 and here < row:
            row -= 1  # the position once the item has left its old place
        if here != row or here < 0:
            self.on_drop(item_id, self.side, row)
        # False: the screen reloads both columns from the database, so the view must not
        # also remove the dragged row from its source.
        return False


class PlanColumn(QWidget):
    """One side of the sheet: a heading with counts, the ranked list, an add box."""

    def __init__(self, side: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.counts = QLabel()
        layout.addWidget(self.counts)
        self.model = PlanColumnModel(side, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setToolTip(hint)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.empty)
        self.add_box = QLineEdit()
        self.add_box.setMaxLength(MAX_TITLE)
        layout.addWidget(self.add_box)

    def ids(self) -> list[int]:
        return self.model.ids()

    def current_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def current_item(self) -> PlanItemInfo | None:
        row = self.current_row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row, 0))
