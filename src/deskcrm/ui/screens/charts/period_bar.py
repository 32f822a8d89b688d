"""The period every chart shows: last 30/90/365 days, this month, or custom dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from deskcrm.core.rules.stats_period import MAX_DAYS, Period, Preset, custom_period, preset_period


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodBar(QWidget):
    """Emits `changed(Period)` whenever the chosen period changes."""

    changed = Signal(object)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Period:"))
        self.preset_box = QComboBox()
        label.setBuddy(self.preset_box)
        for text, preset in (
            (self.tr("Last 30 days"), Preset.LAST_30),
            (self.tr("Last 90 days"), Preset.LAST_90),
            (self.tr("Last 365 days"), Preset.LAST_365),
            (self.tr("This month"), Preset.THIS_MONTH),
            (self.tr("Custom dates"), Preset.CUSTOM),
        ):
            self.preset_box.addItem(text, preset.value)
        self.preset_box.setCurrentIndex(1)
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
        self.to_label = QLabel(self.tr("to"))
        layout.addWidget(label)
        layout.addWidget(self.preset_box)
        layout.addWidget(self.start_edit)
        layout.addWidget(self.to_label)
        layout.addWidget(self.end_edit)
        layout.addStretch(1)
        self._sync_dates(preset_period(Preset.LAST_90, today()))
        self._show_dates(False)
        self.preset_box.currentIndexChanged.connect(self._preset_chosen)
        self.start_edit.dateChanged.connect(self._dates_changed)
        self.end_edit.dateChanged.connect(self._dates_changed)

    def preset(self) -> Preset:
        return Preset(self.preset_box.currentData())

    def period(self) -> Period:
        """The chosen period; presets are worked out on today's date each time."""
        if self.preset() != Preset.CUSTOM:
            return preset_period(self.preset(), self.today())
        start, end = _date(self.start_edit.date()), _date(self.end_edit.date())
        # The date edits keep start <= end and the span under MAX_DAYS, so this never raises.
        return custom_period(start, end)

    def set_preset(self, preset: Preset) -> None:
        self.preset_box.setCurrentIndex(self.preset_box.findData(preset.value))

    def set_custom(self, start: date, end: date) -> None:
        self._sync_dates(Period(start, end))
        self.set_preset(Preset.CUSTOM)
        self.changed.emit(self.period())

    def _show_dates(self, visible: bool) -> None:
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(visible)

    def _sync_dates(self, period: Period) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(True)
        self.end_edit.setMinimumDate(_qdate(period.start))
        self.start_edit.setDate(_qdate(period.start))
        self.end_edit.setDate(_qdate(period.end))
        for edit in (self.start_edit, self.end_edit):
            edit.blockSignals(False)

    def _preset_chosen(self) -> None:
        custom = self.preset() == Preset.CUSTOM
        if not custom:
            self._sync_dates(self.period())
        self._show_dates(custom)
        self.changed.emit(self.period())

    def _dates_changed(self) -> None:
        start, end = _date(self.start_edit.date()), _date(self.end_edit.date())
        if end < start:
            end = start
        if (end - start).days + 1 > MAX_DAYS:
            start = end - timedelta(days=MAX_DAYS - 1)
        self._sync_dates(Period(start, end))
        if self.preset() == Preset.CUSTOM:
            self.changed.emit(self.period())
