"""The import wizard: file, preview, column mapping, duplicates, dry run, commit; one undo step.

Everything that touches the file or the database runs on a worker thread as an
`Op` run in the background; the window stays responsive, and cancelling rolls the
whole import back. The lead wires it to File → Import… with `open_import_wizard`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from deskcrm.core.errors import ValidationError
from deskcrm.core.io.columns import has_name
from deskcrm.core.io.records import Field, ImportCancelled, ImportRecord
from deskcrm.core.io.tabular import DELIMITERS, ENCODINGS, HEADER_SEARCH_ROWS, FileKind
from deskcrm.core.services import imports
from deskcrm.core.services.database import Database
from deskcrm.core.services.imports import (
    DuplicatePolicy,
    ImportPreview,
    ImportSource,
    ImportSummary,
    IssueKind,
    ReadOptions,
    RowIssue,
)
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.file_places import remember, start_path
from deskcrm.ui.i18n import error_message, tr
from deskcrm.ui.operations import Op

FILE_FILTER_EXTENSIONS = "*.vcf *.vcard *.csv *.txt *.tsv *.xlsx"
PROGRESS_INTERVAL_S = 0.05
ISSUE_LIMIT = 2000  # lines shown; the counts above always cover every row


# --- words ---------------------------------------------------------------------


def field_label(field: Field) -> str:
    labels = {
        Field.IGNORE: tr("(leave out)"),
        Field.NAME: tr("Name"),
        Field.NICKNAME: tr("Name, if no other"),
        Field.FAMILY_NAME: tr("Family name"),
        Field.GIVEN_NAME: tr("Given name"),
        Field.PHONE: tr("Phone"),
        Field.EMAIL: tr("Email"),
        Field.COMPANY: tr("Company"),
        Field.TITLE: tr("Title"),
        Field.INDUSTRY: tr("Industry"),
        Field.CITY: tr("City"),
        Field.REGION: tr("Region"),
        Field.WECHAT: tr("WeChat ID"),
        Field.NOTES: tr("Notes"),
        Field.TAGS: tr("Tags"),
        Field.SOURCE: tr("Source"),
    }
    return labels[field]


def encoding_label(encoding: str) -> str:
    labels = {
        "utf-8": tr("UTF-8"),
        "utf-8-sig": tr("UTF-8 with BOM"),
        "gb18030": tr("Chinese (GB18030 / GBK)"),
        "utf-16": tr("UTF-16 (Excel Unicode text)"),
        "utf-16-le": tr("UTF-16 LE"),
        "utf-16-be": tr("UTF-16 BE"),
        "big5": tr("Traditional Chinese (Big5)"),
        "latin-1": tr("Western (Latin-1)"),
    }
    return labels.get(encoding, encoding)


def delimiter_label(delimiter: str) -> str:
    labels = {
        ",": tr("Comma ( , )"),
        ";": tr("Semicolon ( ; )"),
        "\t": tr("Tab"),
        "|": tr("Vertical bar ( | )"),
    }
    return labels.get(delimiter, delimiter)


def _match_text(template: str, data: dict[str, Any]) -> str:
    by = tr("same phone") if data.get("by") == "phone" else tr("same name and company")
    return template.replace("%1", str(data.get("name", ""))).replace("%2", by)


def issue_text(issue: RowIssue) -> str:
    """One sentence for one row's issue (without the row number)."""
    d = issue.data
    if issue.code == "validation":
        fields = {k: v for k, v in d.items() if k not in ("field", "reason")}
        return error_message(ValidationError(str(d["field"]), str(d["reason"]), **fields))
    texts: dict[str, Callable[[], str]] = {
        "card_truncated": lambda: tr("The card is cut off; the file ends or breaks inside it."),
        "empty_card": lambda: tr("The card has no name, phone or e-mail."),
        "duplicate": lambda: _match_text(tr("Skipped: %1 exists already (%2)."), d),
        "merged": lambda: _match_text(tr("Merged into %1 (%2)."), d),
        "duplicate_created": lambda: _match_text(tr("Stored although %1 exists (%2)."), d),
        "phone_unparsed": lambda: tr("Phone “%1” was not recognised; it is kept as typed.").replace(
            "%1", str(d.get("value", ""))
        ),
        "phone_dropped": lambda: tr("“%1” is not a phone number; it was left out.").replace(
            "%1", str(d.get("value", ""))
        ),
        "emails_to_notes": lambda: tr("Further e-mail addresses were added to the notes."),
        "email_invalid": lambda: tr("E-mail “%1” is not valid; it was moved to the notes.").replace(
            "%1", str(d.get("value", ""))
        ),
        "tag_too_long": lambda: (
            tr("Tag “%1” is too long (at most %2 characters); left out.")
            .replace("%1", str(d.get("tag", "")))
            .replace("%2", str(d.get("limit", "")))
        ),
        "tag_excluded": lambda: tr(
            "Tag %1 contradicts another tag of the row; the stronger one is kept."
        ).replace("%1", str(d.get("tag", ""))),
        "name_from_company": lambda: tr("No name given; the company name is used."),
        "extra_cells": lambda: tr(
            "The row has more cells than there are headers; extra cells were left out."
        ),
        "line_too_long": lambda: tr("A line too long to read was left out."),
        "undecodable": lambda: tr(
            "Some characters cannot be read in the file's encoding; the row was left out: “%1”"
        ).replace("%1", str(d.get("text", ""))),
        "other_encoding": lambda: tr(
            "This row is in a different encoding from the rest of the file (GBK and UTF-8 "
            "mixed); it was read that way, check it."
        ),
        "cell_too_long": lambda: tr(
            "A cell is longer than %1 characters; the row was left out."
        ).replace("%1", str(d.get("limit", ""))),
    }
    make = texts.get(issue.code)
    return make() if make is not None else issue.code


