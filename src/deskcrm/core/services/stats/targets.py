"""Targets and attainment: the amount and closes of a period and its touches against targets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from deskcrm.core.rules.stats_period import Grain, Period
from deskcrm.core.rules.targets import Measure, daily_share, monthly_share
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.closes import Closes, closes_in
from deskcrm.core.services.stats.query_parts import touch_days_ready
from deskcrm.core.services.stats.touches import TouchesPerDay, day_touches
from deskcrm.db.models import WalkInDay

TARGET_KEYS = (
    "target.month_amount",
    "target.month_closes",
    "target.day_touches",
    "referral.weekly_goal",
)


@dataclass(frozen=True)
class SalesTargets:
    """The rep's targets as set in Settings; 0 means no target."""

    month_amount_cents: int
    month_closes: int
    day_touches: int
    week_referrals: int

    @property
    def any(self) -> bool:
        return bool(self.month_amount_cents or self.month_closes or self.day_touches)


@dataclass(frozen=True)
class Attainment:
    """What a period reached against its share of the targets (monthly ones by days)."""

    period: Period
    targets: SalesTargets
    amount_cents: Measure
    closes: Measure
    touches: Measure


def sales_targets(db: Database) -> SalesTargets:
    v = db.get_settings(TARGET_KEYS)
    return SalesTargets(
        month_amount_cents=int(v["target.month_amount"]) * 100,
        month_closes=int(v["target.month_closes"]),
        day_touches=int(v["target.day_touches"]),
        week_referrals=int(v["referral.weekly_goal"]),
    )


def attained(
    period: Period, targets: SalesTargets, won: Closes, touched: TouchesPerDay
) -> Attainment:
    """The closes and touches series of `period` (already read) against its targets."""
    return Attainment(
        period=period,
        targets=targets,
        # Whole yuan: the target is set in yuan, a share of it needs no fen.
        amount_cents=Measure(
            won.amount_cents, monthly_share(targets.month_amount_cents // 100, period) * 100
        ),
        closes=Measure(won.count, monthly_share(targets.month_closes, period)),
        touches=Measure(touched.total, daily_share(targets.day_touches, period)),
    )


def attainment_in(
    s: Session, period: Period, targets: SalesTargets, *, counted: bool = False
) -> Attainment:
    """Inside a read session: the won deals (as the closes chart counts them) and the
    touches (as the touches chart counts them) of `period` against its targets."""
    won = closes_in(s, period, Grain.MONTH)
    return attained(period, targets, won, day_touches(s, period, counted=counted))


def attainment(db: Database, period: Period) -> Attainment:
    """Amount, closes and touches of `period` against the targets for its days."""
    targets = sales_targets(db)
    counted = touch_days_ready(db)
    with db.reading() as s:
        return attainment_in(s, period, targets, counted=counted)


@dataclass(frozen=True)
class DayFigures:
    """What the plan header shows of a day: its touches against the daily target, and the
    visitors who left no name."""

    day: date
    touches: Measure
    unrecorded: int


def day_figures(db: Database, day: date) -> DayFigures:
    period = Period(day, day)
    targets = sales_targets(db)
    counted = touch_days_ready(db)
    with db.reading() as s:
        touched = day_touches(s, period, counted=counted).total
        row = s.get(WalkInDay, day)
    return DayFigures(
        day=day,
        touches=Measure(touched, daily_share(targets.day_touches, period)),
        unrecorded=0 if row is None else row.unrecorded,
    )
