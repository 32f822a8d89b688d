"""Weekly plan review: planned vs done per side, sales share, and the two warnings."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from deskcrm.core.model import DealStatus, PlanSide
from deskcrm.core.rules.plan_review import few_closes, non_sales_heavy, week_bounds
from deskcrm.core.services.database import Database
from deskcrm.core.services.plan import PlanCounts, day_start_utc
from deskcrm.db.dialect import bulk_rows
from deskcrm.db.models import Deal, PlanItem


@dataclass(frozen=True)
class WeekReview:
    """One ISO week (Monday to Sunday) of plans, with the closes won in it."""

    monday: date
    sunday: date
    iso_year: int
    iso_week: int
    counts: PlanCounts
    closes: int  # won deals whose closed_at falls in the week (local days)
    non_sales_heavy: bool  # non-sales share of done (else planned) > plan.non_sales_warn_share
    few_closes: bool  # >= 20 sales items done and under 1 close per 20 (rules.plan_review)


def week_review(db: Database, day: date) -> WeekReview:
    """The review of the ISO week holding `day`."""
    return weeks_review(db, day, day)[0]


def weeks_review(
    db: Database, first: date, last: date, warn_share: float | None = None
) -> list[WeekReview]:
    """Every ISO week touching `first`..`last`, oldest first (empty weeks included).

    `warn_share` defaults to the plan.non_sales_warn_share setting.
    """
    if warn_share is None:
        warn_share = float(db.get_setting("plan.non_sales_warn_share"))
    start, _ = week_bounds(first)
    _, end = week_bounds(max(first, last))
    with db.reading() as s:
        item_rows = bulk_rows(
            s,
            select(PlanItem.day, PlanItem.side, PlanItem.done, func.count())
            .where(PlanItem.day >= start, PlanItem.day <= end)
            .group_by(PlanItem.day, PlanItem.side, PlanItem.done),
            convert=True,
        )
        # Raw epoch seconds, put in weeks by their bounds below: converting a year's wins
        # to local dates one by one was most of the chart's time.
        closed = bulk_rows(
            s,
            select(Deal.closed_at).where(
                Deal.status == DealStatus.WON.value,
                Deal.closed_at >= day_start_utc(start),
                Deal.closed_at < day_start_utc(end + timedelta(days=1)),
            ),
            first_column=True,
        )
    mondays = [start + timedelta(days=7 * i) for i in range((end - start).days // 7 + 1)]
    edges = [int(day_start_utc(monday).timestamp()) for monday in mondays]
    # monday -> [sales planned, sales done, non-sales planned, non-sales done]
    tallies: dict[date, list[int]] = {}
    sales = PlanSide.SALES.value
    for day, side, done, n in item_rows:
        t = tallies.setdefault(mondays[bisect_right(mondays, day) - 1], [0, 0, 0, 0])
        base = 0 if side == sales else 2
        t[base] += n
        if done:
            t[base + 1] += n
    closes: dict[date, int] = {}
    for at in closed:
        if at is not None:
            monday = mondays[bisect_right(edges, at) - 1]
            closes[monday] = closes.get(monday, 0) + 1
    out = []
    monday = start
    while monday <= end:
        sp, sd, np_, nd = tallies.get(monday, [0, 0, 0, 0])
        counts = PlanCounts(sp, sd, np_, nd)
        won = closes.get(monday, 0)
        iso = monday.isocalendar()
        out.append(
            WeekReview(
                monday=monday,
                sunday=monday + timedelta(days=6),
                iso_year=iso.year,
                iso_week=iso.week,
                counts=counts,
                closes=won,
                non_sales_heavy=non_sales_heavy(nd, counts.done, warn_share, np_, counts.planned),
                few_closes=few_closes(sd, won),
            )
        )
        monday += timedelta(days=7)
    return out
