"""The day's plan sheet: items in two ranked columns (sales | non-sales), done ticks, counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import PlanItemInfo, PlanSide
from deskcrm.core.rules.plan_draft import Origin
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact, ContactPhone, PlanItem

PLAN_CHANGED = Changes(plan=True, stats=True)
MAX_TITLE = 500  # PlanItem.title is a String(500)


class _Keep(Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP


@dataclass(frozen=True)
class PlanCounts:
    """Planned and done per side; the shares are None when there is nothing to divide."""

    sales_planned: int = 0
    sales_done: int = 0
    non_sales_planned: int = 0
    non_sales_done: int = 0

    @property
    def planned(self) -> int:
        return self.sales_planned + self.non_sales_planned

    @property
    def done(self) -> int:
        return self.sales_done + self.non_sales_done

    @property
    def sales_share_planned(self) -> float | None:
        return self.sales_planned / self.planned if self.planned else None

    @property
    def sales_share_done(self) -> float | None:
        return self.sales_done / self.done if self.done else None

    @property
    def non_sales_share_done(self) -> float | None:
        return self.non_sales_done / self.done if self.done else None


@dataclass(frozen=True)
class DeletedItem:
    """Everything `restore_item` needs to put a deleted item back where it was."""

    id: int
    day: date
    side: str
    rank: int
    title: str
    done: bool
    done_at: datetime | None
    contact_id: int | None
    origin: str
    origin_key: str
    created_at: datetime
    reason: str = ""
    detail: str = ""
    due: date | None = None


def day_start_utc(day: date) -> datetime:
    """The instant the rep's local `day` begins, as aware UTC (how timestamps are stored)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def clean_title(title: str, *, worded: bool = False) -> str:
    """Trimmed title; raises ValidationError when empty or longer than the column allows.

    A drafted line (`worded`) may have none: it is worded from its reason when shown.
    """
    clean = title.strip()
    if not clean and not worded:
        raise ValidationError("title", "required")
    if len(clean) > MAX_TITLE:
        raise ValidationError("title", "too_long", limit=MAX_TITLE)
    return clean


def check_side(side: str) -> PlanSide:
    try:
        return PlanSide(side)
    except ValueError:
        raise ValidationError("side", "invalid", value=side) from None


def _check_contact(s: Session, contact_id: int | None) -> None:
    if contact_id is None:
        return
    deleted = s.execute(select(Contact.deleted_at).where(Contact.id == contact_id)).first()
    if deleted is None or deleted[0] is not None:
        raise ValidationError("contact", "not_found", contact_id=contact_id)


def _column(s: Session, day: date, side: str) -> list[PlanItem]:
    return list(
        s.scalars(
            select(PlanItem)
            .where(PlanItem.day == day, PlanItem.side == side)
            .order_by(PlanItem.rank, PlanItem.id)
        )
    )


def _renumber(items: list[PlanItem]) -> None:
    """Dense ranks 0..n-1 in list order (touching only rows whose rank changes)."""
    for rank, item in enumerate(items):
        if item.rank != rank:
            item.rank = rank


def _info(item: PlanItem, cards: dict[int, tuple[str, str, str]]) -> PlanItemInfo:
    name, company, phone = cards.get(item.contact_id or 0, ("", "", ""))
    return PlanItemInfo(
        id=item.id,
        day=item.day,
        side=item.side,
        rank=item.rank,
        title=item.title,
        done=item.done,
        contact_id=item.contact_id,
        contact_name=name,
        origin=item.origin,
        origin_key=item.origin_key,
        reason=item.reason,
        detail=item.detail,
        due=item.due,
        company=company,
        phone=phone,
    )


def item_infos(s: Session, items: list[PlanItem]) -> list[PlanItemInfo]:
    """PlanItemInfo for ORM rows; each contact's name, company and first phone in one
    query (inside a unit)."""
    ids = {i.contact_id for i in items if i.contact_id is not None}
    cards: dict[int, tuple[str, str, str]] = {}
    if ids:
        first_phone = (
            select(ContactPhone.raw)
            .where(ContactPhone.contact_id == Contact.id)
            .order_by(ContactPhone.position, ContactPhone.id)
            .limit(1)
            .correlate(Contact)
            .scalar_subquery()
        )
        rows = s.execute(
            select(Contact.id, Contact.name, Contact.company, first_phone).where(
                Contact.id.in_(ids)
            )
        )
        cards = {cid: (name, company or "", phone or "") for cid, name, company, phone in rows}
    return [_info(i, cards) for i in items]


