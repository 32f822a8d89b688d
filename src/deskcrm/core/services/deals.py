"""Deals: configured stages with history, won (tags M) or lost with a reason, the funnel."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, DealInfo, DealStatus, ReferralStage
from deskcrm.core.rules.funnel import DealPath, Funnel, funnel
from deskcrm.core.rules.referrals import advance
from deskcrm.core.services.classification import reclassify
from deskcrm.core.services.contacts import deal_info
from deskcrm.core.services.database import Database
from deskcrm.core.services.referrals import ThanksTask, thank_for_close
from deskcrm.core.services.tagging import apply_tag_changes, builtin_ids
from deskcrm.db.models import SHORT, Contact, Deal, DealStageChange

# BigInteger cents, well inside 2**63; keeps a typo from becoming a quintillion.
MAX_AMOUNT_CENTS = 10**15


@dataclass(frozen=True)
class DealOptions:
    """The configurable lists a deal form offers."""

    stages: tuple[str, ...]
    lost_reasons: tuple[str, ...]


@dataclass(frozen=True)
class StageChange:
    stage: str
    at: datetime


@dataclass(frozen=True)
class DealDetail:
    deal: DealInfo
    history: tuple[StageChange, ...]  # oldest first; the first row is the stage it started in


@dataclass(frozen=True)
class DealInput:
    contact_id: int
    title: str = ""
    amount_cents: int = 0
    stage: str | None = None  # None: the first configured stage


@dataclass(frozen=True)
class WinResult:
    thanks: ThanksTask | None  # the referrer's "thank / reward the coach" task, if one was made


def options(db: Database) -> DealOptions:
    values = db.get_settings(("deal.stages", "deal.lost_reasons"))
    return DealOptions(
        stages=tuple(values["deal.stages"]), lost_reasons=tuple(values["deal.lost_reasons"])
    )


def _changes(contact_id: int, **extra: bool) -> Changes:
    return Changes(contacts=frozenset({contact_id}), deals=True, stats=True, **extra)


def _title(title: str) -> str:
    clean = " ".join(title.split())
    if len(clean) > SHORT:
        raise ValidationError("title", "too_long", limit=SHORT)
    return clean


def _amount(cents: int) -> int:
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise ValidationError("amount", "invalid", value=cents)
    if not 0 <= cents <= MAX_AMOUNT_CENTS:
        raise ValidationError("amount", "out_of_range")
    return cents


def _stage(stage: str, stages: tuple[str, ...]) -> str:
    if stage not in stages:
        raise ValidationError("stage", "invalid", value=stage)
    return stage


def _deal(s: Session, deal_id: int) -> Deal:
    deal = s.get(Deal, deal_id)
    if deal is None:
        raise NotFound(f"deal {deal_id}", deal_id=deal_id)
    return deal


def _live_contact(s: Session, contact_id: int) -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(f"contact {contact_id}", contact_id=contact_id)
    return contact


def create_deal(db: Database, data: DealInput) -> tuple[int, Changes]:
    """A new deal in its first stage (a repeat purchase is simply another new deal)."""
    opts = options(db)
    stage = _stage(data.stage if data.stage is not None else opts.stages[0], opts.stages)
    title, amount = _title(data.title), _amount(data.amount_cents)
    now = db.now()
    with db.unit() as s:
        _live_contact(s, data.contact_id)
        deal = Deal(
            contact_id=data.contact_id,
            title=title,
            amount_cents=amount,
            stage=stage,
            status=DealStatus.OPEN.value,
            created_at=now,
        )
        deal.history.append(DealStageChange(stage=stage, at=now))
        s.add(deal)
        s.flush()
        deal_id = deal.id
    return deal_id, _changes(data.contact_id)


def edit_deal(db: Database, deal_id: int, *, title: str, amount_cents: int) -> Changes:
    clean, amount = _title(title), _amount(amount_cents)
    with db.unit() as s:
        deal = _deal(s, deal_id)
        deal.title, deal.amount_cents = clean, amount
        contact_id = deal.contact_id
    return _changes(contact_id)


def move_stage(db: Database, deal_id: int, stage: str) -> Changes:
    """Put the deal in another stage, recording when; the same stage again changes nothing."""
    stages = options(db).stages
    _stage(stage, stages)
    with db.unit() as s:
        deal = _deal(s, deal_id)
        if deal.stage != stage:
            deal.stage = stage
            deal.history.append(DealStageChange(stage=stage, at=db.now()))
        contact_id = deal.contact_id
    return _changes(contact_id)


def win_deal(db: Database, deal_id: int) -> tuple[WinResult, Changes]:
    """Close the deal as won: the contact gets M (clearing O) and its referrer a thank-you task."""
    now, today = db.now(), db.today()
    with db.unit() as s:
        deal = _deal(s, deal_id)
        contact = _live_contact(s, deal.contact_id)
        if deal.status != DealStatus.WON:
            deal.status = DealStatus.WON.value
            deal.closed_at = now
            deal.lost_reason = ""
        apply_tag_changes(s, [contact.id], add=[builtin_ids(s)[BuiltinTag.M]])
        thanks = thank_for_close(s, deal, today, now)
        if contact.referred_by_id is not None:
            contact.referral_stage = advance(contact.referral_stage, ReferralStage.CLOSED)
        contact.updated_at = now
        touched = {contact.id} | ({thanks.thank_contact_id} if thanks else set())
    return WinResult(thanks), Changes(
        contacts=frozenset(touched), deals=True, stats=True, tags=True, plan=True
    )


def lose_deal(db: Database, deal_id: int, reason: str, *, declined: bool = False) -> Changes:
    """Close the deal as lost for one of the listed reasons.

    `declined`: the contact decided not to buy at all, so it goes to D (an A that
    does not buy goes straight to D); a lost deal alone does not say that.
    """
    reasons = options(db).lost_reasons
    if reason not in reasons:
        raise ValidationError("lost_reason", "invalid", value=reason)
    now, today = db.now(), db.today()
    with db.unit() as s:
        deal = _deal(s, deal_id)
        deal.status = DealStatus.LOST.value
        deal.closed_at = now
        deal.lost_reason = reason
        contact_id = deal.contact_id
        if declined:
            contact = _live_contact(s, contact_id)
            contact.declined = True
            reclassify(contact, today)
            contact.updated_at = now
    return _changes(contact_id, plan=declined)


def reopen_deal(db: Database, deal_id: int) -> Changes:
    """Back to open (a mistaken close); tags and thank-you tasks already made stay."""
    with db.unit() as s:
        deal = _deal(s, deal_id)
        deal.status = DealStatus.OPEN.value
        deal.closed_at = None
        deal.lost_reason = ""
        contact_id = deal.contact_id
    return _changes(contact_id)


def delete_deal(db: Database, deal_id: int) -> Changes:
    with db.unit() as s:
        deal = _deal(s, deal_id)
        contact_id = deal.contact_id
        s.delete(deal)
    return _changes(contact_id)


def _histories(s: Session, deal_ids: list[int]) -> dict[int, list[StageChange]]:
    found: dict[int, list[StageChange]] = defaultdict(list)
    if deal_ids:
        rows = s.execute(
            select(DealStageChange.deal_id, DealStageChange.stage, DealStageChange.at)
            .where(DealStageChange.deal_id.in_(deal_ids))
            .order_by(DealStageChange.at, DealStageChange.id)
        )
        for deal_id, stage, at in rows:
            found[deal_id].append(StageChange(stage, at))
    return found


def contact_deals(s: Session, contact_id: int) -> list[DealDetail]:
    """Inside a session: a contact's deals, newest first, each with its stage history."""
    found = s.scalars(
        select(Deal)
        .where(Deal.contact_id == contact_id)
        .order_by(Deal.created_at.desc(), Deal.id.desc())
    ).all()
    history = _histories(s, [d.id for d in found])
    return [DealDetail(deal_info(d), tuple(history.get(d.id, ()))) for d in found]


