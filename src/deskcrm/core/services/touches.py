"""Touches: log a call, visit or message with its outcome, the hook and tag changes, in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, Outcome, TouchInfo, TouchKind
from deskcrm.core.services.contacts import refresh_touch_summary, touch_info
from deskcrm.core.services.database import Database
from deskcrm.core.services.tagging import apply_tag_changes, builtin_ids
from deskcrm.db.models import Contact, Touch

MAX_DURATION_S = 24 * 3600
MAX_TEXT = 100_000


@dataclass(frozen=True)
class TouchInput:
    """What the rep logs after a call or visit."""

    contact_id: int
    kind: str
    at: datetime | None = None  # None: now
    duration_s: int = 0
    outcome: str = ""
    notes: str = ""
    next_step: str = ""
    next_follow_up: date | None = None
    details: str = ""
    add_tags: tuple[int, ...] = field(default_factory=tuple)
    remove_tags: tuple[int, ...] = field(default_factory=tuple)


def _validate(data: TouchInput, today: date) -> None:
    if data.kind not in set(TouchKind):
        raise ValidationError("kind", "invalid", value=data.kind)
    if data.outcome not in set(Outcome):
        raise ValidationError("outcome", "invalid", value=data.outcome)
    if not 0 <= data.duration_s <= MAX_DURATION_S:
        raise ValidationError("duration", "out_of_range", limit=MAX_DURATION_S)
    for name in ("notes", "next_step", "details"):
        if len(getattr(data, name)) > MAX_TEXT:
            raise ValidationError(name, "too_long", limit=MAX_TEXT)
    if data.next_follow_up is not None and data.next_follow_up < today:
        raise ValidationError("next_follow_up", "in_past", value=data.next_follow_up.isoformat())


def log_touch(db: Database, data: TouchInput) -> tuple[int, Changes]:
    """Insert the touch, update the contact's summary and tags; one transaction.

    A visit means the rep met the contact in person, so it tags Y (clearing N).
    """
    _validate(data, db.today())
    with db.unit() as s:
        contact = s.get(Contact, data.contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFound(f"contact {data.contact_id}", contact_id=data.contact_id)
        now = db.now()
        touch = Touch(
            contact_id=data.contact_id,
            kind=data.kind,
            at=data.at or now,
            duration_s=data.duration_s,
            outcome=data.outcome,
            notes=data.notes.strip(),
            next_step=data.next_step.strip(),
            next_follow_up=data.next_follow_up,
            details=data.details,
            created_at=now,
        )
        s.add(touch)
        s.flush()
        add = list(data.add_tags)
        if data.kind == TouchKind.VISIT:
            y = builtin_ids(s)[BuiltinTag.Y]
            if y not in data.remove_tags and y not in add:
                add.append(y)
        if add or data.remove_tags:
            apply_tag_changes(s, [data.contact_id], add, data.remove_tags)
        refresh_touch_summary(s, data.contact_id)
        contact.updated_at = now
        touch_id = touch.id
    return touch_id, Changes(
        contacts=frozenset({data.contact_id}),
        touches=True,
        tags=bool(add or data.remove_tags),
        plan=True,
        stats=True,
    )


def delete_touch(db: Database, touch_id: int) -> Changes:
    with db.unit() as s:
        touch = s.get(Touch, touch_id)
        if touch is None:
            raise NotFound(f"touch {touch_id}")
        contact_id = touch.contact_id
        s.delete(touch)
        s.flush()
        refresh_touch_summary(s, contact_id)
    return Changes(contacts=frozenset({contact_id}), touches=True, plan=True, stats=True)


def recent_touches(db: Database, contact_id: int, limit: int = 20) -> list[TouchInfo]:
    with db.reading() as s:
        rows = s.scalars(
            select(Touch)
            .where(Touch.contact_id == contact_id)
            .order_by(Touch.at.desc(), Touch.id.desc())
            .limit(limit)
        )
        return [touch_info(t) for t in rows]
