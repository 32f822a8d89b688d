"""Every chart's series for one period in one call, run by the charts screen off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskcrm.core.rules.stats_period import Grain, Period, auto_grain
from deskcrm.core.rules.targets import month_of
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.classes import ClassStats, class_stats
from deskcrm.core.services.stats.closes import Closes, closes
from deskcrm.core.services.stats.conversion import Conversion, conversion
from deskcrm.core.services.stats.funnel import FunnelStats, deal_funnel
from deskcrm.core.services.stats.my_calls import MyCalls, my_calls
from deskcrm.core.services.stats.plan_balance import PlanBalance, plan_balance
from deskcrm.core.services.stats.ranking import (
    IndustryStats,
    Ranking,
    customer_ranking,
    industry_stats,
)
from deskcrm.core.services.stats.referrals import ReferralStats, referral_stats
from deskcrm.core.services.stats.targets import Attainment, attained, attainment, sales_targets
from deskcrm.core.services.stats.touches import TouchesPerDay, touches_per_day
from deskcrm.core.services.stats.touches_to_close import TouchesBeforeClose, touches_before_close
from deskcrm.core.services.stats.walk_ins import WalkIns, walk_ins


@dataclass(frozen=True)
class Dashboard:
    period: Period
    today: date
    touches: TouchesPerDay
    closes: Closes
    funnel: FunnelStats
    touches_before_close: TouchesBeforeClose
    conversion: Conversion
    classes: ClassStats
    referrals: ReferralStats
    plan: PlanBalance
    ranking: Ranking
    industries: IndustryStats
    walk_ins: WalkIns
    attainment: Attainment  # the period against its share of the targets
    month: Attainment  # the calendar month of the period's last day against the month's
    my_calls: MyCalls  # talk share and hooks per week (month over 120 days)


def dashboard(db: Database, period: Period, grain: Grain | None = None) -> Dashboard:
    """All series; closes per week or month as asked (default: weekly up to 120 days)."""
    touched = touches_per_day(db, period)
    won = closes(db, period, grain or auto_grain(period))
    return Dashboard(
        period=period,
        today=db.today(),
        touches=touched,
        closes=won,
        funnel=deal_funnel(db, period),
        touches_before_close=touches_before_close(db, period),
        conversion=conversion(db, period),
        classes=class_stats(db),
        referrals=referral_stats(db, period),
        plan=plan_balance(db, period),
        ranking=customer_ranking(db, period),
        industries=industry_stats(db, period),
        walk_ins=walk_ins(db, period),
        attainment=attained(period, sales_targets(db), won, touched),
        month=attainment(db, month_of(period.end)),
        my_calls=my_calls(db, period),
    )
