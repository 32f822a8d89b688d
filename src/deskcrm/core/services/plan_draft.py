"""Draft a day's plan from what is due, ranked by value against the day's capacity, and
accept the suggestions the rep picks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from heapq import merge
from itertools import islice
from typing import Any, cast

from sqlalchemy import BindParameter, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from deskcrm.core.changes import Changes
from deskcrm.core.model import BuiltinTag, ContactClass, DealStatus, PlanItemInfo, PlanSide
from deskcrm.core.rules import closeness
from deskcrm.core.rules import occasions as occasion_rules
from deskcrm.core.rules import plan_draft as rules
from deskcrm.core.rules.cadence import STUCK_TOUCHES
from deskcrm.core.rules.classes import ClassWindows
from deskcrm.core.rules.deal_stages import after_needs
from deskcrm.core.rules.plan_draft import Draft, Origin, Reason, Suggestion, reason_of
from deskcrm.core.rules.referrals import AskTimes, thanks_key, who_to_thank
from deskcrm.core.services import upkeep
from deskcrm.core.services.classification import won_since
from deskcrm.core.services.database import Database
from deskcrm.core.services.plan import PLAN_CHANGED, day_start_utc, insert_item, item_infos
from deskcrm.core.services.qualification import standings
from deskcrm.core.services.tagging import builtin_ids
from deskcrm.db.dialect import not_via_index
from deskcrm.db.models import Contact, ContactOccasion, ContactTag, Deal, PlanItem, Tag

# How far back carrying looks for the last planned day (a Friday's leftovers reach Monday).
CARRY_LOOKBACK_DAYS = 7
# A class window that closed this many days ago is still proposed (as overdue: close it
# or let it go to D); older ones are left to the contacts' "class overdue" view.
CLASS_OVERDUE_DAYS = 7


def _live() -> tuple[ColumnElement[bool], ...]:
    """Contacts a draft may name: not in the trash, not class D (stop following)."""
    return (
        Contact.deleted_at.is_(None),
        or_(Contact.class_code.is_(None), Contact.class_code != ContactClass.D.value),
    )


# What a suggestion shows of its contact. Queries that may return many contacts select
# these columns rather than ORM contacts, which would also load every contact's tags.
_CARD = (Contact.id, Contact.name, Contact.class_code, Contact.ka_score, Contact.touch_count)


def _suggestion(
    c: Any,  # a Contact, or a row holding the _CARD columns
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
    """Contacts whose follow-up date has come; a step promised for that very day is a
    NEXT_STEP, anything older is an overdue FOLLOW_UP (with the promised step, if any).

    The contact's follow-up and step are those of its latest touch, so a promise that a
    later touch kept or moved is not proposed again.
    """
    rows = s.execute(
        select(*_CARD, Contact.next_follow_up, Contact.next_step)
        .where(Contact.next_follow_up <= day, *_live())
        .order_by(Contact.next_follow_up, Contact.ka_score.desc().nulls_last(), Contact.id)
        .limit(rules.DATED_REASON_LIMIT)
    )
    out = []
    for c in rows:
        due = c.next_follow_up
        assert due is not None
        if due == day and c.next_step:
            out.append(
                _suggestion(
                    c, Reason.NEXT_STEP, rules.next_step_key(c.id, due), due=due, detail=c.next_step
                )
            )
        else:
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


def _class_deadlines(s: Session, day: date, windows: ClassWindows) -> list[Suggestion]:
    """A/B/C windows ending within two days (or closed in the last week, as overdue),
    unless a deal was won since the contact entered its class (that closed the window);
    the nearest deadlines first, at most DATED_REASON_LIMIT of them."""
    first = day - timedelta(days=CLASS_OVERDUE_DAYS)
    last = day + timedelta(days=rules.CLASS_DEADLINE_LEAD_DAYS)
    last_won = (
        select(func.max(Deal.closed_at))
        .where(Deal.contact_id == Contact.id, Deal.status == DealStatus.WON.value)
        .correlate(Contact)
        .scalar_subquery()
    )
    limit = rules.DATED_REASON_LIMIT
    per_class: list[list[tuple[date, int, str, str, int | None, int]]] = []
    for code in "ABC":
        days = windows.days(code)
        if days is None:
            continue
        span = timedelta(days=days)
        # first <= since + window <= last, walked in deadline order on the (class_code,
        # class_since) index: thousands of contacts can be in a window, but only the
        # nearest hundred are proposed, so the cursor stops there (~30 -> ~5 ms at 100k).
        rows = s.connection().execute(
            select(
                Contact.id,
                Contact.name,
                Contact.class_since,
                Contact.ka_score,
                Contact.touch_count,
                last_won,
            )
            .where(
                Contact.class_code == code,
                Contact.class_since >= first - span,
                Contact.class_since <= last - span,
                *_live(),
            )
            .order_by(Contact.class_since, Contact.id)
        )
        kept: list[tuple[date, int, str, str, int | None, int]] = []
        for cid, name, since, ka_score, touch_count, won_at in rows:
            if since is None or (won_at is not None and won_since(won_at, since)):
                continue  # (the range above already left out contacts with no date)
            kept.append((since + span, cid, name, code, ka_score, touch_count))
            if len(kept) == limit:
                break
        rows.close()
        per_class.append(kept)
    # Each class's lines are in (deadline, id) order already: merge them.
    nearest = list(islice(merge(*per_class), limit))
    return [
        Suggestion(
            reason=Reason.CLASS_DEADLINE,
            origin_key=rules.class_deadline_key(cid, code, end),
            side=PlanSide.SALES,
            contact_id=cid,
            contact_name=name,
            due=end,
            overdue_days=max(0, (day - end).days),
            class_code=code,
            ka_score=ka_score,
            touch_count=touch_count,
        )
        for end, cid, name, code, ka_score, touch_count in nearest
    ]


def _thanks(s: Session, day: date) -> list[Suggestion]:
    """Referred contacts that closed in the last two weeks whose referrer (or coach) has
    no thank-you line on any day yet (winning a deal usually plans one; this catches a
    deleted one, or a referrer recorded after the close)."""
    rows = s.execute(
        select(
            Deal.id,
            Deal.title,
            Deal.closed_at,
            Contact.name,
            Contact.referred_by_id,
            Contact.coach_id,
        )
        .join(Contact, Contact.id == Deal.contact_id)
        .where(
            Deal.status == DealStatus.WON.value,
            Deal.closed_at >= day_start_utc(day - timedelta(days=rules.THANKS_LOOKBACK_DAYS)),
            Deal.closed_at < day_start_utc(day + timedelta(days=1)),
            or_(Contact.referred_by_id.is_not(None), Contact.coach_id.is_not(None)),
            Contact.deleted_at.is_(None),
        )
        .order_by(Deal.closed_at.desc(), Deal.id)
        .limit(rules.DATED_REASON_LIMIT)
    ).all()
    if not rows:
        return []
    keys = {thanks_key(r.id) for r in rows}
    planned = set(s.scalars(select(PlanItem.origin_key).where(PlanItem.origin_key.in_(keys))))
    whom = {who_to_thank(r.referred_by_id, r.coach_id) for r in rows} - {None}
    # The people to thank (whatever their class), as plain columns in one query, not
    # one ORM contact each.
    thanked = {
        c.id: c
        for c in s.execute(select(*_CARD).where(Contact.id.in_(whom), Contact.deleted_at.is_(None)))
    }
    out = []
    for r in rows:
        key = thanks_key(r.id)
        thank = thanked.get(who_to_thank(r.referred_by_id, r.coach_id) or 0)
        if thank is None or key in planned:
            continue
        closed = r.closed_at.astimezone().date() if r.closed_at else None
        detail = r.name + (f" · {r.title}" if r.title else "")
        out.append(_suggestion(thank, Reason.THANK_COACH, key, due=closed, detail=detail))
    return out


def _coach_checks(s: Session, stages: Sequence[str]) -> list[Suggestion]:
    """Contacts with a coach and an open deal past the needs stage: check budget and
    decision power with the coach before the proposal, once per deal (a check planned on
    any day is not proposed again). Few contacts have a coach: the coach_id index finds
    them, the deals come by their contact_id index."""
    later = after_needs(stages)
    if not later:
        return []
    rows = s.execute(
        select(*_CARD, Contact.coach_id, Deal.id.label("deal_id"))
        .join(Deal, Deal.contact_id == Contact.id)
        # "> 0" rather than "IS NOT NULL": a range the planner takes to the coach_id index.
        .where(
            Contact.coach_id > 0,
            Deal.status == DealStatus.OPEN.value,
            Deal.stage.in_(later),
            *_live(),
        )
        .order_by(Contact.ka_score.desc().nulls_last(), Contact.id, Deal.id)
        .limit(rules.BULK_REASON_LIMIT)
    ).all()
    if not rows:
        return []
    keys = {rules.coach_check_key(c.id, c.deal_id) for c in rows}
    # By contact (its index), as origin_key has none.
    planned = set(
        s.scalars(
            select(PlanItem.origin_key).where(
                PlanItem.contact_id.in_({c.id for c in rows}), PlanItem.origin_key.in_(keys)
            )
        )
    )
    coaches = dict(
        s.execute(
            select(Contact.id, Contact.name).where(
                Contact.id.in_({c.coach_id for c in rows}), Contact.deleted_at.is_(None)
            )
        ).all()
    )
    out = []
    for c in rows:
        key = rules.coach_check_key(c.id, c.deal_id)
        if key not in planned and c.coach_id in coaches:
            out.append(_suggestion(c, Reason.COACH_CHECK, key, detail=coaches[c.coach_id]))
    return out


def _vip_calls(s: Session, day: date) -> list[Suggestion]:
    vip = builtin_ids(s).get(BuiltinTag.VIP)
    if vip is None:
        return []
    cutoff = day_start_utc(rules.months_before(day, rules.VIP_CALL_MONTHS))
    rows = s.execute(
        select(*_CARD, Contact.last_call_at)
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
    """3-4 touches, quiet for a week, nothing booked later, never bought (the stuck view's
    contacts, minus those the rep is plainly still working on)."""
    quiet_since = day_start_utc(day - timedelta(days=rules.STUCK_QUIET_DAYS - 1))
    won = exists().where(Deal.contact_id == Contact.id, Deal.status == DealStatus.WON.value)
    # Most contacts are quiet for a week, so walking the last_touch_at index visits nearly
    # every row (~100 ms at 100,000 contacts); hidden from the planner, the query walks
    # the ka_score order it needs anyway and stops at the limit (~30 ms).
    last_touch: Any = not_via_index(s, cast(Any, Contact.last_touch_at))
    where: list[ColumnElement[bool]] = [
        Contact.touch_count.in_(STUCK_TOUCHES),
        last_touch < quiet_since,
        # A follow-up already booked for later means the rep has not given up.
        or_(Contact.next_follow_up.is_(None), Contact.next_follow_up <= day),
        ~won,
        *_live(),
    ]
    bought = builtin_ids(s).get(BuiltinTag.M)
    if bought is not None:
        where.append(
            ~exists().where(ContactTag.contact_id == Contact.id, ContactTag.tag_id == bought)
        )
    rows = s.execute(
        select(*_CARD)
        .where(*where)
        .order_by(Contact.ka_score.desc().nulls_last(), Contact.last_touch_at, Contact.id)
        .limit(rules.BULK_REASON_LIMIT)
    )
    return [_suggestion(c, Reason.STUCK, rules.stuck_key(c.id, c.touch_count)) for c in rows]


def _occasions(s: Session, day: date) -> list[Suggestion]:
    """Birthdays and own dates in the next few days (across a year end: by month-day key)."""
    window = occasion_rules.window_keys(
        day, day + timedelta(days=occasion_rules.OCCASION_LEAD_DAYS)
    )
    rows = s.execute(
        select(*_CARD, ContactOccasion.kind, ContactOccasion.label, ContactOccasion.month_day)
        .join(ContactOccasion, ContactOccasion.contact_id == Contact.id)
        .where(ContactOccasion.month_day.in_(list(window)), *_live())
        .limit(rules.DATED_REASON_LIMIT)
    ).all()
    out = []
    for c in rows:
        when = window[c.month_day]
        if c.kind == "birthday":
            key = rules.occasion_key(Reason.BIRTHDAY, c.id, when)
            out.append(_suggestion(c, Reason.BIRTHDAY, key, due=when))
        else:
            key = rules.occasion_key(Reason.OCCASION, c.id, when, c.label)
            out.append(_suggestion(c, Reason.OCCASION, key, due=when, detail=c.label))
    return sorted(out, key=lambda x: (x.due or day, x.contact_id or 0))


def _has_tag(tag_id: int) -> ColumnElement[bool]:
    return exists().where(ContactTag.contact_id == Contact.id, ContactTag.tag_id == tag_id)


def _festivals(s: Session, day: date) -> list[Suggestion]:
    """A few days before a festival: greet the VIPs and the customers who bought before,
    key accounts first (one festival at a time: the nearest)."""
    coming = occasion_rules.festivals_between(
        day, day + timedelta(days=occasion_rules.OCCASION_LEAD_DAYS)
    )
    tags = builtin_ids(s)
    wanted = [t for t in (tags.get(BuiltinTag.VIP), tags.get(BuiltinTag.M)) if t is not None]
    if not coming or not wanted:
        return []
    when, festival = coming[0]
    rows = s.execute(
        select(*_CARD)
        .where(
            exists().where(ContactTag.contact_id == Contact.id, ContactTag.tag_id.in_(wanted)),
            *_live(),
        )
        .order_by(Contact.ka_score.desc().nulls_last(), Contact.id)
        .limit(rules.BULK_REASON_LIMIT)
    )
    return [
        _suggestion(
            c,
            Reason.FESTIVAL,
            rules.occasion_key(Reason.FESTIVAL, c.id, when, festival.value),
            due=when,
            detail=festival.value,
        )
        for c in rows
    ]


def _repurchases(s: Session, day: date) -> list[Suggestion]:
    """Contacts whose last purchase (last won deal) plus their repurchase cycle comes
    within a few days, not touched since that window opened. The cycle is the contact's
    own, else the shortest of its product tags' cycles (the first thing to run out);
    a line from a tag's cycle names the tag."""
    lead = timedelta(days=occasion_rules.OCCASION_LEAD_DAYS)
    last_won = (
        select(func.max(Deal.closed_at))
        .where(Deal.contact_id == Contact.id, Deal.status == DealStatus.WON.value)
        .correlate(Contact)
        .scalar_subquery()
    )
    columns = (*_CARD, Contact.repurchase_days, Contact.last_touch_at, last_won.label("won"))
    # Per contact: its row, own cycle and product tags' cycles (core/rules/occasions).
    rows: dict[int, Any] = {}
    tag_cycles: dict[int, list[tuple[int | None, str]]] = {}
    # "> 0" rather than "IS NOT NULL": a range the planner takes to its index even before
    # ANALYZE has seen it (a stored cycle is at least a day).
    own: Any = s.execute(select(*columns).where(Contact.repurchase_days > 0, *_live()))
    for c in own:
        rows[c.id] = c
    cycled = {
        tag_id: (days, name)
        for tag_id, days, name in s.execute(
            select(Tag.id, Tag.repurchase_days, Tag.name).where(Tag.repurchase_days > 0)
        )
    }
    if cycled:
        tagged: Any = s.execute(
            select(*columns, ContactTag.tag_id)
            .join(ContactTag, ContactTag.contact_id == Contact.id)
            .where(
                ContactTag.tag_id.in_(list(cycled)),
                Contact.repurchase_days.is_(None),
                *_live(),
            )
        )
        for c in tagged:
            rows[c.id] = c
            tag_cycles.setdefault(c.id, []).append(cycled[c.tag_id])
    found = []
    for cid, c in rows.items():
        cycle = occasion_rules.effective_cycle(c.repurchase_days, tag_cycles.get(cid, ()))
        if cycle is not None:
            found.append((*cycle, c))
    out = []
    for days, tag_name, c in found:
        due = occasion_rules.repurchase_due(
            c.won.astimezone().date() if c.won is not None else None, days
        )
        if due is None or due > day + lead:
            continue
        if c.last_touch_at is not None and c.last_touch_at >= day_start_utc(due - lead):
            continue  # already called about it
        key = rules.occasion_key(Reason.REPURCHASE, c.id, due)
        out.append(
            _suggestion(
                c,
                Reason.REPURCHASE,
                key,
                due=due,
                overdue_days=max(0, (day - due).days),
                detail=rules.repurchase_detail(days, tag_name),
            )
        )
    out.sort(key=lambda x: (x.due or day, x.contact_id or 0))
    return out[: rules.DATED_REASON_LIMIT]


