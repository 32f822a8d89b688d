"""The call screen's data: who to call next, the scripts, and saving a call as one touch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from deskcrm.core.changes import Changes
from deskcrm.core.errors import ValidationError
from deskcrm.core.model import Outcome, PlanSide, TouchKind
from deskcrm.core.services import scoring, touches
from deskcrm.core.services.database import Database
from deskcrm.db.models import CallScript, Contact, PlanItem

QUEUE_FROM_CALL_LIST = 30


@dataclass(frozen=True)
class QueueEntry:
    contact_id: int
    name: str
    company: str
    planned: bool  # on today's plan (else from the call list by key-account score)


@dataclass(frozen=True)
class ScriptSectionInfo:
    stage: str
    title: str
    prompts: str


@dataclass(frozen=True)
class ScriptInfo:
    id: int
    name: str
    sections: tuple[ScriptSectionInfo, ...]


def call_queue(db: Database, day: date) -> list[QueueEntry]:
    """Today's planned sales items with a contact (in plan order, not done), then the call list."""
    with db.reading() as s:
        rows = s.execute(
            select(Contact.id, Contact.name, Contact.company)
            .join(PlanItem, PlanItem.contact_id == Contact.id)
            .where(
                PlanItem.day == day,
                PlanItem.side == PlanSide.SALES.value,
                PlanItem.done.is_(False),
                Contact.deleted_at.is_(None),
            )
            .order_by(PlanItem.rank, PlanItem.id)
        ).all()
    queue: list[QueueEntry] = []
    seen: set[int] = set()
    for cid, name, company in rows:
        if cid not in seen:
            seen.add(cid)
            queue.append(QueueEntry(cid, name, company, True))
    for row in scoring.call_list(db, limit=QUEUE_FROM_CALL_LIST + len(seen)):
        if row.contact_id not in seen and len(queue) < len(seen) + QUEUE_FROM_CALL_LIST:
            seen.add(row.contact_id)
            queue.append(QueueEntry(row.contact_id, row.name, row.company, False))
    return queue


def scripts(db: Database) -> list[ScriptInfo]:
    with db.reading() as s:
        return [
            ScriptInfo(
                id=script.id,
                name=script.name,
                sections=tuple(
                    ScriptSectionInfo(sec.stage, sec.title, sec.prompts)
                    for sec in sorted(script.sections, key=lambda x: x.position)
                ),
            )
            for script in s.scalars(select(CallScript).order_by(CallScript.position, CallScript.id))
        ]


def save_call(
    db: Database,
    contact_id: int,
    *,
    duration_s: int,
    outcome: str,
    notes: str = "",
    next_step: str = "",
    next_follow_up: date | None = None,
    add_tags: tuple[int, ...] = (),
    remove_tags: tuple[int, ...] = (),
) -> tuple[int, Changes]:
    """The call as one touch (kind call) with its duration, hook and tag changes; one unit."""
    try:
        result = Outcome(outcome)
    except ValueError:
        raise ValidationError("outcome", "invalid", value=outcome) from None
    if duration_s < 0:
        raise ValidationError("duration", "out_of_range")
    if result == Outcome.CONNECTED and not (next_step.strip() and next_follow_up):
        # The hook: a connected call that did not close ends with a promised next step.
        raise ValidationError("next_step", "required")
    return touches.log_touch(
        db,
        touches.TouchInput(
            contact_id=contact_id,
            kind=TouchKind.CALL,
            duration_s=duration_s,
            outcome=result.value,
            notes=notes,
            next_step=next_step,
            next_follow_up=next_follow_up,
            add_tags=add_tags,
            remove_tags=remove_tags,
        ),
    )
