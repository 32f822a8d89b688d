"""What `deskcrm stats` and `deskcrm walkin` say around the targets: a period's heading,
the day's walk-in count and their argument errors."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from deskcrm.ui.vocabulary.dates import date_text
from deskcrm.ui.vocabulary.templates import fill


class StatsCommandWords(QObject):
    """Holds the words so pyside6-lupdate files the counted one as a plural message."""

    def last_days(self, days: int, start: date, end: date) -> str:
        return fill(self.tr("Last %n day(s): %1 – %2", "", days), date_text(start), date_text(end))

    def bad_days(self, typed: str, limit: int) -> str:
        return fill(self.tr("--days must be a whole number from 1 to %1, not '%2'"), limit, typed)

    def bad_month(self, typed: str) -> str:
        return fill(self.tr("not a month: '%1' (use YYYY-MM)"), typed)

    def days_or_month(self) -> str:
        return self.tr("--days and --month cannot be used together: choose one")

    def walk_ins_on(self, day: date, count: int) -> str:
        # The day as typed on the command line (ISO), so a script can read it back.
        return fill(self.tr("Walk-ins who left no name on %1: %2"), day.isoformat(), count)

    def bad_date(self, typed: str) -> str:
        return fill(self.tr("not a date: '%1' (use YYYY-MM-DD)"), typed)

    def future_day(self) -> str:
        return self.tr("cannot count walk-ins: the day is in the future")

    def bad_count(self, limit: int) -> str:
        return fill(
            self.tr(
                "cannot count walk-ins: the count must be between -%1 and %1, not 0, "
                "and the day's total cannot go below 0"
            ),
            limit,
        )


_WORDS = StatsCommandWords()


def last_days_heading(days: int, start: date, end: date) -> str:
    return _WORDS.last_days(days, start, end)


def bad_days(typed: str, limit: int) -> str:
    return _WORDS.bad_days(typed, limit)


def bad_month(typed: str) -> str:
    return _WORDS.bad_month(typed)


def days_or_month() -> str:
    return _WORDS.days_or_month()


def walk_ins_on(day: date, count: int) -> str:
    return _WORDS.walk_ins_on(day, count)


def bad_date(typed: str) -> str:
    return _WORDS.bad_date(typed)


def future_day() -> str:
    return _WORDS.future_day()


def bad_count(limit: int) -> str:
    return _WORDS.bad_count(limit)
