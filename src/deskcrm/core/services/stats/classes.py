"""Chart 6: contacts per ABCD class and how many of each are overdue (a snapshot as of today)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from deskcrm.core.model import ContactClass, DealStatus
from deskcrm.core.rules.classes import ClassWindows, is_overdue
from deskcrm.core.services.classification import won_since
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import keyed_counts
from deskcrm.db.models import Contact, Deal


@dataclass(frozen=True)
class ClassCount:
    code: str
    contacts: int
    overdue: int  # past the class window without a deal won since entering the class
    window_days: int | None  # None for D


@dataclass(frozen=True)
class ClassStats:
    today: date
    classes: tuple[ClassCount, ...]  # A, B, C, D
    unclassified: int

    @property
    def classified(self) -> int:
        return sum(c.contacts for c in self.classes)


def _late_rows(
    s: Session, today: date, windows: ClassWindows, code: str | None = None
) -> list[tuple[int, str]]:
    """(id, class) of contacts past their window and not closed within it.

    SQL keeps only those whose window has passed (entered before today minus the
    window: an ISO date compares as text); the rule functions decide the rest, so
    this chart and the contact's countdown can never disagree.
    """
    windowed = [k.value for k in ContactClass if windows.days(k) is not None]
    past = or_(
        *(
            and_(
                Contact.class_code == k,
                Contact.class_since < today - timedelta(days=windows.days(k) or 0),
            )
            for k in windowed
            if code is None or k == code
        )
    )
    last_won = (
        select(func.max(Deal.closed_at))
        .where(Deal.contact_id == Contact.id, Deal.status == DealStatus.WON.value)
        .correlate(Contact)
        .scalar_subquery()
    )
    rows = s.execute(
        select(Contact.id, Contact.class_code, Contact.class_since, last_won)
        .where(Contact.deleted_at.is_(None), past)
        .order_by(Contact.id)
    ).all()
    return [
        (cid, str(klass))
        for cid, klass, since, won_at in rows
        if is_overdue(klass, since, today, windows) and not won_since(won_at, since)
    ]


def classes_in(s: Session, today: date, windows: ClassWindows) -> ClassStats:
    """Inside a read session: the series of chart 6."""
    counts: dict[str | None, int] = keyed_counts(
        s,
        select(Contact.class_code, func.count())
        .where(Contact.deleted_at.is_(None))
        .group_by(Contact.class_code),
    )
    late: dict[str, int] = {}
    for _, klass in _late_rows(s, today, windows):
        late[klass] = late.get(klass, 0) + 1
    known = {k.value for k in ContactClass}
    return ClassStats(
        today=today,
        classes=tuple(
            ClassCount(k.value, counts.get(k.value, 0), late.get(k.value, 0), windows.days(k))
            for k in ContactClass
        ),
        unclassified=sum(n for code, n in counts.items() if code not in known),
    )


def class_stats(db: Database) -> ClassStats:
    windows = ClassWindows.read(db.get_settings)
    today = db.today()
    with db.reading() as s:
        return classes_in(s, today, windows)


def class_contacts(db: Database, code: str, overdue: bool = False) -> tuple[int, ...]:
    """Contacts of class `code` (only the overdue ones when `overdue`)."""
    windows = ClassWindows.read(db.get_settings)
    today = db.today()
    with db.reading() as s:
        if overdue:
            if windows.days(code) is None:
                return ()
            return tuple(cid for cid, _ in _late_rows(s, today, windows, code))
        return tuple(
            s.scalars(
                select(Contact.id)
                .where(Contact.deleted_at.is_(None), Contact.class_code == code)
                .order_by(Contact.id)
            )
        )
