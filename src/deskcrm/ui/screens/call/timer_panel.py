"""The call timer (F5), who is talking (F6), the gentle pause cue and the ask-80/talk-20 balance.

The cue is a highlighted line in the panel, never a dialog: a call is going on. The clock
is a plain callable returning seconds, so tests drive a whole call without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.rules.call_timer import (
    TALK_TARGET,
    CallTimer,
    Speaker,
    balance,
    clock_text,
)
from deskcrm.ui.screens.call.wording import habit_reminders
from deskcrm.ui.vocabulary.templates import fill

CUE_STYLE = "background: #fff3e0; color: #e65100; border-radius: 4px; padding: 6px;"
CALM_STYLE = "color: palette(mid); padding: 6px;"
FLASH_MS = 10_000  # how long a fresh cue stays highlighted
TICK_MS = 1000


class TimerPanel(QGroupBox):
    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Call"), parent)
        self.clock = clock
        self.state = CallTimer()
        self._cued = 0  # cue marks already shown in the current stretch
        self._reminder = 0
        layout = QGridLayout(self)
        self.clock_label = QLabel(clock_text(0))
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.clock_label.setToolTip(self.tr("Call time (F5 starts and stops it)"))
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.toggle)
        self.speaker_button = QPushButton()
        self.speaker_button.setToolTip(
            self.tr(
                "Press F6 whenever the talking turns: it measures your share and "
                "resets the pause cue when they speak"
            )
        )
        self.speaker_button.clicked.connect(lambda: self.switch_speaker())
        # Stacked, not side by side: the panel shares a narrow column with the tone checks.
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.speaker_button)
        self.cue = QLabel()
        self.cue.setWordWrap(True)
        self.cue.setStyleSheet(CALM_STYLE)
        self.cue.setAccessibleName(self.tr("Pause cue"))
        self.flash = QTimer(self)
        self.flash.setSingleShot(True)
        self.flash.setInterval(FLASH_MS)
        self.flash.timeout.connect(lambda: self.cue.setStyleSheet(CALM_STYLE))
        self.balance_bar = QProgressBar()
        self.balance_bar.setRange(0, 100)
        self.balance_bar.setTextVisible(True)
        self.balance_bar.setToolTip(
            self.tr("Your share of the talking; aim at about 20% and let them talk 80%")
        )
        self.balance_label = QLabel(fill(self.tr("Ask 80% · talk %1%"), round(TALK_TARGET * 100)))
        layout.addWidget(self.clock_label, 0, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons, 0, 1)
        layout.addWidget(self.balance_label, 1, 0)
        layout.addWidget(self.balance_bar, 1, 1)
        layout.addWidget(self.cue, 2, 0, 1, 2)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.reset()

    @property
    def running(self) -> bool:
        return self.state.running

    def seconds(self) -> int:
        return self.state.seconds(self.clock())

    def talk(self) -> tuple[int, int]:
        rep, customer = self.state.talk(self.clock())
        return int(rep), int(customer)

    def reset(self) -> None:
        self.ticker.stop()
        self.flash.stop()
        self.state = CallTimer()
        self._cued = 0
        self.cue.clear()
        self.cue.setStyleSheet(CALM_STYLE)
        self._show()

    def toggle(self) -> None:
        self.state = self.state.toggle(self.clock())
        if self.state.running:
            self.ticker.start()
        else:
            self.ticker.stop()
        self._show()

    def stop(self) -> None:
        if self.running:
            self.toggle()

    def switch_speaker(self, speaker: Speaker | None = None) -> None:
        self.state = self.state.switch(self.clock(), speaker)
        self._show()

    def tick(self) -> None:
        t = self.clock()
        self.clock_label.setText(clock_text(self.state.seconds(t)))
        mark = self.state.cue_mark(t)
        if mark > self._cued:
            self._cue()
        elif mark < self._cued and self.running:
            # They spoke: the pause happened, so the cue can rest.
            self.cue.setStyleSheet(CALM_STYLE)
            self.flash.stop()
        self._cued = mark if self.running else self._cued
        rep, customer = self.state.talk(t)
        share = balance(rep, customer)
        if share.rep_share is None:
            self.balance_bar.setValue(0)
            self.balance_bar.setFormat(self.tr("F6 to track"))
        else:
            self.balance_bar.setValue(round(share.rep_share * 100))
            self.balance_bar.setFormat(fill(self.tr("You %1%"), round(share.rep_share * 100)))
        self.balance_bar.setStyleSheet(
            "QProgressBar::chunk { background: #e65100; }" if share.too_much else ""
        )

    def _cue(self) -> None:
        reminders = habit_reminders()
        reminder = reminders[self._reminder % len(reminders)]
        self._reminder += 1
        self.cue.setText(self.tr("Pause — ask a question and let them talk.") + "\n" + reminder)
        self.cue.setStyleSheet(CUE_STYLE)
        self.flash.start()

    def cue_active(self) -> bool:
        return self.cue.styleSheet() == CUE_STYLE

    def _show(self) -> None:
        self.start_button.setText(
            self.tr("Stop (F5)") if self.running else self.tr("Start timer (F5)")
        )
        speaker = self.state.speaker
        self.speaker_button.setText(
            {
                None: self.tr("Who talks? (F6)"),
                Speaker.REP: self.tr("I'm talking (F6)"),
                Speaker.CUSTOMER: self.tr("They're talking (F6)"),
            }[speaker]
        )
        self.tick()
