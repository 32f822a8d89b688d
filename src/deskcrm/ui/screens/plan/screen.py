"""The plan screen: one day on one sheet, sales left, non-sales right, most important on top.

Keys: Enter in a column's box adds an item; Alt+Up/Down reorders; Alt+Left/Right moves
an item to the other column; Space ticks it done; F2 edits in place; Delete removes it
(Ctrl+Z brings it back); Ctrl+Enter opens the linked contact; PgUp/PgDn change the day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.changes import Changes
from deskcrm.core.model import PlanItemInfo, PlanSide
from deskcrm.core.rules.referrals import THANKS_ORIGIN
from deskcrm.core.services import plan, plan_draft, plan_export
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.plan_pdf import write_plan_pdf
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.screens.plan.draft_dialog import DraftDialog
from deskcrm.ui.screens.plan.review_dialog import ReviewDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3
PREFIX_ROLE = Qt.ItemDataRole.UserRole + 4


class _ItemDelegate(QStyledItemDelegate):
    """Shows the linked contact's name after the title (editing touches the title only)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        super().initStyleOption(option, index)
        prefix = index.data(PREFIX_ROLE)
        if prefix:
            option.text = f"{prefix}{option.text}"
        name = index.data(NAME_ROLE)
        if name:
            option.text = f"{option.text}  · {name}"


SIDES = (PlanSide.SALES.value, PlanSide.NON_SALES.value)


def opening_day(now: datetime, evening_hour: int) -> date:
    """From the evening hour on, the sheet opens on tomorrow (planning the night before)."""
    local = now.astimezone()
    return local.date() + timedelta(days=1) if local.hour >= evening_hour else local.date()


class _DeleteCommand(QUndoCommand):
    """Undo of a deleted plan item: it comes back with its id and place."""

    def __init__(self, screen: PlanScreen, gone: plan.DeletedItem, text: str) -> None:
        super().__init__(text)
        self.screen, self.gone = screen, gone
        self._first = True

    def redo(self) -> None:
        if self._first:  # the delete already ran when the command was pushed
            self._first = False
            return
        ok, result = self.screen.bridge.call(plan.delete_item, self.gone.id, initiator=self.screen)
        if ok:
            self.gone = result[0]
        self.screen.reload()

    def undo(self) -> None:
        ok, result = self.screen.bridge.call(plan.restore_item, self.gone, initiator=self.screen)
        if ok:
            self.gone = replace(self.gone, id=result[0].id)
        self.screen.reload()


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
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setToolTip(hint)
        self.list.setItemDelegate(_ItemDelegate(self.list))
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.empty)
        self.add_box = QLineEdit()
        layout.addWidget(self.add_box)

    def ids(self) -> list[int]:
        return [int(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())]