def _resting(day: date) -> tuple[ColumnElement[bool], ...]:
    """Segment work skips contacts touched lately, booked for later, and the VIPs (they
    get care calls and greetings of their own)."""
    cutoff = day_start_utc(day - timedelta(days=rules.SEGMENT_REST_DAYS))
    return (
        or_(Contact.last_touch_at.is_(None), Contact.last_touch_at < cutoff),
        or_(Contact.next_follow_up.is_(None), Contact.next_follow_up <= day),
        *_live(),
    )


def _last_touch(c: Any) -> date | None:
    return c.last_touch_at.astimezone().date() if c.last_touch_at else None


def _segments(s: Session, day: date) -> list[Suggestion]:
    """docs/method.md §1: N → invite to visit; Y+O → show what is new; Y+M → upgrade or
    buy again; a few of each, key accounts first, then the newest contacts."""
    tags = builtin_ids(s)
    vip = tags.get(BuiltinTag.VIP)
    out: list[Suggestion] = []
    for reason, needed in (
        (Reason.INVITE, (BuiltinTag.N,)),
        (Reason.NEW_PRODUCT, (BuiltinTag.Y, BuiltinTag.O)),
        (Reason.UPGRADE, (BuiltinTag.Y, BuiltinTag.M)),
    ):
        ids = [tags.get(t) for t in needed]
        if any(t is None for t in ids):
            continue
        where = [_has_tag(t) for t in ids if t is not None]
        if vip is not None:
            where.append(~_has_tag(vip))
        rows = s.execute(
            select(*_CARD, Contact.last_touch_at)
            .where(*where, *_resting(day))
            # (ka_score, id) is the order of the ka_score index: no sort of a whole score.
            .order_by(Contact.ka_score.desc().nulls_last(), Contact.id.desc())
            .limit(rules.SEGMENT_REASON_LIMIT)
        )
        out += [
            _suggestion(
                c, reason, rules.segment_key(reason, c.id, _last_touch(c)), due=_last_touch(c)
            )
            for c in rows
        ]
    return out