def issue_line(issue: RowIssue, cards: bool) -> str:
    where = tr("Card %1") if cards else tr("Row %1")
    kind = {
        IssueKind.ERROR: tr("not imported"),
        IssueKind.SKIPPED: tr("skipped"),
        IssueKind.MERGED: tr("merged"),
        IssueKind.WARNING: tr("note"),
    }[issue.kind]
    return (
        tr("%1 (%2): %3")
        .replace("%1", where.replace("%1", str(issue.row)))
        .replace("%2", kind)
        .replace("%3", issue_text(issue))
    )


# --- worker side -----------------------------------------------------------------


class ProgressRelay(QObject):
    """Passed to a service as its progress callback on a worker thread; the GUI can cancel.

    Signals emitted from the worker are queued to the GUI thread; emits are
    throttled so a million rows do not flood the event loop.
    """

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self.changed.emit(done, total)
        return not self.cancelled.is_set()


def read_and_check(
    db: Database,
    path: Path,
    options: ReadOptions,
    policy: DuplicatePolicy,
    reading: ProgressRelay,
    checking: ProgressRelay,
) -> tuple[ImportSource, ImportSummary]:
    """Read the whole file, then dry-run it: what the summary page shows."""
    source = imports.read_file(path, options, reading)
    return source, imports.dry_run(db, source, policy, checking)


# --- models -----------------------------------------------------------------------


