"""The call screen: who is next, their story, the script, a timer, and the one-step log.

Keys: F5 starts/stops the timer; Ctrl+Up/Down moves through the script's sections and
Ctrl+Space ticks the current one; Ctrl+Enter saves the call; Ctrl+N opens the next call.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DeskCRMError
from deskcrm.core.model import ContactDetail, Outcome
from deskcrm.core.services import calls, classification, contacts, scripts
from deskcrm.core.services.scripts import ScriptFileInvalid
from deskcrm.paths import resources_dir
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import EXTRA_ERROR_TEXTS, error_message
from deskcrm.ui.screens.base import Screen

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def ui_language() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def _script_file_text(exc: DeskCRMError) -> str:
    return (
        QCoreApplication.translate(
            "", "The call script file %1 could not be used (%2); the shipped scripts are missing."
        )
        .replace("%1", str(exc.data.get("path", "")))
        .replace("%2", str(exc.data.get("where") or exc.data.get("reason", "")))
    )


EXTRA_ERROR_TEXTS[ScriptFileInvalid.code] = _script_file_text
CUE_EVERY_S = 60  # a gentle cue about once a minute to pause and let the customer talk


class CallTimer:
    """Elapsed seconds of the running call; the clock is injectable for tests."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started: float | None = None
        self.elapsed = 0.0

    @property
    def running(self) -> bool:
        return self.started is not None

    def toggle(self) -> None:
        if self.started is None:
            self.started = self.clock()
        else:
            self.elapsed += self.clock() - self.started
            self.started = None

    def seconds(self) -> int:
        extra = self.clock() - self.started if self.started is not None else 0.0
        return int(self.elapsed + extra)

    def reset(self) -> None:
        self.started, self.elapsed = None, 0.0


