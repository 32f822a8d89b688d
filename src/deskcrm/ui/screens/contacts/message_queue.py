"""Message a segment: a template filled for each contact of the list, sent one by one.

The rep picks a template (话术); each contact of the filtered list or the selection gets
its filled message (messaging.segment_messages); a list filtered to a segment (N, Y+O,
Y+M, M, VIP) starts on the template for it. Enter (or Ctrl+C) copies the current
message to the clipboard, marks it sent and moves on — the rep pastes it in WeChat; S
(or Ctrl+→) skips. Contacts messaged within `messages.quiet_days` are flagged and start
skipped (click one and press Enter to send it anyway). Done or closing records one
WeChat touch per sent contact in one transaction (messaging.log_sent), pushed as one
undo step; past the daily cap nothing is written and the dialog says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import ContactQuery
from deskcrm.core.rules.template_purposes import suited
from deskcrm.core.services import messaging, templates
from deskcrm.core.services.messaging import QueuedMessage
from deskcrm.core.services.templates import TemplateFileInvalid, TemplateInfo
from deskcrm.paths import resources_dir
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message, ui_language
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.contacts import undo_commands
from deskcrm.ui.screens.contacts.template_manager import TemplateManagerDialog
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.template_purposes import purpose_short
from deskcrm.ui.vocabulary.templates import fill

WINDOW = Qt.ShortcutContext.WindowShortcut  # the dialog is its own window
# A segment this big is filled on a worker thread, so the window never freezes.
BACKGROUND_FROM = 500

PENDING, SENT, SKIPPED = "pending", "sent", "skipped"


@dataclass
class Entry:
    message: QueuedMessage
    state: str


class MessageQueueDialog(QDialog):
    """The queue of one segment; `recorded` carries the touch ids written on Done."""

    recorded = Signal(list)

    def __init__(
        self,
        bridge: Bridge,
        query: ContactQuery,
        scope: str,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.query = query
        self.count = count
        self.entries: list[Entry] = []
        self.current = -1
        self.templates: list[TemplateInfo] = []
        self._generation = 0
        self._leave_unrecorded = False  # set after a refused recording: closing again leaves
        self._finished = False
        self.setWindowTitle(self.tr("Message contacts one by one"))
        self.resize(980, 640)
        self._build(scope)
        for keys, slot in (
            ("Return", self.copy_and_next),
            ("Enter", self.copy_and_next),
            ("Ctrl+C", self.copy_and_next),
            ("S", self.skip),
            ("Ctrl+Right", self.skip),
        ):
            add_shortcut(self, keys, slot, WINDOW)
        self.quiet_days = int(
            Op(bridge, lambda db: db.get_setting("messages.quiet_days"), parent=self).run() or 0
        )
        self.skip_recent.setText(
            self.tr("Skip contacts messaged in the last %n day(s)", "", self.quiet_days)
        )
        self._install_starters()
        # A filter naming a segment (the N tag, Y+O, the VIP view...) starts on its template.
        self.purposes: tuple[str, ...] = (
            Op(bridge, lambda db: messaging.query_purposes(db, query), parent=self).run() or ()
        )
        self._load_templates(preselect=True)

    # Building

    def _build(self, scope: str) -> None:
        col = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope_label = QLabel(scope)
        top.addWidget(self.scope_label)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Template:")))
        self.template_combo = QComboBox()
        self.template_combo.setMinimumContentsLength(16)
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setAccessibleName(self.tr("Message template"))
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        top.addWidget(self.template_combo, 1)
        self.templates_button = QPushButton(self.tr("Templates…"))
        self.templates_button.setToolTip(self.tr("Write and edit message templates"))
        self.templates_button.setAutoDefault(False)
        self.templates_button.clicked.connect(self.manage_templates)
        top.addWidget(self.templates_button)
        self.skip_recent = QCheckBox()
        self.skip_recent.setChecked(True)
        self.skip_recent.setToolTip(
            self.tr(
                "Flagged contacts start as skipped; click one and press Enter to send it anyway."
            )
        )
        self.skip_recent.toggled.connect(self._skip_recent_toggled)
        top.addWidget(self.skip_recent)
        col.addLayout(top)

        self.pages = QStackedWidget()
        queue_page = QWidget()
        row = QHBoxLayout(queue_page)
        row.setContentsMargins(0, 0, 0, 0)
        self.queue_list = QListWidget()
        self.queue_list.setAccessibleName(self.tr("Contacts to message"))
        self.queue_list.setMinimumWidth(220)
        self.queue_list.currentRowChanged.connect(self._row_chosen)
        row.addWidget(self.queue_list, 1)
        right = QVBoxLayout()
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        right.addWidget(self.name_label)
        self.flag_label = QLabel()
        self.flag_label.setWordWrap(True)
        self.flag_label.setStyleSheet("color: #b45309;")
        right.addWidget(self.flag_label)
        self.message_view = QPlainTextEdit()
        self.message_view.setReadOnly(True)
        # Never takes the keyboard: Enter, Ctrl+C and S always act on the queue.
        self.message_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = self.message_view.font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.message_view.setFont(big)
        self.message_view.setAccessibleName(self.tr("Message for this contact"))
        right.addWidget(self.message_view, 1)
        self.keys_label = QLabel(
            self.tr(
                "Enter or Ctrl+C: copy the message, mark it sent and go to the next contact · "
                "S or Ctrl+→: skip · paste the message in WeChat yourself"
            )
        )
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: palette(mid);")
        right.addWidget(self.keys_label)
        row.addLayout(right, 2)
        self.pages.addWidget(queue_page)
        empty_page = QWidget()
        empty_col = QVBoxLayout(empty_page)
        empty_col.addStretch(1)
        self.empty_title = QLabel()
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = self.empty_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.empty_title.setFont(title_font)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        empty_col.addWidget(self.empty_title)
        empty_col.addWidget(self.empty_hint)
        self.empty_button = QPushButton(self.tr("Write a template…"))
        self.empty_button.setAutoDefault(False)
        self.empty_button.clicked.connect(self.manage_templates)
        self.empty_button.hide()
        empty_col.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_col.addStretch(2)
        self.pages.addWidget(empty_page)
        col.addWidget(self.pages, 1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.hide()
        col.addWidget(self.error_label)
        bottom = QHBoxLayout()
        self.counter = QLabel()
        bottom.addWidget(self.counter, 1)
        self.copy_button = QPushButton(self.tr("Copy and next"))
        self.copy_button.setToolTip(self.tr("Copy the message and go to the next contact (Enter)"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_and_next)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Skip this contact (S)"))
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.skip)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Record a WeChat touch for each contact sent"))
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.done_clicked)
        for b in (self.copy_button, self.skip_button, self.done_button):
            bottom.addWidget(b)
        col.addLayout(bottom)
        self._update_counter()

    # Templates and the queue

    def _install_starters(self) -> None:
        # The starters in the UI language, once (as `deskcrm templates` and the call screen do).
        folder = resources_dir() / "templates"
        lang = ui_language()
        Op(
            self.bridge, lambda db: templates.install_defaults(db, folder, lang), initiator=self
        ).catch(TemplateFileInvalid, lambda exc: self.bridge.status.emit(error_message(exc))).run()

    def _load_templates(self, *, preselect: bool = False) -> None:
        found = Op(self.bridge, templates.list_templates, parent=self).run() or []
        self.templates = found
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in found:
            label = t.name if not t.purpose else f"{t.name} · {purpose_short(t.purpose)}"
            self.template_combo.addItem(label, t.id)
        best = suited(found, self.purposes) if preselect else []
        if best:
            self.template_combo.setCurrentIndex(found.index(best[0]))
        self.template_combo.blockSignals(False)
        if not found:
            self._show_empty(
                self.tr("No message templates yet"),
                self.tr(
                    "Write one: its placeholders (the contact's name, form of address, "
                    "company…) are filled for each contact."
                ),
            )
            self.empty_button.show()
            return
        self.empty_button.hide()
        self._template_chosen(0)

    def manage_templates(self) -> TemplateManagerDialog:
        """The templates manager, previewing for the current contact; the list is re-read after."""
        contact = None
        if 0 <= self.current < len(self.entries):
            m = self.entries[self.current].message
            contact = (m.contact_id, m.name)
        dialog = TemplateManagerDialog(
            self.bridge, parent=self, current_id=self.template_id(), contact=contact
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._templates_edited(d.changed))
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _templates_edited(self, changed: bool) -> None:
        if not changed or self.sent():
            return  # the sent texts belong to the template chosen when they were sent
        keep = self.template_id()
        self._load_templates()
        index = self.template_combo.findData(keep)
        if index > 0:
            self.template_combo.setCurrentIndex(index)

    def template_id(self) -> int | None:
        data = self.template_combo.currentData()
        return int(data) if data is not None else None

    def _template_chosen(self, _index: int) -> None:
        template_id = self.template_id()
        if template_id is None:
            return
        self._generation += 1
        generation = self._generation
        query = self.query
        op = Op(
            self.bridge,
            lambda db: messaging.segment_messages(db, query, template_id),
            parent=self,
        ).success(lambda queue: self._got_queue(generation, queue))
        if self.count >= BACKGROUND_FROM:
            self._show_empty(self.tr("Filling the messages…"), "")
            op.run_in_background()
        else:
            op.run()

    def _got_queue(self, generation: int, queue: list[QueuedMessage]) -> None:
        if generation != self._generation or self._finished:
            return  # an answer for a template no longer chosen
        skip = self.skip_recent.isChecked()
        self.entries = [
            Entry(m, SKIPPED if skip and m.recently_messaged else PENDING) for m in queue
        ]
        if not self.entries:
            self._show_empty(
                self.tr("Nobody to message"),
                self.tr(
                    "The list has no contacts. Close this window, choose a view, search or "
                    "select contacts, then press Ctrl+Shift+M again."
                ),
            )
            return
        self.pages.setCurrentIndex(0)
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        for _entry in self.entries:
            self.queue_list.addItem(QListWidgetItem())
        self.queue_list.blockSignals(False)
        for k in range(len(self.entries)):
            self._paint_row(k)
        first = self._next_pending(-1)
        self._go(first if first is not None else 0)
        self.queue_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_empty(self, title: str, hint: str) -> None:
        self.entries = []
        self.current = -1
        self.empty_title.setText(title)
        self.empty_hint.setText(hint)
        self.pages.setCurrentIndex(1)
        self._update_counter()

    def _skip_recent_toggled(self, on: bool) -> None:
        for k, e in enumerate(self.entries):
            if e.message.recently_messaged and e.state != SENT:
                e.state = SKIPPED if on else PENDING
                self._paint_row(k)
        self._go(self.current)

    # Moving through the queue

    def _paint_row(self, k: int) -> None:
        e = self.entries[k]
        item = self.queue_list.item(k)
        mark = {PENDING: "", SENT: "✓ ", SKIPPED: "— "}[e.state]
        text = mark + e.message.name
        if e.message.recently_messaged:
            text += "  " + self.tr("(messaged recently)")
        item.setText(text)
        color = {SENT: QColor("#15803d"), SKIPPED: QColor("#6b7280")}.get(e.state)
        item.setForeground(color if color is not None else self.palette().text().color())

    def _next_pending(self, after: int) -> int | None:
        n = len(self.entries)
        for step in range(1, n + 1):
            k = (after + step) % n
            if self.entries[k].state == PENDING:
                return k
        return None

    def _go(self, k: int) -> None:
        if not self.entries:
            return
        self.current = max(0, min(k, len(self.entries) - 1))
        self.queue_list.blockSignals(True)
        self.queue_list.setCurrentRow(self.current)
        self.queue_list.blockSignals(False)
        self._show_current()

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.current = row
            self._show_current()

    def _show_current(self) -> None:
        self._update_counter()
        if self.current < 0 or not self.entries:
            return
        e = self.entries[self.current]
        self.name_label.setText(e.message.name)
        self.message_view.setPlainText(e.message.text)
        flags = []
        if e.message.recently_messaged:
            flags.append(
                self.tr("Sent a WeChat message in the last %n day(s).", "", self.quiet_days)
            )
        if e.state == SENT:
            flags.append(self.tr("Copied and marked sent."))
        elif e.state == SKIPPED:
            flags.append(self.tr("Skipped; press Enter to send it anyway."))
        if self._next_pending(self.current) is None and e.state != PENDING:
            flags.append(self.tr("Everyone is done: press Done to record the sent messages."))
        self.flag_label.setText(" ".join(flags))
        self.flag_label.setVisible(bool(flags))

    def _update_counter(self) -> None:
        sent = sum(e.state == SENT for e in self.entries)
        skipped = sum(e.state == SKIPPED for e in self.entries)
        left = len(self.entries) - sent - skipped
        self.counter.setText(fill(self.tr("Sent %1 · skipped %2 · left %3"), sent, skipped, left))
        self.template_combo.setEnabled(sent == 0)  # the sent texts belong to one template
        busy = bool(self.entries)
        self.copy_button.setEnabled(busy)
        self.skip_button.setEnabled(busy)

    def copy_and_next(self) -> None:
        """Enter / Ctrl+C: the message to the clipboard, marked sent, on to the next one."""
        if not (0 <= self.current < len(self.entries)):
            return
        e = self.entries[self.current]
        QGuiApplication.clipboard().setText(e.message.text)
        self._mark(SENT)

    def skip(self) -> None:
        if 0 <= self.current < len(self.entries):
            self._mark(SKIPPED)

    def _mark(self, state: str) -> None:
        self.entries[self.current].state = state
        self._paint_row(self.current)
        self.error_label.hide()
        self._leave_unrecorded = False
        nxt = self._next_pending(self.current)
        self._go(nxt if nxt is not None else self.current)

    def sent(self) -> list[tuple[int, str]]:
        return [(e.message.contact_id, e.message.text) for e in self.entries if e.state == SENT]

    # Recording

    def done_clicked(self) -> None:
        if self._record():
            self.accept()

    def reject(self) -> None:  # Esc: the sent ones are recorded as with Done
        if self._record():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished or self._record():
            event.accept()
        else:
            event.ignore()

    def _record(self) -> bool:
        """One transaction for the sent ones; False (dialog stays) when it was refused."""
        if self._finished:
            return True
        sent = self.sent()
        template_id = self.template_id()
        if not sent or template_id is None or self._leave_unrecorded:
            self._finished = True
            return True
        names = [e.message.name for e in self.entries if e.state == SENT]
        result = (
            Op(
                self.bridge,
                lambda db: messaging.log_sent(db, template_id, sent),
                initiator=self,
                parent=self,
            )
            .catch(ValidationError, self._refused)
            .run()
        )
        if result is None:
            return False
        ids = result[0]
        self.bridge.undo_stack.push(
            undo_commands.messages_sent(self.bridge, template_id, sent, ids, names)
        )
        self.bridge.status.emit(
            self.tr("Recorded %n WeChat message(s) (Ctrl+Z undoes)", "", len(ids))
        )
        self._finished = True
        self.recorded.emit(ids)
        return True

    def _refused(self, exc: ValidationError) -> None:
        if exc.reason == "daily_cap":
            data = exc.data
            text = fill(
                self.tr(
                    "Recording %1 messages would pass today's limit of %2 WeChat messages "
                    "(%3 already recorded today). Nothing was recorded. Skip some contacts, "
                    "raise the limit in Settings, or close again to leave without recording."
                ),
                data.get("count", ""),
                data.get("limit", ""),
                data.get("already", ""),
            )
        else:
            text = error_message(exc)
        self.error_label.setText(text)
        self.error_label.show()
        self._leave_unrecorded = True
