"""The contacts table: a window over the ordered id list; rows fetched by id in pages, cached."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from deskcrm.core.model import ContactRow, TagInfo
from deskcrm.ui.vocabulary.dates import date_text, local_date
from deskcrm.ui.vocabulary.tags import builtin_meaning
from deskcrm.ui.widgets.tag_chip import Chip

Index = QModelIndex | QPersistentModelIndex

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3

PAGE_SIZE = 200
CACHE_LIMIT = 20_000  # rows kept in memory; a 100,000-contact list never loads fully
OVERDUE = QColor("#c62828")


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    TAGS = 2
    CLASS = 3
    TOUCHES = 4
    LAST_TOUCH = 5
    NEXT_FOLLOW_UP = 6


# Header column -> ContactQuery.sort key (the tags column is not sortable).
SORT_KEYS: dict[Column, str] = {
    Column.NAME: "name",
    Column.COMPANY: "company",
    Column.CLASS: "class",
    Column.TOUCHES: "touches",
    Column.LAST_TOUCH: "last_touch",
    Column.NEXT_FOLLOW_UP: "next_follow_up",
}


def column_for_sort(key: str) -> Column:
    return next((c for c, k in SORT_KEYS.items() if k == key), Column.NAME)


class ContactTableModel(QAbstractTableModel):
    """Rows are positions in `ids`; `fetch(ids)` returns `ContactRow`s for a page of them.

    Header clicks do not sort in memory: they emit `sort_requested(key, descending)`
    and the screen re-runs the query with that order in SQL.
    """

    sort_requested = Signal(str, bool)

    def __init__(
        self,
        fetch: Callable[[Sequence[int]], list[ContactRow]],
        today: Callable[[], date],
        *,
        page_size: int = PAGE_SIZE,
        cache_limit: int = CACHE_LIMIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._today = today
        self.page_size = page_size
        self.cache_limit = max(cache_limit, page_size)
        self._ids: list[int] = []
        self._pos: dict[int, int] | None = None  # id -> row, built when first needed
        self._rows: OrderedDict[int, ContactRow] = OrderedDict()
        self._missing: set[int] = set()  # ids whose row vanished (deleted meanwhile)
        self._tags: dict[int, TagInfo] = {}
        self._tag_order: dict[int, int] = {}
        self.fetches = 0  # how many page fetches ran (tests check the list is never loaded whole)

    # Content

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pos = None
        self._missing.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def set_tags(self, tags: Iterable[TagInfo]) -> None:
        """Tag names and colours for the chips, in display order (built-ins first)."""
        ordered = list(tags)
        self._tags = {t.id: t for t in ordered}
        self._tag_order = {t.id: i for i, t in enumerate(ordered)}
        if self._ids:
            top = self.index(0, Column.TAGS)
            bottom = self.index(len(self._ids) - 1, Column.TAGS)
            self.dataChanged.emit(top, bottom)

    def tag(self, tag_id: int) -> TagInfo | None:
        return self._tags.get(tag_id)

    def invalidate(self, contact_ids: Iterable[int]) -> None:
        """Forget cached rows of changed contacts and repaint them (fetched again on demand)."""
        rows = []
        for cid in contact_ids:
            self._rows.pop(cid, None)
            self._missing.discard(cid)
            row = self.row_of(cid)
            if row is not None:
                rows.append(row)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(Column) - 1))

    def clear_cache(self) -> None:
        self._rows.clear()
        self._missing.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        if self._pos is None:
            self._pos = {cid: i for i, cid in enumerate(self._ids)}
        return self._pos.get(contact_id)

    def contact_row(self, row: int) -> ContactRow | None:
        """The row's data, fetching its whole page on a cache miss."""
        cid = self.contact_id(row)
        if cid is None or cid in self._missing:
            return None
        found = self._rows.get(cid)
        if found is not None:
            self._rows.move_to_end(cid)
            return found
        self._load_page(row // self.page_size)
        return self._rows.get(cid)

    def _load_page(self, page: int) -> None:
        wanted = [
            cid
            for cid in self._ids[page * self.page_size : (page + 1) * self.page_size]
            if cid not in self._rows
        ]
        if not wanted:
            return
        self.fetches += 1
        fetched = self._fetch(wanted)
        for r in fetched:
            self._rows[r.id] = r
        self._missing.update(set(wanted) - {r.id for r in fetched})
        while len(self._rows) > self.cache_limit:
            self._rows.popitem(last=False)

    def cached_count(self) -> int:
        return len(self._rows)

    def chips(self, tag_ids: Iterable[int]) -> list[Chip]:
        known = sorted(
            (t for t in tag_ids if t in self._tags), key=lambda t: self._tag_order.get(t, 0)
        )
        return [Chip(self._tags[t].name, self._tags[t].color) for t in known]

    # Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and Column(section) == Column.TAGS:
            return self.tr("Tags cannot be sorted; filter them with the chips above")
        return None

    def column_titles(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.COMPANY: self.tr("Company"),
            Column.TAGS: self.tr("Tags"),
            Column.CLASS: self.tr("Class"),
            Column.TOUCHES: self.tr("Touches"),
            Column.LAST_TOUCH: self.tr("Last touch"),
            Column.NEXT_FOLLOW_UP: self.tr("Next follow-up"),
        }

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CONTACT_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
            CHIPS_ROLE,
            ROW_ROLE,
        ):
            return None
        row = self.contact_row(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == ROW_ROLE:
            return row
        if role == CHIPS_ROLE:
            return self.chips(row.tag_ids) if column == Column.TAGS else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.TOUCHES, Column.CLASS):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        due = row.next_follow_up
        if column == Column.NEXT_FOLLOW_UP and due is not None:
            today = self._today()
            if role == Qt.ItemDataRole.ForegroundRole and due < today:
                return QBrush(OVERDUE)
            if role == Qt.ItemDataRole.FontRole and due <= today:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                if due < today:
                    return self.tr("Overdue by %n day(s)", "", (today - due).days)
                if due == today:
                    return self.tr("Due today")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TAGS:
            return self._tag_tooltip(row)
        return None

    def _display(self, row: ContactRow, column: Column) -> str | int:
        if column == Column.NAME:
            return row.name
        if column == Column.COMPANY:
            return row.company
        if column == Column.TAGS:
            return " ".join(c.text for c in self.chips(row.tag_ids))
        if column == Column.CLASS:
            return row.class_code or ""
        if column == Column.TOUCHES:
            return row.touch_count
        if column == Column.LAST_TOUCH:
            return local_date(row.last_touch_at)
        return date_text(row.next_follow_up)

    def _tag_tooltip(self, row: ContactRow) -> str:
        parts = []
        for tid in sorted(row.tag_ids, key=lambda t: self._tag_order.get(t, 0)):
            tag = self._tags.get(tid)
            if tag is None:
                continue
            if tag.builtin:
                parts.append(f"{tag.name}: {builtin_meaning(tag.builtin)}")
            else:
                parts.append(f"{tag.group_name}: {tag.name}" if tag.group_name else tag.name)
        return "\n".join(parts)
