"""Whom to ask for a referral and whose relationship is going cold, as SQL the contact
list's built-in views and the plan draft share (docs/method.md §7 and §7)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, exists, or_, select, type_coerce

from deskcrm.core.model import BuiltinTag, DealStatus
from deskcrm.core.rules import closeness
from deskcrm.core.rules.referrals import AskTimes
from deskcrm.db.models import Contact, ContactTag, Deal


def not_asked(now: datetime, times: AskTimes) -> ColumnElement[bool]:
    """Not asked for a referral within the ask interval (or never)."""
    since = now - timedelta(days=times.interval)
    return or_(Contact.referral_asked_at.is_(None), Contact.referral_asked_at < since)


def declined_lately(now: datetime, times: AskTimes) -> ColumnElement[bool]:
    """A deal lost between `window` and `rest` days ago: declined, and given time."""
    return Contact.id.in_(
        select(Deal.contact_id).where(
            Deal.status == DealStatus.LOST.value,
            Deal.closed_at >= now - timedelta(days=times.window),
            Deal.closed_at < now - timedelta(days=times.rest),
        )
    )


def ask_referral(
    now: datetime, times: AskTimes, tags: dict[BuiltinTag, int]
) -> list[ColumnElement[bool]]:
    """The `ask_referral` view: satisfied customers (M or VIP) and recent decliners (a
    deal lost after the respectful interval, within the window), not asked lately."""
    wanted = [tags[t] for t in (BuiltinTag.M, BuiltinTag.VIP) if t in tags]
    satisfied = Contact.id.in_(select(ContactTag.contact_id).where(ContactTag.tag_id.in_(wanted)))
    return [not_asked(now, times), or_(satisfied, declined_lately(now, times))]


def bought_before(tags: dict[BuiltinTag, int], *, per_row: bool = False) -> ColumnElement[bool]:
    """Tagged M, or a won deal. `per_row`: as lookups for each row visited (a walk that
    stops early), rather than lists built once for a whole scan."""
    won_status = Deal.status == DealStatus.WON.value
    if per_row:
        won = exists().where(Deal.contact_id == Contact.id, won_status)
        if BuiltinTag.M not in tags:
            return won
        m_tag = ContactTag.tag_id == tags[BuiltinTag.M]
        return or_(exists().where(ContactTag.contact_id == Contact.id, m_tag), won)
    won_ids = select(Deal.contact_id).where(won_status)
    if BuiltinTag.M not in tags:
        return Contact.id.in_(won_ids)
    m = select(ContactTag.contact_id).where(ContactTag.tag_id == tags[BuiltinTag.M])
    return or_(Contact.id.in_(m), Contact.id.in_(won_ids))


def going_cold(
    now: datetime,
    tags: dict[BuiltinTag, int],
    last_touch: Any = Contact.last_touch_at,
    *,
    per_row: bool = False,
) -> list[ColumnElement[bool]]:
    """The `going_cold` view: bought before, and closeness falling as
    core/rules/closeness.going_cold says, asked of the stored touch summary.

    since * (touches - 1) > factor * (last - first) is "since > factor * usual gap"
    without a division; both sides in seconds. `last_touch`: the column as the caller
    wants it planned; `per_row`: see bought_before (the draft walks the key-account
    order and stops at a few).
    """
    last = type_coerce(Contact.last_touch_at, Integer)
    first = type_coerce(Contact.first_touch_at, Integer)
    at = int(now.timestamp())
    return [
        Contact.touch_count >= closeness.COLD_MIN_TOUCHES,
        last_touch < now - timedelta(days=closeness.COLD_MIN_DAYS),
        last_touch >= now - timedelta(days=closeness.COLD_MAX_DAYS),
        and_(
            Contact.first_touch_at.is_not(None),
            (at - last) * (Contact.touch_count - 1) > closeness.COLD_GAP_FACTOR * (last - first),
        ),
        bought_before(tags, per_row=per_row),
    ]