class PreviewModel(QAbstractTableModel):
    """The first rows as they will be read (a table's cells, or a vCard's cards)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []

    def set_table(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        width = max([len(headers), *(len(r) for r in rows)]) if headers or rows else 0
        self._headers = headers + [""] * (width - len(headers))
        self._rows = [r + [""] * (width - len(r)) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        text = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole and len(text) > 200:
            return text[:200] + "…"
        return text

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)


# --- pages ------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "vCard (.vcf) from a phone, Outlook or Google; a CSV or text table; "
                "or an Excel .xlsx sheet, such as a WeCom customer list."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to import"))
        self.path.textChanged.connect(self._changed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._ready_for: str | None = None
        self._token = 0

    def _changed(self) -> None:
        self._ready_for = None
        self.status.clear()
        self.completeChanged.emit()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            self.path.text() or start_path(),
            self.tr("Contacts (%1);;All files (*)").replace("%1", FILE_FILTER_EXTENSIONS),
        )
        remember(name)
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.w.busy

    def validatePage(self) -> bool:
        text = self.path.text().strip()
        if self._ready_for == text:
            return True
        self._token += 1
        token = self._token
        self.status.setText(self.tr("Reading the file…"))

        def done(preview: ImportPreview) -> None:
            if token != self._token or self.w.closed:
                return
            self.w.set_busy(False)
            self.w.preview = preview
            self.w.read_options = ReadOptions()
            self._ready_for = text
            self.status.clear()
            self.w.next()

        def failed(exc: BaseException) -> None:
            if token != self._token or self.w.closed:
                return
            self.w.set_busy(False)
            self.status.setText(error_message(exc))

        self.w.set_busy(True)
        (
            Op(self.w.bridge, lambda db: imports.preview_file(db, Path(text), ReadOptions()))
            .success(done)
            .catch(BaseException, failed)
            .run_in_background()
        )
        return False


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows as they will be read. Fix the reading if needed."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.encoding = QComboBox()
        for enc in ENCODINGS:
            self.encoding.addItem(encoding_label(enc), enc)
        self.delimiter = QComboBox()
        for d in DELIMITERS:
            self.delimiter.addItem(delimiter_label(d), d)
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, HEADER_SEARCH_ROWS)
        self.header_label = QLabel(self.tr("Header row:"))
        self.encoding_label = QLabel(self.tr("Encoding:"))
        self.delimiter_label = QLabel(self.tr("Separator:"))
        self.sheet_label = QLabel(self.tr("Sheet:"))
        form.addRow(self.encoding_label, self.encoding)
        form.addRow(self.delimiter_label, self.delimiter)
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.header_label, self.header_row)
        layout.addLayout(form)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(False)
        layout.addWidget(self.view, 1)
        self._filling = False
        self._token = 0
        for combo in (self.encoding, self.delimiter, self.sheet):
            combo.currentIndexChanged.connect(self._options_changed)
        self.header_row.valueChanged.connect(self._header_changed)

    def initializePage(self) -> None:
        self._fill()

    def _fill(self) -> None:
        preview = self.w.preview
        if preview is None:
            return
        self._filling = True
        table = preview.table
        is_text = table is not None and table.kind is FileKind.CSV
        is_xlsx = table is not None and table.kind is FileKind.XLSX
        shown: list[tuple[QWidget, bool]] = [
            (self.encoding, is_text),
            (self.encoding_label, is_text),
            (self.delimiter, is_text),
            (self.delimiter_label, is_text),
            (self.sheet, is_xlsx),
            (self.sheet_label, is_xlsx),
            (self.header_row, table is not None),
            (self.header_label, table is not None),
        ]
        for widget, visible in shown:
            widget.setVisible(visible)
        if table is not None:
            if is_text:
                if self.encoding.findData(table.encoding) < 0:
                    self.encoding.addItem(encoding_label(table.encoding), table.encoding)
                self.encoding.setCurrentIndex(self.encoding.findData(table.encoding))
                self.delimiter.setCurrentIndex(self.delimiter.findData(table.delimiter))
            if is_xlsx:
                self.sheet.clear()
                self.sheet.addItems(list(table.sheets))
                self.sheet.setCurrentText(table.sheet)
            self.header_row.setValue(table.header_row)
            self.model.set_table(list(table.headers), [list(c) for _, c in table.preview])
            self.view.verticalHeader().setVisible(True)
            self.info.setText(
                self.tr("Header found in row %1.").replace("%1", str(table.header_row))
            )
        else:
            rows: list[list[str]] = []
            for card in preview.cards:
                if isinstance(card, ImportRecord):
                    rows.append(
                        [
                            card.name,
                            ", ".join(p.raw for p in card.phones),
                            card.company,
                            ", ".join(card.tags),
                        ]
                    )
                else:
                    problem = RowIssue(card.row, IssueKind.ERROR, card.code)
                    rows.append([issue_text(problem), "", "", ""])
            fields = (Field.NAME, Field.PHONE, Field.COMPANY, Field.TAGS)
            self.model.set_table([field_label(f) for f in fields], rows)
            self.info.setText(self.tr("vCard file: each card becomes one contact."))
        self.view.resizeColumnsToContents()
        self._filling = False

    def _options_changed(self, _: int = 0, *, header_row: int | None = None) -> None:
        if self._filling or self.w.preview is None or self.w.preview.table is None:
            return
        table = self.w.preview.table
        options = ReadOptions(
            encoding=self.encoding.currentData() if table.kind is FileKind.CSV else None,
            delimiter=self.delimiter.currentData() if table.kind is FileKind.CSV else None,
            sheet=self.sheet.currentText() or None if table.kind is FileKind.XLSX else None,
            header_row=header_row,  # None: find it again in the rows read the new way
        )
        self.reread(options)

    def _header_changed(self, value: int) -> None:
        self._options_changed(header_row=value)

    def reread(self, options: ReadOptions) -> None:
        preview = self.w.preview
        assert preview is not None
        self._token += 1
        token = self._token
        self.info.setText(self.tr("Reading the file…"))

        def done(result: ImportPreview) -> None:
            if token != self._token or self.w.closed:
                return
            self.w.set_busy(False)
            self.w.preview = result
            self.w.read_options = options
            self._fill()

        def failed(exc: BaseException) -> None:
            if token != self._token or self.w.closed:
                return
            self.w.set_busy(False)
            self.info.setText(error_message(exc))

        self.w.set_busy(True)
        path = Path(preview.path)
        (
            Op(self.w.bridge, lambda db: imports.preview_file(db, path, options))
            .success(done)
            .catch(BaseException, failed)
            .run_in_background()
        )

    def isComplete(self) -> bool:
        return self.w.preview is not None and not self.w.busy

    def nextId(self) -> int:
        preview = self.w.preview
        if preview is not None and preview.table is None:
            return ImportWizard.OPTIONS
        return ImportWizard.MAPPING


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("What each column holds. DeskCRM remembers your choice for files like this.")
        )
        layout = QVBoxLayout(self)
        self.remembered = QLabel()
        layout.addWidget(self.remembered)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        layout.addWidget(self.area, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None and preview.table is not None
        table = preview.table
        inner = QWidget()
        form = QFormLayout(inner)
        self.combos = []
        no_header = self.tr("(no header)")
        for i, header in enumerate(table.headers):
            sample = next((c[i] for _, c in table.preview if i < len(c) and c[i].strip()), "")
            label = QLabel(
                f"<b>{_html(header) or no_header}</b>"
                + (f"<br><small>{_html(sample[:60])}</small>" if sample else "")
            )
            combo = QComboBox()
            for field in Field:
                combo.addItem(field_label(field), field.value)
            combo.setCurrentIndex(combo.findData(preview.mapping[i].value))
            combo.currentIndexChanged.connect(self._changed)
            form.addRow(label, combo)
            self.combos.append(combo)
        self.area.setWidget(inner)
        self.remembered.setText(
            self.tr("The columns are set as you chose last time for this layout.")
            if preview.remembered
            else ""
        )
        self._changed()

    def mapping(self) -> tuple[Field, ...]:
        return tuple(Field(c.currentData()) for c in self.combos)

    def _changed(self) -> None:
        self.hint.setText(
            "" if has_name(self.mapping()) else self.tr("Choose which column holds the names.")
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return has_name(self.mapping())

    def validatePage(self) -> bool:
        self.w.mapping = self.mapping()
        return True


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Duplicates"))
        self.setSubTitle(
            self.tr(
                "A row is a duplicate when a contact with the same phone number, or the same "
                "name and company, exists already."
            )
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[DuplicatePolicy, QRadioButton] = {}
        for policy, text in (
            (DuplicatePolicy.SKIP, self.tr("Skip it: keep the existing contact as it is")),
            (
                DuplicatePolicy.MERGE,
                self.tr(
                    "Merge it: fill the existing contact's empty fields, add phones and tags, "
                    "join the notes"
                ),
            ),
            (DuplicatePolicy.CREATE, self.tr("Create it anyway as a separate contact")),
        ):
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[policy] = button
            layout.addWidget(button)
        self.buttons[DuplicatePolicy.SKIP].setChecked(True)
        layout.addStretch(1)

    def policy(self) -> DuplicatePolicy:
        for policy, button in self.buttons.items():
            if button.isChecked():
                return policy
        return DuplicatePolicy.SKIP


class SummaryPage(QWizardPage):
    """Reads the whole file and dry-runs it; Finish then imports it for real."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("What the import will do. Nothing is stored until you import."))
        layout = QVBoxLayout(self)
        self.phase = QLabel()
        self.bar = QProgressBar()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.issues = QPlainTextEdit()
        self.issues.setReadOnly(True)
        layout.addWidget(self.phase)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.issues, 1)
        self.source: ImportSource | None = None
        self.summary: ImportSummary | None = None
        self._token = 0
        self._relays: list[ProgressRelay] = []

    def initializePage(self) -> None:
        self.source = None
        self.summary = None
        self.counts.clear()
        self.issues.clear()
        self._token += 1
        token = self._token
        self._cancel_running()
        reading, checking = ProgressRelay(self), ProgressRelay(self)
        self._relays = [reading, checking]
        reading.changed.connect(lambda d, t: self._progress(self.tr("Reading the file…"), d, t))
        checking.changed.connect(lambda d, t: self._progress(self.tr("Checking each row…"), d, t))
        self._progress(self.tr("Reading the file…"), 0, 0)
        self.bar.setVisible(True)

        def done(result: tuple[ImportSource, ImportSummary]) -> None:
            if token != self._token or self.w.closed:
                return
            self.w.set_busy(False)
            self.source, self.summary = result
            self.bar.setVisible(False)
            self.phase.clear()
            self._show(self.summary)

        def failed(exc: BaseException) -> None:
            if token != self._token or self.w.closed:
                return
            self.w.set_busy(False)
            self.bar.setVisible(False)
            self.phase.setText(error_message(exc))

        preview = self.w.preview
        assert preview is not None
        options = self.w.read_options
        if preview.table is not None:
            options = ReadOptions(
                encoding=preview.table.encoding or None,
                delimiter=preview.table.delimiter or None,
                sheet=preview.table.sheet or None,
                header_row=preview.table.header_row,
                mapping=self.w.mapping,
            )
        path, policy = Path(preview.path), self.w.options_page.policy()
        self.w.set_busy(True)
        (
            Op(
                self.w.bridge,
                lambda db: read_and_check(db, path, options, policy, reading, checking),
            )
            .success(done)
            .catch(BaseException, failed)
            .run_in_background()
        )

    def _progress(self, phase: str, done: int, total: int) -> None:
        self.phase.setText(phase)
        if total <= 0:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(done, total) / total))

    def _cancel_running(self) -> None:
        for relay in self._relays:
            relay.cancelled.set()

    def cleanupPage(self) -> None:
        self._token += 1
        self._cancel_running()
        self.w.set_busy(False)

    def _show(self, summary: ImportSummary) -> None:
        self.counts.setText(
            self.tr(
                "%1 rows read: %2 new, %3 merged into existing contacts, %4 skipped, "
                "%5 with errors (not imported)."
            )
            .replace("%1", str(summary.rows))
            .replace("%2", str(summary.new))
            .replace("%3", str(summary.merged))
            .replace("%4", str(summary.skipped))
            .replace("%5", str(summary.errors))
            + (
                "\n" + self.tr("New tags: %1").replace("%1", ", ".join(summary.new_tags))
                if summary.new_tags
                else ""
            )
        )
        cards = self.source is not None and self.source.kind is FileKind.VCARD
        lines = [issue_line(i, cards) for i in summary.issues[:ISSUE_LIMIT]]
        if len(summary.issues) > ISSUE_LIMIT:
            lines.append(
                self.tr("… and %1 more.").replace("%1", str(len(summary.issues) - ISSUE_LIMIT))
            )
        self.issues.setPlainText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        s = self.summary
        return s is not None and not self.w.busy and s.new + s.merged > 0


