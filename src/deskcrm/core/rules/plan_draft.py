"""Drafting a day's plan from what is due: reasons, keys, value, and the day's capacity.

Pure: services gather candidates from the database, these rules drop what is already
planned, keep one line per contact (its most valuable reason), rank the rest by value
and mark which sales lines fit in the day's capacity (those are pre-ticked).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from deskcrm.core.model import PlanSide
from deskcrm.core.rules.qualification_score import Shortfall

CLASS_DEADLINE_LEAD_DAYS = 2  # A/B/C contacts whose window ends within two days
VIP_CALL_MONTHS = 6  # VIPs with no call in six months (docs/method.md §1: twice a year)
STUCK_QUIET_DAYS = 7  # stuck at 3-4 touches and quiet for a week
THANKS_LOOKBACK_DAYS = 14  # a close this recent still deserves a thank-you to its coach
# A rep keeps tens of relationships warm a day (docs/method.md §8): a draft of hundreds of
# lines helps nobody, so each reason proposes at most this many, most pressing first.
DATED_REASON_LIMIT = 100  # follow-ups / promised steps, class deadlines, thanks
BULK_REASON_LIMIT = 30  # VIP calls, stuck contacts, festival greetings
# Segment work (docs/method.md §1 treatments) is endless, so a few a day of each: the
# capacity and the ranking keep promised steps and deadlines first anyway.
SEGMENT_REASON_LIMIT = 10  # invite (N), show what is new (Y+O), upgrade (Y+M)
FIVE_A_DAY = 5  # bought-before customers called each day, newest customers first
SEGMENT_REST_DAYS = 30  # a contact touched this recently is left alone by segment work
# Referral asks: a few a day (one new referral a week is the usual goal, docs/method.md §7).
REFERRAL_ASK_LIMIT = 3
REFERRAL_ASK_QUIET_DAYS = 7  # a contact touched this week is asked at the next touch, not now
# Upkeep of bought-before relationships going cold: a few a day, and never more than a
# quarter of the day's capacity (a rep keeps only so many relationships warm).
GOING_COLD_LIMIT = 5
GOING_COLD_CAPACITY_SHARE = 4


def going_cold_limit(capacity: int) -> int:
    """Going-cold upkeep lines a draft may propose for a day of `capacity` sales items."""
    return max(1, min(GOING_COLD_LIMIT, capacity // GOING_COLD_CAPACITY_SHARE))


class Reason(StrEnum):
    """Why a line is proposed; the order here is the order of urgency on equal terms."""

    CARRIED = "carried"  # not done on the previous planned day
    NEXT_STEP = "next_step"  # the step the rep promised for that very day
    FOLLOW_UP = "follow_up"  # the follow-up date has come (or passed)
    CLASS_DEADLINE = "class_deadline"  # the class window is about to close
    # A referred contact closed: thank / reward the coach. The same origin as the line
    # winning a deal plans (rules.referrals.THANKS_ORIGIN), so both read alike.
    THANK_COACH = "referral_thanks"
    # A coach and an open deal past the needs stage: check budget and decision power
    # with the coach before the proposal (detail: the coach's name).
    COACH_CHECK = "coach_check"
    REPURCHASE = "repurchase"  # the last purchase + the contact's cycle is (nearly) due
    BIRTHDAY = "birthday"  # a birthday in the next few days
    OCCASION = "occasion"  # one of the contact's own dates (detail: its label)
    VIP_CALL = "vip_call"  # a VIP not called for six months
    STUCK = "stuck"  # 3-4 touches, where most reps give up
    # Ask a satisfied customer or a decliner for a referral (detail: ASK_SOURCES).
    ASK_REFERRAL = "ask_referral"
    FESTIVAL = "festival"  # greet a VIP / customer before a festival (detail: Festival)
    BOUGHT_BEFORE = "bought_before"  # today's five bought-before customers
    UPGRADE = "upgrade"  # Y+M: upgrade, bundle, buy again
    NEW_PRODUCT = "new_product"  # Y+O: show what is new, dig for the need
    INVITE = "invite"  # N: invite to visit
    GOING_COLD = "going_cold"  # a bought-before relationship past its usual gap


_URGENCY = {reason: i for i, reason in enumerate(Reason)}


@dataclass(frozen=True)
class Origin:
    """Why a line is on the plan, as data: worded in the current language when shown.

    `detail` is what the reason needs besides its date: the promised step (next step,
    follow-up), "buyer · deal" (thanks), the class code (class deadline), the touch
    count (stuck), the line's own words (carried hand-written lines). `due` is the
    follow-up date, the window's end, the close, the last call, or the day carried from.
    """

    reason: Reason
    detail: str = ""
    due: date | None = None

    def late_days(self, day: date) -> int:
        """Days past its date on `day`, for the reasons that can be late."""
        if self.due is None or self.reason not in LATE_REASONS:
            return 0
        return max(0, (day - self.due).days)


# Reasons whose date can pass: the line says how late it is.
LATE_REASONS = frozenset(
    {Reason.FOLLOW_UP, Reason.NEXT_STEP, Reason.CLASS_DEADLINE, Reason.REPURCHASE}
)


def reason_of(code: str) -> Reason | None:
    """The Reason of a stored code; None for hand-written lines and unknown codes."""
    try:
        return Reason(code)
    except ValueError:
        return None


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
    vip: bool = False
    # A carried line: why its source was planned (None when it was written by hand), and
    # the source's own title ("" when it was worded from its reason).
    source: Origin | None = None
    title: str = ""
    # Qualification (core/rules/qualification_score.py): points the contact's bad and
    # missing answers take off the line's value, and what the line shows for it.
    qual_against: int = 0
    shortfall: Shortfall | None = None

    def origin(self) -> Origin:
        """What the plan item stores of why it is there (a carried line keeps its source's)."""
        if self.reason == Reason.CARRIED:
            return self.source or Origin(Reason.CARRIED, "", self.due)
        if self.reason == Reason.CLASS_DEADLINE:
            return Origin(self.reason, self.class_code or "", self.due)
        if self.reason == Reason.STUCK:
            return Origin(self.reason, str(self.touch_count), self.due)
        if self.reason == Reason.VIP_CALL:
            return Origin(self.reason, "", self.last_call)
        return Origin(self.reason, self.detail, self.due)


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


def occasion_key(reason: Reason, contact_id: int, when: date, detail: str = "") -> str:
    """A birthday, own date, festival or repurchase line: one per contact and date."""
    return f"{reason.value}:{contact_id}:{detail + ':' if detail else ''}{when.isoformat()}"


def repurchase_detail(days: int, tag_name: str = "") -> str:
    """A repurchase line's detail: the cycle's days, then the product tag it came from
    (none for the contact's own cycle): "30" or "30 护肤套装"."""
    return f"{days} {tag_name}" if tag_name else str(days)


def repurchase_parts(detail: str) -> tuple[str, str]:
    """(days, product tag name) of a repurchase line's detail ("" when not a tag's)."""
    days, _, tag_name = detail.partition(" ")
    return days, tag_name


def segment_key(reason: Reason, contact_id: int, last_touch: date | None) -> str:
    """Segment work keeps its key until the contact is touched (like a VIP call)."""
    return f"{reason.value}:{contact_id}:{last_touch.isoformat() if last_touch else 'never'}"


# The purpose a message template is chosen by for a line of each reason, in the words
# templates use for their purpose (core/services/templates.py: a tag segment, a class or
# an occasion, at most 16 characters); a festival line's detail names the festival.
PURPOSES = {
    Reason.BIRTHDAY: "birthday",
    Reason.OCCASION: "occasion",
    Reason.FESTIVAL: "festival",
    Reason.REPURCHASE: "repurchase",
    Reason.INVITE: "N",
    Reason.NEW_PRODUCT: "Y+O",
    Reason.UPGRADE: "Y+M",
    Reason.BOUGHT_BEFORE: "M",
    Reason.VIP_CALL: "VIP",
}


def template_purposes(why: Origin) -> tuple[str, ...]:
    """The template purposes that suit a line (() for none); the templates screen or the
    message queue picks a template by these."""
    purpose = PURPOSES.get(why.reason)
    return (purpose,) if purpose is not None else ()


def coach_check_key(contact_id: int, deal_id: int) -> str:
    """Once per deal: a check planned on any day is not proposed again."""
    return f"coach_check:{contact_id}:{deal_id}"


# Why a contact is asked for a referral (an ASK_REFERRAL line's detail), best source first.
ASK_VIP = "vip"
ASK_CUSTOMER = "customer"
ASK_DECLINED = "declined"
ASK_SOURCES = (ASK_VIP, ASK_CUSTOMER, ASK_DECLINED)


def carried_key(item_id: int, origin_key: str) -> str:
    # A carried line keeps the key of what it was for, so the reason behind it is not
    # proposed a second time; hand-written lines are known by the item they came from.
    return origin_key or f"carried:{item_id}"


# What a line is worth to the day, in points (the draft is ranked by these). A promise
# kept is trust earned, a class window closing loses the deal, a carried line was already
# judged worth a day; VIPs and key accounts weigh more; 5-11 touches is where about 80%
# of deals close (docs/method.md), so a contact in that window is worth the next touch.
REASON_POINTS = {
    Reason.NEXT_STEP: 50,
    Reason.CLASS_DEADLINE: 40,
    Reason.CARRIED: 35,
    Reason.FOLLOW_UP: 30,
    Reason.THANK_COACH: 25,
    Reason.COACH_CHECK: 21,  # a proposal on a wrong budget or to the wrong person is lost
    Reason.REPURCHASE: 26,
    Reason.BIRTHDAY: 24,
    Reason.OCCASION: 22,
    Reason.VIP_CALL: 20,
    Reason.STUCK: 15,
    # Segment work and greetings: worth a touch, below anything promised or closing.
    Reason.FESTIVAL: 14,  # a dated greeting before the day's generic customer call
    Reason.BOUGHT_BEFORE: 13,
    Reason.UPGRADE: 12,
    Reason.NEW_PRODUCT: 10,
    Reason.INVITE: 8,
    # Under every promised step and deadline; above the day's generic segment work.
    Reason.ASK_REFERRAL: 16,
    Reason.GOING_COLD: 9,  # upkeep: low, so it fills what capacity is left
}
CLASS_POINTS = {"A": 30, "B": 20, "C": 10}
VIP_POINTS = 20
KA_SCORE_CAP = 20  # a key-account score adds its points, up to this
WINDOW_TOUCHES = range(5, 12)
WINDOW_POINTS = 15
LATE_POINTS_PER_DAY = 2  # an overdue line gains a little each day it waits...
LATE_POINTS_CAP = 14  # ...for a week, no more (older ones are rarely still worth more)
DEFAULT_CAPACITY = 20


def value(s: Suggestion) -> int:
    """Points for a line: its reason, class, VIP, key-account score, touches, lateness,
    less the contact's qualification points against it."""
    reason = s.source.reason if s.reason == Reason.CARRIED and s.source else s.reason
    points = REASON_POINTS[reason]
    if s.reason == Reason.CARRIED and reason != Reason.CARRIED:
        points += REASON_POINTS[Reason.CARRIED] // 5  # kept from a plan already
    points += CLASS_POINTS.get(s.class_code or "", 0)
    points += VIP_POINTS if s.vip else 0
    points += max(0, min(s.ka_score or 0, KA_SCORE_CAP))
    points += WINDOW_POINTS if s.touch_count in WINDOW_TOUCHES else 0
    points += min(s.overdue_days * LATE_POINTS_PER_DAY, LATE_POINTS_CAP)
    points -= s.qual_against  # bad and missing qualification answers
    return points


def by_value(s: Suggestion) -> tuple[int, int, int, str, int]:
    """Sort key: most points first; on equal points the more urgent reason, the nearer
    date, then by name (and id) so two drafts of the same data read alike."""
    return (
        -value(s),
        _URGENCY[s.reason],
        -s.overdue_days,
        s.contact_name,
        s.contact_id or 0,
    )


@dataclass(frozen=True)
class Draft:
    """The ranked lines of a draft and which of them fit in the day.

    Sales lines fit while the day's sales items (already planned plus these) stay within
    `capacity`; non-sales lines never count against it.
    """

    lines: list[Suggestion]
    capacity: int
    planned_sales: int = 0  # sales items the day already holds
    within: list[bool] = field(default_factory=list)

    @property
    def room(self) -> int:
        return max(0, self.capacity - self.planned_sales)

    def fitting(self) -> list[Suggestion]:
        return [s for s, ok in zip(self.lines, self.within, strict=True) if ok]


def fit(lines: Sequence[Suggestion], capacity: int, planned_sales: int) -> Draft:
    """Mark the lines that fit: every non-sales line, sales lines while there is room."""
    room = max(0, capacity - planned_sales)
    within = []
    for s in lines:
        if s.side != PlanSide.SALES:
            within.append(True)
            continue
        within.append(room > 0)
        room -= 1
    return Draft(list(lines), capacity, planned_sales, within)


def over_capacity(capacity: int, planned_sales: int, adding_sales: int) -> int:
    """How many sales items the day would hold beyond its capacity (0 when within)."""
    return max(0, planned_sales + adding_sales - capacity)


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
    """Not yet planned, one line per contact (its most valuable reason), by value."""
    best: dict[int, Suggestion] = {}
    loose: dict[str, Suggestion] = {}
    for s in drop_planned(candidates, keys, contacts):
        if s.contact_id is None:
            loose.setdefault(s.origin_key, s)
            continue
        current = best.get(s.contact_id)
        if current is None or by_value(s) < by_value(current):
            best[s.contact_id] = s
    return sorted([*best.values(), *loose.values()], key=by_value)