class PlanScreen(Screen):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self._loading = False
        self._stale = True
        self.day: date = opening_day(
            bridge.db.now(), int(bridge.db.get_setting("plan.evening_hour"))
        )
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous day (PgUp)"))
        self.prev_button.clicked.connect(lambda: self.set_day(self.day - timedelta(days=1)))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.dateChanged.connect(self._date_picked)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next day (PgDn)"))
        self.next_button.clicked.connect(lambda: self.set_day(self.day + timedelta(days=1)))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.set_day(self.bridge.db.today()))
        self.day_label = QLabel()
        font = self.day_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.day_label.setFont(font)
        for w in (self.prev_button, self.date_edit, self.next_button, self.today_button):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.day_label, 1)
        self.draft_button = QPushButton(self.tr("Draft from what's due…"))
        self.draft_button.setShortcut("Ctrl+D")
        self.draft_button.setToolTip(
            self.tr(
                "Propose follow-ups, promised steps, class deadlines, stale VIPs, stuck "
                "contacts and yesterday's leftovers (Ctrl+D)"
            )
        )
        self.draft_button.clicked.connect(self.open_draft)
        top.addWidget(self.draft_button)
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the day as a one-page A4 sheet to print (Ctrl+P)"))
        self.pdf_button.setShortcut("Ctrl+P")
        self.pdf_button.clicked.connect(self.ask_pdf)
        top.addWidget(self.pdf_button)
        self.ics_button = QPushButton(self.tr("Calendar…"))
        self.ics_button.setToolTip(self.tr("Save the day as iCalendar to-dos for a phone calendar"))
        self.ics_button.clicked.connect(self.ask_ics)
        top.addWidget(self.ics_button)
        self.review_button = QPushButton(self.tr("Week review…"))
        self.review_button.setToolTip(self.tr("Planned and done per week, sales share, warnings"))
        self.review_button.clicked.connect(self.open_review)
        top.addWidget(self.review_button)
        self.active_dialog: DraftDialog | None = None
        self.summary = QLabel()
        top.addWidget(self.summary)
        outer.addLayout(top)
        sheet = QHBoxLayout()
        keys = self.tr(
            "Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · "
            "Delete: remove (Ctrl+Z undoes) · Ctrl+Enter: open the contact · "
            "Ctrl+Shift+Enter: call"
        )
        self.columns = {
            PlanSide.SALES.value: PlanColumn(PlanSide.SALES.value, self.tr("Sales"), keys, self),
            PlanSide.NON_SALES.value: PlanColumn(
                PlanSide.NON_SALES.value, self.tr("Non-sales"), keys, self
            ),
        }
        sales, non_sales = self.columns.values()
        sales.add_box.setPlaceholderText(
            self.tr("Add sales work (calls, visits, follow-ups, proposals) and press Enter")
        )
        non_sales.add_box.setPlaceholderText(
            self.tr("Add other work (admin, reports, deliveries, errands) and press Enter")
        )
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.VLine)
        sheet.addWidget(sales, 1)
        sheet.addWidget(rule)
        sheet.addWidget(non_sales, 1)
        outer.addLayout(sheet, 1)
        for column in self.columns.values():
            column.add_box.returnPressed.connect(lambda c=column: self.add_from_box(c))
            column.list.itemChanged.connect(lambda item, c=column: self._item_changed(c, item))
            column.list.model().rowsMoved.connect(lambda *_a, c=column: self._dragged(c))
            column.list.installEventFilter(self)
        bridge.changed.connect(self._on_changed)
        self.reload()

    # Day

    def set_day(self, day: date) -> None:
        self.day = day
        self.reload()

    def _date_picked(self, qdate: QDate) -> None:
        if not self._loading:
            self.set_day(date(qdate.year(), qdate.month(), qdate.day()))

    # Loading

    def reload(self) -> None:
        self._loading = True
        try:
            sales, non_sales = plan.items_for_day(self.bridge.db, self.day)
            self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
            self.day_label.setText(self._day_text())
            for side, items in ((SIDES[0], sales), (SIDES[1], non_sales)):
                self._fill(self.columns[side], items)
            self._show_counts()
        finally:
            self._loading = False
        self._stale = False

    def _day_text(self) -> str:
        today = self.bridge.db.today()
        when = self.date_edit.locale().toString(self.date_edit.date(), "dddd yyyy-MM-dd")
        if self.day == today:
            return self.tr("Today, %1").replace("%1", when)
        if self.day == today + timedelta(days=1):
            return self.tr("Tomorrow, %1").replace("%1", when)
        return when

    def _fill(self, column: PlanColumn, items: list[PlanItemInfo]) -> None:
        keep = column.list.currentRow()
        column.list.clear()
        for n, info in enumerate(items, start=1):
            item = QListWidgetItem(info.title)
            item.setData(ID_ROLE, info.id)
            item.setData(CONTACT_ROLE, info.contact_id)
            item.setData(NAME_ROLE, info.contact_name)
            if info.origin == THANKS_ORIGIN:
                # Created when a referred contact closed; its title holds names only.
                item.setData(PREFIX_ROLE, self.tr("Thank / reward the coach: "))
            item.setFlags(
                item.flags()
                | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if info.done else Qt.CheckState.Unchecked)
            font = item.font()
            font.setStrikeOut(info.done)
            item.setFont(font)
            tip = f"{n}. {info.title}"
            if info.contact_name:
                tip += "\n" + self.tr("Contact: %1 (Ctrl+Enter opens)").replace(
                    "%1", info.contact_name
                )
            item.setToolTip(tip)
            column.list.addItem(item)
        if items:
            column.list.setCurrentRow(min(max(keep, 0), len(items) - 1))
        column.empty.setVisible(not items)
        column.empty.setText(
            self.tr("Nothing planned here yet. Type below and press Enter; most important on top.")
        )

    def _show_counts(self) -> None:
        counts = plan.counts(self.bridge.db, self.day)
        sales, other = self.columns.values()
        sales.counts.setText(
            self.tr("%1 of %2 done")
            .replace("%1", str(counts.sales_done))
            .replace("%2", str(counts.sales_planned))
        )
        other.counts.setText(
            self.tr("%1 of %2 done")
            .replace("%1", str(counts.non_sales_done))
            .replace("%2", str(counts.non_sales_planned))
        )
        share = counts.sales_share_planned
        self.summary.setText(
            self.tr("Sales share of the day: %1%").replace("%1", str(round(share * 100)))
            if share is not None
            else self.tr("Plan the day: sales work left, everything else right")
        )

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if not changes.plan or initiator is self:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def on_shown(self) -> None:
        if self._stale:
            self.reload()

    def open_target(self, params: Any) -> None:
        if isinstance(params, dict) and isinstance(params.get("day"), date):
            self.set_day(params["day"])

    # Output

    def ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save plan as PDF"), f"plan-{self.day.isoformat()}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.export_pdf(Path(name))

    def export_pdf(self, path: Path) -> int:
        sales, non_sales = plan.items_for_day(self.bridge.db, self.day)
        pages = write_plan_pdf(path, self.day, sales, non_sales)
        self.bridge.status.emit(self.tr("Saved %1").replace("%1", str(path)))
        return pages

    def ask_ics(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save plan as calendar"),
            f"plan-{self.day.isoformat()}.ics",
            "iCalendar (*.ics)",
        )
        if name:
            self.export_ics(Path(name))

    def export_ics(self, path: Path) -> int:
        ok, count = self.bridge.call(plan_export.export_plan, path, self.day, self.day, parent=self)
        if ok:
            self.bridge.status.emit(self.tr("Saved %1").replace("%1", str(path)))
        return int(count) if ok else 0

    def open_review(self) -> ReviewDialog:
        dialog = ReviewDialog(self.bridge, self.day, self)
        dialog.open()
        return dialog

    # Drafting

    def open_draft(self) -> DraftDialog:
        found = plan_draft.draft(self.bridge.db, self.day)
        dialog = DraftDialog(self.bridge, self.day, found, self)
        dialog.accepted_items.connect(lambda _n: self.reload())
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    # Editing

    def add_from_box(self, column: PlanColumn) -> None:
        title = column.add_box.text()
        if not title.strip():
            return
        ok, _ = self.bridge.call(
            plan.add_item, self.day, column.side, title, initiator=self, parent=self
        )
        if ok:
            column.add_box.clear()
            self.reload()
            column.list.setCurrentRow(column.list.count() - 1)

    def _item_changed(self, column: PlanColumn, item: QListWidgetItem) -> None:
        if self._loading:
            return
        item_id = int(item.data(ID_ROLE))
        done = item.checkState() == Qt.CheckState.Checked
        sales, non_sales = plan.items_for_day(self.bridge.db, self.day)
        stored = next((i for i in (*sales, *non_sales) if i.id == item_id), None)
        if stored is None:
            self.reload()
            return
        if stored.done != done:
            self.bridge.call(plan.set_done, item_id, done, initiator=self, parent=self)
        elif item.text().strip() != stored.title:
            self.bridge.call(
                plan.edit_item, item_id, title=item.text(), initiator=self, parent=self
            )
        self.reload()

    def _dragged(self, column: PlanColumn) -> None:
        if self._loading:
            return
        for rank, item_id in enumerate(column.ids()):
            self.bridge.call(plan.move_item, item_id, column.side, rank, initiator=self)
        self.reload()

    def current(self, column: PlanColumn) -> int | None:
        item = column.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def move_to(self, column: PlanColumn, side: str, position: int) -> None:
        item_id = self.current(column)
        if item_id is None:
            return
        ok, _ = self.bridge.call(
            plan.move_item, item_id, side, position, initiator=self, parent=self
        )
        if ok:
            self.reload()
            target = self.columns[side]
            target.list.setFocus()
            ids = target.ids()
            if item_id in ids:
                target.list.setCurrentRow(ids.index(item_id))

    def delete_current(self, column: PlanColumn) -> None:
        item_id = self.current(column)
        if item_id is None:
            return
        ok, result = self.bridge.call(plan.delete_item, item_id, initiator=self, parent=self)
        if ok:
            gone: plan.DeletedItem = result[0]
            self.bridge.undo_stack.push(
                _DeleteCommand(self, gone, self.tr("Delete “%1”").replace("%1", gone.title))
            )
            self.reload()

    def toggle_done(self, column: PlanColumn) -> None:
        item = column.list.currentItem()
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def open_contact(self, column: PlanColumn, screen: str = "contacts") -> None:
        """Open the item's contact on the contacts screen, or on the call screen to call."""
        item = column.list.currentItem()
        contact_id = None if item is None else item.data(CONTACT_ROLE)
        if contact_id is not None:
            self.bridge.navigate.emit(screen, {"contact_id": int(contact_id)})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        column = next((c for c in self.columns.values() if c.list is watched), None)
        if column is None or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        row = column.list.currentRow()
        other = SIDES[1] if column.side == SIDES[0] else SIDES[0]
        if alt and key == Qt.Key.Key_Up:
            self.move_to(column, column.side, max(0, row - 1))
        elif alt and key == Qt.Key.Key_Down:
            self.move_to(column, column.side, row + 1)
        elif alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_to(column, other, max(0, row))
        elif key == Qt.Key.Key_Delete:
            self.delete_current(column)
        elif (
            key == Qt.Key.Key_Space and column.list.state() != QAbstractItemView.State.EditingState
        ):
            self.toggle_done(column)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            mods & Qt.KeyboardModifier.ControlModifier
        ):
            shift = mods & Qt.KeyboardModifier.ShiftModifier
            self.open_contact(column, "call" if shift else "contacts")
        elif key == Qt.Key.Key_PageUp:
            self.set_day(self.day - timedelta(days=1))
        elif key == Qt.Key.Key_PageDown:
            self.set_day(self.day + timedelta(days=1))
        else:
            return super().eventFilter(watched, event)
        return True