def _get(s: Session, item_id: int) -> PlanItem:
    item = s.get(PlanItem, item_id)
    if item is None:
        raise NotFound(f"plan item {item_id}", item_id=item_id)
    return item


def insert_item(
    s: Session,
    *,
    day: date,
    side: str,
    title: str,
    now: datetime,
    contact_id: int | None = None,
    position: int | None = None,
    origin: str = "manual",
    origin_key: str = "",
    why: Origin | None = None,
) -> PlanItem:
    """Add an item inside a caller's unit (other services use this, e.g. coach thanks).

    `position` None appends; otherwise the item goes there (clamped) and the rest move down.
    A drafted item carries `why` and may have no title (it is worded when shown).
    """
    side = check_side(side).value
    clean = clean_title(title, worded=why is not None)
    _check_contact(s, contact_id)
    column = _column(s, day, side)
    item = PlanItem(
        day=day,
        side=side,
        rank=len(column),
        title=clean,
        done=False,
        contact_id=contact_id,
        origin=origin,
        origin_key=origin_key,
        reason=why.reason.value if why else "",
        detail=why.detail[:MAX_TITLE] if why else "",
        due=why.due if why else None,
        created_at=now,
    )
    s.add(item)
    at = len(column) if position is None else max(0, min(position, len(column)))
    column.insert(at, item)
    _renumber(column)
    s.flush()
    return item


def items_for_day(db: Database, day: date) -> tuple[list[PlanItemInfo], list[PlanItemInfo]]:
    """(sales, non-sales) items of `day`, each column in rank order."""
    with db.reading() as s:
        rows = list(
            s.scalars(
                select(PlanItem)
                .where(PlanItem.day == day)
                .order_by(PlanItem.side, PlanItem.rank, PlanItem.id)
            )
        )
        infos = item_infos(s, rows)
    sales = [i for i in infos if i.side == PlanSide.SALES]
    non_sales = [i for i in infos if i.side == PlanSide.NON_SALES]
    return sales, non_sales


def items_between(db: Database, first: date, last: date) -> list[PlanItemInfo]:
    """Every item from `first` to `last` inclusive, by day, side (sales first) and rank."""
    with db.reading() as s:
        rows = list(
            s.scalars(
                select(PlanItem)
                .where(PlanItem.day >= first, PlanItem.day <= last)
                .order_by(PlanItem.day, PlanItem.side, PlanItem.rank, PlanItem.id)
            )
        )
        return item_infos(s, rows)


def get_item(db: Database, item_id: int) -> PlanItemInfo:
    with db.reading() as s:
        return item_infos(s, [_get(s, item_id)])[0]


def add_item(
    db: Database,
    day: date,
    side: str,
    title: str,
    contact_id: int | None = None,
    position: int | None = None,
) -> tuple[PlanItemInfo, Changes]:
    """Add a manual item to a column (at the end unless `position` is given)."""
    with db.unit() as s:
        item = insert_item(
            s,
            day=day,
            side=side,
            title=title,
            now=db.now(),
            contact_id=contact_id,
            position=position,
        )
        info = item_infos(s, [item])[0]
    return info, PLAN_CHANGED


def edit_item(
    db: Database,
    item_id: int,
    *,
    title: str | None = None,
    contact_id: int | _Keep | None = KEEP,
) -> tuple[PlanItemInfo, Changes]:
    """Change the title and/or the linked contact (None unlinks; KEEP leaves it).

    A drafted line given an empty title goes back to the words of its reason.
    """
    with db.unit() as s:
        item = _get(s, item_id)
        if title is not None:
            item.title = clean_title(title, worded=bool(item.reason))
        if not isinstance(contact_id, _Keep):
            _check_contact(s, contact_id)
            item.contact_id = contact_id
        s.flush()
        info = item_infos(s, [item])[0]
    return info, PLAN_CHANGED


