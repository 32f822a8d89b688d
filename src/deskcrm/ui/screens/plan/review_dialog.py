"""The weekly review: per week, planned and done on each side, sales share, closes, warnings."""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.services import plan_review
from deskcrm.core.services.plan_review import WeekReview
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.vocabulary.templates import fill

Index = QModelIndex | QPersistentModelIndex

WEEKS = 8
WARN = QColor("#c62828")


class Column(IntEnum):
    WEEK = 0
    SALES = 1
    OTHER = 2
    SHARE = 3
    CLOSES = 4
    WARNING = 5


def _share(part: int, whole: int) -> str:
    return "–" if whole == 0 else f"{round(part * 100 / whole)}%"


class ReviewModel(QAbstractTableModel):
    """Weeks, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekReview] = []

    def set_weeks(self, weeks: list[WeekReview]) -> None:
        self.beginResetModel()
        self.weeks = list(reversed(weeks))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.weeks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                Column.WEEK: self.tr("Week"),
                Column.SALES: self.tr("Sales done / planned"),
                Column.OTHER: self.tr("Other done / planned"),
                Column.SHARE: self.tr("Sales share (done / planned)"),
                Column.CLOSES: self.tr("Closes"),
                Column.WARNING: self.tr("Warning"),
            }.get(Column(section))
            if 0 <= section < len(Column)
            else None
        )

    def warnings(self, week: WeekReview) -> list[str]:
        out = []
        if week.non_sales_heavy:
            out.append(self.tr("too much non-sales work"))
        if week.few_closes:
            out.append(self.tr("many sales items, few closes: check qualification"))
        return out

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.weeks):
            return None
        week = self.weeks[index.row()]
        column = Column(index.column())
        c = week.counts
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.WEEK:
                return fill(
                    self.tr("W%1: %2 – %3"),
                    week.iso_week,
                    week.monday.isoformat(),
                    week.sunday.isoformat(),
                )
            if column == Column.SALES:
                return f"{c.sales_done} / {c.sales_planned}"
            if column == Column.OTHER:
                return f"{c.non_sales_done} / {c.non_sales_planned}"
            if column == Column.SHARE:
                return f"{_share(c.sales_done, c.done)} / {_share(c.sales_planned, c.planned)}"
            if column == Column.CLOSES:
                return str(week.closes)
            return "; ".join(self.warnings(week))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.WARNING:
            return WARN if self.warnings(week) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            Column.WEEK,
            Column.WARNING,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ReviewDialog(QDialog):
    def __init__(self, bridge: Bridge, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.last = day
        self.setWindowTitle(self.tr("Weekly review"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "What you planned and did each week. Sales work should lead: a warning "
                    "shows when other work took more than %1% of what got done, or when many "
                    "sales items brought few closes (then qualification is the problem)."
                ),
                round(float(bridge.db.get_setting("plan.non_sales_warn_share")) * 100),
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        nav = QHBoxLayout()
        self.older_button = QPushButton(self.tr("◀ Earlier weeks"))
        self.older_button.clicked.connect(
            lambda: self.show_until(self.last - timedelta(weeks=WEEKS))
        )
        self.newer_button = QPushButton(self.tr("Later weeks ▶"))
        self.newer_button.clicked.connect(
            lambda: self.show_until(self.last + timedelta(weeks=WEEKS))
        )
        nav.addWidget(self.older_button)
        nav.addStretch(1)
        nav.addWidget(self.newer_button)
        layout.addLayout(nav)
        self.model = ReviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_until(day)

    def show_until(self, day: date) -> None:
        """The WEEKS weeks ending with the one holding `day`, newest on top."""
        self.last = day
        first = day - timedelta(weeks=WEEKS - 1)
        self.model.set_weeks(plan_review.weeks_review(self.bridge.db, first, day))

    def text(self, row: int, column: Column) -> str:
        return str(self.model.data(self.model.index(row, column)) or "")
