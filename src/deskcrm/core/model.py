"""Plain frozen dataclasses and enums handed to the UI (never ORM rows)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from deskcrm.core.rules.call_details import CallFacts


class BuiltinTag(StrEnum):
    """The five protected status tags (docs/method.md §1)."""

    Y = "Y"  # visited the store / met in person
    N = "N"  # not visited
    M = "M"  # has bought
    O = "O"  # has not bought yet  # noqa: E741
    VIP = "VIP"  # key customer


class TouchKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    WECHAT = "wechat"
    SMS = "sms"
    EMAIL = "email"
    MEETING = "meeting"
    OTHER = "other"


class Outcome(StrEnum):
    """How a touch ended."""

    CONNECTED = "connected"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    CALL_BACK = "call_back"
    WON = "won"
    LOST = "lost"
    NONE = ""


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class PlanSide(StrEnum):
    SALES = "sales"
    NON_SALES = "non_sales"


class KpLevel(StrEnum):
    """Which key person the rep has met (docs/method.md §5)."""

    FIRST = "first"
    SECOND_THIRD = "second_third"
    DEPT_HEAD = "dept_head"


class ContactClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class ReferrerKind(StrEnum):
    """Referral sources, best first (docs/method.md §7)."""

    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    DECLINING = "declining"
    EXCHANGE = "exchange"


class ReferralStage(StrEnum):
    """How far a referral got, in order (docs/method.md §7). ASKED belongs to the contact
    asked (its `referral_asked_at`); the others to the referred contact."""

    ASKED = "asked"
    NAME_GIVEN = "name_given"
    CONTACTED = "contacted"
    MET = "met"
    CLOSED = "closed"


class AnswerState(StrEnum):
    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    color: str
    builtin: str | None = None
    group_id: int | None = None
    group_name: str = ""
    contact_count: int = 0
    repurchase_days: int | None = None  # a product tag's cycle; None: none


@dataclass(frozen=True)
class TagGroupInfo:
    id: int
    name: str


@dataclass(frozen=True)
class PhoneInfo:
    raw: str
    e164: str
    extension: str = ""
    label: str = ""


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list."""

    id: int
    name: str
    company: str
    tag_ids: tuple[int, ...]
    class_code: str | None
    touch_count: int
    last_touch_at: datetime | None
    next_follow_up: date | None
    city: str = ""
    title: str = ""


@dataclass(frozen=True)
class TouchInfo:
    id: int
    contact_id: int
    kind: str
    at: datetime
    duration_s: int
    outcome: str
    notes: str
    next_step: str
    next_follow_up: date | None
    call: CallFacts | None = None  # what the call screen measured (calls made there only)


@dataclass(frozen=True)
class DealInfo:
    id: int
    contact_id: int
    title: str
    amount_cents: int
    stage: str
    status: str
    lost_reason: str
    created_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class ContactRef:
    id: int
    name: str


@dataclass(frozen=True)
class OccasionInfo:
    """A contact's birthday or own date, with when it next comes (today counts)."""

    kind: str  # "birthday" or "custom"
    label: str  # custom: what it is (公司周年); "" for the birthday
    year: int | None  # a birth year, if known
    month: int
    day: int
    next_on: date


