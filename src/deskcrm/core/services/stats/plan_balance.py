"""Chart 8: per week, planned and done items on the sales and non-sales sides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from deskcrm.core.model import PlanSide
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.services.database import Database
from deskcrm.core.services.plan_review import WeekReview, weeks_review
from deskcrm.db.models import Contact, PlanItem


@dataclass(frozen=True)
class PlanBalance:
    period: Period
    weeks: tuple[WeekReview, ...]  # whole Monday-Sunday weeks touching the period
    warn_share: float  # plan.non_sales_warn_share

    @property
    def planned(self) -> int:
        return sum(w.counts.planned for w in self.weeks)


def plan_balance(db: Database, period: Period) -> PlanBalance:
    """The weekly plan review (services.plan_review) over the period, for charting."""
    warn_share = float(db.get_setting("plan.non_sales_warn_share"))
    return PlanBalance(
        period=period,
        weeks=tuple(weeks_review(db, period.start, period.end, warn_share)),
        warn_share=warn_share,
    )


def plan_contacts(
    db: Database, first: date, last: date, side: PlanSide | str, done: bool = False
) -> tuple[int, ...]:
    """Contacts linked to plan items of `side` on days `first`..`last` (only done ones)."""
    where = [
        PlanItem.day >= first,
        PlanItem.day <= last,
        PlanItem.side == PlanSide(side).value,
        PlanItem.contact_id.is_not(None),
        Contact.deleted_at.is_(None),
    ]
    if done:
        where.append(PlanItem.done.is_(True))
    with db.reading() as s:
        return tuple(
            s.scalars(
                select(PlanItem.contact_id)
                .join(Contact, Contact.id == PlanItem.contact_id)
                .where(*where)
                .distinct()
                .order_by(PlanItem.contact_id)
            )
        )
