"""Dates and times in the UI language, always with four-digit years, and their axis ticks."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _four_digit_years(pattern: str) -> str:
    # en_US's short format is M/d/yy: "3/5/26" reads as a fraction or a different day.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_text(day: date | None) -> str:
    """A calendar day, short: 2026/3/5 in Chinese, 3/5/2026 in English."""
    if day is None:
        return ""
    locale = QLocale()
    return locale.toString(
        _qdate(day), _four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))
    )


def local_date(at: datetime | None) -> str:
    """The local calendar day of a (UTC) timestamp."""
    return "" if at is None else date_text(at.astimezone().date())


def datetime_text(at: datetime) -> str:
    """A moment in local time, short, with a four-digit year."""
    locale = QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    pattern = _four_digit_years(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(moment, pattern)


def weekday_date(day: date) -> str:
    """A day with its weekday, for headings: 2026年3月5日星期四 / Thursday, March 5, 2026."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def day_tick(day: date) -> str:
    """A day on a chart axis, without the year (the period above the chart says it)."""
    return QLocale().toString(_qdate(day), QCoreApplication.translate("DateWords", "M/d"))


def month_tick(day: date) -> str:
    return QLocale().toString(_qdate(day), QCoreApplication.translate("DateWords", "MMM yyyy"))
