"""Key-account scores: inputs per contact, targets in settings, the call list, the 1-in-10 check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, ContactClass, DealStatus, TouchKind
from deskcrm.core.rules.scoring import ConversionRate, Prospect, Targets, score
from deskcrm.core.services.database import Database
from deskcrm.core.services.tagging import builtin_ids
from deskcrm.db.models import SHORT, Contact, ContactTag, Deal, Touch

_BATCH = 2000


@dataclass(frozen=True)
class ScoringInputs:
    """The facts the rep records per prospect (industry, title and region are contact fields)."""

    trigger_event: str = ""
    sold_in_industry: bool = False
    has_reference: bool = False
    personally_involved: bool = False


@dataclass(frozen=True)
class ContactScore:
    contact_id: int
    inputs: ScoringInputs
    industry: str
    position: str
    region: str
    score: int
    max_score: int
    parts: tuple[tuple[str, int], ...]
    outside: tuple[str, ...]  # target dimensions the contact is outside of

    @property
    def out_of_target(self) -> bool:
        return bool(self.outside)


@dataclass(frozen=True)
class CallListRow:
    contact_id: int
    name: str
    company: str
    title: str
    industry: str
    region: str
    score: int
    out_of_target: bool
    class_code: str | None
    touch_count: int
    last_call_at: datetime | None


def targets(db: Database) -> Targets:
    # One read for the eight settings (a read each cost ~2 ms per call screen).
    return Targets.from_settings(db.get_settings(Targets.KEYS).__getitem__)


def _prospect(c: Contact) -> Prospect:
    # `or ""` / bool(): a contact not yet flushed has None where the column defaults apply.
    return Prospect(
        industry=c.industry or "",
        position=c.title or "",
        region=c.region or "",
        trigger_event=c.trigger_event or "",
        sold_in_industry=bool(c.sold_in_industry),
        has_reference=bool(c.has_reference),
        personally_involved=bool(c.personally_involved),
    )


def refresh_score(contact: Contact, goal: Targets) -> int:
    """Recompute the stored score of one contact inside a unit (after its inputs changed)."""
    contact.ka_score = score(goal, _prospect(contact)).total
    return contact.ka_score


def _contact(s: Session, contact_id: int) -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(f"contact {contact_id}", contact_id=contact_id)
    return contact


def contact_score(c: Contact, goal: Targets) -> ContactScore:
    result = score(goal, _prospect(c))
    return ContactScore(
        contact_id=c.id,
        inputs=ScoringInputs(
            trigger_event=c.trigger_event,
            sold_in_industry=c.sold_in_industry,
            has_reference=c.has_reference,
            personally_involved=c.personally_involved,
        ),
        industry=c.industry,
        position=c.title,
        region=c.region,
        score=result.total,
        max_score=goal.max_score,
        parts=result.parts,
        outside=tuple(str(d) for d in result.outside),
    )


def get_score(db: Database, contact_id: int) -> ContactScore:
    """The score from the contact's current fields and today's targets (never stale)."""
    goal = targets(db)
    with db.reading() as s:
        return contact_score(_contact(s, contact_id), goal)


def set_inputs(
    db: Database, contact_id: int, inputs: ScoringInputs
) -> tuple[ContactScore, Changes]:
    trigger = " ".join(inputs.trigger_event.split())
    if len(trigger) > SHORT:
        raise ValidationError("trigger_event", "too_long", limit=SHORT)
    goal = targets(db)
    with db.unit() as s:
        c = _contact(s, contact_id)
        c.trigger_event = trigger
        c.sold_in_industry = inputs.sold_in_industry
        c.has_reference = inputs.has_reference
        c.personally_involved = inputs.personally_involved
        refresh_score(c, goal)
        c.updated_at = db.now()
        result = contact_score(c, goal)
    return result, Changes(contacts=frozenset({contact_id}), stats=True)


def rescore_all(s: Session, goal: Targets) -> int:
    """Store every contact's score inside the caller's unit; returns how many changed."""
    rows = s.execute(
        select(
            Contact.id,
            Contact.industry,
            Contact.title,
            Contact.region,
            Contact.trigger_event,
            Contact.sold_in_industry,
            Contact.has_reference,
            Contact.personally_involved,
            Contact.ka_score,
        )
    ).all()
    changed: list[dict[str, Any]] = []
    # Many contacts share industry, title and region: score each combination once.
    seen: dict[Prospect, int] = {}
    for r in rows:
        prospect = Prospect(r.industry, r.title, r.region, r.trigger_event, *r[5:8])
        total = seen.get(prospect)
        if total is None:
            total = seen[prospect] = score(goal, prospect).total
        if total != r.ka_score:
            changed.append({"id": r.id, "ka_score": total})
    for start in range(0, len(changed), _BATCH):
        s.execute(update(Contact), changed[start : start + _BATCH])
    return len(changed)


def recompute_all(db: Database) -> tuple[int, Changes]:
    """Rescore every contact (after the targets changed, or for contacts never scored)."""
    goal = targets(db)
    with db.unit() as s:
        count = rescore_all(s, goal)
    return count, Changes(stats=True, contact_list=count > 0)


def call_list(
    db: Database, *, limit: int = 200, include_out_of_target: bool = False
) -> list[CallListRow]:
    """Prospects to call, highest stored score first (D, declined and bought ones left out).

    Contacts outside the target industry/position/region come last, or not at all.
    """
    goal = targets(db)
    with db.reading() as s:
        m_tag = builtin_ids(s).get(BuiltinTag.M)
        # Columns, not entities: entities would also load every contact's tags.
        q = select(
            Contact.id,
            Contact.name,
            Contact.company,
            Contact.title,
            Contact.industry,
            Contact.region,
            Contact.trigger_event,
            Contact.sold_in_industry,
            Contact.has_reference,
            Contact.personally_involved,
            Contact.class_code,
            Contact.touch_count,
            Contact.last_call_at,
        ).where(
            Contact.deleted_at.is_(None),
            Contact.declined.is_(False),
            (Contact.class_code.is_(None)) | (Contact.class_code != ContactClass.D.value),
        )
        if m_tag is not None:
            q = q.where(
                ~exists().where(ContactTag.contact_id == Contact.id, ContactTag.tag_id == m_tag)
            )
        q = q.order_by(
            Contact.ka_score.is_(None), Contact.ka_score.desc(), Contact.name_sort, Contact.id
        )
        inside: list[CallListRow] = []
        outside: list[CallListRow] = []
        for r in s.execute(q.execution_options(yield_per=_BATCH)):
            result = score(goal, Prospect(r.industry, r.title, r.region, r.trigger_event, *r[7:10]))
            row = CallListRow(
                contact_id=r.id,
                name=r.name,
                company=r.company,
                title=r.title,
                industry=r.industry,
                region=r.region,
                score=result.total,
                out_of_target=result.out_of_target,
                class_code=r.class_code,
                touch_count=r.touch_count,
                last_call_at=r.last_call_at,
            )
            (outside if row.out_of_target else inside).append(row)
            if len(inside) >= limit:
                break
    if include_out_of_target:
        return (inside + outside)[:limit]
    return inside


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def conversion(db: Database, since: date | None = None) -> ConversionRate:
    """Paying customers per ten prospects called (since a day, or ever)."""
    with db.reading() as s:
        called_q = select(Touch.contact_id).where(Touch.kind == TouchKind.CALL.value)
        won_q = select(Deal.contact_id).where(Deal.status == DealStatus.WON.value)
        if since is not None:
            start = _local_midnight(since)
            called_q = called_q.where(Touch.at >= start)
            won_q = won_q.where(Deal.closed_at >= start)
        called_ids = called_q.distinct().subquery()
        called = s.scalar(select(func.count()).select_from(called_ids)) or 0
        paying = (
            s.scalar(
                select(func.count())
                .select_from(called_ids)
                .where(called_ids.c.contact_id.in_(won_q.scalar_subquery()))
            )
            or 0
        )
    return ConversionRate(called=int(called), paying=int(paying))