class ImportUndoCommand(QUndoCommand):
    """A committed import as one undo step: undo takes it back, redo imports it again.

    Both run on worker threads, one after the other in the order asked for.
    """

    def __init__(
        self, bridge: Bridge, source: ImportSource, policy: DuplicatePolicy, batch_id: int
    ) -> None:
        super().__init__(tr("Import %1").replace("%1", Path(source.path).name))
        self.bridge = bridge
        self.source, self.policy, self.batch_id = source, policy, batch_id
        self._fresh = True
        self._queue: list[Callable[[], None]] = []
        self._running = False

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False  # the wizard imported it already
            return
        self._enqueue(self._run_redo)

    def undo(self) -> None:
        self._enqueue(self._run_undo)

    @property
    def running(self) -> bool:
        return self._running or bool(self._queue)

    def _enqueue(self, step: Callable[[], None]) -> None:
        self._queue.append(step)
        if not self._running:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._running = False
            return
        self._running = True
        self._queue.pop(0)()

    def _failed(self, exc: BaseException) -> None:
        self.bridge.show_error(exc)
        self.setObsolete(True)
        self._next()

    def _run_undo(self) -> None:
        batch_id = self.batch_id
        (
            Op(self.bridge, lambda db: imports.undo_import(db, batch_id), initiator=self)
            .success(lambda _: self._next())
            .catch(BaseException, self._failed)
            .run_in_background()
        )

    def _run_redo(self) -> None:
        def done(result: tuple[ImportSummary, Any]) -> None:
            summary, _ = result
            if summary.batch_id is not None:
                self.batch_id = summary.batch_id
            self._next()

        source, policy = self.source, self.policy
        (
            Op(self.bridge, lambda db: imports.commit(db, source, policy), initiator=self)
            .success(done)
            .catch(BaseException, self._failed)
            .run_in_background()
        )


