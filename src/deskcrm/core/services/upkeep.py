"""Whom to ask for a referral and whose relationship is going cold, as SQL the contact
list's built-in views and the plan draft share (docs/method.md §4 and §7)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Integer, and_, or_, select, type_coerce

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


def bought_before(tags: dict[BuiltinTag, int]) -> ColumnElement[bool]:
    """Tagged M, or a won deal."""
    won = select(Deal.contact_id).where(Deal.status == DealStatus.WON.value)
    if BuiltinTag.M not in tags:
        return Contact.id.in_(won)
    m = select(ContactTag.contact_id).where(ContactTag.tag_id == tags[BuiltinTag.M])
    return or_(Contact.id.in_(m), Contact.id.in_(won))


def going_cold(now: datetime, tags: dict[BuiltinTag, int]) -> list[ColumnElement[bool]]:
    """The `going_cold` view: bought before, and closeness falling as
    core/rules/closeness.going_cold says, asked of the stored touch summary.

    since * (touches - 1) > factor * (last - first) is "since > factor * usual gap"
    without a division; both sides in seconds.
    """
    last = type_coerce(Contact.last_touch_at, Integer)
    first = type_coerce(Contact.first_touch_at, Integer)
    at = int(now.timestamp())
    return [
        Contact.touch_count >= closeness.COLD_MIN_TOUCHES,
        Contact.last_touch_at < now - timedelta(days=closeness.COLD_MIN_DAYS),
        Contact.last_touch_at >= now - timedelta(days=closeness.COLD_MAX_DAYS),
        and_(
            Contact.first_touch_at.is_not(None),
            (at - last) * (Contact.touch_count - 1) > closeness.COLD_GAP_FACTOR * (last - first),
        ),
        bought_before(tags),
    ]