def list_deals(db: Database, contact_id: int) -> list[DealDetail]:
    """A contact's deals, newest first, each with its stage history."""
    with db.reading() as s:
        return contact_deals(s, contact_id)


def get_deal(db: Database, deal_id: int) -> DealDetail:
    with db.reading() as s:
        deal = _deal(s, deal_id)
        return DealDetail(deal_info(deal), tuple(_histories(s, [deal_id]).get(deal_id, ())))


def deal_funnel(db: Database, since: date | None = None) -> Funnel:
    """Deals per stage (how far each got, where lost ones dropped out and why)."""
    stages = options(db).stages
    with db.reading() as s:
        q = select(Deal.id, Deal.stage, Deal.status, Deal.lost_reason).join(
            Contact, Contact.id == Deal.contact_id
        )
        q = q.where(Contact.deleted_at.is_(None))
        if since is not None:
            q = q.where(Deal.created_at >= datetime.combine(since, time()).astimezone())
        deals = s.execute(q).all()
        visited: dict[int, list[str]] = defaultdict(list)
        ids = [d.id for d in deals]
        for start in range(0, len(ids), 500):
            rows = s.execute(
                select(DealStageChange.deal_id, DealStageChange.stage).where(
                    DealStageChange.deal_id.in_(ids[start : start + 500])
                )
            )
            for deal_id, stage in rows:
                visited[deal_id].append(stage)
    return funnel(
        stages,
        (DealPath(tuple(visited[d.id]), d.stage, d.status, d.lost_reason) for d in deals),
    )