class CallScreen(Screen):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        self.contact: ContactDetail | None = None
        self.timer = CallTimer()
        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)

        # Queue
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.addWidget(QLabel(self.tr("Who to call")))
        self.queue = QListWidget()
        self.queue.setToolTip(self.tr("Today's planned calls first, then the call list by score"))
        self.queue.itemActivated.connect(lambda item: self.open_contact(int(item.data(ID_ROLE))))
        lcol.addWidget(self.queue, 1)
        self.next_button = QPushButton(self.tr("Next call (Ctrl+N)"))
        self.next_button.clicked.connect(self.next_call)
        lcol.addWidget(self.next_button)
        split.addWidget(left)

        # Story and script
        middle = QWidget()
        mcol = QVBoxLayout(middle)
        self.story = QLabel()
        self.story.setWordWrap(True)
        self.story.setTextFormat(Qt.TextFormat.RichText)
        self.story.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        mcol.addWidget(self.story, 2)
        script_box = QGroupBox(self.tr("Script outline"))
        scol = QVBoxLayout(script_box)
        self.script_combo = QComboBox()
        self.script_combo.currentIndexChanged.connect(self._show_script)
        scol.addWidget(self.script_combo)
        self.sections = QListWidget()
        self.sections.setWordWrap(True)
        self.sections.setToolTip(self.tr("Ctrl+Up/Down: move · Ctrl+Space: tick the section"))
        scol.addWidget(self.sections, 1)
        mcol.addWidget(script_box, 3)
        split.addWidget(middle)

        # Tone, timer and the log
        right = QWidget()
        rcol = QVBoxLayout(right)
        tone = QGroupBox(self.tr("Before you dial"))
        tcol = QVBoxLayout(tone)
        self.tone = QListWidget()
        for text in (
            self.tr("Smile: it can be heard"),
            self.tr("Warm, but not over-familiar with a stranger"),
            self.tr("Normal speed, moderate volume, varied pitch"),
            self.tr("Clear words, no filler sounds, no fading at sentence ends"),
            self.tr("Patience and brevity: ask 80%, talk 20%"),
            self.tr("Listen: note key words, repeat their point, name the benefit"),
        ):
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tone.addItem(item)
        tcol.addWidget(self.tone)
        rcol.addWidget(tone, 2)
        self.timer_label = QLabel("00:00")
        font = self.timer_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.timer_button = QPushButton(self.tr("Start timer (F5)"))
        self.timer_button.clicked.connect(self.toggle_timer)
        trow = QHBoxLayout()
        trow.addWidget(self.timer_label)
        trow.addWidget(self.timer_button)
        rcol.addLayout(trow)
        self.cue = QLabel()
        self.cue.setWordWrap(True)
        rcol.addWidget(self.cue)
        form = QFormLayout()
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            self.tr("Key words, objections (ask “why?” until the real one)")
        )
        form.addRow(self.tr("Notes"), self.notes)
        self.outcome = QComboBox()
        for value, label in (
            (Outcome.CONNECTED, self.tr("Connected")),
            (Outcome.NO_ANSWER, self.tr("No answer")),
            (Outcome.BUSY, self.tr("Busy")),
            (Outcome.CALL_BACK, self.tr("Call back later")),
            (Outcome.WON, self.tr("Won")),
            (Outcome.LOST, self.tr("Lost")),
        ):
            self.outcome.addItem(label, value.value)
        form.addRow(self.tr("Outcome"), self.outcome)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("What you promised, e.g. send samples"))
        form.addRow(self.tr("Next step"), self.next_step)
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        picks = QHBoxLayout()
        picks.addWidget(self.follow_up)
        for days, label in (
            (1, self.tr("Tomorrow")),
            (3, self.tr("+3 days")),
            (7, self.tr("Next week")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, d=days: self.pick_follow_up(d))
            picks.addWidget(button)
        form.addRow(self.tr("Follow up on"), picks)
        rcol.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        rcol.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Save call (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        rcol.addWidget(self.save_button)
        split.addWidget(right)
        split.setSizes([220, 520, 420])

        for keys, slot in (
            ("F5", self.toggle_timer),
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Ctrl+N", self.next_call),
            ("Ctrl+Up", lambda: self.step_section(-1)),
            ("Ctrl+Down", lambda: self.step_section(1)),
            ("Ctrl+Space", self.tick_section),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        try:
            # The shipped scripts in the UI language, once; the rep's own stay as they are.
            scripts.install_defaults(bridge.db, resources_dir() / "scripts", ui_language())
        except ScriptFileInvalid as exc:
            self.error.setText(error_message(exc))
        self.scripts = scripts.list_scripts(bridge.db, ui_language())
        for script in self.scripts:
            self.script_combo.addItem(script.name, script.id)
        self.reload_queue()
        self._show_contact()

    # Queue and contact

    def reload_queue(self) -> None:
        self.queue.clear()
        for entry in calls.call_queue(self.bridge.db, self.bridge.db.today()):
            label = entry.name + (f" · {entry.company}" if entry.company else "")
            item = QListWidgetItem(("★ " if entry.planned else "") + label)
            item.setData(ID_ROLE, entry.contact_id)
            self.queue.addItem(item)

    def open_target(self, params: Any) -> None:
        if isinstance(params, dict) and "contact_id" in params:
            self.open_contact(int(params["contact_id"]))

    def next_call(self) -> None:
        current = None if self.contact is None else self.contact.id
        for row in range(self.queue.count()):
            cid = int(self.queue.item(row).data(ID_ROLE))
            if cid != current:
                self.queue.setCurrentRow(row)
                self.open_contact(cid)
                return

    def open_contact(self, contact_id: int) -> None:
        try:
            self.contact = contacts.get_contact(self.bridge.db, contact_id, timeline=5)
        except DeskCRMError as exc:
            self.error.setText(error_message(exc))
            return
        self.timer.reset()
        self.tick()
        self.notes.clear()
        self.next_step.clear()
        self.error.clear()
        self.cue.clear()
        self.pick_follow_up(3)
        self._show_contact()

    def _show_contact(self) -> None:
        enabled = self.contact is not None
        for w in (self.timer_button, self.save_button, self.notes, self.next_step):
            w.setEnabled(enabled)
        c = self.contact
        if c is None:
            self.story.setText(
                self.tr(
                    "<h3>No call open</h3><p>Pick someone from the list (Enter) or press "
                    "“Next call” (Ctrl+N). Today's planned calls are marked ★; then come "
                    "prospects by key-account score.</p>"
                )
            )
            return
        state = classification.get_state(self.bridge.db, c.id)
        lines = [f"<h2>{escape(c.name)}</h2>"]
        who = " · ".join(x for x in (c.company, c.title, c.city) if x)
        if who:
            lines.append(f"<p>{escape(who)}</p>")
        if c.tags:
            lines.append("<p>" + " ".join(escape(t.name) for t in c.tags) + "</p>")
        facts = [self.tr("%1 touch(es)").replace("%1", str(c.touch_count))]
        if state.class_code:
            facts.append(self.tr("class %1").replace("%1", state.class_code))
            if state.overdue and state.days_left is not None:
                facts.append(self.tr("overdue by %1 day(s)").replace("%1", str(-state.days_left)))
            elif state.days_left is not None:
                facts.append(self.tr("%1 day(s) left").replace("%1", str(state.days_left)))
        lines.append("<p>" + " · ".join(facts) + "</p>")
        if c.next_step:
            lines.append(
                "<p style='font-size:large'><b>"
                + self.tr("Last time you promised: %1").replace("%1", escape(c.next_step))
                + "</b></p>"
            )
        for t in c.touches[:5]:
            when = t.at.astimezone().strftime("%Y-%m-%d")
            lines.append(f"<p><i>{when}</i> {escape(t.notes or t.next_step)}</p>")
        self.story.setText("".join(lines))

    # Script

    def _show_script(self) -> None:
        self.sections.clear()
        script = next((s for s in self.scripts if s.id == self.script_combo.currentData()), None)
        if script is None:
            return
        for section in script.sections:
            prompts = "\n".join(f"    · {line}" for line in section.prompts.splitlines() if line)
            item = QListWidgetItem(f"{section.title}\n{prompts}".strip())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        self.sections.setCurrentRow(0)

    def step_section(self, delta: int) -> None:
        if self.sections.count():
            row = max(0, min(self.sections.count() - 1, self.sections.currentRow() + delta))
            self.sections.setCurrentRow(row)

    def tick_section(self) -> None:
        item = self.sections.currentItem()
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked)
            self.step_section(1)

    # Timer

    def toggle_timer(self) -> None:
        if self.contact is None:
            return
        self.timer.toggle()
        if self.timer.running:
            self.ticker.start()
            self.timer_button.setText(self.tr("Stop timer (F5)"))
        else:
            self.ticker.stop()
            self.timer_button.setText(self.tr("Start timer (F5)"))
        self.tick()

    def tick(self) -> None:
        seconds = self.timer.seconds()
        self.timer_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")
        if self.timer.running and seconds and seconds % CUE_EVERY_S == 0:
            self.cue.setText(self.tr("Pause — ask a question and let them talk."))

    # Log

    def pick_follow_up(self, days: int) -> None:
        day = self.bridge.db.today() + timedelta(days=days)
        self.follow_up.setDate(QDate(day.year, day.month, day.day))

    def save(self) -> bool:
        if self.contact is None:
            return False
        if self.timer.running:
            self.toggle_timer()
        q = self.follow_up.date()
        outcome = str(self.outcome.currentData())
        hook = outcome in (Outcome.CONNECTED.value, Outcome.CALL_BACK.value)
        try:
            calls.save_call(
                self.bridge.db,
                calls.CallRecord(
                    self.contact.id,
                    outcome,
                    duration_s=self.timer.seconds(),
                    notes=self.notes.toPlainText(),
                    next_step=self.next_step.text(),
                    next_follow_up=date(q.year(), q.month(), q.day()) if hook else None,
                ),
            )
        except DeskCRMError as exc:
            # Shown beside the form, which keeps everything typed.
            self.error.setText(error_message(exc))
            return False
        self.bridge.broadcast(
            Changes(contacts=frozenset({self.contact.id}), touches=True, plan=True, stats=True),
            self,
        )
        self.bridge.status.emit(self.tr("Call saved"))
        self.reload_queue()
        self.next_call()
        return True