def _five_a_day(s: Session, day: date) -> list[Suggestion]:
    """Today's five customers who bought before, the newest customers (latest win) first.

    Walks the won deals newest first on their (status, closed_at) index and stops at five
    contacts, rather than grouping every customer's deals (~50 ms at 100,000 contacts)."""
    vip = builtin_ids(s).get(BuiltinTag.VIP)
    # Bought in the last month: the close itself was the touch (and the thank-you).
    cutoff = day_start_utc(day - timedelta(days=rules.SEGMENT_REST_DAYS))
    won = DealStatus.WON.value
    later = aliased(Deal)
    where: list[ColumnElement[bool]] = [
        Deal.status == won,
        Deal.closed_at < cutoff,
        ~exists().where(
            later.contact_id == Contact.id, later.status == won, later.closed_at >= cutoff
        ),
        *_resting(day),
    ]
    if vip is not None:
        where.append(~_has_tag(vip))
    # On the connection, not the ORM session: the ORM would fetch every won deal before the
    # first row; the driver's cursor stops where the loop does.
    rows = s.connection().execute(
        select(*_CARD, Contact.last_touch_at)
        .join(Deal, Deal.contact_id == Contact.id)
        .where(*where)
        .order_by(Deal.closed_at.desc(), Deal.id.desc())
    )
    out: list[Suggestion] = []
    seen: set[int] = set()
    for c in rows:
        if c.id in seen:
            continue  # an older purchase of a customer already chosen
        seen.add(c.id)
        last = _last_touch(c)
        key = rules.segment_key(Reason.BOUGHT_BEFORE, c.id, last)
        out.append(_suggestion(c, Reason.BOUGHT_BEFORE, key, due=last))
        if len(out) == rules.FIVE_A_DAY:
            break
    rows.close()
    return out