@dataclass(frozen=True)
class ContactDetail:
    """Everything the detail pane shows about one contact."""

    id: int
    name: str
    company: str
    title: str
    industry: str
    city: str
    region: str
    wechat_id: str
    email: str
    notes: str
    source: str
    phones: tuple[PhoneInfo, ...]
    tags: tuple[TagInfo, ...]
    class_code: str | None
    class_since: date | None
    met_first_kp: bool
    has_need: bool
    has_power: bool
    kp_level: str | None
    declined: bool
    touch_count: int
    last_touch_at: datetime | None
    next_follow_up: date | None
    next_step: str
    referred_by: ContactRef | None
    referrer_kind: str | None
    coach: ContactRef | None
    is_coach: bool
    referrals: tuple[ContactRef, ...]
    trigger_event: str
    sold_in_industry: bool
    has_reference: bool
    personally_involved: bool
    ka_score: int | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    touches: tuple[TouchInfo, ...] = ()
    deals: tuple[DealInfo, ...] = ()
    occasions: tuple[OccasionInfo, ...] = ()  # the birthday first, then the own dates
    # Days between purchases: the contact's own cycle, else its product tags' shortest
    # (repurchase_tag names that tag); None: no cycle.
    repurchase_days: int | None = None
    repurchase_tag: str = ""
    # The last won deal's day + the cycle (None without a cycle or a won deal).
    repurchase_due: date | None = None
    # The class window: its last day (None for D / unclassified), whether it passed with
    # no deal won in it (a decision is due: extend once, or move to D), and the day it
    # was extended (None: not yet extended in this class).
    class_deadline: date | None = None
    class_overdue: bool = False
    class_extended_on: date | None = None


@dataclass(frozen=True)
class ContactInput:
    """What a create/edit form submits; services validate and normalise it."""

    name: str
    phones: tuple[str, ...] = ()
    company: str = ""
    title: str = ""
    industry: str = ""
    city: str = ""
    region: str = ""
    wechat_id: str = ""
    email: str = ""
    notes: str = ""
    source: str = ""
    referred_by_id: int | None = None
    referrer_kind: str | None = None
    # How far the referral got (a ReferralStage value after ASKED); None: not referred, or
    # "name given" for a referred contact.
    referral_stage: str | None = None
    # Occasions as typed: the birthday "1985-03-12" or "03-12" ("" for none), and up to
    # two own dates as (label, "MM-DD"), e.g. ("公司周年", "06-18") (core/rules/occasions.py).
    birthday: str = ""
    occasions: tuple[tuple[str, str], ...] = ()
    repurchase_days: int | None = None  # days between purchases; None: no cycle
    # The insider who guides us (教练), usually the referrer; stored through
    # core/services/referrals.py: assign_coach, which also answers question 7.
    coach_id: int | None = None


@dataclass(frozen=True)
class ContactQuery:
    """A search + tag filter, as typed on the contacts screen or saved as a view."""

    text: str = ""
    require: tuple[int, ...] = ()
    exclude: tuple[int, ...] = ()
    any_of: bool = False  # OR over `require` instead of AND
    view: str = ""  # a built-in view key, combined with the rest
    trash: bool = False
    sort: str = "name"
    descending: bool = False
    extra: dict[str, str] = field(default_factory=dict)
    # Only these contacts (e.g. the ones behind a bar of a chart); () means no limit.
    # Not saved with a view: the set is a snapshot, a saved view is a rule.
    ids: tuple[int, ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            {
                "text": self.text,
                "require": list(self.require),
                "exclude": list(self.exclude),
                "any_of": self.any_of,
                "view": self.view,
                "sort": self.sort,
                "descending": self.descending,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, raw: str) -> ContactQuery:
        data = json.loads(raw)
        return cls(
            text=str(data.get("text", "")),
            require=tuple(int(x) for x in data.get("require", ())),
            exclude=tuple(int(x) for x in data.get("exclude", ())),
            any_of=bool(data.get("any_of", False)),
            view=str(data.get("view", "")),
            sort=str(data.get("sort", "name")),
            descending=bool(data.get("descending", False)),
        )


@dataclass(frozen=True)
class PlanItemInfo:
    id: int
    day: date
    side: str
    rank: int
    title: str
    done: bool
    contact_id: int | None
    contact_name: str
    origin: str
    origin_key: str
    # Why a drafted line is there (worded when shown; "" for hand-written lines), and the
    # contact's company and first phone for the printed call sheet.
    reason: str = ""
    detail: str = ""
    due: date | None = None
    company: str = ""
    phone: str = ""
