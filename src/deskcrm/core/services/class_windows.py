"""A missed class window decided: extend it once, or move the contact to D (stop following).

Extending restarts the window on the day the rep decides (`class_since` moves to today)
rather than adding one more window length to the old deadline: the countdown, the draft,
the class-overdue view and the charts all count from `class_since`, so they need no
second definition of a deadline (and the draft's walk on the (class_code, class_since)
index stays as it is); and a window extended a week late would otherwise be half spent
already. `class_extended_on` records the extension, so a second one is refused until the
contact enters another class. Moving to D sets the declined flag and lets the
classification derive D, as ticking "decided not to buy" does.

Either decision may name the plan line that asked for it (an overdue class deadline):
the line is ticked done in the same transaction, since deciding was its task.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.rules.classes import ClassWindows
from deskcrm.core.services import classification
from deskcrm.core.services.classification import ClassState, state_of
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact, PlanItem


@dataclass(frozen=True)
class Before:
    """What a decision changed, so undoing it puts back the class clock exactly."""

    contact_id: int
    declined: bool
    class_code: str | None
    class_since: date | None
    extended_on: date | None
    item_id: int | None = None
    item_done: bool = False
    item_done_at: datetime | None = None


@dataclass(frozen=True)
class Decision:
    state: ClassState  # where the contact stands afterwards
    before: Before


def _changes(contact_id: int) -> Changes:
    return Changes(contacts=frozenset({contact_id}), plan=True, stats=True)


def _line(s: Session, item_id: int | None, contact_id: int) -> PlanItem | None:
    if item_id is None:
        return None
    item = s.get(PlanItem, item_id)
    if item is None:
        raise NotFound(f"plan item {item_id}", item_id=item_id)
    if item.contact_id != contact_id:
        raise ValidationError("plan_item", "invalid", value=item_id)
    return item


def _before(contact: Contact, item: PlanItem | None) -> Before:
    return Before(
        contact_id=contact.id,
        declined=contact.declined,
        class_code=contact.class_code,
        class_since=contact.class_since,
        extended_on=contact.class_extended_on,
        item_id=None if item is None else item.id,
        item_done=False if item is None else item.done,
        item_done_at=None if item is None else item.done_at,
    )


def _tick(item: PlanItem | None, now: datetime) -> None:
    if item is not None and not item.done:
        item.done, item.done_at = True, now


def extend_window(
    db: Database, contact_id: int, item_id: int | None = None
) -> tuple[Decision, Changes]:
    """Give a contact past its A/B/C window one more window, starting today.

    Refused (ValidationError on "class_window") for a contact with no window to extend,
    one still inside its window, or one whose window was extended already.
    """
    windows = ClassWindows.read(db.get_settings)
    today, now = db.today(), db.now()
    with db.unit() as s:
        contact = classification.live_contact(s, contact_id)
        item = _line(s, item_id, contact_id)
        state = state_of(s, contact, today, windows)
        if state.window_days is None or state.deadline is None:
            raise ValidationError("class_window", "no_window", value=contact.class_code)
        if contact.class_extended_on is not None:
            raise ValidationError(
                "class_window", "extended_once", value=contact.class_extended_on.isoformat()
            )
        if not state.overdue:
            raise ValidationError("class_window", "not_overdue", value=state.deadline.isoformat())
        before = _before(contact, item)
        contact.class_since = contact.class_extended_on = today
        contact.updated_at = now
        _tick(item, now)
        s.flush()
        after = state_of(s, contact, today, windows)
    return Decision(after, before), _changes(contact_id)


def move_to_d(
    db: Database, contact_id: int, item_id: int | None = None
) -> tuple[Decision, Changes]:
    """Stop following: the declined flag is set and the class derived from it (D)."""
    windows = ClassWindows.read(db.get_settings)
    today, now = db.today(), db.now()
    with db.unit() as s:
        contact = classification.live_contact(s, contact_id)
        item = _line(s, item_id, contact_id)
        before = _before(contact, item)
        classification.decline(s, contact_id, today, now)
        _tick(item, now)
        s.flush()
        after = state_of(s, contact, today, windows)
    return Decision(after, before), _changes(contact_id)


def undo_decision(db: Database, before: Before) -> tuple[ClassState, Changes]:
    """Put the contact's flag, class clock and extension (and the line's tick) back."""
    windows = ClassWindows.read(db.get_settings)
    today, now = db.today(), db.now()
    with db.unit() as s:
        contact = classification.live_contact(s, before.contact_id)
        item = _line(s, before.item_id, before.contact_id)
        # The stored class is put back as it was derived then, with its clock: re-deriving
        # would restart the window today.
        contact.declined = before.declined
        contact.class_code, contact.class_since = before.class_code, before.class_since
        contact.class_extended_on = before.extended_on
        contact.updated_at = now
        if item is not None:
            item.done, item.done_at = before.item_done, before.item_done_at
        s.flush()
        state = state_of(s, contact, today, windows)
    return state, _changes(before.contact_id)
