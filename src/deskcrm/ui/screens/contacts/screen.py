"""The contacts screen: search as you type, tag chips, views, the table, and the detail pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DeskCRMError
from deskcrm.core.model import BuiltinTag, ContactQuery, TagInfo
from deskcrm.core.services import contact_list, contacts, tag_edits, tagging
from deskcrm.core.services.database import Database
from deskcrm.core.services.tag_edits import TagEdit
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.class_window_decisions import Choice, decide
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.screens.contacts import undo_commands
from deskcrm.ui.screens.contacts.bulk_bar import BulkBar
from deskcrm.ui.screens.contacts.contact_form import ContactForm
from deskcrm.ui.screens.contacts.detail_pane import BUILTIN_KEYS, DetailPane
from deskcrm.ui.screens.contacts.message_queue import MessageQueueDialog
from deskcrm.ui.screens.contacts.method_panel import MethodPanel
from deskcrm.ui.screens.contacts.table_model import (
    CHIPS_ROLE,
    SORT_KEYS,
    Column,
    ContactTableModel,
    column_for_sort,
)
from deskcrm.ui.screens.contacts.tag_bar import TagFilterBar
from deskcrm.ui.screens.contacts.tag_manager import TagManager
from deskcrm.ui.screens.contacts.template_manager import TemplateManagerDialog
from deskcrm.ui.screens.contacts.views_sidebar import ALL, ViewsSidebar, saved_key
from deskcrm.ui.screens.contacts.visit_dialog import VisitDialog
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.dates import date_text
from deskcrm.ui.widgets.empty_state import EmptyState
from deskcrm.ui.widgets.tag_chip import ChipDelegate

SEARCH_DEBOUNCE_MS = 150
SAVE_SIZES_MS = 500  # sizes are written once a drag settles, not per pixel
# What the columns sized to their content must show whole (the widest of each kind).
SAMPLES: dict[Column, str | date] = {
    Column.NAME: "欧阳诗琪",
    Column.CLASS: "A",
    Column.TOUCHES: "999",
    Column.LAST_TOUCH: date(2026, 12, 28),
    Column.NEXT_FOLLOW_UP: date(2026, 12, 28),
}
SORT_ARROW = 22  # room for the header's sort indicator and its padding
COMPANY_SHARE = 0.4  # of the width left once the sized columns have theirs; tags get the rest
MIN_COMPANY, MAX_COMPANY = 70, 180
SIDEBAR_RANGE = (120, 190)
DETAIL_WIDTH = 330

T = TypeVar("T")


# Keys that move through the results while the search box keeps the focus.
RESULT_KEYS = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    }
)


class ContactsScreen(Screen):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.tags: list[TagInfo] = []
        self.base = ContactQuery()  # the chosen view: built-in key and trash flag
        self.sort_key = "name"
        self.descending = False
        self.current_id: int | None = None
        self.active_dialog: QDialog | None = None
        self._generation = 0
        self._loading = False
        self._stale = False
        self._pending_select: int | None = None
        self._pending_row: int | None = None
        self._pending_first = False
        self._pending_keys: list[Qt.Key] = []
        self._shown_text = ""  # the search text of the listed results
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        # The window's own state file (pane and column sizes); none when run on a bare database.
        paths = bridge.paths
        self._ui_state = (
            QSettings(str(paths.ui_state), QSettings.Format.IniFormat) if paths else None
        )
        self._fitting = False
        self._company_set = False  # the rep sized the company column: no more auto-fit
        self._save_sizes = QTimer(self)
        self._save_sizes.setSingleShot(True)
        self._save_sizes.setInterval(SAVE_SIZES_MS)
        self._save_sizes.timeout.connect(self.save_sizes)
        self.model = ContactTableModel(self._fetch_rows, bridge.db.today, parent=self)
        self.model.sort_requested.connect(self._sort_requested)
        self._build()
        self._shortcuts()
        bridge.changed.connect(self._on_changed)
        self.reload_tags()
        self.reload_saved_views()
        self._first_sizes()
        self.refresh()

    # Layout

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.splitter)
        self.sidebar = ViewsSidebar()
        self.sidebar.query_chosen.connect(self._view_chosen)
        self.sidebar.save_requested.connect(self.save_view)
        self.sidebar.delete_requested.connect(self.delete_view)
        self.splitter.addWidget(self.sidebar)
        center = QWidget()
        col = QVBoxLayout(center)
        col.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, pinyin, phone or company"))
        self.search.setToolTip(
            self.tr(
                "Search (Ctrl+F) by name, pinyin (zhangw or zw), phone digits or company. "
                "Up/Down, PgUp/PgDn, Home/End choose among the results; Enter goes to the list."
            )
        )
        # A placeholder cut mid-word reads as a broken field: a narrow box gets a shorter one.
        self._placeholders = (self.search.placeholderText(), self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self.focus_table)
        top.addWidget(self.search, 1)
        self.count_label = QLabel()
        # As wide as a six-figure count, so the search box does not jump as the count changes.
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance(self.tr("%n contact(s)", "", 100_000))
        )
        top.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.setToolTip(self.tr("Add a contact (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_contact)
        top.addWidget(self.new_button)
        self.visit_button = QPushButton(self.tr("After the visit"))
        self.visit_button.setToolTip(
            self.tr("Log a touch, the next step and tag changes for the selected contact")
            + " (Ctrl+Shift+V)"
        )
        self.visit_button.clicked.connect(self.log_visit)
        top.addWidget(self.visit_button)
        self.message_button = QPushButton(self.tr("Message…"))
        self.message_button.setToolTip(
            self.tr("Send each selected contact (or everyone in the list) a filled template")
            + " (Ctrl+Shift+M)\n"
            + self.tr("Write, copy, rename and delete message templates")
            + " (Ctrl+Shift+H)"
        )
        self.message_button.clicked.connect(self.message_segment)
        top.addWidget(self.message_button)
        self.tags_button = QPushButton(self.tr("Manage tags"))
        self.tags_button.clicked.connect(self.manage_tags)
        col.addLayout(top)
        # Shown while the list is limited to a fixed set (e.g. the contacts behind a chart bar).
        self.subset_bar = QWidget()
        subset_row = QHBoxLayout(self.subset_bar)
        subset_row.setContentsMargins(0, 0, 0, 0)
        self.subset_label = QLabel()
        subset_row.addWidget(self.subset_label, 1)
        self.subset_clear = QPushButton(self.tr("Show all contacts"))
        self.subset_clear.clicked.connect(self.clear_filters)
        subset_row.addWidget(self.subset_clear)
        self.subset_bar.hide()
        col.addWidget(self.subset_bar)
        self.tag_bar = TagFilterBar()
        self.tag_bar.changed.connect(self.refresh)
        self.tag_bar.add_button(self.tags_button)  # beside the chips it manages
        col.addWidget(self.tag_bar)
        self.bulk = BulkBar()
        self.bulk.add_requested.connect(lambda text: self.bulk_tag(text, add=True))
        self.bulk.remove_requested.connect(lambda text: self.bulk_tag(text, add=False))
        self.bulk.trash_requested.connect(self.trash_selected)
        self.bulk.restore_requested.connect(self.restore_selected)
        self.bulk.hide()
        col.addWidget(self.bulk)
        self.stack = QStackedWidget()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(Column.TAGS, ChipDelegate(CHIPS_ROLE, self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TAGS, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._size_columns()
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.stack.addWidget(self.table)
        empty_page = QWidget()
        empty_col = QVBoxLayout(empty_page)
        self.empty = EmptyState("", "")
        empty_col.addWidget(self.empty, 1)
        self.empty_new = QPushButton(self.tr("New contact"))
        self.empty_new.clicked.connect(self.new_contact)
        self.empty_clear = QPushButton(self.tr("Clear search and filters"))
        self.empty_clear.clicked.connect(self.clear_filters)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_new)
        buttons.addWidget(self.empty_clear)
        buttons.addStretch(1)
        empty_col.addLayout(buttons)
        empty_col.addStretch(1)
        self.stack.addWidget(empty_page)
        col.addWidget(self.stack, 1)
        self.splitter.addWidget(center)
        self.detail = DetailPane()
        self.detail.toggle_builtin.connect(lambda tid: self.toggle_tag(tid, self._detail_ids()))
        self.detail.add_tags.connect(lambda text: self.add_tag_names(text, self._detail_ids()))
        self.detail.remove_tag.connect(self.remove_tag_from_current)
        self.detail.edit_requested.connect(self.edit_current)
        self.detail.visit_requested.connect(self.log_visit)
        self.detail.call_requested.connect(self.call_current)
        self.detail.trash_requested.connect(lambda: self.trash(self._detail_ids()))
        self.detail.restore_requested.connect(lambda: self.restore(self._detail_ids()))
        self.detail.open_contact.connect(self.show_contact)
        self.detail.extend_requested.connect(lambda: self.decide_window(Choice.EXTEND))
        self.detail.move_to_d_requested.connect(lambda: self.decide_window(Choice.MOVE_TO_D))
        # The sales method (class, nine questions, score, deals) beside the overview.
        self.method = MethodPanel(self.bridge)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.detail, self.tr("Overview"))
        self.detail_tabs.addTab(self.method, self.tr("Sales method"))
        self.detail_tabs.setTabToolTip(
            1, self.tr("ABCD class and its countdown, the nine questions, key-account score, deals")
        )
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.splitterMoved.connect(lambda _pos, _i: self._save_sizes.start())

    def _shortcuts(self) -> None:
        # Ctrl chords act on the selected contact wherever the focus is on this screen; a
        # window shortcut of a hidden screen (another page of the stack) does not fire.
        window = Qt.ShortcutContext.WindowShortcut
        for keys, slot in (
            ("Ctrl+F", self.focus_search),
            ("Ctrl+N", self.new_contact),
            ("Ctrl+E", self.edit_current),
            ("Ctrl+Shift+V", self.log_visit),
            ("Ctrl+Shift+C", self.call_current),
            ("Ctrl+Shift+M", self.message_segment),
            ("Ctrl+Shift+H", self.manage_templates),  # H: 话术 (huàshù)
        ):
            add_shortcut(self, keys, slot, window)
        # Single letters and Delete only while the list has the focus: never while typing.
        on_table = Qt.ShortcutContext.WidgetShortcut
        add_shortcut(self.table, QKeySequence.StandardKey.Delete, self._delete_key, on_table)
        for builtin, key in BUILTIN_KEYS.items():
            add_shortcut(
                self.table, key, partial(self.toggle_builtin_on_selection, builtin), on_table
            )
        add_shortcut(self.search, Qt.Key.Key_Escape, self.search.clear, on_table)
        # Up/Down, PgUp/PgDn, Home/End in the search box move through the results.
        self.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in RESULT_KEYS
            # Shift+Home/End still select text in the box.
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.move_selection(Qt.Key(event.key()))
            return True
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_company()
        if watched is self.search and event.type() == QEvent.Type.Resize:
            self._fit_placeholder()
        return super().eventFilter(watched, event)

    def move_selection(self, key: Qt.Key) -> None:
        """Move the selection through the results as the key would in the list; focus stays."""
        if self._loading or self._debounce.isActive():
            # The typed search has not answered yet: move once its results are listed.
            self._pending_keys.append(key)
            if self._debounce.isActive():
                self.refresh()
            return
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex()
        row = current.row() if current.isValid() and self.selected_ids() else -1
        page = max(
            1,
            self.table.viewport().height() // self.table.verticalHeader().defaultSectionSize() - 1,
        )
        target = {
            Qt.Key.Key_Up: row - 1,
            Qt.Key.Key_Down: row + 1,
            Qt.Key.Key_PageUp: row - page,
            Qt.Key.Key_PageDown: row + page,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }.get(key, row)
        cid = self.model.contact_id(max(0, min(count - 1, target)))
        if cid is not None:
            self._select_ids([cid])

    # Sizes: columns that must show whole get their width from the words; the rest share

    def _first_sizes(self) -> None:
        """Views as wide as their names, the detail as its buttons; then what the rep chose."""
        low, high = SIDEBAR_RANGE
        sidebar = max(low, min(high, self.sidebar.content_width()))
        self.splitter.setSizes([sidebar, 700, max(DETAIL_WIDTH, self.detail.preferred_width())])
        self._restore_sizes()

    def _fit_placeholder(self) -> None:
        # Room for the text: the box less its frame, margins and the clear button.
        room = self.search.width() - 48
        metrics = self.search.fontMetrics()
        fits = [p for p in self._placeholders if metrics.horizontalAdvance(p) <= room]
        self.search.setPlaceholderText(fits[0] if fits else "")

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        head = header.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)  # an overdue follow-up is shown in bold
        body = QFontMetrics(bold)
        titles = self.model.column_titles()
        self._fitting = True
        try:
            for column, sample in SAMPLES.items():
                text = date_text(sample) if isinstance(sample, date) else sample
                width = max(
                    head.horizontalAdvance(titles[column]) + SORT_ARROW,
                    body.horizontalAdvance(text) + 2 * body.averageCharWidth(),
                )
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _fit_company(self) -> None:
        """Give the company column its share of what is left, until the rep drags it."""
        if self._company_set:
            return
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - sum(header.sectionSize(c) for c in SAMPLES)
        width = int(max(MIN_COMPANY, min(MAX_COMPANY, room * COMPANY_SHARE)))
        self._fitting = True
        try:
            header.resizeSection(Column.COMPANY, width)
        finally:
            self._fitting = False

    def _section_resized(self, section: int, _old: int, _new: int) -> None:
        if self._fitting or section not in (Column.NAME, Column.COMPANY):
            return
        if section == Column.COMPANY:
            self._company_set = True
        self._save_sizes.start()

    def _restore_sizes(self) -> None:
        state = self._ui_state
        if state is None:
            return
        splitter = state.value("contacts/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = self.table.horizontalHeader()
        for key, column in (("name", Column.NAME), ("company", Column.COMPANY)):
            width = state.value(f"contacts/{key}_width")
            if width is not None and str(width).isdigit():
                self._fitting = True
                header.resizeSection(column, max(40, int(str(width))))
                self._fitting = False
                self._company_set = self._company_set or column == Column.COMPANY

    def save_sizes(self) -> None:
        """Remember the panes' and the rep's column widths for the next start."""
        state = self._ui_state
        if state is None:
            return
        header = self.table.horizontalHeader()
        state.setValue("contacts/splitter", self.splitter.saveState())
        state.setValue("contacts/name_width", header.sectionSize(Column.NAME))
        if self._company_set:
            state.setValue("contacts/company_width", header.sectionSize(Column.COMPANY))
        state.sync()

    # Loading

    def _fetch_rows(self, ids: Sequence[int]) -> list[Any]:
        return contact_list.rows_by_ids(self.bridge.db, ids)

    def reload_tags(self) -> None:
        tags = tagging.list_tags(self.bridge.db)
        if tags == self.tags:
            return  # only contacts' tags changed: keep the chips (and the keyboard focus)
        self.tags = tags
        self.model.set_tags(self.tags)
        self.tag_bar.set_tags(self.tags)
        self.detail.set_tag_choices(self.tags)
        self.bulk.set_tags(self.tags)

    def reload_saved_views(self) -> None:
        self.sidebar.set_saved(contact_list.saved_views(self.bridge.db))

    def current_query(self) -> ContactQuery:
        return ContactQuery(
            text=self.search.text().strip(),
            require=self.tag_bar.require(),
            exclude=self.tag_bar.exclude(),
            any_of=self.tag_bar.any_of(),
            view=self.base.view,
            trash=self.base.trash,
            ids=self.base.ids,
            sort=self.sort_key,
            descending=self.descending,
        )

    def is_loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        """Re-run the query off the GUI thread; an answer to an older query is dropped."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        query = self.current_query()
        self._loading = True
        (
            Op(self.bridge, lambda db: contact_list.contact_ids(db, query), parent=self)
            .success(lambda ids: self._got_ids(generation, query, ids))
            .catch(BaseException, lambda exc: self._query_failed(generation, exc))
            .run_in_background()
        )

    def _query_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self.bridge.show_error(exc, self)

    def _got_ids(self, generation: int, query: ContactQuery, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        keep = self.selected_ids()
        if ids != self.model.ids():
            self.model.set_ids(ids)
            self._select_ids(keep)
        # A new search selects its best match, as a launcher does: the detail pane shows it,
        # Ctrl+Shift+V logs on it, Down goes to the second.
        searched = bool(query.text) and query.text != self._shown_text
        self._shown_text = query.text
        if self._pending_select is not None:
            target, self._pending_select = self._pending_select, None
            self._select_ids([target])
        elif (self._pending_first or searched) and ids:
            self._select_ids([ids[0]])
        elif self._pending_row is not None and not self.selected_ids() and ids:
            # After a delete, the next contact takes the deleted one's place.
            row, self._pending_row = min(self._pending_row, len(ids) - 1), None
            self._select_ids([ids[row]])
        self._pending_row = None
        self._pending_first = False
        keys, self._pending_keys = self._pending_keys, []
        for key in keys:
            self.move_selection(key)
        self._show_count(query, len(ids))

    def _show_count(self, query: ContactQuery, count: int) -> None:
        if query.trash:
            self.count_label.setText(self.tr("%n in the trash", "", count))
        else:
            self.count_label.setText(self.tr("%n contact(s)", "", count))
        self.stack.setCurrentIndex(0 if count else 1)
        if count:
            return
        filtered = bool(query.text or query.require or query.exclude or query.view)
        self.empty_new.setVisible(not query.trash and not filtered)
        self.empty_clear.setVisible(filtered)
        if query.trash:
            self.empty.set_text(
                self.tr("The trash is empty"),
                self.tr("Deleted contacts wait here until you restore them."),
            )
        elif filtered:
            total = contact_list.live_contact_count(self.bridge.db)
            self.empty.set_text(
                self.tr("No contact matches"),
                self.tr(
                    "None of your %n contact(s) match this search and filter. Try fewer "
                    "letters, another spelling, or clear the tag chips.",
                    "",
                    total,
                ),
            )
        else:
            self.empty.set_text(
                self.tr("No contacts yet"),
                self.tr(
                    "Add your first contact with “New contact” (Ctrl+N), or import a "
                    "spreadsheet or vCard file from the File menu."
                ),
            )

    def _search_edited(self, _text: str) -> None:
        self._debounce.start()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.tags:
            self.reload_tags()
        if changes.settings:
            self.reload_saved_views()
        if changes.contacts:
            self.model.invalidate(changes.contacts)
        if changes.contacts or changes.contact_list or changes.tags:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True
        shown = self.current_id
        if shown is not None and (
            shown in changes.contacts or changes.contact_list or changes.touches or changes.deals
        ):
            self.show_contact(shown, select=False)

    def on_shown(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def open_target(self, params: Any) -> None:
        if not isinstance(params, dict):
            return
        if "contact_ids" in params:
            self.show_subset([int(i) for i in params["contact_ids"]], str(params.get("title", "")))
        if "contact_id" in params:
            self.show_contact(int(params["contact_id"]))

    def show_subset(self, ids: Sequence[int], title: str) -> None:
        """List only `ids` (what another screen pointed at), until the user clears it."""
        self.sidebar.select_key(ALL)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.tag_bar.set_filter((), (), False)
        # An empty set must show nothing, not everyone: -1 is never an id.
        self.base = ContactQuery(ids=tuple(ids) or (-1,))
        self.subset_label.setText(
            self.tr("Showing %1: %n contact(s)", "", len(ids)).replace(
                "%1", title or self.tr("a selection")
            )
        )
        self.subset_bar.show()
        self.refresh()

    # Views, sorting, filters

    def _view_chosen(self, key: str, query: ContactQuery) -> None:
        self.base = ContactQuery(view=query.view, trash=query.trash)
        self.subset_bar.hide()
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self.tag_bar.set_filter(query.require, query.exclude, query.any_of)
        if key.startswith("saved:"):
            self.sort_key, self.descending = query.sort, query.descending
            self._show_sort()
        self.refresh()

    def clear_filters(self) -> None:
        self.sidebar.select_key(ALL)
        self._view_chosen(ALL, ContactQuery())

    def _show_sort(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            column_for_sort(self.sort_key),
            Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if Column(section) not in SORT_KEYS:
            self._show_sort()  # the tags column has no order; put the indicator back

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.refresh()

    def save_view(self, name: str) -> None:
        query = self.current_query()
        result = self._run(lambda db: contact_list.save_view(db, name, query))
        if result is not None:
            self.reload_saved_views()
            self.sidebar.select_key(saved_key(int(result[0])))
            self.bridge.status.emit(self.tr("View “%1” saved").replace("%1", name))

    def delete_view(self, view_id: int) -> None:
        if self._run(lambda db: contact_list.delete_view(db, view_id)) is not None:
            self.reload_saved_views()
            self.sidebar.select_key(ALL)

    # Selection and detail

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [cid for r in rows if (cid := self.model.contact_id(r)) is not None]

    def _select_ids(self, ids: Sequence[int]) -> None:
        selection = QItemSelection()
        first = None
        for cid in ids:
            row = self.model.row_of(cid)
            if row is None:
                continue
            first = row if first is None else first
            selection.select(self.model.index(row, 0), self.model.index(row, len(Column) - 1))
        sm = self.table.selectionModel()
        if first is None:
            if ids:
                sm.clearSelection()
            return
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        sm.setCurrentIndex(self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(self.model.index(first, 0))

    def _selection_changed(self, *_args: Any) -> None:
        ids = self.selected_ids()
        self.bulk.show_for(len(ids), trash=self.base.trash)
        if len(ids) == 1:
            self.show_contact(ids[0], select=False)
        elif len(ids) > 1:
            self.current_id = None
            self.detail.show_many(len(ids))
            self.method.set_contact(None)
        elif self.current_id is not None and self.model.row_of(self.current_id) is not None:
            self.current_id = None
            self.detail.show_nothing()
            self.method.set_contact(None)

    def show_contact(self, contact_id: int, *, select: bool = True) -> None:
        """Show one contact in the detail pane (and select it in the list when it is there)."""
        try:
            detail = contacts.get_contact(self.bridge.db, contact_id)
        except DeskCRMError:
            self.current_id = None
            self.detail.show_nothing()
            self.method.set_contact(None)
            return
        self.current_id = contact_id
        self.detail.show_contact(detail, self.bridge.db.today())
        self.method.set_contact(contact_id)
        if not select:
            return
        if self.model.row_of(contact_id) is not None:
            self._select_ids([contact_id])
        elif detail.deleted_at is None:
            # Not in the current filter: show everyone, then select it when the list arrives.
            self._pending_select = contact_id
            self.clear_filters()

    def decide_window(self, choice: Choice) -> None:
        """The shown contact's class window passed: extend it once, or move it to D."""
        d = self.detail.detail
        if d is not None and d.id == self.current_id:
            decide(self.bridge, choice, d.id, d.name, parent=self)

    def _detail_ids(self) -> list[int]:
        return [self.current_id] if self.current_id is not None else []

    def _target_ids(self) -> list[int]:
        ids = self.selected_ids()
        return ids if ids else self._detail_ids()

    def _names(self, ids: Sequence[int]) -> list[str]:
        names = []
        for cid in ids:
            row = self.model.row_of(cid)
            data = self.model.contact_row(row) if row is not None else None
            if data is not None:
                names.append(data.name)
            elif cid == self.current_id and self.detail.detail is not None:
                names.append(self.detail.detail.name)
            else:
                names.append(f"#{cid}")
        return names

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        """Move from the search box to the list, keeping the chosen result (else the first)."""
        if self._debounce.isActive():
            self.refresh()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self._loading:
            self._pending_first = True
        elif self.model.rowCount() > 0 and not self.selected_ids():
            self._select_ids([self.model.ids()[0]])

    # Tag changes (undoable)

    def _run(self, fn: Callable[[Database], T]) -> T | None:
        """One change from this screen: the result, or None when refused (message shown)."""
        return Op(self.bridge, fn, initiator=self, parent=self).run()

    def _tag_edit_done(self, result: tuple[TagEdit, Changes] | None, ids: Sequence[int]) -> None:
        if result is not None and result[0].before != result[0].after:  # no empty undo steps
            self.bridge.undo_stack.push(
                undo_commands.tags(self.bridge, result[0], self._names(ids))
            )

    def toggle_tag(self, tag_id: int, ids: Sequence[int]) -> None:
        if not ids or self.base.trash:
            return
        result = self._run(lambda db: tag_edits.toggle_tag(db, list(ids), tag_id))
        self._tag_edit_done(result, ids)

    def toggle_builtin_on_selection(self, builtin: BuiltinTag) -> None:
        tag_id = self.detail.builtin_id(builtin)
        if tag_id is not None:
            self.toggle_tag(tag_id, self._target_ids())

    def add_tag_names(self, text: str, ids: Sequence[int]) -> None:
        """Tag contacts with tags typed as text (new names become tags)."""
        if not ids or not text.strip():
            return
        result = self._run(lambda db: tag_edits.change_tags(db, list(ids), add_names=text))
        self._tag_edit_done(result, ids)

    def remove_tags(self, tag_ids: Sequence[int], ids: Sequence[int]) -> None:
        if not ids or not tag_ids:
            return
        result = self._run(lambda db: tag_edits.change_tags(db, list(ids), remove=list(tag_ids)))
        self._tag_edit_done(result, ids)

    def remove_tag_from_current(self, tag_id: int) -> None:
        self.remove_tags([tag_id], self._detail_ids())

    def bulk_tag(self, text: str, *, add: bool) -> None:
        ids = self.selected_ids()
        if add:
            self.add_tag_names(text, ids)
            return
        if not ids:
            return
        result = self._run(lambda db: tag_edits.change_tags(db, list(ids), remove_names=text))
        if result is not None and result[0].unknown:
            unknown = "、".join(result[0].unknown)
            self.bridge.status.emit(self.tr("No tag called %1").replace("%1", unknown))
        self._tag_edit_done(result, ids)

    # Trash

    def _delete_key(self) -> None:
        if not self.base.trash:
            self.trash_selected()

    def trash_selected(self) -> None:
        self.trash(self._target_ids())

    def restore_selected(self) -> None:
        self.restore(self._target_ids())

    def trash(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        names = self._names(ids)
        rows = [r for cid in ids if (r := self.model.row_of(cid)) is not None]
        if self._run(lambda db: contacts.trash_contacts(db, list(ids))) is not None:
            self._pending_row = min(rows) if rows else None
            self.bridge.undo_stack.push(undo_commands.trash(self.bridge, ids, names))
            self.bridge.status.emit(
                self.tr("Moved %1 to the trash (Ctrl+Z undoes)").replace("%1", "、".join(names))
            )

    def restore(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        names = self._names(ids)
        if self._run(lambda db: contacts.restore_contacts(db, list(ids))) is not None:
            self.bridge.undo_stack.push(undo_commands.restore(self.bridge, ids, names))

    # Dialogs (opened with open(), never exec(), so tests and the rep are never blocked)

    def _open(self, dialog: QDialog) -> QDialog:
        if self.active_dialog is not None:
            self.active_dialog.close()
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()
        dialog.activateWindow()  # the keyboard goes to the dialog straight away
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        self.table.setFocus()

    def new_contact(self) -> ContactForm:
        form = ContactForm(self.bridge, tags=self.tags, parent=self)
        form.saved.connect(lambda cid: self.show_contact(cid))
        form.open_requested.connect(lambda cid: self.show_contact(cid))
        self._open(form)
        return form

    def edit_current(self) -> ContactForm | None:
        if self.current_id is None or self.base.trash:
            return None
        form = ContactForm(self.bridge, self.current_id, parent=self)
        form.open_requested.connect(lambda cid: self.show_contact(cid))
        self._open(form)
        return form

    def call_current(self) -> None:
        ids = self._target_ids()
        if len(ids) != 1 or self.base.trash:
            self.bridge.status.emit(self.tr("Select one contact first"))
            return
        self.bridge.navigate.emit("call", {"contact_id": ids[0]})

    def log_visit(self) -> VisitDialog | None:
        ids = self._target_ids()
        if len(ids) != 1 or self.base.trash:
            self.bridge.status.emit(self.tr("Select one contact first"))
            return None
        try:
            detail = contacts.get_contact(self.bridge.db, ids[0], timeline=0)
        except DeskCRMError as exc:
            self.bridge.show_error(exc, self)
            return None
        dialog = VisitDialog(self.bridge, detail, self.tags, self.bridge.db.today(), parent=self)
        self._open(dialog)
        return dialog

    def message_segment(self) -> MessageQueueDialog | None:
        """The selection (two or more) or else everyone in the list, one message each."""
        if self.base.trash:
            self.bridge.status.emit(self.tr("Contacts in the trash cannot be messaged"))
            return None
        ids = self.selected_ids()
        if len(ids) > 1:
            query = replace(self.current_query(), ids=tuple(ids))
            scope = self.tr("%n selected contact(s)", "", len(ids))
            count = len(ids)
        else:
            query = self.current_query()
            count = self.model.rowCount()
            scope = self.tr("%n contact(s) in the list", "", count)
        dialog = MessageQueueDialog(self.bridge, query, scope, count, parent=self)
        self._open(dialog)
        return dialog

    def manage_templates(self) -> TemplateManagerDialog:
        """The templates manager, previewing for the current contact when there is one."""
        ids = self.selected_ids()
        contact = None
        if ids:
            try:
                detail = contacts.get_contact(self.bridge.db, ids[0], timeline=0)
                contact = (detail.id, detail.name)
            except DeskCRMError:
                contact = None  # gone meanwhile: the dialog picks one
        dialog = TemplateManagerDialog(self.bridge, parent=self, contact=contact)
        self._open(dialog)
        return dialog

    def manage_tags(self) -> TagManager:
        manager = TagManager(self.bridge, parent=self)
        self._open(manager)
        return manager
