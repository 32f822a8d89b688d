"""Chart 2: won deals per week or month, count and amount."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskcrm.core.model import DealStatus
from deskcrm.core.rules.stats_period import Grain, Period, Span, spans
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import (
    epoch_spans,
    local_midnight,
    not_trashed,
)
from deskcrm.db.dialect import bulk_rows
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
    """Inside a read session: the series of chart 2.

    A period's wins are few (hundreds to a few thousand): their raw times and amounts
    are read once and put in buckets here, which is cheaper than building a bucket
    table into the query.
    """
    buckets = spans(period, grain)
    starts = [lo for lo, _ in epoch_spans(buckets)]
    counts = [0] * len(buckets)
    amounts = [0] * len(buckets)
    for at, amount in bulk_rows(
        s,
        select(Deal.closed_at, Deal.amount_cents).where(
            Deal.status == DealStatus.WON.value,
            Deal.closed_at >= local_midnight(buckets[0].start),
            Deal.closed_at < local_midnight(buckets[-1].stop),
            not_trashed(Deal.contact_id),
        ),
    ):
        i = bisect_right(starts, at) - 1
        counts[i] += 1
        amounts[i] += amount or 0
    return Closes(
        period=period,
        grain=grain,
        buckets=tuple(
            CloseBucket(span, n, amount)
            for span, n, amount in zip(buckets, counts, amounts, strict=True)
        ),
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
