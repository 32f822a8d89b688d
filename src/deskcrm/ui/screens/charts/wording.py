"""UI-language words and formats of the charts: dates on axes, money, shares, names of codes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from deskcrm.core.model import ReferrerKind
from deskcrm.core.rules.stats_period import Span
from deskcrm.ui.screens.contacts import wording as contact_words
from deskcrm.ui.widgets.method_panel import lost_reason_text

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_tick(day: date) -> str:
    """A day on an axis, without the year (the period says it)."""
    return QLocale().toString(_qdate(day), QCoreApplication.translate("ChartsWording", "M/d"))


def month_tick(day: date) -> str:
    return QLocale().toString(_qdate(day), QCoreApplication.translate("ChartsWording", "MMM yyyy"))


def full_date(day: date) -> str:
    """The locale's short date with a four-digit year ("2026/3/4", "3/4/2026")."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return QLocale().toString(_qdate(day), pattern)


def span_text(span: Span) -> str:
    """A bucket's days in words: one date, or first – last."""
    if span.days == 1:
        return full_date(span.start)
    return f"{full_date(span.start)} – {full_date(span.last)}"


def _grouped() -> QLocale:
    """The UI locale, always with thousands separators (the C locale leaves them out)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def money(cents: int) -> str:
    """¥ with thousands separators; the fen only when there are any ("¥3,786,900", "¥12.50")."""
    decimals = 0 if cents % 100 == 0 else 2
    return "¥" + _grouped().toString(cents / 100, "f", decimals)


def money_tick(yuan_amount: float) -> str:
    """A yuan amount on an axis: "¥350,000"."""
    return "¥" + _grouped().toString(float(round(yuan_amount)), "f", 0)


def yuan(cents: int) -> float:
    return cents / 100


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent(share: float | None) -> str:
    return "–" if share is None else QLocale().toString(share * 100, "f", 0) + "%"


def kind_name(kind: str) -> str:
    return contact_words.touch_kind(kind)


def stage_name(stage: str) -> str:
    return contact_words.deal_stage(stage)


def reason_name(reason: str) -> str:
    return (
        lost_reason_text(reason)
        if reason
        else QCoreApplication.translate("ChartsWording", "(no reason)")
    )


def referrer_name(kind: ReferrerKind | str | None) -> str:
    if not kind:
        return QCoreApplication.translate("ChartsWording", "Source not recorded")
    return contact_words.referrer_kind(str(kind))


def referrer_short(kind: ReferrerKind | str | None) -> str:
    """A referrer kind in one or two words, for an axis."""
    names: dict[str, str] = {
        ReferrerKind.SUPPLIER: QCoreApplication.translate("ChartsWording", "Supplier"),
        ReferrerKind.CUSTOMER: QCoreApplication.translate("ChartsWording", "Customer"),
        ReferrerKind.DECLINING: QCoreApplication.translate("ChartsWording", "Declining"),
        ReferrerKind.EXCHANGE: QCoreApplication.translate("ChartsWording", "Exchange"),
    }
    return (
        names.get(str(kind), str(kind))
        if kind
        else QCoreApplication.translate("ChartsWording", "Not recorded")
    )


def industry_name(industry: str) -> str:
    return industry or QCoreApplication.translate("ChartsWording", "(no industry)")


def class_name(code: str) -> str:
    return QCoreApplication.translate("ChartsWording", "Class %1").replace("%1", code)


def side_name(side: str) -> str:
    if side == "sales":
        return QCoreApplication.translate("ChartsWording", "Sales")
    return QCoreApplication.translate("ChartsWording", "Non-sales")
