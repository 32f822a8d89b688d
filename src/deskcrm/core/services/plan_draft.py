"""Draft a day's plan from what is due, and accept the suggestions the rep picks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from deskcrm.core.changes import Changes
from deskcrm.core.model import BuiltinTag, ContactClass, DealStatus, PlanItemInfo, PlanSide
from deskcrm.core.rules import plan_draft as rules
from deskcrm.core.rules.cadence import STUCK_TOUCHES
from deskcrm.core.rules.classes import ClassWindows, deadline
from deskcrm.core.rules.plan_draft import Reason, Suggestion
from deskcrm.core.services.database import Database
from deskcrm.core.services.plan import PLAN_CHANGED, day_start_utc, insert_item, item_infos
from deskcrm.core.services.tagging import builtin_ids
from deskcrm.db.models import Contact, ContactTag, Deal, PlanItem, Touch

# How far back carrying looks for the last planned day (a Friday's leftovers reach Monday).
CARRY_LOOKBACK_DAYS = 7


def _live() -> tuple[ColumnElement[bool], ...]:
    """Contacts a draft may name: not in the trash, not class D (stop following)."""
    return (
        Contact.deleted_at.is_(None),
        or_(Contact.class_code.is_(None), Contact.class_code != ContactClass.D.value),
    )


def _suggestion(
    c: Contact,
    reason: Reason,
    key: str,
    *,
    due: date | None = None,
    overdue_days: int = 0,
    detail: str = "",
    last_call: date | None = None,
) -> Suggestion:
    return Suggestion(
        reason=reason,
        origin_key=key,
        side=PlanSide.SALES,
        contact_id=c.id,
        contact_name=c.name,
        detail=detail,
        due=due,
        overdue_days=overdue_days,
        class_code=c.class_code,
        ka_score=c.ka_score,
        touch_count=c.touch_count,
        last_call=last_call,
    )


def _follow_ups(s: Session, day: date) -> list[Suggestion]:
    rows = s.scalars(select(Contact).where(Contact.next_follow_up <= day, *_live()))
    out = []
    for c in rows:
        due = c.next_follow_up
        assert due is not None
        out.append(
            _suggestion(
                c,
                Reason.FOLLOW_UP,
                rules.follow_up_key(c.id, due),
                due=due,
                overdue_days=(day - due).days,
                detail=c.next_step,
            )
        )
    return out


def _next_steps(s: Session, day: date) -> list[Suggestion]:
    """Hooks promised for `day`: the latest such touch of each contact."""
    rows = s.execute(
        select(Touch.id, Touch.next_step, Contact)
        .join(Contact, Contact.id == Touch.contact_id)
        .where(Touch.next_follow_up == day, Touch.next_step != "", *_live())
        .order_by(Touch.at, Touch.id)
    ).all()
    latest: dict[int, Suggestion] = {}
    for touch_id, step, c in rows:
        latest[c.id] = _suggestion(
            c, Reason.NEXT_STEP, rules.next_step_key(touch_id), due=day, detail=step
        )
    return list(latest.values())


def _class_deadlines(s: Session, day: date, windows: ClassWindows) -> list[Suggestion]:
    last = day + timedelta(days=rules.CLASS_DEADLINE_LEAD_DAYS)
    # since + window <= last  <=>  since <= last - window, per class (uses the class index).
    per_class = [
        and_(Contact.class_code == k, Contact.class_since <= last - timedelta(days=n))
        for k, n in (("A", windows.a), ("B", windows.b), ("C", windows.c))
    ]
    rows = s.scalars(select(Contact).where(or_(*per_class), *_live()))
    out = []
    for c in rows:
        end = deadline(c.class_code, c.class_since, windows)
        assert end is not None and c.class_code is not None
        out.append(
            _suggestion(
                c,
                Reason.CLASS_DEADLINE,
                rules.class_deadline_key(c.id, c.class_code, end),
                due=end,
                overdue_days=max(0, (day - end).days),
            )
        )
    return out


def _vip_calls(s: Session, day: date) -> list[Suggestion]:
    vip = builtin_ids(s).get(BuiltinTag.VIP)
    if vip is None:
        return []
    cutoff = day_start_utc(rules.months_before(day, rules.VIP_CALL_MONTHS))
    rows = s.scalars(
        select(Contact)
        .join(ContactTag, ContactTag.contact_id == Contact.id)
        .where(
            ContactTag.tag_id == vip,
            or_(Contact.last_call_at.is_(None), Contact.last_call_at < cutoff),
            *_live(),
        )
        .order_by(Contact.ka_score.desc().nulls_last(), Contact.last_call_at, Contact.id)
        .limit(rules.BULK_REASON_LIMIT)
    )
    out = []
    for c in rows:
        last = c.last_call_at.astimezone().date() if c.last_call_at else None
        out.append(_suggestion(c, Reason.VIP_CALL, rules.vip_call_key(c.id, last), last_call=last))
    return out


def _stuck(s: Session, day: date) -> list[Suggestion]:
    quiet_since = day_start_utc(day - timedelta(days=rules.STUCK_QUIET_DAYS - 1))
    won = exists().where(Deal.contact_id == Contact.id, Deal.status == DealStatus.WON.value)
    rows = s.scalars(
        select(Contact)
        .where(
            Contact.touch_count.in_(STUCK_TOUCHES),
            Contact.last_touch_at < quiet_since,
            # A follow-up already booked for later means the rep has not given up.
            or_(Contact.next_follow_up.is_(None), Contact.next_follow_up <= day),
            ~won,
            *_live(),
        )
        .order_by(Contact.ka_score.desc().nulls_last(), Contact.last_touch_at, Contact.id)
        .limit(rules.BULK_REASON_LIMIT)
    )
    return [_suggestion(c, Reason.STUCK, rules.stuck_key(c.id, c.touch_count)) for c in rows]


def _carried(s: Session, day: date) -> list[Suggestion]:
    """Undone items of the last planned day before `day` (looking back at most a week)."""
    prev_day = s.scalar(
        select(PlanItem.day)
        .where(PlanItem.day < day, PlanItem.day >= day - timedelta(days=CARRY_LOOKBACK_DAYS))
        .order_by(PlanItem.day.desc())
        .limit(1)
    )
    if prev_day is None:
        return []
    rows = s.execute(
        select(PlanItem, Contact)
        .outerjoin(Contact, Contact.id == PlanItem.contact_id)
        .where(PlanItem.day == prev_day, PlanItem.done.is_(False))
        .order_by(PlanItem.side, PlanItem.rank)
    ).all()
    out = []
    for item, c in rows:
        if c is not None and (c.deleted_at is not None or c.class_code == ContactClass.D.value):
            continue
        out.append(
            Suggestion(
                reason=Reason.CARRIED,
                origin_key=rules.carried_key(item.id, item.origin_key),
                side=PlanSide(item.side),
                contact_id=item.contact_id,
                contact_name=c.name if c is not None else "",
                detail=item.title,
                due=prev_day,
                overdue_days=(day - prev_day).days,
                class_code=c.class_code if c is not None else None,
                ka_score=c.ka_score if c is not None else None,
                touch_count=c.touch_count if c is not None else 0,
                carried_from=item.id,
            )
        )
    return out


def _planned(s: Session, day: date) -> tuple[set[str], set[int]]:
    rows = s.execute(
        select(PlanItem.origin_key, PlanItem.contact_id).where(PlanItem.day == day)
    ).all()
    keys = {k for k, _ in rows if k}
    contacts = {c for _, c in rows if c is not None}
    return keys, contacts


def draft(db: Database, day: date) -> list[Suggestion]:
    """What is due on `day` and not planned yet, one line per contact, most important first.

    Nothing is written: the rep picks what to keep and `accept` adds it.
    """
    windows = ClassWindows.from_settings(db.get_setting)
    with db.reading() as s:
        candidates = [
            *_carried(s, day),
            *_next_steps(s, day),
            *_follow_ups(s, day),
            *_class_deadlines(s, day, windows),
            *_vip_calls(s, day),
            *_stuck(s, day),
        ]
        keys, contacts = _planned(s, day)
    return rules.build_draft(candidates, keys, contacts)


def accept(
    db: Database, day: date, chosen: Sequence[tuple[Suggestion, str]]
) -> tuple[list[PlanItemInfo], Changes]:
    """Add the chosen suggestions, each with the title the caller worded, in one transaction.

    Items go to the end of their column in the given order. A suggestion whose key or
    contact got planned meanwhile (another window, a double click) is skipped, not doubled.
    """
    with db.unit() as s:
        keys, contacts = _planned(s, day)
        now = db.now()
        added: list[PlanItem] = []
        for suggestion, title in chosen:
            if not rules.drop_planned([suggestion], keys, contacts):
                continue
            item = insert_item(
                s,
                day=day,
                side=suggestion.side,
                title=title,
                now=now,
                contact_id=suggestion.contact_id,
                origin=suggestion.reason.value,
                origin_key=suggestion.origin_key,
            )
            added.append(item)
            keys.add(suggestion.origin_key)
            if suggestion.contact_id is not None:
                contacts.add(suggestion.contact_id)
        infos = item_infos(s, added)
    return infos, PLAN_CHANGED if added else Changes()
