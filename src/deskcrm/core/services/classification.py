"""ABCD classes and follow-up persistence per contact: flags in, derived class and countdown out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, ContactClass, DealStatus, KpLevel
from deskcrm.core.rules.cadence import CurveStep, Nudge, curve_step, nudge
from deskcrm.core.rules.classes import (
    ClassWindows,
    days_left,
    deadline,
    derive_class,
    entered_on,
    is_overdue,
)
from deskcrm.core.services.database import Database
from deskcrm.core.services.tagging import builtin_ids
from deskcrm.db.models import Contact, ContactTag, Deal


@dataclass(frozen=True)
class ClassFlags:
    """What the rep ticks; the class is derived from these, never typed."""

    met_first_kp: bool = False
    has_need: bool = False
    has_power: bool = False
    kp_level: str | None = None  # a KpLevel value: who was met
    declined: bool = False  # decided not to buy: goes to D


@dataclass(frozen=True)
class ClassState:
    """Where one contact stands: its class with the countdown, and its follow-up count."""

    contact_id: int
    flags: ClassFlags
    class_code: str | None
    class_since: date | None
    window_days: int | None
    deadline: date | None
    days_left: int | None  # negative when overdue
    overdue: bool  # past the window and not closed within it
    bought: bool  # carries M: persistence nudges no longer apply
    won_in_window: bool  # a deal was won since the contact entered its class
    touch_count: int
    curve: CurveStep
    nudge: Nudge | None
    # The day a missed window was extended (once per class; the window restarted then).
    extended_on: date | None = None


@dataclass(frozen=True)
class ClassOverview:
    """Contacts per class and how many of each are overdue (for charts and the plan)."""

    counts: dict[str, int]
    overdue: dict[str, int]
    unclassified: int


def live_contact(s: Session, contact_id: int) -> Contact:
    """A live contact inside a unit, or NotFound."""
    contact = s.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(f"contact {contact_id}", contact_id=contact_id)
    return contact


def _check_kp(kp_level: str | None) -> None:
    if kp_level is not None and kp_level not in set(KpLevel):
        raise ValidationError("kp_level", "invalid", value=kp_level)


def reclassify(contact: Contact, today: date) -> bool:
    """Re-derive the stored class from the flags inside a unit; True when it changed.

    The close window counts from `class_since`, so it moves only with the class; a new
    class also gets its own one extension of a missed window.
    """
    new = derive_class(
        met_first_kp=contact.met_first_kp,
        has_need=contact.has_need,
        has_power=contact.has_power,
        kp_level=contact.kp_level,
        declined=contact.declined,
    )
    code = None if new is None else new.value
    since = entered_on(contact.class_code, code, contact.class_since, today)
    changed = (code, since) != (contact.class_code, contact.class_since)
    if code != contact.class_code:
        contact.class_extended_on = None
    contact.class_code, contact.class_since = code, since
    return changed


def won_since(last_won: datetime | None, since: date | None) -> bool:
    """A deal won on or after the day the contact entered its class closes that window."""
    return last_won is not None and since is not None and last_won.astimezone().date() >= since


def state_of(s: Session, contact: Contact, today: date, windows: ClassWindows) -> ClassState:
    m_tag = builtin_ids(s).get(BuiltinTag.M)
    bought = (
        m_tag is not None
        and s.get(ContactTag, {"contact_id": contact.id, "tag_id": m_tag}) is not None
    )
    last_won = s.scalar(
        select(Deal.closed_at)
        .where(
            Deal.contact_id == contact.id,
            Deal.status == DealStatus.WON.value,
            Deal.closed_at.is_not(None),
        )
        .order_by(Deal.closed_at.desc())
        .limit(1)
    )
    won_in_window = won_since(last_won, contact.class_since)
    klass, since = contact.class_code, contact.class_since
    return ClassState(
        contact_id=contact.id,
        flags=ClassFlags(
            met_first_kp=contact.met_first_kp,
            has_need=contact.has_need,
            has_power=contact.has_power,
            kp_level=contact.kp_level,
            declined=contact.declined,
        ),
        class_code=klass,
        class_since=since,
        window_days=windows.days(klass),
        deadline=deadline(klass, since, windows),
        days_left=days_left(klass, since, today, windows),
        overdue=is_overdue(klass, since, today, windows) and not won_in_window,
        bought=bought,
        won_in_window=won_in_window,
        touch_count=contact.touch_count,
        curve=curve_step(contact.touch_count),
        nudge=nudge(contact.touch_count, closed=bought or contact.declined),
        extended_on=contact.class_extended_on,
    )


def get_state(db: Database, contact_id: int) -> ClassState:
    windows = ClassWindows.read(db.get_settings)
    today = db.today()
    with db.reading() as s:
        return state_of(s, live_contact(s, contact_id), today, windows)


def set_flags(db: Database, contact_id: int, flags: ClassFlags) -> tuple[ClassState, Changes]:
    """Store the three flags, who was met and whether they declined; re-derive the class."""
    _check_kp(flags.kp_level)
    windows = ClassWindows.read(db.get_settings)
    today = db.today()
    with db.unit() as s:
        contact = live_contact(s, contact_id)
        contact.met_first_kp = flags.met_first_kp
        contact.has_need = flags.has_need
        contact.has_power = flags.has_power
        contact.kp_level = flags.kp_level
        contact.declined = flags.declined
        reclassify(contact, today)
        contact.updated_at = db.now()
        s.flush()
        state = state_of(s, contact, today, windows)
    return state, Changes(contacts=frozenset({contact_id}), plan=True, stats=True)


def set_declined(
    db: Database, contact_id: int, declined: bool = True
) -> tuple[ClassState, Changes]:
    """The contact decided not to buy (an A that does not buy goes straight to D), or undo it."""
    windows = ClassWindows.read(db.get_settings)
    today = db.today()
    with db.unit() as s:
        contact = decline(s, contact_id, today, db.now(), declined)
        state = state_of(s, contact, today, windows)
    return state, Changes(contacts=frozenset({contact_id}), plan=True, stats=True)


def decline(
    s: Session, contact_id: int, today: date, now: datetime, declined: bool = True
) -> Contact:
    """Inside a unit: set (or clear) the declined flag and re-derive the class from it."""
    contact = live_contact(s, contact_id)
    contact.declined = declined
    reclassify(contact, today)
    contact.updated_at = now
    s.flush()
    return contact


def class_overview(db: Database) -> ClassOverview:
    windows = ClassWindows.read(db.get_settings)
    today = db.today()
    last_won = (
        select(Deal.contact_id, func.max(Deal.closed_at).label("won_at"))
        .where(Deal.status == DealStatus.WON.value)
        .group_by(Deal.contact_id)
        .subquery()
    )
    with db.reading() as s:
        rows = s.execute(
            select(Contact.class_code, Contact.class_since, last_won.c.won_at)
            .outerjoin(last_won, last_won.c.contact_id == Contact.id)
            .where(Contact.deleted_at.is_(None))
        ).all()
    counts = {k.value: 0 for k in ContactClass}
    overdue = {k.value: 0 for k in ContactClass}
    unclassified = 0
    for code, since, won_at in rows:
        if code not in counts:
            unclassified += 1
            continue
        counts[code] += 1
        late = is_overdue(code, since, today, windows) and not won_since(won_at, since)
        overdue[code] += late
    return ClassOverview(counts=counts, overdue=overdue, unclassified=unclassified)
