"""Chart 4: how many touches won deals needed, against the follow-up curve; early give-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    and_,
    case,
    exists,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from deskcrm.core.model import BuiltinTag, DealStatus
from deskcrm.core.rules.cadence import AVERAGE_TO_CLOSE, STUCK_TOUCHES, conversion_at
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import keyed_counts, local_midnight, not_trashed
from deskcrm.core.services.tagging import builtin_ids
from deskcrm.db.models import Contact, ContactTag, Deal, Touch

# The last bar collects every deal that took the method's ~12-touch average or more.
TOP_BIN = AVERAGE_TO_CLOSE
# An open contact with no touch for this long and nothing scheduled was given up on.
ABANDONED_AFTER_DAYS = 30
# "Most reps quit after 3" (docs/method.md §2): given up at this many touches or fewer.
QUIT_AT = STUCK_TOUCHES[0]


@dataclass(frozen=True)
class TouchBin:
    touches: int  # touches before the close; the last bin means this many or more
    won: int
    reference: float  # the method's conversion after this many follow-ups (docs/method.md §2)
    cumulative: float | None  # share of this period's won deals closed within this many


@dataclass(frozen=True)
class TouchesBeforeClose:
    period: Period
    bins: tuple[TouchBin, ...]  # 0 .. TOP_BIN touches
    won: int
    open_contacts: int  # touched, not bought, not declined (a snapshot as of today)
    abandoned: int  # of those: 1-3 touches, none for 30 days, no follow-up planned

    @property
    def abandoned_share(self) -> float | None:
        return None if self.open_contacts == 0 else self.abandoned / self.open_contacts


def _touches_needed() -> ColumnElement[int]:
    """Touches of the deal's contact since its previous won deal, up to this close."""
    earlier = aliased(Deal)
    previous_close = (
        select(func.max(earlier.closed_at))
        .where(
            earlier.contact_id == Deal.contact_id,
            earlier.status == DealStatus.WON.value,
            earlier.closed_at < Deal.closed_at,
        )
        .correlate(Deal)
        .scalar_subquery()
    )
    since = func.coalesce(type_coerce(previous_close, BigInteger), -1)
    return (
        select(func.count())
        .select_from(Touch)
        .where(Touch.contact_id == Deal.contact_id, Touch.at <= Deal.closed_at, Touch.at > since)
        .correlate(Deal)
        .scalar_subquery()
    )


def _won_in(period: Period) -> list[ColumnElement[bool]]:
    return [
        Deal.status == DealStatus.WON.value,
        Deal.closed_at >= local_midnight(period.start),
        Deal.closed_at < local_midnight(period.stop),
        not_trashed(Deal.contact_id),
    ]


def _open_filters(s: Session) -> list[ColumnElement[bool]]:
    bought = exists().where(Deal.contact_id == Contact.id, Deal.status == DealStatus.WON.value)
    filters = [Contact.deleted_at.is_(None), Contact.touch_count >= 1, ~Contact.declined, ~bought]
    m_tag = builtin_ids(s).get(BuiltinTag.M)
    if m_tag is not None:
        filters.append(
            ~exists().where(ContactTag.contact_id == Contact.id, ContactTag.tag_id == m_tag)
        )
    return filters


def _abandoned_filters(today: date) -> list[ColumnElement[bool]]:
    return [
        Contact.touch_count <= QUIT_AT,
        Contact.last_touch_at < local_midnight(today - timedelta(days=ABANDONED_AFTER_DAYS)),
        or_(Contact.next_follow_up.is_(None), Contact.next_follow_up < today),
    ]


def touches_before_close_in(s: Session, period: Period, today: date) -> TouchesBeforeClose:
    """Inside a read session: the series of chart 4."""
    # Grouped by the raw count and capped here: min(subquery, cap) in SQL runs the
    # correlated count twice per deal.
    needed = select(_touches_needed().label("n")).where(*_won_in(period)).subquery()
    counts: dict[int, int] = {}
    for n, k in keyed_counts(s, select(needed.c.n, func.count()).group_by(needed.c.n)).items():
        counts[min(int(n), TOP_BIN)] = counts.get(min(int(n), TOP_BIN), 0) + k
    won = sum(counts.values())
    bins: list[TouchBin] = []
    running = 0
    for n in range(TOP_BIN + 1):
        running += counts.get(n, 0)
        bins.append(TouchBin(n, counts.get(n, 0), conversion_at(n), running / won if won else None))
    # One pass over the contacts counts both: filtering the abandoned ones separately
    # walks the last_touch_at index over nearly every contact (~2x slower at 100k).
    given_up = func.sum(case((and_(*_abandoned_filters(today)), 1), else_=0))
    open_count, abandoned = s.execute(select(func.count(), given_up).where(*_open_filters(s))).one()
    return TouchesBeforeClose(period, tuple(bins), won, int(open_count), int(abandoned or 0))


def touches_before_close(db: Database, period: Period) -> TouchesBeforeClose:
    today = db.today()
    with db.reading() as s:
        return touches_before_close_in(s, period, today)


def contacts_closed_after(db: Database, period: Period, touches: int) -> tuple[int, ...]:
    """Contacts with a deal won in the period after `touches` touches (the top bin: or more)."""
    n = func.min(_touches_needed(), TOP_BIN)
    with db.reading() as s:
        return tuple(
            s.scalars(
                select(Deal.contact_id)
                .where(*_won_in(period), n == min(touches, TOP_BIN))
                .distinct()
                .order_by(Deal.contact_id)
            )
        )


def abandoned_contacts(db: Database) -> tuple[int, ...]:
    """Open contacts given up at 1-3 touches: none for 30 days and no follow-up planned."""
    today = db.today()
    with db.reading() as s:
        return tuple(
            s.scalars(
                select(Contact.id)
                .where(*_open_filters(s), *_abandoned_filters(today))
                .order_by(Contact.id)
            )
        )
