"""Referrals and coaches: who referred whom, coaches, the thank-you task, counts, the goal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import AnswerState, DealStatus, PlanSide, ReferrerKind
from deskcrm.core.rules.qualification import Question
from deskcrm.core.rules.referrals import (
    THANKS_ORIGIN,
    GoalProgress,
    KindStats,
    kind_stats,
    stage_of,
    thanks_key,
    week_of,
    who_to_thank,
)
from deskcrm.core.services.database import Database
from deskcrm.core.services.qualification import AnswerInput, store_answers
from deskcrm.db.models import Contact, Deal, PlanItem, QualificationAnswer

COACH_Q = int(Question.COACH)


@dataclass(frozen=True)
class ThanksTask:
    """The "thank / reward the coach" plan item created for a won deal."""

    plan_item_id: int
    day: date
    thank_contact_id: int  # the referrer (or the coach) to thank
    referred_contact_id: int  # who closed
    deal_id: int


def _live(s: Session, contact_id: int, field: str = "contact") -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        if field == "contact":
            raise NotFound(f"contact {contact_id}", contact_id=contact_id)
        raise ValidationError(field, "not_found", value=contact_id)
    return contact


def set_referral(
    db: Database, contact_id: int, referred_by_id: int | None, kind: str | None
) -> Changes:
    """Link a contact to who referred it and what kind of source that referrer is."""
    if kind is not None and kind not in set(ReferrerKind):
        raise ValidationError("referrer_kind", "invalid", value=kind)
    if referred_by_id is not None and referred_by_id == contact_id:
        raise ValidationError("referred_by", "self")
    with db.unit() as s:
        contact = _live(s, contact_id)
        touched = {contact_id}
        if referred_by_id is not None:
            _live(s, referred_by_id, "referred_by")
            touched.add(referred_by_id)
        if contact.referred_by_id is not None:
            touched.add(contact.referred_by_id)
        contact.referred_by_id = referred_by_id
        contact.referrer_kind = kind if referred_by_id is not None else None
        contact.referral_stage = (
            stage_of(contact.referral_stage).value if referred_by_id is not None else None
        )
        contact.updated_at = db.now()
    return Changes(contacts=frozenset(touched), stats=True)


def assign_coach(s: Session, prospect: Contact, coach_id: int | None, now: datetime) -> set[int]:
    """Inside a unit: make `coach_id` the prospect's coach (教练), or clear it with None.

    The one body behind every way a coach is set (the contact form, the method panel,
    the call's finish): not the prospect itself, not a contact in the trash. The coach
    is marked `is_coach`; a former coach keeps the mark while it coaches anyone else.
    A coach answers qualification question 7 ("is there a coach?") yes. Clearing the
    coach leaves question 7 as it is: the answer may be the rep's own (an insider who is
    not in the contacts, or one they typed with a note), and a stored answer does not
    say who gave it, so nothing the rep answered is erased behind their back; the panel
    shows the answer beside the empty coach for the rep to change.

    Returns the contacts whose rows changed (the prospect, the new and the old coach);
    an empty set when `coach_id` is the coach already.
    """
    if coach_id is not None and coach_id == prospect.id:
        raise ValidationError("coach", "self")
    old = prospect.coach_id
    if coach_id == old:
        return set()
    touched = {prospect.id}
    if coach_id is not None:
        _live(s, coach_id, "coach").is_coach = True
        touched.add(coach_id)
        answer = s.get(QualificationAnswer, {"contact_id": prospect.id, "question": COACH_Q})
        if answer is None or answer.state != AnswerState.YES:
            store_answers(s, prospect.id, [AnswerInput(COACH_Q, AnswerState.YES.value)], now)
    prospect.coach_id = coach_id
    s.flush()
    if old is not None:
        touched.add(old)
        still = s.scalar(select(exists().where(Contact.coach_id == old)))
        former = s.get(Contact, old)
        if former is not None and not still:
            former.is_coach = False
    prospect.updated_at = now
    return touched


def set_coach(db: Database, prospect_id: int, coach_id: int | None) -> Changes:
    """Mark `coach_id` as the prospect's coach, or clear it (see `assign_coach`)."""
    if coach_id is not None and coach_id == prospect_id:
        raise ValidationError("coach", "self")
    with db.unit() as s:
        touched = assign_coach(s, _live(s, prospect_id), coach_id, db.now())
    if not touched:
        return Changes()
    return Changes(contacts=frozenset(touched), stats=True, plan=True)


def thank_for_close(s: Session, deal: Deal, day: date, now: datetime) -> ThanksTask | None:
    """Inside the unit that wins `deal`: plan "thank / reward the coach" for its referrer.

    One item per deal ever (its origin_key), so reopening and winning again, or a
    repeat call, never plans it twice. The title holds only names (the plan screen
    words it by `origin`); the item goes on the sales side, at the bottom of `day`.
    """
    contact = s.get(Contact, deal.contact_id)
    if contact is None:
        return None
    thank_id = who_to_thank(contact.referred_by_id, contact.coach_id)
    if thank_id is None:
        return None
    thank = s.get(Contact, thank_id)
    if thank is None or thank.deleted_at is not None:
        return None
    key = thanks_key(deal.id)
    if s.scalar(select(exists().where(PlanItem.origin_key == key))):
        return None
    rank = s.scalar(
        select(func.max(PlanItem.rank)).where(
            PlanItem.day == day, PlanItem.side == PlanSide.SALES.value
        )
    )
    title = f"{thank.name} ← {contact.name}"
    if deal.title:
        title += f" · {deal.title}"
    item = PlanItem(
        day=day,
        side=PlanSide.SALES.value,
        rank=(rank if rank is not None else -1) + 1,
        title=title[:500],
        contact_id=thank_id,
        origin=THANKS_ORIGIN,
        origin_key=key,
        created_at=now,
    )
    s.add(item)
    s.flush()
    return ThanksTask(item.id, day, thank_id, contact.id, deal.id)


def referral_stats(db: Database) -> list[KindStats]:
    """Referred contacts and how many closed (a won deal), per referrer kind, best source first."""
    won = exists().where(Deal.contact_id == Contact.id, Deal.status == DealStatus.WON.value)
    with db.reading() as s:
        rows = s.execute(
            select(Contact.referrer_kind, won).where(
                Contact.deleted_at.is_(None), Contact.referred_by_id.is_not(None)
            )
        ).all()
    return kind_stats((kind, bool(closed)) for kind, closed in rows)


def weekly_progress(db: Database, day: date | None = None) -> GoalProgress:
    """New referred contacts added in the week of `day` (default today) against the goal."""
    start, end = week_of(day or db.today())
    target = int(db.get_setting("referral.weekly_goal"))
    lo = datetime.combine(start, time()).astimezone()
    hi = datetime.combine(end, time()).astimezone()
    with db.reading() as s:
        done = s.scalar(
            select(func.count()).where(
                Contact.deleted_at.is_(None),
                Contact.referred_by_id.is_not(None),
                Contact.created_at >= lo,
                Contact.created_at < hi,
            )
        )
    return GoalProgress(start=start, end=end, done=int(done or 0), target=target)