def _named(lines: Sequence[Suggestion]) -> set[int]:
    return {x.contact_id for x in lines if x.contact_id is not None}


def _asks_and_upkeep(
    s: Session, day: date, times: AskTimes, room: int, skip: set[int]
) -> list[Suggestion]:
    """Referral asks, then going-cold upkeep, each for contacts no other line names (one
    line per contact would drop them anyway, and the few a day would shrink to none)."""
    asks = _referral_asks(s, day, times, skip)
    return [*asks, *_going_cold(s, day, room, skip | _named(asks))]


def _not_in(skip: set[int]) -> ColumnElement[bool]:
    # Rendered into the SQL: a few hundred ids at most (the other reasons' limits).
    ids: BindParameter[list[int]] = bindparam(
        "skip_ids", sorted(skip), expanding=True, literal_execute=True
    )
    return Contact.id.not_in(ids)


def _referral_asks(s: Session, day: date, times: AskTimes, skip: set[int]) -> list[Suggestion]:
    """A few contacts to ask for a referral, best source first: VIPs, then customers who
    bought (M), newest first on the tag index, then decliners whose lost deal is past the
    respectful interval (newest loss first on the deals index); none asked lately.

    It leaves alone contacts touched this week or booked for later (ask then), and a
    purchase of the last month (satisfaction takes some use of what they bought): the
    ask_referral view lists them all.
    """
    now = day_start_utc(day)
    rested = day_start_utc(day - timedelta(days=rules.SEGMENT_REST_DAYS))
    touched = day_start_utc(day - timedelta(days=rules.REFERRAL_ASK_QUIET_DAYS))
    won = DealStatus.WON.value
    bought = aliased(Deal)  # the decliners' query joins Deal itself
    quiet = (
        or_(Contact.last_touch_at.is_(None), Contact.last_touch_at < touched),
        or_(Contact.next_follow_up.is_(None), Contact.next_follow_up <= day),
        ~exists().where(
            bought.contact_id == Contact.id, bought.status == won, bought.closed_at >= rested
        ),
    )
    tags = builtin_ids(s)
    limit = rules.REFERRAL_ASK_LIMIT
    asked_at = Contact.referral_asked_at
    out: list[Suggestion] = []
    for source, tag in ((rules.ASK_VIP, BuiltinTag.VIP), (rules.ASK_CUSTOMER, BuiltinTag.M)):
        tag_id = tags.get(tag)
        if tag_id is None or len(out) >= limit:
            continue
        rows = s.execute(
            select(*_CARD, asked_at)
            .join(ContactTag, ContactTag.contact_id == Contact.id)
            .where(
                ContactTag.tag_id == tag_id,
                upkeep.not_asked(now, times),
                _not_in(skip),
                *quiet,
                *_live(),
            )
            .order_by(ContactTag.contact_id.desc())
            .limit(limit)
        )
        out += [_ask(c, source, c.referral_asked_at) for c in rows]
    if len(out) < limit:
        # Decliners may be class D (they will not buy): asking who else might is still fair.
        rows = s.execute(
            select(*_CARD, Deal.closed_at)
            .join(Deal, Deal.contact_id == Contact.id)
            .where(
                Deal.status == DealStatus.LOST.value,
                Deal.closed_at >= now - timedelta(days=times.window),
                Deal.closed_at < now - timedelta(days=times.rest),
                upkeep.not_asked(now, times),
                _not_in(skip),
                *quiet,
                Contact.deleted_at.is_(None),
            )
            .order_by(Deal.closed_at.desc())
            .limit(limit * 2)
        )
        out += [_ask(c, rules.ASK_DECLINED, c.closed_at) for c in rows]
    unique: dict[int | None, Suggestion] = {}
    for x in out:  # best source first already: a contact once, under its best source
        unique.setdefault(x.contact_id, x)
    return list(unique.values())[:limit]