def delete_item(db: Database, item_id: int) -> tuple[DeletedItem, Changes]:
    """Delete an item, closing the gap in its column; the result lets `restore_item` undo it."""
    with db.unit() as s:
        item = _get(s, item_id)
        gone = DeletedItem(
            id=item.id,
            day=item.day,
            side=item.side,
            rank=item.rank,
            title=item.title,
            done=item.done,
            done_at=item.done_at,
            contact_id=item.contact_id,
            origin=item.origin,
            origin_key=item.origin_key,
            created_at=item.created_at,
            reason=item.reason,
            detail=item.detail,
            due=item.due,
        )
        column = [i for i in _column(s, item.day, item.side) if i.id != item_id]
        s.delete(item)
        s.flush()
        _renumber(column)
    return gone, PLAN_CHANGED


def restore_item(db: Database, gone: DeletedItem) -> tuple[PlanItemInfo, Changes]:
    """Undo a delete: the same id when still free, the same place in its column."""
    with db.unit() as s:
        contact_id = gone.contact_id
        if contact_id is not None and s.get(Contact, contact_id) is None:
            contact_id = None  # purged meanwhile; keep the line, drop the link
        column = _column(s, gone.day, gone.side)
        item = PlanItem(
            id=gone.id if s.get(PlanItem, gone.id) is None else None,
            day=gone.day,
            side=gone.side,
            rank=len(column),
            title=gone.title,
            done=gone.done,
            done_at=gone.done_at,
            contact_id=contact_id,
            origin=gone.origin,
            origin_key=gone.origin_key,
            reason=gone.reason,
            detail=gone.detail,
            due=gone.due,
            created_at=gone.created_at,
        )
        s.add(item)
        column.insert(max(0, min(gone.rank, len(column))), item)
        _renumber(column)
        s.flush()
        info = item_infos(s, [item])[0]
    return info, PLAN_CHANGED


def set_done(db: Database, item_id: int, done: bool) -> Changes:
    with db.unit() as s:
        item = _get(s, item_id)
        if item.done != done:
            item.done = done
            item.done_at = db.now() if done else None
    return PLAN_CHANGED


def move_item(db: Database, item_id: int, side: str, position: int) -> Changes:
    """Move an item to `position` (clamped) in `side`'s column of the same day.

    Works within a column (reorder) and across columns; both stay densely ranked.
    """
    target_side = check_side(side).value
    with db.unit() as s:
        item = _get(s, item_id)
        source = [i for i in _column(s, item.day, item.side) if i.id != item_id]
        if target_side == item.side:
            target = source
        else:
            target = [i for i in _column(s, item.day, target_side) if i.id != item_id]
            _renumber(source)
            item.side = target_side
        target.insert(max(0, min(position, len(target))), item)
        _renumber(target)
    return PLAN_CHANGED


def counts(db: Database, day: date) -> PlanCounts:
    """Planned and done per side for one day."""
    return counts_between(db, day, day)


def counts_between(db: Database, first: date, last: date) -> PlanCounts:
    with db.reading() as s:
        return counts_in(s, first, last)


def counts_in(s: Session, first: date, last: date) -> PlanCounts:
    """PlanCounts over a day range, inside a caller's session."""
    rows = s.execute(
        select(PlanItem.side, PlanItem.done, func.count())
        .where(PlanItem.day >= first, PlanItem.day <= last)
        .group_by(PlanItem.side, PlanItem.done)
    ).all()
    got: dict[tuple[str, bool], int] = {(side, bool(done)): int(n) for side, done, n in rows}

    def side_counts(side: PlanSide) -> tuple[int, int]:
        done = got.get((side.value, True), 0)
        return done + got.get((side.value, False), 0), done

    sp, sd = side_counts(PlanSide.SALES)
    np_, nd = side_counts(PlanSide.NON_SALES)
    return PlanCounts(sales_planned=sp, sales_done=sd, non_sales_planned=np_, non_sales_done=nd)
