"""Chart 2: won deals per week or month, count and amount."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from deskcrm.core.model import DealStatus
from deskcrm.core.rules.stats_period import Grain, Period, Span, spans
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import (
    epoch_spans,
    local_midnight,
    not_trashed,
    span_table,
)
from deskcrm.db.models import Deal


@dataclass(frozen=True)
class CloseBucket:
    span: Span  # a Monday week or a calendar month, cut at the period's edges
    count: int
    amount_cents: int


@dataclass(frozen=True)
class Closes:
    period: Period
    grain: Grain
    buckets: tuple[CloseBucket, ...]

    @property
    def count(self) -> int:
        return sum(b.count for b in self.buckets)

    @property
    def amount_cents(self) -> int:
        return sum(b.amount_cents for b in self.buckets)


def closes_in(s: Session, period: Period, grain: Grain) -> Closes:
    """Inside a read session: the series of chart 2."""
    buckets = spans(period, grain)
    b = span_table(epoch_spans(buckets), "buckets")
    rows = s.execute(
        select(b.c.i, func.count(), func.coalesce(func.sum(Deal.amount_cents), 0))
        .select_from(b)
        .join(
            Deal,
            and_(
                Deal.status == DealStatus.WON.value,
                Deal.closed_at >= b.c.lo,
                Deal.closed_at < b.c.hi,
            ),
        )
        .where(not_trashed(Deal.contact_id))
        .group_by(b.c.i)
    ).all()
    found = {i: (n, int(amount)) for i, n, amount in rows}
    return Closes(
        period=period,
        grain=grain,
        buckets=tuple(CloseBucket(span, *found.get(i, (0, 0))) for i, span in enumerate(buckets)),
    )


def closes(db: Database, period: Period, grain: Grain) -> Closes:
    with db.reading() as s:
        return closes_in(s, period, grain)


def won_contacts(db: Database, start: date, stop: date) -> tuple[int, ...]:
    """Contacts (not in the trash) with a deal won on local days `start` up to `stop`."""
    with db.reading() as s:
        return tuple(
            s.scalars(
                select(Deal.contact_id)
                .where(
                    Deal.status == DealStatus.WON.value,
                    Deal.closed_at >= local_midnight(start),
                    Deal.closed_at < local_midnight(stop),
                    not_trashed(Deal.contact_id),
                )
                .distinct()
                .order_by(Deal.contact_id)
            )
        )