def _ask(c: Any, source: str, when: Any) -> Suggestion:
    last = when.astimezone().date() if when is not None else None
    key = rules.segment_key(Reason.ASK_REFERRAL, c.id, last)
    return _suggestion(c, Reason.ASK_REFERRAL, key, due=last, detail=source)


def _going_cold(s: Session, day: date, room: int, skip: set[int]) -> list[Suggestion]:
    """Bought-before contacts whose closeness is falling (the going_cold view), key
    accounts first, at most a few a day within the day's capacity.

    Walks the ka_score index (its order, newest contacts first on equal scores) and stops
    at the limit; the last_touch_at index is hidden, as its range holds most contacts
    (~77 -> ~2 ms at 100,000 contacts, with per-row lookups of "bought before").
    """
    last_touch = not_via_index(s, cast(Any, Contact.last_touch_at))
    rows = s.execute(
        select(*_CARD, Contact.first_touch_at, Contact.last_touch_at)
        .where(
            *upkeep.going_cold(day_start_utc(day), builtin_ids(s), last_touch, per_row=True),
            _not_in(skip),
            *_live(),
        )
        .order_by(Contact.ka_score.desc().nulls_last(), Contact.id.desc())
        .limit(rules.going_cold_limit(room))
    )
    out = []
    for c in rows:
        last = _last_touch(c)
        gap = closeness.usual_gap_days(
            closeness.TouchSummary(c.touch_count, 0, c.first_touch_at, c.last_touch_at)
        )
        key = rules.segment_key(Reason.GOING_COLD, c.id, last)
        out.append(_suggestion(c, Reason.GOING_COLD, key, due=last, detail=str(round(gap or 0))))
    return out


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
    # Plain columns, not ORM items and contacts (those would load every contact's tags).
    rows = s.execute(
        select(
            PlanItem.id,
            PlanItem.side,
            PlanItem.contact_id,
            PlanItem.reason,
            PlanItem.detail,
            PlanItem.due,
            PlanItem.title,
            PlanItem.origin_key,
            Contact.name,
            Contact.class_code,
            Contact.ka_score,
            Contact.touch_count,
            Contact.deleted_at,
        )
        .outerjoin(Contact, Contact.id == PlanItem.contact_id)
        .where(PlanItem.day == prev_day, PlanItem.done.is_(False))
        .order_by(PlanItem.side, PlanItem.rank)
    ).all()
    out = []
    for item in rows:
        linked = item.contact_id is not None and item.name is not None
        if linked and (item.deleted_at is not None or item.class_code == ContactClass.D.value):
            continue
        # A drafted line carries why it was drafted on; a hand-written one its words.
        code = reason_of(item.reason)
        source = Origin(code, item.detail, item.due) if code is not None else None
        out.append(
            Suggestion(
                reason=Reason.CARRIED,
                origin_key=rules.carried_key(item.id, item.origin_key),
                side=PlanSide(item.side),
                contact_id=item.contact_id,
                contact_name=item.name or "",
                detail=item.title or item.detail,
                due=prev_day,
                overdue_days=(day - prev_day).days,
                class_code=item.class_code,
                ka_score=item.ka_score,
                touch_count=item.touch_count or 0,
                carried_from=item.id,
                source=source,
                title=item.title,
            )
        )
    return out


