"""The plan screen: one day on one sheet, sales left, non-sales right, most important on top.

Keys: Enter in a column's box adds an item; Alt+Up/Down reorders; Alt+Left/Right moves
an item to the other column; Space ticks it done; F2 edits in place; Delete removes it
(Ctrl+Z brings it back); Ctrl+Enter opens the linked contact, Ctrl+Shift+Enter calls it;
Ctrl+L links a contact; Ctrl+M messages the contact of a line that has a template
purpose (birthday, festival, segment work); on a class-deadline line past its window,
Ctrl+Shift+X extends the window once and Ctrl+Shift+D moves the contact to D;
PgUp/PgDn in a column change the day, and
from anywhere on the screen Ctrl+PgUp/Ctrl+PgDn go to the previous/next day, Ctrl+T to
today, Ctrl+Shift+T to tomorrow; Ctrl+D drafts from what is due; Ctrl+P prints,
Ctrl+Shift+P saves a PDF. Items also drag within and across columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QPainter, QUndoCommand
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.changes import Changes
from deskcrm.core.io.plan_ics import IcsKind
from deskcrm.core.model import PlanSide
from deskcrm.core.rules.plan_review import week_bounds
from deskcrm.core.services import plan, plan_draft, plan_export
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.targets import day_figures
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.class_window_decisions import Choice, decide
from deskcrm.ui.file_places import remember, start_path
from deskcrm.ui.operations import Op
from deskcrm.ui.plan_pdf import (
    SheetTooFull,
    day_heading,
    draw_sheet,
    sheet_layout,
    too_full_text,
    write_plan_pdf,
)
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.screens.plan.column import PlanColumn
from deskcrm.ui.screens.plan.draft_dialog import DraftDialog
from deskcrm.ui.screens.plan.link_dialog import LinkDialog
from deskcrm.ui.screens.plan.message_dialog import MessageDialog
from deskcrm.ui.screens.plan.review_dialog import ReviewDialog
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.classes import (
    extend_action,
    extend_hint,
    move_to_d_action,
    move_to_d_hint,
)
from deskcrm.ui.vocabulary.plan_lines import (
    asks_class_decision,
    line_purposes,
    line_text,
    shown_title,
)
from deskcrm.ui.vocabulary.targets import today_touches, unrecorded_walk_ins, walk_in_key_hint
from deskcrm.ui.vocabulary.templates import fill

SIDES = (PlanSide.SALES.value, PlanSide.NON_SALES.value)
# On a class-deadline line past its window: X for eXtend, D for class D.
DECISION_KEYS = {"Ctrl+Shift+X": Choice.EXTEND, "Ctrl+Shift+D": Choice.MOVE_TO_D}


def opening_day(now: datetime, evening_hour: int) -> date:
    """From the evening hour on, the sheet opens on tomorrow (planning the night before)."""
    local = now.astimezone()
    return local.date() + timedelta(days=1) if local.hour >= evening_hour else local.date()


def _pdf(db: Database, path: Path, day: date) -> int:
    """Through the bridge, so a file that cannot be written (or a day too full for one
    page) is reported, not raised."""
    sales, non_sales = plan.items_for_day(db, day)
    return write_plan_pdf(path, day, sales, non_sales)


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
        gone_id = self.gone.id
        result = Op(
            self.screen.bridge, lambda db: plan.delete_item(db, gone_id), initiator=self.screen
        ).run()
        if result is not None:
            self.gone = result[0]
        self.screen.reload()

    def undo(self) -> None:
        gone = self.gone
        result = Op(
            self.screen.bridge, lambda db: plan.restore_item(db, gone), initiator=self.screen
        ).run()
        if result is not None:
            self.gone = replace(self.gone, id=result[0].id)
            self.screen.reload()
            self.screen.select_item(result[0].id)
        else:
            self.screen.reload()


class PlanScreen(Screen):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self._loading = False
        self._stale = True
        self.day: date = self.opening_day()
        # The day the screen chose itself (None once the rep picked one): when the app
        # stays open into the evening, the plan moves on to tomorrow the next time it shows.
        self._chosen_for_me: date | None = self.day
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_top())
        sheet = QHBoxLayout()
        keys = self.tr(
            "Alt+Up/Down: reorder · Alt+Left/Right: other column · Space: done · F2: edit · "
            "Delete: remove (Ctrl+Z undoes) · Ctrl+L: link a contact · Ctrl+Enter: open the "
            "contact · Ctrl+Shift+Enter: call · Ctrl+M: message (birthday, festival, segment "
            "lines) · drag to reorder or to the other column"
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
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        sheet.addWidget(sales, 1)
        sheet.addWidget(rule)
        sheet.addWidget(non_sales, 1)
        outer.addLayout(sheet, 1)
        for column in self.columns.values():
            column.add_box.returnPressed.connect(lambda c=column: self.add_from_box(c))
            column.model.on_edit = self.edit_title
            column.model.on_done = self.set_done
            column.model.on_drop = self.drop
            column.list.installEventFilter(self)
            column.list.customContextMenuRequested.connect(
                lambda pos, c=column: self._context_menu(c, pos)
            )
            add_shortcut(
                column.list,
                "Ctrl+M",
                partial(self.message_line, column),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
            for keys, choice in DECISION_KEYS.items():
                add_shortcut(
                    column.list,
                    keys,
                    partial(self.decide_line, column, choice),
                    context=Qt.ShortcutContext.WidgetShortcut,
                )
        bridge.changed.connect(self._on_changed)
        self.active_dialog: DraftDialog | MessageDialog | None = None
        self.reloads = 0  # how many times the sheet was read (a test counts them)
        self._day_keys()
        self.reload()

    def _day_keys(self) -> None:
        """Day keys that work wherever the focus is on this screen (a column, the add
        boxes, the date field, a button), and nowhere else in the window."""
        db = self.bridge.db
        keys = (
            ("Ctrl+PgUp", lambda: self.set_day(self.day - timedelta(days=1))),
            ("Ctrl+PgDown", lambda: self.set_day(self.day + timedelta(days=1))),
            ("Ctrl+T", lambda: self.set_day(db.today())),
            ("Ctrl+Shift+T", lambda: self.set_day(db.today() + timedelta(days=1))),
        )
        for sequence, slot in keys:
            add_shortcut(self, sequence, slot)

    def _build_top(self) -> QVBoxLayout:
        # Two rows: the day and its figures, then the actions; one row made the screen
        # wider than a 1440-pixel display in English.
        rows = QVBoxLayout()
        top = QHBoxLayout()
        actions = QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(actions)
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous day (Ctrl+PgUp)"))
        self.prev_button.clicked.connect(lambda: self.set_day(self.day - timedelta(days=1)))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(self._date_picked)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next day (Ctrl+PgDn)"))
        self.next_button.clicked.connect(lambda: self.set_day(self.day + timedelta(days=1)))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.today_button.clicked.connect(lambda: self.set_day(self.bridge.db.today()))
        self.tomorrow_button = QPushButton(self.tr("Tomorrow"))
        self.tomorrow_button.setToolTip(self.tr("Go to tomorrow (Ctrl+Shift+T)"))
        self.tomorrow_button.clicked.connect(
            lambda: self.set_day(self.bridge.db.today() + timedelta(days=1))
        )
        self.day_label = QLabel()
        font = self.day_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.day_label.setFont(font)
        for w in (
            self.prev_button,
            self.date_edit,
            self.next_button,
            self.today_button,
            self.tomorrow_button,
        ):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.day_label, 1)
        # Today's touches against the daily target and the walk-ins who left no name,
        # whatever day the sheet shows (planning tomorrow, the rep still sees today).
        self.today_label = QLabel()
        self.today_label.setToolTip(walk_in_key_hint())
        top.addWidget(self.today_label)
        self.summary = QLabel()
        actions.addWidget(self.summary, 1)
        self.draft_button = QPushButton(self.tr("Draft from what's due…"))
        self.draft_button.setShortcut("Ctrl+D")
        self.draft_button.setToolTip(
            self.tr(
                "Propose follow-ups and promised steps, class deadlines, coaches to thank, "
                "VIPs to call, stuck contacts and the last day's leftovers (Ctrl+D)"
            )
        )
        self.draft_button.clicked.connect(self.open_draft)
        actions.addWidget(self.draft_button)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the day's sheet: one A4 page (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.ask_print)
        actions.addWidget(self.print_button)
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.pdf_button.setToolTip(
            self.tr("Save the day as a one-page A4 sheet to print later (Ctrl+Shift+P)")
        )
        self.pdf_button.setShortcut("Ctrl+Shift+P")
        self.pdf_button.clicked.connect(self.ask_pdf)
        actions.addWidget(self.pdf_button)
        self.ics_button = QToolButton()
        self.ics_button.setText(self.tr("Calendar…"))
        self.ics_button.setToolTip(self.tr("Save the day or its week as an iCalendar file"))
        self.ics_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.ics_button)
        choices = (
            (self.tr("This day as to-dos (task apps)…"), False, IcsKind.TODOS),
            (self.tr("This day as events (Google / iPhone calendars)…"), False, IcsKind.EVENTS),
            (self.tr("This week as to-dos…"), True, IcsKind.TODOS),
            (self.tr("This week as events…"), True, IcsKind.EVENTS),
        )
        for text, week, kind in choices:
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, w=week, k=kind: self.ask_ics(w, k))
        self.ics_button.setMenu(menu)
        actions.addWidget(self.ics_button)
        self.review_button = QPushButton(self.tr("Week review…"))
        self.review_button.setToolTip(self.tr("Planned and done per week, sales share, warnings"))
        self.review_button.clicked.connect(self.open_review)
        actions.addWidget(self.review_button)
        return rows

    # Day

    def opening_day(self) -> date:
        db = self.bridge.db
        return opening_day(db.now(), int(db.get_setting("plan.evening_hour")))

    def set_day(self, day: date) -> None:
        self.day = day
        self._chosen_for_me = None
        self.reload()

    def _date_picked(self, qdate: QDate) -> None:
        if not self._loading:
            self.set_day(date(qdate.year(), qdate.month(), qdate.day()))

    # Loading

    def reload(self) -> None:
        self.reloads += 1
        self._loading = True
        try:
            sales, non_sales = plan.items_for_day(self.bridge.db, self.day)
            self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
            self.day_label.setText(self._day_text())
            for side, items in ((SIDES[0], sales), (SIDES[1], non_sales)):
                column = self.columns[side]
                keep = column.current_row()
                column.model.set_items(items)
                if items:
                    column.select_row(min(max(keep, 0), len(items) - 1))
                column.empty.setVisible(not items)
                column.empty.setText(
                    self.tr(
                        "Nothing planned here yet. Type below and press Enter; most important "
                        "on top."
                    )
                )
            self._show_counts()
            self._show_today()
        finally:
            self._loading = False
        self._stale = False

    def _day_text(self) -> str:
        today = self.bridge.db.today()
        when = self.date_edit.locale().toString(self.date_edit.date(), "dddd yyyy-MM-dd")
        if self.day == today:
            return fill(self.tr("Today, %1"), when)
        if self.day == today + timedelta(days=1):
            return fill(self.tr("Tomorrow, %1"), when)
        if self.day == today - timedelta(days=1):
            return fill(self.tr("Yesterday, %1"), when)
        return when

    def _show_counts(self) -> None:
        counts = plan.counts(self.bridge.db, self.day)
        sales, other = self.columns.values()
        sales.counts.setText(
            fill(self.tr("%1 of %2 done"), counts.sales_done, counts.sales_planned)
        )
        other.counts.setText(
            fill(self.tr("%1 of %2 done"), counts.non_sales_done, counts.non_sales_planned)
        )
        share = counts.sales_share_planned
        self.summary.setText(
            fill(
                self.tr("Planned %1, done %2 · sales share %3%"),
                counts.planned,
                counts.done,
                round(share * 100),
            )
            if share is not None
            else self.tr("Plan the day: sales work left, everything else right")
        )

    def _show_today(self) -> None:
        today = self.bridge.db.today()
        figures = Op(self.bridge, lambda db: day_figures(db, today), parent=self).run()
        if figures is not None:
            self.today_label.setText(
                f"{today_touches(figures.touches)} · {unrecorded_walk_ins(figures.unrecorded)}"
            )

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches or changes.stats or changes.settings:
            if self.isVisible():
                self._show_today()
            else:
                self._stale = True
        if not changes.plan or initiator is self:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def on_shown(self) -> None:
        if self._chosen_for_me == self.day and (due := self.opening_day()) != self.day:
            self.day = self._chosen_for_me = due
            self._stale = True
        if self._stale:
            self.reload()

    def open_target(self, params: Any) -> None:
        if isinstance(params, dict) and isinstance(params.get("day"), date):
            self.set_day(params["day"])

    def select_item(self, item_id: int) -> None:
        for column in self.columns.values():
            row = column.model.row_of(item_id)
            if row >= 0:
                column.list.setFocus()
                column.select_row(row)

    # Output

    def new_printer(self) -> QPrinter:
        """A printer set up for the sheet: A4 portrait (the print dialog may change it)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(sheet_layout())
        printer.setDocName(day_heading(self.day))
        return printer

    def ask_print(self) -> None:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the day's sheet on `printer`; the number of pages, 0 on failure."""
        heading = day_heading(self.day)
        sales, non_sales = plan.items_for_day(self.bridge.db, self.day)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.tr("Print"), self.tr("The printer could not be started.")
            )
            return 0
        try:
            draw_sheet(painter, printer, heading, sales, non_sales)
        except SheetTooFull as exc:
            printer.abort()  # nothing painted: no blank page comes out of the printer
            painter.end()
            self.say_too_full(exc)
            return 0
        painter.end()
        self.bridge.status.emit(self.tr("Sent the sheet to the printer"))
        return 1

    def say_too_full(self, exc: SheetTooFull) -> None:
        QMessageBox.warning(self, self.tr("The plan does not fit"), too_full_text(exc))

    def ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save plan as PDF"),
            start_path(f"plan-{self.day.isoformat()}.pdf"),
            "PDF (*.pdf)",
        )
        if name:
            self.export_pdf(Path(name))

    def export_pdf(self, path: Path) -> int:
        """Write the day's sheet; the number of pages (0 when it could not be written)."""
        day = self.day
        pages = (
            Op(self.bridge, lambda db: _pdf(db, path, day), parent=self)
            .catch(SheetTooFull, self.say_too_full)
            .run()
        )
        if pages is None:
            return 0
        self.bridge.status.emit(fill(self.tr("Saved %1"), path))
        return int(pages)

    def ask_ics(self, week: bool = False, kind: IcsKind = IcsKind.TODOS) -> None:
        first, last = week_bounds(self.day) if week else (self.day, self.day)
        stem = f"plan-{first.isoformat()}" + (f"-{last.isoformat()}" if week else "")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save plan as calendar"), start_path(f"{stem}.ics"), "iCalendar (*.ics)"
        )
        remember(name)
        if name:
            self.export_ics(Path(name), week, kind)

    def export_ics(self, path: Path, week: bool = False, kind: IcsKind = IcsKind.TODOS) -> int:
        """Write the day (or its Monday-to-Sunday week); the number of items written."""
        first, last = week_bounds(self.day) if week else (self.day, self.day)
        count = Op(
            self.bridge,
            lambda db: plan_export.export_plan(db, path, first, last, kind, line_text),
            parent=self,
        ).run()
        if count is None:
            return 0
        self.bridge.status.emit(fill(self.tr("Saved %1"), path))
        return int(count)

    def open_review(self) -> ReviewDialog:
        dialog = ReviewDialog(self.bridge, self.day, self)
        dialog.open()
        return dialog

    # Drafting

    def open_draft(self) -> DraftDialog:
        found = plan_draft.ranked(self.bridge.db, self.day)
        # The accept's broadcast skips this screen (its initiator), which reloads here:
        # once, not once for the broadcast and again for the dialog.
        dialog = DraftDialog(self.bridge, self.day, found, self, initiator=self)
        dialog.accepted_items.connect(lambda _n: self._drafted())
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _drafted(self) -> None:
        # The keys (Space, Ctrl+M...) act on the lines just added, not on the button.
        self.reload()
        self.columns[SIDES[0]].list.setFocus(Qt.FocusReason.OtherFocusReason)

    # Editing (the column models call these; each is one service call, then a reload)

    def add_from_box(self, column: PlanColumn) -> None:
        title = column.add_box.text()
        if not title.strip():
            return
        day, side = self.day, column.side
        result = Op(
            self.bridge, lambda db: plan.add_item(db, day, side, title), initiator=self, parent=self
        ).run()
        if result is not None:
            column.add_box.clear()
            self.reload()
            column.select_row(column.model.row_of(result[0].id))

    def edit_title(self, item_id: int, title: str) -> None:
        item = next(
            (i for c in self.columns.values() for i in c.model.items if i.id == item_id), None
        )
        if item is not None and not item.title and item.reason and title == shown_title(item):
            return  # a worded line left as it reads stays worded (in any language)
        self._run(lambda db: plan.edit_item(db, item_id, title=title))
        self._reload_later()

    def set_done(self, item_id: int, done: bool) -> None:
        self._run(lambda db: plan.set_done(db, item_id, done))
        self._reload_later()

    def drop(self, item_id: int, side: str, position: int) -> None:
        ok = self._run(lambda db: plan.move_item(db, item_id, side, position))
        self.reload()
        if ok:
            self.select_item(item_id)

    def _run(self, fn: Callable[[Database], object]) -> bool:
        """One edit from this screen; False when it was refused (the message is shown)."""
        return Op(self.bridge, fn, initiator=self, parent=self).run() is not None

    def _reload_later(self) -> None:
        # setData is still on the stack (an editor closing, a click on a box); reloading
        # the model under it would pull the row away, so wait for the event loop.
        QTimer.singleShot(0, self, self.reload)

    def move_to(self, column: PlanColumn, side: str, position: int) -> None:
        item = column.current_item()
        if item is None:
            return
        if self._run(lambda db: plan.move_item(db, item.id, side, position)):
            self.reload()
            self.select_item(item.id)

    def delete_current(self, column: PlanColumn) -> None:
        item = column.current_item()
        if item is None:
            return
        result = Op(
            self.bridge, lambda db: plan.delete_item(db, item.id), initiator=self, parent=self
        ).run()
        if result is not None:
            gone: plan.DeletedItem = result[0]
            self.bridge.undo_stack.push(
                _DeleteCommand(self, gone, fill(self.tr("Delete “%1”"), line_text(item)))
            )
            self.reload()

    def toggle_done(self, column: PlanColumn) -> None:
        item = column.current_item()
        if item is not None:
            self._run(lambda db: plan.set_done(db, item.id, not item.done))
            self.reload()

    def link_contact(self, column: PlanColumn) -> None:
        item = column.current_item()
        if item is None:
            return
        dialog = LinkDialog(self.bridge, item.title, self)
        if dialog.exec() and (chosen := dialog.chosen()) is not None:
            self._run(lambda db: plan.edit_item(db, item.id, contact_id=chosen.id))
            self.reload()

    def unlink_contact(self, column: PlanColumn) -> None:
        item = column.current_item()
        if item is not None and item.contact_id is not None:
            self._run(lambda db: plan.edit_item(db, item.id, contact_id=None))
            self.reload()

    def open_contact(self, column: PlanColumn, screen: str = "contacts") -> None:
        """Open the item's contact on the contacts screen, or on the call screen to call."""
        item = column.current_item()
        if item is not None and item.contact_id is not None:
            self.bridge.navigate.emit(screen, {"contact_id": item.contact_id})

    def message_line(self, column: PlanColumn) -> MessageDialog | None:
        """Ctrl+M: message the line's contact with the template that suits its reason."""
        item = column.current_item()
        if item is None or item.contact_id is None:
            return None
        purposes = line_purposes(item)
        if not purposes:
            self.bridge.status.emit(
                self.tr("This line has no message template; open the contact to write one.")
            )
            return None
        dialog = MessageDialog(self.bridge, item.contact_id, item.contact_name, purposes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def decide_line(self, column: PlanColumn, choice: Choice) -> bool:
        """Extend the line's class window once, or move its contact to D; either ticks
        the line done (deciding was its task) and is one undo step."""
        item = column.current_item()
        if item is None or item.contact_id is None or not asks_class_decision(item):
            self.bridge.status.emit(
                self.tr("Only a class-deadline line past its window offers this decision.")
            )
            return False
        if item.done:
            self.bridge.status.emit(self.tr("This line is done: its decision was taken."))
            return False
        decision = decide(
            self.bridge,
            choice,
            item.contact_id,
            item.contact_name,
            item.id,
            initiator=self,
            parent=self,
        )
        self.reload()
        self.select_item(item.id)
        return decision is not None

    def _other(self, column: PlanColumn) -> str:
        return SIDES[1] if column.side == SIDES[0] else SIDES[0]

    def _context_menu(self, column: PlanColumn, pos: QPoint) -> None:
        index = column.list.indexAt(pos)
        if not index.isValid():
            return
        column.select_row(index.row())
        self.item_menu(column).popup(column.list.viewport().mapToGlobal(pos))

    def item_menu(self, column: PlanColumn) -> QMenu:
        """What can be done with the current item (right click)."""
        item = column.current_item()
        menu = QMenu(self)
        if item is None:
            return menu

        def add(text: str, slot: Any, shortcut: str = "") -> QAction:
            action = menu.addAction(text)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            return action

        add(
            self.tr("Mark not done") if item.done else self.tr("Mark done"),
            lambda: self.toggle_done(column),
            "Space",
        )
        add(self.tr("Edit"), lambda: column.list.edit(column.list.currentIndex()), "F2")
        row = column.current_row()
        add(
            self.tr("Move up"), lambda: self.move_to(column, column.side, max(0, row - 1)), "Alt+Up"
        )
        add(self.tr("Move down"), lambda: self.move_to(column, column.side, row + 1), "Alt+Down")
        add(
            self.tr("Move to the other column"),
            lambda: self.move_to(column, self._other(column), row),
            "Alt+Right",
        )
        menu.addSeparator()
        if item.contact_id is not None:
            add(self.tr("Open the contact"), lambda: self.open_contact(column), "Ctrl+Return")
            add(
                self.tr("Call the contact"),
                lambda: self.open_contact(column, "call"),
                "Ctrl+Shift+Return",
            )
            add(self.tr("Unlink the contact"), lambda: self.unlink_contact(column))
        add(self.tr("Link a contact…"), lambda: self.link_contact(column), "Ctrl+L")
        if item.contact_id is not None and line_purposes(item):
            message = add(self.tr("Message…"), lambda: self.message_line(column), "Ctrl+M")
            message.setToolTip(
                self.tr("Copy a message from the template that suits this line (Ctrl+M)")
            )
            menu.setToolTipsVisible(True)
        if asks_class_decision(item) and not item.done:
            menu.addSeparator()
            for (keys, choice), text, hint in zip(
                DECISION_KEYS.items(),
                (extend_action(), move_to_d_action()),
                (extend_hint(), move_to_d_hint()),
                strict=True,
            ):
                action = add(text, partial(self.decide_line, column, choice), keys)
                action.setToolTip(f"{hint} ({keys})")
            menu.setToolTipsVisible(True)
        menu.addSeparator()
        add(self.tr("Delete"), lambda: self.delete_current(column), "Delete")
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        column = next((c for c in self.columns.values() if c.list is watched), None)
        if column is None or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        row = column.current_row()
        if alt and key == Qt.Key.Key_Up:
            self.move_to(column, column.side, max(0, row - 1))
        elif alt and key == Qt.Key.Key_Down:
            self.move_to(column, column.side, row + 1)
        elif alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_to(column, self._other(column), max(0, row))
        elif key == Qt.Key.Key_Delete:
            self.delete_current(column)
        elif key == Qt.Key.Key_Space and not mods:
            self.toggle_done(column)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            shift = mods & Qt.KeyboardModifier.ShiftModifier
            self.open_contact(column, "call" if shift else "contacts")
        elif key == Qt.Key.Key_L and ctrl:
            self.link_contact(column)
        elif key == Qt.Key.Key_PageUp:
            self.set_day(self.day - timedelta(days=1))
        elif key == Qt.Key.Key_PageDown:
            self.set_day(self.day + timedelta(days=1))
        else:
            return super().eventFilter(watched, event)
        return True
