"""UI-language words only the charts show: a bucket's span, and the fallbacks for empty codes.

Stages, kinds, money, dates and the rest come from deskcrm.ui.vocabulary like on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.model import ReferrerKind
from deskcrm.core.rules.stats_period import Span
from deskcrm.ui.vocabulary.dates import date_text
from deskcrm.ui.vocabulary.deals import lost_reason_name
from deskcrm.ui.vocabulary.referrers import referrer_kind

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def span_text(span: Span) -> str:
    """A bucket's days in words: one date, or first – last."""
    if span.days == 1:
        return date_text(span.start)
    return f"{date_text(span.start)} – {date_text(span.last)}"


def reason_name(reason: str) -> str:
    return (
        lost_reason_name(reason)
        if reason
        else QCoreApplication.translate("ChartsWording", "(no reason)")
    )


def referrer_name(kind: ReferrerKind | str | None) -> str:
    if not kind:
        return QCoreApplication.translate("ChartsWording", "Source not recorded")
    return referrer_kind(str(kind))


def industry_name(industry: str) -> str:
    return industry or QCoreApplication.translate("ChartsWording", "(no industry)")