def _planned(s: Session, day: date) -> tuple[set[str], set[int], int]:
    """The day's origin keys, linked contacts, and how many sales items it holds."""
    rows = s.execute(
        select(PlanItem.origin_key, PlanItem.contact_id, PlanItem.side).where(PlanItem.day == day)
    ).all()
    keys = {k for k, _, _ in rows if k}
    contacts = {c for _, c, _ in rows if c is not None}
    sales = sum(1 for _, _, side in rows if side == PlanSide.SALES.value)
    return keys, contacts, sales


def _mark_vips(s: Session, lines: list[Suggestion]) -> list[Suggestion]:
    """The lines whose contact is a VIP, marked so (a VIP is worth more to the day)."""
    vip = builtin_ids(s).get(BuiltinTag.VIP)
    ids = {x.contact_id for x in lines if x.contact_id is not None and not x.vip}
    if vip is None or not ids:
        return lines
    vips = set(
        s.scalars(
            select(ContactTag.contact_id).where(
                ContactTag.tag_id == vip, ContactTag.contact_id.in_(ids)
            )
        )
    )
    return [replace(x, vip=True) if x.contact_id in vips else x for x in lines]


def _mark_qualification(s: Session, lines: list[Suggestion]) -> list[Suggestion]:
    """Each contact's line with its qualification standing (read from the stored summary
    of these few hundred contacts, never from the answers)."""
    found = standings(s, [x.contact_id for x in lines if x.contact_id is not None])
    out = []
    for x in lines:
        st = found.get(x.contact_id) if x.contact_id is not None else None
        if st is None or (st.against == 0 and st.shortfall is None):
            out.append(x)  # nothing to add: most contacts, no copy
        else:
            out.append(replace(x, qual_against=st.against, shortfall=st.shortfall))
    return out


