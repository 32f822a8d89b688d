"""Chart 5: paying customers per ten prospects called, per month, against the 1-in-10 aim.

Per month: `called` = distinct contacts with a call that month; `paying` = distinct
contacts whose deal was won that month and who had been called before the close
(walk-ins who bought without a call do not flatter the calling rate). It is a
rate per month, like the rep's own tally, not a cohort followed over time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from deskcrm.core.model import DealStatus, TouchKind
from deskcrm.core.rules.scoring import AIM_PER_TEN, ConversionRate
from deskcrm.core.rules.stats_period import Grain, Period, Span, spans
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import (
    epoch_spans,
    keyed_counts,
    local_midnight,
    not_trashed,
    span_table,
)
from deskcrm.db.models import Deal, Touch


@dataclass(frozen=True)
class ConversionMonth:
    span: Span  # a calendar month, cut at the period's edges
    rate: ConversionRate  # called, paying, per_ten, meets_aim


@dataclass(frozen=True)
class Conversion:
    period: Period
    months: tuple[ConversionMonth, ...]
    aim_per_ten: float = AIM_PER_TEN

    @property
    def called(self) -> int:
        return sum(m.rate.called for m in self.months)

    @property
    def paying(self) -> int:
        return sum(m.rate.paying for m in self.months)


def _called_before_close() -> ColumnElement[bool]:
    call = aliased(Touch)
    return exists().where(
        call.contact_id == Deal.contact_id,
        call.kind == TouchKind.CALL.value,
        call.at <= Deal.closed_at,
    )


def conversion_in(s: Session, period: Period) -> Conversion:
    """Inside a read session: the series of chart 5."""
    months = spans(period, Grain.MONTH)
    b = span_table(epoch_spans(months), "months")
    called: dict[int, int] = keyed_counts(
        s,
        select(b.c.i, func.count(Touch.contact_id.distinct()))
        .select_from(b)
        .join(Touch, and_(Touch.at >= b.c.lo, Touch.at < b.c.hi))
        .where(Touch.kind == TouchKind.CALL.value, not_trashed(Touch.contact_id))
        .group_by(b.c.i),
    )
    paying: dict[int, int] = keyed_counts(
        s,
        select(b.c.i, func.count(Deal.contact_id.distinct()))
        .select_from(b)
        .join(
            Deal,
            and_(
                Deal.status == DealStatus.WON.value,
                Deal.closed_at >= b.c.lo,
                Deal.closed_at < b.c.hi,
            ),
        )
        .where(not_trashed(Deal.contact_id), _called_before_close())
        .group_by(b.c.i),
    )
    return Conversion(
        period=period,
        months=tuple(
            ConversionMonth(span, ConversionRate(called.get(i, 0), paying.get(i, 0)))
            for i, span in enumerate(months)
        ),
    )


def conversion(db: Database, period: Period) -> Conversion:
    with db.reading() as s:
        return conversion_in(s, period)


def called_contacts(db: Database, start: date, stop: date) -> tuple[int, ...]:
    """Contacts called on local days `start` up to `stop`."""
    with db.reading() as s:
        return tuple(
            s.scalars(
                select(Touch.contact_id)
                .where(
                    Touch.kind == TouchKind.CALL.value,
                    Touch.at >= local_midnight(start),
                    Touch.at < local_midnight(stop),
                    not_trashed(Touch.contact_id),
                )
                .distinct()
                .order_by(Touch.contact_id)
            )
        )


def paying_contacts(db: Database, start: date, stop: date) -> tuple[int, ...]:
    """Called contacts whose deal was won on local days `start` up to `stop`."""
    with db.reading() as s:
        return tuple(
            s.scalars(
                select(Deal.contact_id)
                .where(
                    Deal.status == DealStatus.WON.value,
                    Deal.closed_at >= local_midnight(start),
                    Deal.closed_at < local_midnight(stop),
                    not_trashed(Deal.contact_id),
                    _called_before_close(),
                )
                .distinct()
                .order_by(Deal.contact_id)
            )
        )