class ImportWizard(QWizard):
    FILE, PREVIEW, MAPPING, OPTIONS, SUMMARY = range(5)

    imported = Signal(object)  # ImportSummary

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.resize(760, 560)
        self.preview: ImportPreview | None = None
        self.read_options = ReadOptions()
        self.mapping: tuple[Field, ...] | None = None
        self.busy = False
        self.closed = False
        self.committing = False
        self.result_summary: ImportSummary | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in (
            (self.FILE, self.file_page),
            (self.PREVIEW, self.preview_page),
            (self.MAPPING, self.mapping_page),
            (self.OPTIONS, self.options_page),
            (self.SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(self.FILE)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def accept(self) -> None:
        if self.result_summary is not None:
            super().accept()
            return
        page = self.summary_page
        if self.committing or page.source is None or not page.isComplete():
            return
        self._commit(page.source, self.options_page.policy())

    def _commit(self, source: ImportSource, policy: DuplicatePolicy) -> None:
        self.committing = True
        self.set_busy(True)
        relay = ProgressRelay(self)
        dialog = QProgressDialog(
            self.tr("Importing %1 rows…").replace("%1", str(source.rows)),
            self.tr("Cancel"),
            0,
            1000,
            self,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(relay.cancelled.set)
        relay.changed.connect(
            lambda d, t: dialog.setValue(int(1000 * min(d, t) / t)) if t > 0 else None
        )
        self.progress_dialog = dialog
        dialog.show()

        def finish() -> None:
            self.committing = False
            self.set_busy(False)
            dialog.hide()
            dialog.deleteLater()
            self.progress_dialog = None

        def done(result: tuple[ImportSummary, Any]) -> None:
            finish()
            summary, _ = result
            self.result_summary = summary
            if summary.batch_id is not None:
                self.bridge.undo_stack.push(
                    ImportUndoCommand(self.bridge, source, policy, summary.batch_id)
                )
            self.bridge.status.emit(
                self.tr("Imported: %1 new, %2 merged.")
                .replace("%1", str(summary.new))
                .replace("%2", str(summary.merged))
            )
            self.imported.emit(summary)
            if not self.closed:
                super(ImportWizard, self).accept()

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, ImportCancelled):
                self.summary_page.phase.setText(error_message(exc))
                return
            self.bridge.show_error(exc, self)

        (
            Op(self.bridge, lambda db: imports.commit(db, source, policy, relay), initiator=self)
            .success(done)
            .catch(BaseException, failed)
            .run_in_background()
        )

    def reject(self) -> None:
        if self.committing and self.progress_dialog is not None:
            self.progress_dialog.cancel()
            return  # the rollback finishes first; the wizard stays open to say so
        self.closed = True
        self.summary_page.cleanupPage()
        super().reject()


def open_import_wizard(bridge: Bridge, parent: QWidget | None) -> ImportWizard:
    """Show the import wizard (window-modal, not blocking); File → Import… calls this."""
    wizard = ImportWizard(bridge, parent)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.show()
    return wizard