def capacity(db: Database) -> int:
    """Sales items a day can hold (the plan.daily_capacity setting)."""
    return int(db.get_setting("plan.daily_capacity"))


def ranked(db: Database, day: date) -> Draft:
    """What is due on `day` and not planned yet, one line per contact, ranked by value,
    with the sales lines that fit in the day's capacity marked (they are pre-ticked).

    Nothing is written: the rep picks what to keep and `accept` adds it.
    """
    # The settings in one read (each read is a transaction of its own).
    settings = db.get_settings(
        (*ClassWindows.KEYS, *AskTimes.KEYS, "plan.daily_capacity", "deal.stages")
    )
    windows = ClassWindows.read(lambda _keys: settings)
    asks = AskTimes.read(lambda _keys: settings)
    room = int(settings["plan.daily_capacity"])
    stages = settings["deal.stages"]
    with db.reading() as s:
        candidates = [
            *_carried(s, day),
            *_follow_ups(s, day),
            *_class_deadlines(s, day, windows),
            *_thanks(s, day),
            *_coach_checks(s, stages),
            *_vip_calls(s, day),
            *_stuck(s, day),
            *_repurchases(s, day),
            *_occasions(s, day),
            *_festivals(s, day),
            *_five_a_day(s, day),
            *_segments(s, day),
        ]
        keys, contacts, planned_sales = _planned(s, day)
        candidates += _asks_and_upkeep(s, day, asks, room, _named(candidates) | contacts)
        lines = rules.drop_planned(candidates, keys, contacts)
        lines = _mark_vips(s, lines)
        lines = _mark_qualification(s, lines)
    return rules.fit(rules.build_draft(lines, keys, contacts), room, planned_sales)


