"""Chart 7: referred contacts and their close rate per referrer kind; weekly referrals vs goal."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Integer, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from deskcrm.core.model import DealStatus, ReferralStage, ReferrerKind
from deskcrm.core.rules.referrals import KIND_ORDER, STAGE_ORDER, KindStats, stage_counts
from deskcrm.core.rules.stats_period import Grain, Period, Span, spans
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import (
    epoch_spans,
    local_midnight,
)
from deskcrm.db.models import Contact, Deal


@dataclass(frozen=True)
class ReferralWeek:
    span: Span  # a Monday week, cut at the period's edges (then `partial`)
    added: int  # referred contacts added that week
    target: int

    @property
    def partial(self) -> bool:
        return self.span.days < 7


@dataclass(frozen=True)
class ReferralStats:
    period: Period
    kinds: tuple[KindStats, ...]  # best source first; "not recorded" (None) last, if any
    weeks: tuple[ReferralWeek, ...]
    weekly_goal: int
    # Asked in the period, then how far the referrals added in it got (rules.referrals).
    stages: tuple[tuple[ReferralStage, int], ...] = ()

    @property
    def referred(self) -> int:
        return sum(k.referred for k in self.kinds)

    @property
    def weeks_met(self) -> int:
        return sum(1 for w in self.weeks if not w.partial and w.added >= w.target)


def _referred() -> list[ColumnElement[bool]]:
    # "> 0" rather than IS NOT NULL: ids are positive, and SQLite's planner reads a
    # range on ix_contacts_referred_by_id (few referred contacts) where for IS NOT
    # NULL it scans every contact.
    return [Contact.deleted_at.is_(None), Contact.referred_by_id > 0]


def _added_in(start: date, stop: date) -> list[ColumnElement[bool]]:
    return [
        Contact.created_at >= local_midnight(start),
        Contact.created_at < local_midnight(stop),
    ]


def _kind_of(raw: str | None) -> ReferrerKind | None:
    return ReferrerKind(raw) if raw in set(ReferrerKind) else None


def referrals_in(s: Session, period: Period, weekly_goal: int) -> ReferralStats:
    """Inside a read session: the series of chart 7 (contacts added in the period)."""
    won = exists().where(Deal.contact_id == Contact.id, Deal.status == DealStatus.WON.value)
    rows = s.execute(
        select(Contact.referrer_kind, func.count(), func.sum(won.correlate(Contact)))
        .where(*_referred(), *_added_in(period.start, period.stop))
        .group_by(Contact.referrer_kind)
    ).all()
    referred: dict[ReferrerKind | None, int] = {}
    closed: dict[ReferrerKind | None, int] = {}
    for raw, n, n_won in rows:
        kind = _kind_of(raw)
        referred[kind] = referred.get(kind, 0) + n
        closed[kind] = closed.get(kind, 0) + int(n_won or 0)
    # Every source is listed, best first, so an empty one shows as 0 (rules.referrals order).
    order: list[ReferrerKind | None] = [*KIND_ORDER, *([None] if None in referred else [])]
    weeks = spans(period, Grain.WEEK)
    edges = epoch_spans(weeks)
    starts = [lo for lo, _ in edges]
    # Referred contacts are few: one range read bucketed here, where a join to the week
    # table re-read every referred contact once per week (~150 ms over a year at 100k).
    per_week: dict[int, int] = {}
    for (at,) in s.execute(
        select(type_coerce(Contact.created_at, Integer)).where(
            *_referred(), *_added_in(weeks[0].start, weeks[-1].stop)
        )
    ):
        i = bisect_right(starts, at) - 1
        per_week[i] = per_week.get(i, 0) + 1
    return ReferralStats(
        stages=_stages(s, period),
        period=period,
        kinds=tuple(KindStats(k, referred.get(k, 0), closed.get(k, 0)) for k in order),
        weeks=tuple(
            ReferralWeek(span, per_week.get(i, 0), weekly_goal) for i, span in enumerate(weeks)
        ),
        weekly_goal=weekly_goal,
    )


def _asked_in(start: date, stop: date) -> list[ColumnElement[bool]]:
    # A range on ix_contacts_referral_asked_at: only the few contacts asked are read.
    return [
        Contact.referral_asked_at >= local_midnight(start),
        Contact.referral_asked_at < local_midnight(stop),
        Contact.deleted_at.is_(None),
    ]


def _stages(s: Session, period: Period) -> tuple[tuple[ReferralStage, int], ...]:
    asked = s.scalar(select(func.count()).where(*_asked_in(period.start, period.stop)))
    rows = s.execute(
        select(Contact.referral_stage, func.count())
        .where(*_referred(), *_added_in(period.start, period.stop))
        .group_by(Contact.referral_stage)
    ).all()
    return tuple(stage_counts(int(asked or 0), ((raw, int(n)) for raw, n in rows)))


def referral_stats(db: Database, period: Period) -> ReferralStats:
    goal = int(db.get_setting("referral.weekly_goal"))
    with db.reading() as s:
        return referrals_in(s, period, goal)


def referred_contacts(db: Database, start: date, stop: date) -> tuple[int, ...]:
    """Referred contacts added on local days `start` up to `stop`."""
    with db.reading() as s:
        return tuple(
            s.scalars(
                select(Contact.id).where(*_referred(), *_added_in(start, stop)).order_by(Contact.id)
            )
        )


def referred_by_kind(db: Database, period: Period, kind: str | None) -> tuple[int, ...]:
    """Referred contacts added in the period whose referrer is of `kind` (None: not recorded)."""
    known = [k.value for k in ReferrerKind]
    match = (
        Contact.referrer_kind == kind
        if kind is not None
        else or_(Contact.referrer_kind.is_(None), Contact.referrer_kind.not_in(known))
    )
    with db.reading() as s:
        return tuple(
            s.scalars(
                select(Contact.id)
                .where(*_referred(), *_added_in(period.start, period.stop), match)
                .order_by(Contact.id)
            )
        )


def at_stage(db: Database, period: Period, stage: str) -> tuple[int, ...]:
    """The contacts behind a stage bar: asked in the period (ASKED), or referred contacts
    added in it that reached `stage` or went further."""
    wanted = ReferralStage(stage)
    with db.reading() as s:
        if wanted == ReferralStage.ASKED:
            q = select(Contact.id).where(*_asked_in(period.start, period.stop))
        else:
            later = [st.value for st in STAGE_ORDER[STAGE_ORDER.index(wanted) :]]
            reached: ColumnElement[bool] = Contact.referral_stage.in_(later)
            if wanted == ReferralStage.NAME_GIVEN:
                reached = or_(reached, Contact.referral_stage.is_(None))
            q = select(Contact.id).where(
                *_referred(), *_added_in(period.start, period.stop), reached
            )
        return tuple(s.scalars(q.order_by(Contact.id)))
