"""Touches: the one writer of a touch (call, visit, message) with its hook, follow-up and tags.

Every way a touch is logged — the after-visit dialog, the call screen's save, the CLI —
goes through `write_touch`, so the rules that come with a touch live here once: the
promised next step and follow-up date, tag changes including new tags typed as text,
the built-ins a touch implies (a visit tags Y, a won touch M), what a call verified
(kept on the contact), and the contact's touch summary. One transaction: a touch that
cannot be stored leaves no new tag behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import Outcome, TouchKind
from deskcrm.core.rules.call_details import CallDetails
from deskcrm.core.rules.referrals import advance, stage_reached_by_touch
from deskcrm.core.rules.tags import implied_by_touch
from deskcrm.core.services.contacts import refresh_touch_summary
from deskcrm.core.services.database import Database
from deskcrm.core.services.tagging import apply_tag_changes, builtin_ids, resolve_tags
from deskcrm.core.services.verification import keep_captured
from deskcrm.db.models import Contact, Touch

MAX_DURATION_S = 24 * 3600
MAX_TEXT = 100_000
MAX_TAG_TEXT = 2_000


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
    # Tags as the rep typed them ("北京、意向A, vip"): split, matched or created on save.
    new_tags: str = ""
    # The touch leaves the contact's promise as it was (a message sent in a batch is not
    # a conversation): it stores the current next step and follow-up date, not its own.
    keep_hook: bool = False
    # The rep asked for a referral in this touch ("who else might need this?"): the
    # contact's referral_asked_at becomes the touch's time (the ask_referral view reads it).
    asked_referral: bool = False


@dataclass(frozen=True)
class WrittenTouch:
    touch_id: int
    tags_changed: bool


def validate_touch(data: TouchInput, today: date) -> None:
    """Refuse what cannot be stored, before anything is written."""
    if data.kind not in set(TouchKind):
        raise ValidationError("kind", "invalid", value=data.kind)
    if data.outcome not in set(Outcome):
        raise ValidationError("outcome", "invalid", value=data.outcome)
    if not 0 <= data.duration_s <= MAX_DURATION_S:
        raise ValidationError("duration", "out_of_range", limit=MAX_DURATION_S)
    for name in ("notes", "next_step", "details"):
        if len(getattr(data, name)) > MAX_TEXT:
            raise ValidationError(name, "too_long", limit=MAX_TEXT)
    if len(data.new_tags) > MAX_TAG_TEXT:
        raise ValidationError("tag", "too_long", limit=MAX_TAG_TEXT)
    if data.next_follow_up is not None and data.next_follow_up < today:
        raise ValidationError("next_follow_up", "in_past", value=data.next_follow_up.isoformat())


def live_contact(s: Session, contact_id: int) -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(f"contact {contact_id}", contact_id=contact_id)
    return contact


def write_touch(s: Session, contact: Contact, data: TouchInput, now: datetime) -> WrittenTouch:
    """Inside a unit (validated input): the touch row, its tags and the contact's summary."""
    if data.keep_hook:
        data = replace(data, next_step=contact.next_step, next_follow_up=contact.next_follow_up)
    touch = Touch(
        contact_id=contact.id,
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
    remove = set(data.remove_tags)
    add = list(dict.fromkeys([*data.add_tags, *resolve_tags(s, data.new_tags)]))
    implied = implied_by_touch(data.kind, data.outcome)
    if implied:
        ids = builtin_ids(s)
        add += [ids[b] for b in implied if ids[b] not in remove and ids[b] not in add]
    remove -= set(add)
    if add or remove:
        apply_tag_changes(s, [contact.id], add, remove)
    if data.details:
        # Who decides, who can veto, the real start: what the call learned stays on the
        # contact, so the next call and the method panel show it.
        keep_captured(contact, CallDetails.from_json(data.details).verification)
    refresh_touch_summary(s, contact.id)
    if data.asked_referral and (
        contact.referral_asked_at is None or touch.at > contact.referral_asked_at
    ):
        contact.referral_asked_at = touch.at
    if contact.referred_by_id is not None:
        # A referred contact's stage follows its touches (contacted, met, closed).
        reached = stage_reached_by_touch(data.kind, data.outcome)
        contact.referral_stage = advance(contact.referral_stage, reached)
    contact.updated_at = now
    return WrittenTouch(touch.id, bool(add or remove))


def log_touch(db: Database, data: TouchInput) -> tuple[int, Changes]:
    """Log a touch with everything it brings; one transaction, all or nothing."""
    validate_touch(data, db.today())
    with db.unit() as s:
        written = write_touch(s, live_contact(s, data.contact_id), data, db.now())
    return written.touch_id, Changes(
        contacts=frozenset({data.contact_id}),
        touches=True,
        tags=written.tags_changed,
        plan=True,
        stats=True,
    )


def log_touches(db: Database, inputs: Sequence[TouchInput]) -> tuple[list[int], Changes]:
    """Log several touches (a batch of sent messages) in one transaction, all or nothing."""
    today = db.today()
    for data in inputs:
        validate_touch(data, today)
    tags_changed = False
    ids: list[int] = []
    with db.unit() as s:
        now = db.now()
        for data in inputs:
            written = write_touch(s, live_contact(s, data.contact_id), data, now)
            ids.append(written.touch_id)
            tags_changed = tags_changed or written.tags_changed
    if not ids:
        return [], Changes()
    return ids, Changes(
        contacts=frozenset(d.contact_id for d in inputs),
        touches=True,
        tags=tags_changed,
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


def delete_touches(db: Database, touch_ids: Sequence[int]) -> Changes:
    """Delete several touches (undoing a batch of sent messages) in one transaction; all or
    nothing: NotFound when one is gone. Each contact's summary is refreshed once."""
    wanted = list(dict.fromkeys(touch_ids))
    if not wanted:
        return Changes()
    contact_ids: set[int] = set()
    with db.unit() as s:
        for touch_id in wanted:
            touch = s.get(Touch, touch_id)
            if touch is None:
                raise NotFound(f"touch {touch_id}")
            contact_ids.add(touch.contact_id)
            s.delete(touch)
        s.flush()
        for contact_id in contact_ids:
            refresh_touch_summary(s, contact_id)
    return Changes(contacts=frozenset(contact_ids), touches=True, plan=True, stats=True)