def draft(db: Database, day: date) -> list[Suggestion]:
    """The lines of `ranked`, most valuable first."""
    return ranked(db, day).lines


def accept(
    db: Database, day: date, chosen: Sequence[Suggestion]
) -> tuple[list[PlanItemInfo], Changes]:
    """Add the chosen suggestions in one transaction, each keeping why it was drafted.

    Drafted lines get no title (they are worded in the reader's language when shown);
    a carried line keeps its source's title. Items go to the end of their column in the
    given order. A suggestion whose key or contact got planned meanwhile (another
    window, a double click) is skipped, not doubled.
    """
    with db.unit() as s:
        keys, contacts, _sales = _planned(s, day)
        now = db.now()
        added: list[PlanItem] = []
        for suggestion in chosen:
            if not rules.drop_planned([suggestion], keys, contacts):
                continue
            why = suggestion.origin()
            hand_written = suggestion.reason == Reason.CARRIED and suggestion.source is None
            item = insert_item(
                s,
                day=day,
                side=suggestion.side,
                title=suggestion.title,
                now=now,
                contact_id=suggestion.contact_id,
                origin=suggestion.reason.value,
                origin_key=suggestion.origin_key,
                why=None if hand_written else why,
            )
            added.append(item)
            keys.add(suggestion.origin_key)
            if suggestion.contact_id is not None:
                contacts.add(suggestion.contact_id)
        infos = item_infos(s, added)
    return infos, PLAN_CHANGED if added else Changes()


def accept_fitting(db: Database, day: date) -> tuple[Draft, list[PlanItemInfo], Changes]:
    """Draft `day` and add the lines within its capacity (the screen's default choice)."""
    found = ranked(db, day)
    added, changes = accept(db, day, found.fitting())
    return found, added, changes
