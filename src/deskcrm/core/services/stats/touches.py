"""Chart 1: touches per local day by kind, the 7-day average and drops below the usual level."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from deskcrm.core.model import TouchKind
from deskcrm.core.rules.stats_period import Grain, Period, Span, spans
from deskcrm.core.rules.stats_trend import WINDOW, drop_runs, trailing_average, usual_level
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import (
    epoch_spans,
    local_midnight,
    not_trashed,
    span_table,
    touch_days_ready,
)
from deskcrm.db.dialect import bulk_rows
from deskcrm.db.models import Touch, TouchDay

LEAD_DAYS = WINDOW - 1


@dataclass(frozen=True)
class KindCounts:
    kind: str
    counts: tuple[int, ...]  # one per day of the period


@dataclass(frozen=True)
class DropSpan:
    """Days (both included) whose 7-day average fell below the usual level's drop line."""

    start: date
    end: date
    lowest: float


@dataclass(frozen=True)
class TouchesPerDay:
    period: Period
    days: tuple[date, ...]
    kinds: tuple[KindCounts, ...]  # kinds that occur, in TouchKind order
    totals: tuple[int, ...]
    average7: tuple[float, ...]  # trailing 7-day average (the 6 days before the period count)
    usual: float | None  # median 7-day average; None under two weeks or without touches
    drops: tuple[DropSpan, ...]

    @property
    def total(self) -> int:
        return sum(self.totals)

    @property
    def dropping_now(self) -> bool:
        """The last day shown is inside a drop: the warning the rep should see."""
        return bool(self.drops) and self.drops[-1].end == self.days[-1]


def _kind_order(kind: str) -> tuple[int, str]:
    order = list(TouchKind)
    return (order.index(TouchKind(kind)), "") if kind in set(TouchKind) else (len(order), kind)


def _counted_rows(s: Session, days: Sequence[Span]) -> list[tuple[int, str, int]]:
    """(day index, kind, touches) from the per-day counts kept by triggers."""
    index = {span.start: i for i, span in enumerate(days)}
    rows = bulk_rows(
        s,
        select(TouchDay.day, TouchDay.kind, func.sum(TouchDay.n))
        .where(TouchDay.day >= days[0].start, TouchDay.day <= days[-1].start)
        .group_by(TouchDay.day, TouchDay.kind),
        convert=True,
    )
    return [(index[day], kind, int(n)) for day, kind, n in rows if n]


def _scanned_rows(s: Session, days: Sequence[Span]) -> list[tuple[int, str, int]]:
    """The same read from the touches themselves (backends without the counts)."""
    b = span_table(epoch_spans(days), "days")
    return [
        (i, kind, n)
        for i, kind, n in s.execute(
            select(b.c.i, Touch.kind, func.count())
            .select_from(b)
            .join(Touch, and_(Touch.at >= b.c.lo, Touch.at < b.c.hi))
            .where(not_trashed(Touch.contact_id))
            .group_by(b.c.i, Touch.kind)
        )
    ]


def day_touches(s: Session, period: Period, *, counted: bool = False) -> TouchesPerDay:
    """Inside a read session: the series of chart 1 (`counted`: from touch_days)."""
    lead = Period(period.start - timedelta(days=LEAD_DAYS), period.end)
    days = spans(lead, Grain.DAY)
    rows = _counted_rows(s, days) if counted else _scanned_rows(s, days)
    per_kind: dict[str, list[int]] = {}
    totals = [0] * len(days)
    for i, kind, n in rows:
        totals[i] += n
        if i >= LEAD_DAYS:
            counts = per_kind.get(kind)
            if counts is None:
                counts = per_kind[kind] = [0] * period.days
            counts[i - LEAD_DAYS] += n
    average = trailing_average(totals, LEAD_DAYS)
    usual = usual_level(average)
    shown = tuple(d.start for d in days[LEAD_DAYS:])
    return TouchesPerDay(
        period=period,
        days=shown,
        kinds=tuple(KindCounts(k, tuple(per_kind[k])) for k in sorted(per_kind, key=_kind_order)),
        totals=tuple(totals[LEAD_DAYS:]),
        average7=average,
        usual=usual,
        drops=tuple(
            DropSpan(shown[r.first], shown[r.last], r.lowest) for r in drop_runs(average, usual)
        ),
    )


def touches_per_day(db: Database, period: Period) -> TouchesPerDay:
    counted = touch_days_ready(db)
    with db.reading() as s:
        return day_touches(s, period, counted=counted)


def touched_contacts(
    db: Database, start: date, stop: date, kind: str | None = None
) -> tuple[int, ...]:
    """Contacts (not in the trash) touched on local days `start` up to `stop`, by kind or all."""
    q = select(Touch.contact_id).where(
        Touch.at >= local_midnight(start),
        Touch.at < local_midnight(stop),
        not_trashed(Touch.contact_id),
    )
    if kind is not None:
        q = q.where(Touch.kind == kind)
    with db.reading() as s:
        return tuple(s.scalars(q.distinct().order_by(Touch.contact_id)))
