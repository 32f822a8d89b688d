"""The weekly review: per week, planned and done on each side, sales share, closes, warnings."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.services import plan_review
from deskcrm.ui.bridge import Bridge

WEEKS = 8
WARN = QColor("#c62828")


class ReviewDialog(QDialog):
    def __init__(self, bridge: Bridge, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly review"))
        self.resize(860, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What you planned and did each week. Sales work should lead: a warning shows "
                "when other work took more than %1% of what got done, or when many sales items "
                "brought few closes."
            ).replace(
                "%1", str(round(float(bridge.db.get_setting("plan.non_sales_warn_share")) * 100))
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        weeks = plan_review.weeks_review(bridge.db, day - timedelta(weeks=WEEKS - 1), day)
        headers = [
            self.tr("Week"),
            self.tr("Sales done / planned"),
            self.tr("Other done / planned"),
            self.tr("Sales share of done"),
            self.tr("Closes"),
            self.tr("Warning"),
        ]
        self.table = QTableWidget(len(weeks), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, week in enumerate(reversed(weeks)):
            c = week.counts
            share = c.sales_share_done
            warnings = []
            if week.non_sales_heavy:
                warnings.append(self.tr("too much non-sales work"))
            if week.few_closes:
                warnings.append(self.tr("many sales items, few closes"))
            cells = (
                f"{week.monday.isoformat()} – {week.sunday.isoformat()}",
                f"{c.sales_done} / {c.sales_planned}",
                f"{c.non_sales_done} / {c.non_sales_planned}",
                "–" if share is None else f"{round(share * 100)}%",
                str(week.closes),
                "; ".join(warnings),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == len(cells) - 1 and warnings:
                    item.setForeground(WARN)
                if 0 < col < len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
