"""The seeded demo generator: one random.Random drives every choice; times are relative to `now`."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from deskcrm.core.demo import companies, names, places, texts
from deskcrm.core.demo.occasions import DemoOccasion, occasions
from deskcrm.core.demo.scripts import SCRIPTS, TEMPLATES, DemoScript, DemoTemplate
from deskcrm.core.model import (
    BuiltinTag,
    DealStatus,
    KpLevel,
    Outcome,
    PlanSide,
    ReferrerKind,
    TouchKind,
)
from deskcrm.core.rules.call_details import TONE_CHECKS, CallDetails
from deskcrm.core.rules.pinyin import name_keys, text_key

DEFAULT_SEED = 20261122
CONTACTS = 300
HISTORY_DAYS = 182  # "six months of touches"
PAST_PLAN_DAYS = 28

CATCH_ALL_TAG = "老客户待整理"


@dataclass(frozen=True)
class DemoContact:
    name: str
    phones: tuple[str, ...]
    company: str
    title: str
    industry: str
    city: str
    region: str
    wechat_id: str
    email: str
    notes: str
    source: str
    created_at: datetime
    builtins: tuple[BuiltinTag, ...]
    tags: tuple[str, ...]  # custom tag names, each in DemoData.tag_groups or loose_tags
    referred_by: int | None  # index into DemoData.contacts
    referrer_kind: str | None
    coach: int | None  # index into DemoData.contacts
    is_coach: bool
    met_first_kp: bool
    has_need: bool
    has_power: bool
    kp_level: str | None
    declined: bool
    class_since: date | None  # when the class flags were last set
    trigger_event: str
    sold_in_industry: bool
    has_reference: bool
    personally_involved: bool
    answers: tuple[tuple[int, str, str], ...]  # (question, state, note)


@dataclass(frozen=True)
class DemoTouch:
    contact: int
    kind: str
    at: datetime
    duration_s: int
    outcome: str
    notes: str
    next_step: str
    next_follow_up: date | None
    details: str = ""  # what the call screen measured (JSON), on most calls that got through


@dataclass(frozen=True)
class DemoDeal:
    contact: int
    title: str
    amount_cents: int
    stage: str
    status: str
    lost_reason: str
    created_at: datetime
    closed_at: datetime | None
    history: tuple[tuple[str, datetime], ...]


@dataclass(frozen=True)
class DemoPlanItem:
    day: date
    side: str
    rank: int
    title: str
    done: bool
    done_at: datetime | None
    contact: int | None


@dataclass(frozen=True)
class DemoTagGroup:
    name: str
    tags: tuple[tuple[str, str], ...]  # (name, colour)


@dataclass(frozen=True)
class DemoView:
    """A saved view; tags by name (built-in names "VIP", "O"... or custom names)."""

    name: str
    require: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    any_of: bool = False
    view: str = ""
    text: str = ""


@dataclass(frozen=True)
class DemoData:
    contacts: tuple[DemoContact, ...]
    touches: tuple[DemoTouch, ...]
    deals: tuple[DemoDeal, ...]
    plan: tuple[DemoPlanItem, ...]
    tag_groups: tuple[DemoTagGroup, ...]
    loose_tags: tuple[tuple[str, str], ...]
    scripts: tuple[DemoScript, ...]
    templates: tuple[DemoTemplate, ...]
    views: tuple[DemoView, ...]
    settings: tuple[tuple[str, list[str] | int], ...]  # key-account and sales targets
    occasions: tuple[DemoOccasion, ...] = ()  # birthdays and own dates
    repurchase: tuple[tuple[int, int], ...] = ()  # (contact index, days between purchases)
    walk_ins: tuple[tuple[date, int], ...] = ()  # (local day, visitors who left no name)


GENDER_GROUP = DemoTagGroup("性别", (("男", "#1e88e5"), ("女", "#d81b60")))
INDUSTRY_GROUP = DemoTagGroup(
    "行业",
    tuple(
        (ind.name, colour)
        for ind, colour in zip(
            companies.INDUSTRIES,
            (
                "#546e7a",
                "#00897b",
                "#43a047",
                "#f4511e",
                "#6d4c41",
                "#3949ab",
                "#ec407a",
                "#8d6e63",
            ),
            strict=True,
        )
    ),
)
SOURCE_GROUP = DemoTagGroup(
    "来源",
    (
        (companies.REFERRAL_SOURCE, "#c0ca33"),
        ("展会", "#26a69a"),
        ("电话开发", "#5c6bc0"),
        ("门店到店", "#ffa726"),
        ("网络推广", "#29b6f6"),
        ("陌拜", "#78909c"),
    ),
)
INTEREST_GROUP = DemoTagGroup(
    "意向产品",
    (
        ("直饮机", "#00acc1"),
        ("净水器", "#039be5"),
        ("开水器", "#fb8c00"),
        ("滤芯服务", "#7cb342"),
        ("全屋净水", "#5e35b1"),
    ),
)
BATCH_GROUP = DemoTagGroup("群发分组", (("A组", "#6a1b9a"), ("B组", "#8e24aa"), ("C组", "#ab47bc")))
TAG_GROUPS = (GENDER_GROUP, INDUSTRY_GROUP, SOURCE_GROUP, INTEREST_GROUP, BATCH_GROUP)
LOOSE_TAGS = ((CATCH_ALL_TAG, "#795548"),)

# Sales targets as the rep would set them in Settings (amount in yuan).
SALES_TARGETS: tuple[tuple[str, int], ...] = (
    ("target.day_touches", 20),
    ("target.month_closes", 20),
    ("target.month_amount", 1_000_000),
)
WALK_IN_DAYS = 90  # recent days with counted unrecorded visitors

VIEWS = (
    DemoView("VIP未消费", require=(BuiltinTag.VIP.value, BuiltinTag.O.value)),
    DemoView("A组群发", require=("A组",)),
    DemoView("转介绍客户", require=(companies.REFERRAL_SOURCE,)),
    DemoView("今天要跟进的VIP", require=(BuiltinTag.VIP.value,), view="due_today"),
)


class Story(StrEnum):
    """What has happened with a contact so far; drives tags, touches and deals."""

    COLD = "cold"  # a lead, barely touched
    ACTIVE = "active"  # being worked, early deal
    HOT = "hot"  # class A/B, deal in a late stage
    CUSTOMER = "customer"  # bought
    LOST = "lost"  # a lost deal, maybe class D
    VIP = "vip"  # key customer, bought more than once or a big prospect
    DORMANT = "dormant"  # imported old contact, nothing known


# Shares of the contact list; whatever rounding leaves goes to COLD.
STORY_SHARES: tuple[tuple[Story, float], ...] = (
    (Story.ACTIVE, 0.23),
    (Story.HOT, 0.10),
    (Story.CUSTOMER, 0.18),
    (Story.LOST, 0.11),
    (Story.VIP, 0.08),
    (Story.DORMANT, 0.04),
)

INTEREST_FOR_PRODUCT = {
    "商用直饮机 B2": "直饮机",
    "商用净水器 A1": "净水器",
    "开水器 K5": "开水器",
    "年度滤芯服务": "滤芯服务",
    "家用净水器 C3": "净水器",
    "全屋净水套装": "全屋净水",
    "家用滤芯年卡": "滤芯服务",
}

PLAN_TITLE_BY_KIND = {
    TouchKind.CALL: "给{name}打电话",
    TouchKind.VISIT: "拜访{where}",
    TouchKind.WECHAT: "微信跟进{name}",
    TouchKind.MEETING: "和{name}见面",
    TouchKind.EMAIL: "给{name}发邮件",
    TouchKind.SMS: "给{name}发短信",
    TouchKind.OTHER: "跟进{name}",
}


@dataclass
class _Person:
    """A contact while it is being built (mutable); frozen into DemoContact at the end."""

    story: Story
    name: str
    male: bool
    phones: list[str]
    company: str
    title: str
    industry: str
    city: str
    region: str
    wechat_id: str = ""
    email: str = ""
    notes: str = ""
    source: str = ""
    created_at: datetime = datetime(2000, 1, 1, tzinfo=UTC)
    builtins: list[BuiltinTag] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    referred_by: int | None = None
    referrer_kind: str | None = None
    coach: int | None = None
    is_coach: bool = False
    met_first_kp: bool = False
    has_need: bool = False
    has_power: bool = False
    kp_level: str | None = None
    declined: bool = False
    class_since: date | None = None
    trigger_event: str = ""
    sold_in_industry: bool = False
    has_reference: bool = False
    personally_involved: bool = False
    answers: list[tuple[int, str, str]] = field(default_factory=list)
    product: companies.Product = companies.PRODUCTS[0]
    follow_up: date | None = None
    hook: str = ""

    def freeze(self) -> DemoContact:
        return DemoContact(
            name=self.name,
            phones=tuple(self.phones),
            company=self.company,
            title=self.title,
            industry=self.industry,
            city=self.city,
            region=self.region,
            wechat_id=self.wechat_id,
            email=self.email,
            notes=self.notes,
            source=self.source,
            created_at=self.created_at,
            builtins=tuple(self.builtins),
            tags=tuple(self.tags),
            referred_by=self.referred_by,
            referrer_kind=self.referrer_kind,
            coach=self.coach,
            is_coach=self.is_coach,
            met_first_kp=self.met_first_kp,
            has_need=self.has_need,
            has_power=self.has_power,
            kp_level=self.kp_level,
            declined=self.declined,
            class_since=self.class_since,
            trigger_event=self.trigger_event,
            sold_in_industry=self.sold_in_industry,
            has_reference=self.has_reference,
            personally_involved=self.personally_involved,
            answers=tuple(self.answers),
        )


class _Builder:
    def __init__(
        self,
        seed: int,
        now: datetime,
        tz: tzinfo,
        stages: Sequence[str],
        lost_reasons: Sequence[str],
    ) -> None:
        if not stages:
            raise ValueError("at least one deal stage is needed")
        self.seed = seed
        self.rng = random.Random(seed)
        # Whole minutes: stored timestamps are whole seconds and must never pass `now`.
        self.now = now.astimezone(UTC).replace(second=0, microsecond=0)
        self.tz = tz
        self.today = now.astimezone(tz).date()
        self.stages = list(stages)
        self.lost_reasons = list(lost_reasons) or ["no_need"]
        split = max(1, len(self.stages) // 2)
        self.early = self.stages[:split]
        self.late = self.stages[split:] or self.stages[-1:]
        # Stages / reasons not used yet, so every one of them appears at least once.
        self.early_todo = list(self.early)
        self.late_todo = list(self.late)
        self.reasons_todo = list(self.lost_reasons)
        self.people: list[_Person] = []
        self.touches: list[DemoTouch] = []
        self.deals: list[DemoDeal] = []
        self.plan: list[DemoPlanItem] = []
        self.touches_by_day: dict[date, list[DemoTouch]] = {}
        self.used_names: set[str] = set()
        self.used_phones: set[str] = set()
        self.companies: list[tuple[str, companies.Industry, str, str]] = []

    # Small helpers.

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def moment(self, day: date) -> datetime:
        """A working-hours time on `day` (local); never later than now, else the day before."""
        hour = self.rng.choices(range(9, 20), weights=(6, 9, 8, 4, 5, 8, 8, 7, 5, 3, 2))[0]
        at = datetime.combine(day, time(hour, self.rng.randrange(60)), tzinfo=self.tz)
        latest = self.now - timedelta(minutes=5)
        if at <= latest:
            return at.astimezone(UTC)
        opening = datetime.combine(day, time(9, 0), tzinfo=self.tz)
        if opening < latest:
            minutes = int((latest - opening).total_seconds() // 60)
            return (opening + timedelta(minutes=self.rng.randint(0, minutes))).astimezone(UTC)
        return self.moment(day - timedelta(days=1))

    def local_day(self, at: datetime) -> date:
        return at.astimezone(self.tz).date()

    # Who the contacts are.

    def stories(self, count: int) -> list[Story]:
        result: list[Story] = []
        for story, share in STORY_SHARES:
            result += [story] * round(count * share)
        result += [Story.COLD] * (count - len(result))
        result = result[:count]
        self.rng.shuffle(result)
        return result

    def person_name(self) -> tuple[str, bool]:
        surnames = [s for s, _ in names.SURNAMES]
        weights = [w for _, w in names.SURNAMES]
        for _ in range(200):
            male = self.chance(0.55)
            given = self.rng.choice(names.GIVEN_MALE if male else names.GIVEN_FEMALE)
            name = self.rng.choices(surnames, weights=weights)[0] + given
            if name not in self.used_names:
                self.used_names.add(name)
                return name, male
        raise RuntimeError("ran out of demo names")

    def mobile(self) -> str:
        while True:
            prefix = self.rng.choice(places.MOBILE_PREFIXES)
            rest = f"{self.rng.randrange(10**8):08d}"
            number = prefix + rest
            if number in self.used_phones:
                continue
            self.used_phones.add(number)
            style = self.rng.random()
            if style < 0.45:
                return number
            if style < 0.7:
                return f"{number[:3]} {number[3:7]} {number[7:]}"
            if style < 0.85:
                return f"{number[:3]}-{number[3:7]}-{number[7:]}"
            return f"+86 {number[:3]} {number[3:7]} {number[7:]}"

    def landline(self, area: str) -> str:
        while True:
            local = f"{self.rng.randrange(2, 9)}{self.rng.randrange(10**7):07d}"
            number = area + local
            if number not in self.used_phones:
                self.used_phones.add(number)
                return f"{area}-{local[:4]} {local[4:]}"

    def place(self) -> tuple[str, str, str]:
        city, region, area, _ = self.rng.choices(
            places.CITIES, weights=[c[3] for c in places.CITIES]
        )[0]
        return city, region, area

    def new_person(self, story: Story) -> _Person:
        name, male = self.person_name()
        city, region, area = self.place()
        company, title, industry = "", "", ""
        household = story != Story.VIP and self.chance(companies.HOUSEHOLD_SHARE)
        if not household:
            if self.companies and self.chance(0.12):
                # A colleague of someone already known: same firm, another role.
                company, ind, city, region = self.rng.choice(self.companies)
                area = next(c[2] for c in places.CITIES if c[0] == city)
            else:
                ind = self.rng.choices(
                    companies.INDUSTRIES, weights=[i.weight for i in companies.INDUSTRIES]
                )[0]
                brand = self.rng.choice(companies.BRANDS)
                suffix = self.rng.choice(ind.suffixes)
                company = f"{city}{brand}{suffix}" if self.chance(0.5) else f"{brand}{suffix}"
                self.companies.append((company, ind, city, region))
            industry = ind.name
            title = self.rng.choice(ind.titles)
        products = [p for p in companies.PRODUCTS if p.business != household]
        p = _Person(
            story=story,
            name=name,
            male=male,
            phones=[self.mobile()],
            company=company,
            title=title,
            industry=industry,
            city=city,
            region=region,
            product=self.rng.choice(products),
        )
        if company and self.chance(0.2):
            p.phones.append(self.landline(area))
        elif self.chance(0.06):
            p.phones.append(self.mobile())
        full, initials = name_keys(name)
        if self.chance(0.6):
            p.wechat_id = self.rng.choice(
                (
                    f"{full}{self.rng.randrange(70, 100)}",
                    f"wx_{initials}{self.rng.randrange(1000, 10000)}",
                    f"{full}_{text_key(city)}",
                    f"{initials}{self.rng.randrange(100000, 1000000)}",
                )
            )
        if company and self.chance(0.35):
            brand_key = text_key(company.removeprefix(city)[:2])
            p.email = f"{full}@{brand_key}.com.cn"
        elif self.chance(0.2):
            domain = self.rng.choice(places.PERSONAL_MAIL_DOMAINS)
            user = str(self.rng.randrange(10**7, 3 * 10**9)) if domain == "qq.com" else full
            p.email = f"{user}@{domain}"
        p.notes = self.rng.choice(texts.CONTACT_NOTES)
        p.source = self.rng.choice(companies.SOURCES)
        return p

    def status_tags(self, p: _Person) -> None:
        y, n, m, o, vip = (
            BuiltinTag.Y,
            BuiltinTag.N,
            BuiltinTag.M,
            BuiltinTag.O,
            BuiltinTag.VIP,
        )
        s = p.story
        if s == Story.COLD:
            p.builtins = [n, o] if self.chance(0.8) else ([o] if self.chance(0.5) else [])
        elif s == Story.ACTIVE:
            p.builtins = [self.rng.choice((y, n)), o]
        elif s == Story.HOT:
            p.builtins = [y if self.chance(0.85) else n, o]
        elif s == Story.CUSTOMER:
            p.builtins = [y if self.chance(0.85) else n, m]
        elif s == Story.LOST:
            p.builtins = [self.rng.choice((y, n)), o]
        elif s == Story.VIP:
            p.builtins = [y, m, vip] if self.chance(0.8) else [y, o, vip]
        else:
            p.builtins = [m, vip] if self.chance(0.3) else []

    def custom_tags(self, p: _Person) -> None:
        tags: list[str] = []
        if self.chance(0.85):
            tags.append("男" if p.male else "女")
        if p.industry and self.chance(0.7):
            tags.append(p.industry)
        if p.source and self.chance(0.6):
            tags.append(p.source)
        if p.story in (Story.COLD, Story.ACTIVE, Story.HOT) and self.chance(0.6):
            tags.append(INTEREST_FOR_PRODUCT[p.product.name])
        if BuiltinTag.O in p.builtins and self.chance(0.7):
            tags.append(self.rng.choice(("A组", "B组", "C组")))
        if p.story == Story.DORMANT:
            tags.append(CATCH_ALL_TAG)
        p.tags = tags

    def classify(self, p: _Person) -> None:
        """ABCD flags (docs/method.md §5); the service derives the class from them."""
        s = p.story
        if s == Story.HOT:
            p.has_need, p.has_power = True, True
            if self.chance(0.6):
                p.met_first_kp, p.kp_level = True, KpLevel.FIRST.value
                p.class_since = self.today - timedelta(days=self.rng.randrange(0, 12))
            else:
                p.kp_level = KpLevel.SECOND_THIRD.value
                p.class_since = self.today - timedelta(days=self.rng.randrange(0, 28))
        elif s == Story.ACTIVE:
            roll = self.rng.random()
            if roll < 0.4:
                p.has_need, p.kp_level = True, KpLevel.DEPT_HEAD.value
                p.class_since = self.today - timedelta(days=self.rng.randrange(0, 45))
            elif roll < 0.55:
                p.has_need, p.has_power = True, True
                p.kp_level = KpLevel.SECOND_THIRD.value
                p.class_since = self.today - timedelta(days=self.rng.randrange(0, 28))
            elif roll < 0.7:
                p.has_need = True
        elif s == Story.LOST and self.chance(0.6):
            p.declined = True
            p.class_since = self.today - timedelta(days=self.rng.randrange(5, 120))
        if p.class_since is not None and not p.declined:
            answers = []
            for q, options in texts.QUALIFICATION.items():
                if self.chance(0.8):
                    state, note = self.rng.choice(options)
                    answers.append((q, state, note))
            p.answers = answers
        if p.company and p.story != Story.DORMANT and self.chance(0.45):
            # Key-account scoring inputs (docs/method.md §6).
            p.trigger_event = self.rng.choice(companies.TRIGGER_EVENTS) if self.chance(0.5) else ""
            p.sold_in_industry = self.chance(0.6)
            p.has_reference = self.chance(0.4)
            p.personally_involved = self.chance(0.3)

    # What happened: touches and deals.

    def touch_count(self, story: Story) -> int:
        r = self.rng
        return {
            Story.COLD: r.choice((0, 0, 1, 1, 1, 2, 2)),
            Story.ACTIVE: r.choice((2, 3, 3, 3, 4, 4, 5, 6)),
            Story.HOT: r.randint(5, 12),
            Story.CUSTOMER: r.randint(6, 15),
            Story.LOST: r.randint(2, 7),
            Story.VIP: r.randint(9, 18),
            Story.DORMANT: 0,
        }[story]

    def final_follow_up(self, story: Story) -> date | None:
        """The date promised at the last touch: some overdue, some today, most ahead."""
        r = self.rng
        if story in (Story.LOST, Story.DORMANT):
            return None
        buckets: tuple[tuple[str, int], ...]
        if story in (Story.ACTIVE, Story.HOT):
            buckets = (("overdue", 20), ("today", 20), ("tomorrow", 15), ("soon", 35), ("late", 10))
        elif story == Story.COLD:
            buckets = (("overdue", 15), ("today", 10), ("soon", 25), ("late", 25), ("none", 25))
        else:
            buckets = (
                ("overdue", 8),
                ("today", 8),
                ("tomorrow", 8),
                ("soon", 20),
                ("late", 40),
                ("none", 16),
            )
        kind = r.choices([b for b, _ in buckets], weights=[w for _, w in buckets])[0]
        return {
            "overdue": self.today - timedelta(days=r.randint(1, 12)),
            "today": self.today,
            "tomorrow": self.today + timedelta(days=1),
            "soon": self.today + timedelta(days=r.randint(2, 10)),
            "late": self.today + timedelta(days=r.randint(11, 60)),
            "none": None,
        }[kind]

    def touch_times(self, p: _Person, n: int, follow_up: date | None) -> list[datetime]:
        """`n` increasing times within the history window, the last one fitting the hook."""
        history_start = self.today - timedelta(days=HISTORY_DAYS)
        if p.story in (Story.CUSTOMER, Story.VIP):
            age = self.rng.randint(75, 400)
        elif p.story in (Story.HOT, Story.LOST):
            age = self.rng.randint(25, 260)
        else:
            age = self.rng.randint(3, 300)
        created_day = self.today - timedelta(days=age)
        if follow_up is not None and follow_up <= self.today + timedelta(days=7):
            last_day = follow_up - timedelta(days=self.rng.randint(2, 7))
        elif p.story == Story.LOST:
            last_day = self.today - timedelta(days=self.rng.randint(3, 100))
        elif p.story == Story.CUSTOMER and follow_up is None:
            # A customer nobody booked again: quiet for weeks past their rhythm (going cold).
            last_day = self.today - timedelta(days=self.rng.randint(40, 120))
        else:
            last_day = self.today - timedelta(days=self.rng.randint(0, 14))
        last_day = min(max(last_day, history_start), self.today)
        created_day = min(created_day, last_day)
        first_day = max(created_day, history_start)
        span = (last_day - first_day).days
        days = sorted(first_day + timedelta(days=self.rng.randint(0, span)) for _ in range(n - 1))
        days.append(last_day)
        times = sorted(self.moment(d) for d in days)
        # Distinct and increasing, so "the latest touch" is always one row.
        for i in range(1, len(times)):
            if times[i] <= times[i - 1]:
                times[i] = times[i - 1] + timedelta(minutes=7)
        if times and times[-1] > self.now:
            shift = times[-1] - self.now + timedelta(minutes=1)
            times = [t - shift for t in times]
        created = datetime.combine(created_day, time(9, 0), tzinfo=self.tz).astimezone(UTC)
        p.created_at = min([created, *times[:1]]) - timedelta(minutes=30)
        return times

    def kind_for(self, p: _Person, visited: bool) -> TouchKind:
        k = TouchKind
        kinds: tuple[TouchKind, ...]
        weights: tuple[int, ...]
        if visited:
            kinds = (k.CALL, k.WECHAT, k.VISIT, k.MEETING, k.EMAIL, k.SMS)
            weights = (40, 28, 16, 6, 6, 4)
        else:
            kinds = (k.CALL, k.WECHAT, k.EMAIL, k.SMS)
            weights = (55, 30, 10, 5)
        return self.rng.choices(kinds, weights=weights)[0]

    def open_stage(self, late: bool) -> tuple[int, str]:
        todo = self.late_todo if late else self.early_todo
        pool = self.late if late else self.early
        stage = todo.pop(0) if todo else self.rng.choice(pool)
        return self.stages.index(stage), stage

    def deal_title_and_amount(self, p: _Person, product: companies.Product) -> tuple[str, int]:
        low, high = product.quantity
        qty = self.rng.randint(low, high)
        unit = self.rng.randint(*product.unit_price_yuan) // 100 * 100
        short = p.company.removeprefix(p.city).removesuffix("有限公司")
        title = f"{short} {product.name}".strip() + (f" ×{qty}" if qty > 1 else "")
        return title, unit * qty * 100

    def stage_history(
        self, upto: int, start: datetime, end: datetime, anchors: Sequence[datetime]
    ) -> tuple[tuple[str, datetime], ...]:
        """Stage changes 0..upto, placed on touch times where possible, else spread evenly."""
        points = [t for t in anchors if start <= t <= end]
        count = upto + 1
        if len(points) >= count:
            step = len(points) / count
            chosen = [points[int(i * step)] for i in range(count)]
        else:
            # Spread over the days in between, each at a working-hours time.
            gap = (end - start) / max(1, count)
            chosen = [
                min(end, max(start, self.moment(self.local_day(start + gap * i))))
                for i in range(count)
            ]
        chosen[0] = start
        chosen = sorted(chosen)
        return tuple(
            (self.stages[i], t.replace(second=0, microsecond=0)) for i, t in enumerate(chosen)
        )

    def add_deal(
        self,
        index: int,
        p: _Person,
        *,
        status: DealStatus,
        stage_index: int,
        created: datetime,
        closed: datetime | None,
        anchors: Sequence[datetime],
        product: companies.Product | None = None,
    ) -> None:
        title, amount = self.deal_title_and_amount(p, product or p.product)
        reason = ""
        if status == DealStatus.LOST:
            reason = (
                self.reasons_todo.pop(0)
                if self.reasons_todo
                else self.rng.choice(self.lost_reasons)
            )
        end = closed or max([created, *anchors])
        if closed is None and end - created < timedelta(hours=1):
            # A fresh open deal: let its stages have moved on over the days since.
            end = max(created, min(self.now, created + timedelta(days=2 * (stage_index + 1))))
        self.deals.append(
            DemoDeal(
                contact=index,
                title=title,
                amount_cents=amount,
                stage=self.stages[stage_index],
                status=status.value,
                lost_reason=reason,
                created_at=created,
                closed_at=closed,
                history=self.stage_history(stage_index, created, end, anchors),
            )
        )

    def story_events(self, index: int, p: _Person) -> None:
        """Touches and deals of one contact, consistent with its tags."""
        n = self.touch_count(p.story)
        visited = BuiltinTag.Y in p.builtins
        if n == 0:
            self.untouched(index, p)
            return
        follow_up = self.final_follow_up(p.story)
        times = self.touch_times(p, n, follow_up)
        bought = BuiltinTag.M in p.builtins
        won_at: list[int] = []
        if bought:
            # Close around the 5th-12th touch (docs/method.md §2), after-sales touches follow.
            first_close = min(n - 1, max(1, self.rng.randint(4, 11)))
            won_at.append(first_close)
            if p.story == Story.VIP and n - first_close > 4:
                won_at.append(self.rng.randint(first_close + 2, n - 2))
        lost = p.story == Story.LOST
        kinds = [self.kind_for(p, visited) for _ in range(n)]
        if visited and TouchKind.VISIT not in kinds and TouchKind.MEETING not in kinds:
            kinds[min(1, n - 1)] = TouchKind.VISIT
        for i, at in enumerate(times):
            kind = kinds[i]
            if i in won_at or (lost and i == n - 1):
                # Deciding touches happen by phone or face to face.
                kind = TouchKind.VISIT if visited and self.chance(0.5) else TouchKind.CALL
                kinds[i] = kind
            final = i == n - 1
            if final:
                next_day = follow_up
            elif self.chance(0.75):
                # The promised date; when the next touch came much later, the rep was late.
                promised = self.local_day(at) + timedelta(days=self.rng.randint(3, 21))
                next_day = min(self.local_day(times[i + 1]), promised)
                next_day = max(next_day, self.local_day(at))
            else:
                next_day = None
            phase = self.phase(p, i, n, won_at, lost)
            self.touches.append(self.touch(index, p, kind, at, phase, next_day))
        # Deals follow the touches: created early, stages advance on touch days.
        product = p.product
        start = 0
        for close in won_at:
            created = times[min(start, close)]
            self.add_deal(
                index,
                p,
                status=DealStatus.WON,
                stage_index=len(self.stages) - 1,
                created=created,
                closed=times[close],
                anchors=times[start : close + 1],
                product=product,
            )
            product = self.rng.choice(
                [x for x in companies.PRODUCTS if x.business == product.business]
            )
            start = close + 1
        if lost:
            stage_index = self.rng.randrange(0, max(1, len(self.stages) - 1))
            self.add_deal(
                index,
                p,
                status=DealStatus.LOST,
                stage_index=stage_index,
                created=times[0],
                closed=times[-1],
                anchors=times,
            )
        wants_open = (
            p.story == Story.HOT
            or (p.story == Story.ACTIVE and self.chance(0.65))
            or (p.story == Story.VIP and (not bought or self.chance(0.35)))
            or (p.story == Story.CUSTOMER and self.chance(0.15))
        )
        if wants_open:
            late = p.story in (Story.HOT, Story.VIP)
            stage_index, _ = self.open_stage(late)
            begin = min(start, n - 1)
            self.add_deal(
                index,
                p,
                status=DealStatus.OPEN,
                stage_index=stage_index,
                created=times[begin],
                closed=None,
                anchors=times[begin:],
                product=product,
            )
        p.follow_up = follow_up

    def untouched(self, index: int, p: _Person) -> None:
        age = self.rng.randint(200, 420) if p.story == Story.DORMANT else self.rng.randint(1, 60)
        day = self.today - timedelta(days=age)
        p.created_at = datetime.combine(day, time(10, 0), tzinfo=self.tz).astimezone(UTC)
        if BuiltinTag.M in p.builtins:
            # Bought long before the six months of history: no touches since (a stale VIP).
            closed = p.created_at + timedelta(days=self.rng.randint(10, 40))
            self.add_deal(
                index,
                p,
                status=DealStatus.WON,
                stage_index=len(self.stages) - 1,
                created=p.created_at + timedelta(days=2),
                closed=closed,
                anchors=(),
            )

    def phase(self, p: _Person, i: int, n: int, won_at: Sequence[int], lost: bool) -> str:
        if i in won_at:
            return "won"
        if lost and i == n - 1:
            return "lost"
        if won_at and i > won_at[0]:
            return "vip" if p.story == Story.VIP and self.chance(0.4) else "after"
        if i == 0:
            return "first"
        return "late" if (p.story == Story.HOT or won_at) and i >= n // 2 else "mid"

    def touch(
        self,
        index: int,
        p: _Person,
        kind: TouchKind,
        at: datetime,
        phase: str,
        next_day: date | None,
    ) -> DemoTouch:
        r = self.rng
        outcome: str = Outcome.CONNECTED.value
        duration = 0
        if kind == TouchKind.CALL:
            if phase in ("won", "lost"):
                outcome = Outcome.WON.value if phase == "won" else Outcome.LOST.value
            else:
                outcome = r.choices(
                    (Outcome.CONNECTED, Outcome.NO_ANSWER, Outcome.BUSY, Outcome.CALL_BACK),
                    weights=(72, 16, 5, 7),
                )[0].value
            if outcome in (Outcome.NO_ANSWER.value, Outcome.BUSY.value):
                phase = "no_answer"
            else:
                duration = r.randint(60, 900)
        elif kind in (TouchKind.VISIT, TouchKind.MEETING):
            duration = r.randint(20, 90) * 60
            if phase in ("won", "lost"):
                outcome = Outcome.WON.value if phase == "won" else Outcome.LOST.value
        else:
            outcome = Outcome.NONE.value
        pool = {
            "first": texts.FIRST_CALL,
            "mid": texts.MID,
            "late": texts.LATE,
            "won": texts.WON,
            "lost": texts.LOST,
            "after": texts.AFTER_SALES,
            "vip": texts.VIP_CARE,
            "no_answer": texts.NO_ANSWER,
        }[phase]
        if kind == TouchKind.WECHAT and phase in ("first", "mid", "after"):
            pool = texts.WECHAT
        elif kind == TouchKind.VISIT and phase in ("first", "mid"):
            pool = texts.VISIT
        notes = r.choice(pool).format(product=p.product.name, n=r.choice((12, 30, 45, 80, 120)))
        hook = ""
        if next_day is not None and phase not in ("won", "lost", "no_answer"):
            hooks = {
                "first": texts.HOOKS_EARLY,
                "mid": texts.HOOKS_MID,
                "late": texts.HOOKS_LATE,
                "after": texts.HOOKS_AFTER,
                "vip": texts.HOOKS_AFTER,
            }[phase]
            hook = r.choice(hooks)
        elif phase == "won" and next_day is not None:
            hook = "安排安装，装好后回访"
        if phase == "lost":
            next_day = None
        p.hook = hook
        return DemoTouch(
            contact=index,
            kind=kind.value,
            at=at,
            duration_s=duration,
            outcome=outcome,
            notes=notes,
            next_step=hook,
            next_follow_up=next_day,
            details=self.call_details(index, at) if kind == TouchKind.CALL and duration else "",
        )

    def call_details(self, index: int, at: datetime) -> str:
        """What the call screen measured on a demo call: the voice checks ticked, the talk
        timed with F6 (the rep learning to listen: from about 45% of the talk six months
        ago to about 25% now) and the outline sections done.

        A generator of its own per call, so adding these left every other demo value as it was.
        """
        r = random.Random(f"call-details-{index}-{at.isoformat()}")
        if r.random() < 0.3:  # not every call was made from the call screen
            return ""
        age = (self.now - at).total_seconds() / 86400 / HISTORY_DAYS
        share = min(0.8, max(0.08, 0.25 + 0.2 * min(1.0, max(0.0, age)) + r.gauss(0, 0.07)))
        talk = r.randint(120, 600)
        rep = round(talk * share)
        total = r.choice((5, 6, 7))
        return CallDetails(
            tone=tuple(k for k in TONE_CHECKS if r.random() < 0.7),
            sections_done=tuple(f"{n}" for n in range(1, r.randint(2, total) + 1)),
            sections_total=total,
            rep_talk_s=rep,
            customer_talk_s=talk - rep,
        ).to_json()

    # Referrals and coaches (docs/method.md §7).

    def referrals(self) -> None:
        people = self.people
        order = sorted(range(len(people)), key=lambda i: people[i].created_at)
        sources = {
            ReferrerKind.CUSTOMER: [
                i for i in order if people[i].story in (Story.CUSTOMER, Story.VIP)
            ],
            ReferrerKind.DECLINING: [i for i in order if people[i].story == Story.LOST],
            ReferrerKind.SUPPLIER: [
                i
                for i in order
                if people[i].story in (Story.COLD, Story.ACTIVE) and people[i].company
            ],
            ReferrerKind.EXCHANGE: [i for i in order if people[i].industry == "企业办公"],
        }
        kinds = (
            ReferrerKind.CUSTOMER,
            ReferrerKind.SUPPLIER,
            ReferrerKind.DECLINING,
            ReferrerKind.EXCHANGE,
        )
        weights = (55, 20, 15, 10)
        candidates = [
            i
            for i in order
            if people[i].story not in (Story.DORMANT, Story.VIP) and self.chance(0.16)
        ]
        for i in candidates:
            kind = self.rng.choices(kinds, weights=weights)[0]
            earlier = [j for j in sources[kind] if people[j].created_at < people[i].created_at]
            if not earlier:
                continue
            j = self.rng.choice(earlier)
            p = people[i]
            p.referred_by, p.referrer_kind = j, kind.value
            p.source = companies.REFERRAL_SOURCE
            p.tags = [t for t in p.tags if t not in dict(SOURCE_GROUP.tags)]
            p.tags.append(companies.REFERRAL_SOURCE)
            if self.chance(0.6):
                p.coach = j
                people[j].is_coach = True
        # Insiders who guide a hot deal: a colleague at the same firm.
        by_company: dict[str, list[int]] = {}
        for i, q in enumerate(people):
            if q.company:
                by_company.setdefault(q.company, []).append(i)
        for i, q in enumerate(people):
            if q.story == Story.HOT and q.coach is None:
                mates = [j for j in by_company.get(q.company, []) if j != i]
                if mates:
                    q.coach = mates[0]
                    people[mates[0]].is_coach = True

    # The daily plan sheet (docs/method.md §8).

    def plan_day(self, day: date) -> None:
        r = self.rng
        items: list[tuple[str, str, int | None, bool]] = []
        if day < self.today:
            for t in self.touches_by_day.get(day, [])[:7]:
                p = self.people[t.contact]
                title = PLAN_TITLE_BY_KIND[TouchKind(t.kind)].format(
                    name=p.name, where=p.company or p.name
                )
                items.append((PlanSide.SALES.value, title, t.contact, True))
            for _ in range(r.randint(0, 2)):
                i = r.randrange(len(self.people))
                title = f"给{self.people[i].name}打电话"
                items.append((PlanSide.SALES.value, title, i, False))
            for title in r.sample(texts.PLAN_NON_SALES, r.randint(1, 4)):
                items.append((PlanSide.NON_SALES.value, title, None, r.random() < 0.85))
        else:
            due = [i for i, p in enumerate(self.people) if p.follow_up == day]
            if day == self.today:
                due += [
                    i
                    for i, p in enumerate(self.people)
                    if p.follow_up is not None and p.follow_up < day
                ][:2]
            due.sort(key=lambda i: self.importance(self.people[i]))
            for i in due[:7]:
                p = self.people[i]
                if p.hook:
                    title = texts.PLAN_SALES[0].format(name=p.name, hook=p.hook)
                else:
                    template = r.choice(texts.PLAN_SALES[1:5])
                    title = template.format(name=p.name, company=p.company or p.name)
                items.append((PlanSide.SALES.value, title, i, False))
            if day > self.today:
                coaches = [i for i, p in enumerate(self.people) if p.is_coach][:1]
                for i in coaches:
                    title = texts.PLAN_SALES[5].format(name=self.people[i].name)
                    items.append((PlanSide.SALES.value, title, i, False))
            for title in r.sample(texts.PLAN_NON_SALES, 3):
                items.append((PlanSide.NON_SALES.value, title, None, False))
        ranks = {PlanSide.SALES.value: 0, PlanSide.NON_SALES.value: 0}
        for side, title, contact, done in items:
            done_at = None
            if done or (day == self.today and ranks[side] < 2 and r.random() < 0.6):
                done_at = self.moment(day)
                if done_at.astimezone(self.tz).date() != day:
                    done_at = None  # too early in the day to have done anything
            self.plan.append(
                DemoPlanItem(
                    day=day,
                    side=side,
                    rank=ranks[side],
                    title=title,
                    done=done_at is not None,
                    done_at=done_at,
                    contact=contact,
                )
            )
            ranks[side] += 1

    def importance(self, p: _Person) -> tuple[int, str]:
        klass = "A" if p.met_first_kp and p.has_need and p.has_power else ""
        vip = BuiltinTag.VIP in p.builtins
        return (0 if klass else 1 if vip else 2 if p.class_since else 3, p.name)

    def build(self, count: int) -> DemoData:
        for story in self.stories(count):
            p = self.new_person(story)
            self.status_tags(p)
            self.classify(p)
            self.custom_tags(p)
            self.people.append(p)
        for index, p in enumerate(self.people):
            self.story_events(index, p)
        self.referrals()
        for t in self.touches:
            self.touches_by_day.setdefault(self.local_day(t.at), []).append(t)
        for offset in range(PAST_PLAN_DAYS, 0, -1):
            day = self.today - timedelta(days=offset)
            if day.weekday() < 5:
                self.plan_day(day)
        self.plan_day(self.today)
        self.plan_day(self.today + timedelta(days=1))
        won: dict[int, date] = {}
        for d in self.deals:
            if d.status == DealStatus.WON and d.closed_at is not None:
                won[d.contact] = max(won.get(d.contact, date.min), self.local_day(d.closed_at))
        last_touch: dict[int, date] = {}
        for t in self.touches:
            last_touch[t.contact] = max(last_touch.get(t.contact, date.min), self.local_day(t.at))
        dated, cycles = occasions(self.seed, self.today, len(self.people), won, last_touch)
        return DemoData(
            contacts=tuple(p.freeze() for p in self.people),
            touches=tuple(self.touches),
            deals=tuple(self.deals),
            plan=tuple(self.plan),
            tag_groups=TAG_GROUPS,
            loose_tags=LOOSE_TAGS,
            scripts=SCRIPTS,
            templates=TEMPLATES,
            views=VIEWS,
            settings=(
                ("scoring.industries", list(companies.TARGET_INDUSTRIES)),
                ("scoring.positions", list(companies.TARGET_POSITIONS)),
                ("scoring.regions", list(companies.TARGET_REGIONS)),
                ("scoring.trigger_events", list(companies.TRIGGER_EVENTS)),
                *SALES_TARGETS,
            ),
            occasions=dated,
            repurchase=cycles,
            walk_ins=self.walk_ins(),
        )

    def walk_ins(self) -> tuple[tuple[date, int], ...]:
        """About one visitor in five leaves no name: counted on the recent days people came.

        A generator of its own, so the rest of the demo stays as it was for a seed.
        """
        rng = random.Random(self.seed * 7919 + 1)
        recorded: dict[date, int] = {}
        first = self.today - timedelta(days=WALK_IN_DAYS)
        for p in self.people:
            day = self.local_day(p.created_at)
            if first <= day <= self.today:
                recorded[day] = recorded.get(day, 0) + 1
        out = []
        for day in sorted(recorded):
            left = sum(rng.random() < 0.25 for _ in range(recorded[day] + 1))
            if left:
                out.append((day, left))
        return tuple(out)


def generate(
    *,
    seed: int = DEFAULT_SEED,
    now: datetime,
    tz: tzinfo,
    stages: Sequence[str],
    lost_reasons: Sequence[str],
    contacts: int = CONTACTS,
) -> DemoData:
    """The demo data set; the same arguments always give the same data.

    `now` is an aware datetime and `tz` the rep's local zone: touches fall in
    local working hours over the last six months, plans on local days.
    """
    return _Builder(seed, now, tz, stages, lost_reasons).build(contacts)
