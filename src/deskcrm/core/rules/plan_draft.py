"""Drafting a day's plan from what is due: reasons, keys, and the order of importance.

Pure: services gather candidates from the database, these rules drop what is already
planned, keep one line per contact (its most pressing reason) and order the rest.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from deskcrm.core.model import PlanSide

CLASS_DEADLINE_LEAD_DAYS = 2  # A/B/C contacts whose window ends within two days
VIP_CALL_MONTHS = 6  # VIPs with no call in six months (docs/method.md §1: twice a year)
STUCK_QUIET_DAYS = 7  # stuck at 3-4 touches and quiet for a week
THANKS_LOOKBACK_DAYS = 14  # a close this recent still deserves a thank-you to its coach
# A rep keeps tens of relationships warm a day (docs/method.md §8): a draft of hundreds of
# lines helps nobody, so each reason proposes at most this many, most pressing first.
DATED_REASON_LIMIT = 100  # follow-ups / promised steps, class deadlines, thanks
BULK_REASON_LIMIT = 30  # VIP calls, stuck contacts


class Reason(StrEnum):
    """Why a line is proposed; the order here is the order of urgency on equal terms."""

    CARRIED = "carried"  # not done on the previous planned day
    NEXT_STEP = "next_step"  # the step the rep promised for that very day
    FOLLOW_UP = "follow_up"  # the follow-up date has come (or passed)
    CLASS_DEADLINE = "class_deadline"  # the class window is about to close
    # A referred contact closed: thank / reward the coach. The same origin as the line
    # winning a deal plans (rules.referrals.THANKS_ORIGIN), so both read alike.
    THANK_COACH = "referral_thanks"
    VIP_CALL = "vip_call"  # a VIP not called for six months
    STUCK = "stuck"  # 3-4 touches, where most reps give up


# Reasons without a date of their own: they fill the day after everything dated.
NUDGES = frozenset({Reason.VIP_CALL, Reason.STUCK})
_URGENCY = {reason: i for i, reason in enumerate(Reason)}
_CLASS_ORDER = {"A": 0, "B": 1, "C": 2}


@dataclass(frozen=True)
class Suggestion:
    reason: Reason
    origin_key: str  # what makes the line the same line on a second draft
    side: PlanSide
    contact_id: int | None
    contact_name: str
    detail: str = ""  # promised step, the carried line's title, who closed (thanks)
    due: date | None = None
    overdue_days: int = 0
    class_code: str | None = None
    ka_score: int | None = None
    touch_count: int = 0
    last_call: date | None = None
    carried_from: int | None = None  # the plan item a carried line repeats


def months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def follow_up_key(contact_id: int, due: date) -> str:
    return f"follow_up:{contact_id}:{due.isoformat()}"


def next_step_key(contact_id: int, due: date) -> str:
    return f"next_step:{contact_id}:{due.isoformat()}"


def class_deadline_key(contact_id: int, class_code: str, end: date) -> str:
    return f"class_deadline:{contact_id}:{class_code}:{end.isoformat()}"


def vip_call_key(contact_id: int, last_call: date | None) -> str:
    return f"vip_call:{contact_id}:{last_call.isoformat() if last_call else 'never'}"


def stuck_key(contact_id: int, touches: int) -> str:
    return f"stuck:{contact_id}:{touches}"


def carried_key(item_id: int, origin_key: str) -> str:
    # A carried line keeps the key of what it was for, so the reason behind it is not
    # proposed a second time; hand-written lines are known by the item they came from.
    return origin_key or f"carried:{item_id}"


def tier(s: Suggestion) -> int:
    """0: overdue; 1: due that day (promises, follow-ups, deadlines, thanks); 2: nudges."""
    if s.overdue_days > 0:
        return 0
    return 2 if s.reason in NUDGES else 1


def importance(s: Suggestion) -> tuple[int, int, int, int, int, str]:
    """Sort key: overdue first (longest first), then what is due that day, then nudges;
    within each, class A-B-C before unclassified, higher key-account score, then reason."""
    return (
        tier(s),
        -s.overdue_days,
        _CLASS_ORDER.get(s.class_code or "", 3),
        -(s.ka_score or 0),
        _URGENCY[s.reason],
        s.contact_name,
    )


def drop_planned(
    suggestions: Iterable[Suggestion], keys: set[str], contacts: set[int]
) -> list[Suggestion]:
    """Leave out what the day already holds: the same key, or any line for the contact."""
    return [
        s
        for s in suggestions
        if s.origin_key not in keys and (s.contact_id is None or s.contact_id not in contacts)
    ]


def build_draft(
    candidates: Sequence[Suggestion], keys: set[str], contacts: set[int]
) -> list[Suggestion]:
    """Not yet planned, one line per contact (its most pressing reason), most important first."""
    best: dict[int, Suggestion] = {}
    loose: dict[str, Suggestion] = {}
    for s in drop_planned(candidates, keys, contacts):
        if s.contact_id is None:
            loose.setdefault(s.origin_key, s)
            continue
        current = best.get(s.contact_id)
        if current is None or importance(s) < importance(current):
            best[s.contact_id] = s
    return sorted([*best.values(), *loose.values()], key=importance)
