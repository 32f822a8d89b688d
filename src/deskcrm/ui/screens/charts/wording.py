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
    return contact_words.short_date(day)


def span_text(span: Span) -> str:
    """A bucket's days in words: one date, or first – last."""
    if span.days == 1:
        return full_date(span.start)
    return f"{full_date(span.start)} – {full_date(span.last)}"


def money(cents: int) -> str:
    return contact_words.money(cents)


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
