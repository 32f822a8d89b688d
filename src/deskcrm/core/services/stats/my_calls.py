"""Chart "my calls": per week (or month) the rep's median talk share and the hooks left.

What the call screen measured is stored in each call's details (JSON text); the two
numbers are read in SQL through `db/dialect.json_int`, only for the period's calls,
found on two partial indexes of call touches: hooks are counted from the index alone, and
only calls with details are read for their talk share. Calls are counted per bucket and
distinct combination (got through, hook; talk share in whole percent), so a year of
calls comes back as a few hundred rows and the medians are taken from those counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    func,
    literal,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from deskcrm.core.rules.call_finish import REACHED
from deskcrm.core.rules.call_timer import BALANCE_MIN_S, TALK_TARGET, TALK_WARN
from deskcrm.core.rules.stats_period import Grain, Period, Span, auto_grain, spans
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import epoch_spans, not_trashed, span_table
from deskcrm.db.dialect import bulk_rows, json_int
from deskcrm.db.models import Touch


@dataclass(frozen=True)
class CallBucket:
    """One week (or month) of calls."""

    span: Span
    calls: int
    reached: int  # calls that got through (a talk happened)
    hooks: int  # of those, the ones that left a hook (a next step)
    timed: int  # calls with enough talk tracked for a share
    median_talk: float | None  # the median of those calls' talk shares (0..1)

    @property
    def hook_share(self) -> float | None:
        return self.hooks / self.reached if self.reached else None


@dataclass(frozen=True)
class MyCalls:
    period: Period
    grain: Grain
    buckets: tuple[CallBucket, ...]
    median_talk: float | None  # over the whole period
    talk_target: float = TALK_TARGET  # ask about 80%, talk about 20%

    @property
    def calls(self) -> int:
        return sum(b.calls for b in self.buckets)

    @property
    def reached(self) -> int:
        return sum(b.reached for b in self.buckets)

    @property
    def hooks(self) -> int:
        return sum(b.hooks for b in self.buckets)

    @property
    def timed(self) -> int:
        return sum(b.timed for b in self.buckets)

    @property
    def hook_share(self) -> float | None:
        return self.hooks / self.reached if self.reached else None

    @property
    def talks_too_much(self) -> bool:
        """Above the share the call timer warns at (a little over the aim is normal)."""
        return self.median_talk is not None and self.median_talk > TALK_WARN


def median_percent(counts: Mapping[int, int]) -> float | None:
    """The median of whole percentages given as {percent: calls}, as a share 0..1."""
    total = sum(counts.values())
    if total == 0:
        return None
    ordered = sorted(counts.items())

    def nth(n: int) -> int:  # the n-th value (0-based) in sorted order
        seen = 0
        for value, k in ordered:
            seen += k
            if n < seen:
                return value
        return ordered[-1][0]

    middle = (nth((total - 1) // 2) + nth(total // 2)) / 2
    return middle / 100


# Literals, not bound values: SQLite uses a partial index only when it can see that the
# query's WHERE implies the index's (db/models.py: ix_touches_call_hooks, _call_details).
CALL: ColumnElement[str] = literal_column("'call'")
EMPTY: ColumnElement[str] = literal_column("''")

Row = tuple[int, ...]


def call_rows(s: Session, buckets: Sequence[Span]) -> tuple[list[Row], list[Row]]:
    """(bucket, got through 0/1, left a hook 0/1, calls) and (bucket, talk share in whole
    percent, calls) for the calls with details and enough talk tracked.

    The share is the same as `core/rules/call_details.talk_share`: the rep's seconds over
    all tracked seconds once at least BALANCE_MIN_S were tracked, rounded to a percent.
    """
    b = span_table(epoch_spans(buckets), "buckets")
    in_bucket = and_(Touch.at >= b.c.lo, Touch.at < b.c.hi)
    got_through = case((Touch.outcome.in_(sorted(REACHED)), 1), else_=0)
    hook = case((Touch.next_step != EMPTY, 1), else_=0)
    hooks = (
        select(b.c.i, got_through, hook, func.count())
        .select_from(b)
        .join(Touch, in_bucket)
        .where(Touch.kind == CALL, not_trashed(Touch.contact_id))
        .group_by(b.c.i, got_through, hook)
    )
    rep = json_int(s, Touch.details, "talk", "rep")
    customer = json_int(s, Touch.details, "talk", "customer")
    share = type_coerce(func.round(literal(100.0) * rep / (rep + customer)), Integer)
    shares = (
        select(b.c.i, share, func.count())
        .select_from(b)
        .join(Touch, in_bucket)
        .where(
            Touch.kind == CALL,
            Touch.details != EMPTY,
            not_trashed(Touch.contact_id),
            rep >= 0,
            customer >= 0,
            rep + customer >= BALANCE_MIN_S,
        )
        .group_by(b.c.i, share)
    )
    return (
        [tuple(int(v) for v in row) for row in bulk_rows(s, hooks)],
        [tuple(int(v) for v in row) for row in bulk_rows(s, shares)],
    )


def summarize(
    period: Period,
    grain: Grain,
    buckets: Sequence[Span],
    hook_rows: Iterable[Row],
    share_rows: Iterable[Row],
) -> MyCalls:
    """The chart's numbers from `call_rows` (shared with the benchmark's floor)."""
    per = [[0, 0, 0] for _ in buckets]  # calls, reached, hooks
    for i, got_through, hook, n in hook_rows:
        per[i][0] += n
        if got_through:
            per[i][1] += n
            if hook:
                per[i][2] += n
    shares: list[dict[int, int]] = [{} for _ in buckets]
    overall: dict[int, int] = {}
    for i, pct, n in share_rows:
        pct = min(100, max(0, pct))
        shares[i][pct] = shares[i].get(pct, 0) + n
        overall[pct] = overall.get(pct, 0) + n
    return MyCalls(
        period=period,
        grain=grain,
        buckets=tuple(
            CallBucket(span, c, r, h, sum(shares[i].values()), median_percent(shares[i]))
            for i, (span, (c, r, h)) in enumerate(zip(buckets, per, strict=True))
        ),
        median_talk=median_percent(overall),
    )


def my_calls(db: Database, period: Period, grain: Grain | None = None) -> MyCalls:
    """Per bucket: calls, those that got through and left a hook, the median talk share."""
    grain = grain or auto_grain(period)
    buckets = spans(period, grain)
    with db.reading() as s:
        hook_rows, share_rows = call_rows(s, buckets)
    return summarize(period, grain, buckets, hook_rows, share_rows)
