"""Demo data: size, realism (tags, touches, deals, plans, referrals), determinism, refusal."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from deskcrm.core.demo import generate
from deskcrm.core.errors import DeskCRMError
from deskcrm.core.model import (
    AnswerState,
    BuiltinTag,
    ContactInput,
    ContactQuery,
    DealStatus,
    Outcome,
    PlanSide,
    ReferrerKind,
    TouchKind,
)
from deskcrm.core.rules.classes import derive_class
from deskcrm.core.rules.phones import parse_phone
from deskcrm.core.rules.pinyin import name_keys
from deskcrm.core.services import contact_list, contacts, tagging
from deskcrm.core.services.contact_list import View
from deskcrm.core.services.database import Database
from deskcrm.core.services.demo import DemoNotEmpty, DemoSummary, seed_demo
from deskcrm.core.services.startup import open_database
from deskcrm.db.base import Base
from deskcrm.db.models import (
    CallScript,
    Contact,
    ContactPhone,
    ContactTag,
    Deal,
    DealStageChange,
    MessageTemplate,
    PlanItem,
    QualificationAnswer,
    SavedView,
    ScriptSection,
    Setting,
    Tag,
    TagGroup,
    Touch,
    WalkInDay,
)

# The conftest clock's instant: 2026-03-04 10:00 in Beijing, a Wednesday.
NOW = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)
TODAY = date(2026, 3, 4)


def _open(path: Path, now: datetime = NOW) -> Database:
    return open_database(f"sqlite:///{path}", clock=lambda: now)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One demo database shared by the read-only checks (seeding takes about a second)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Shanghai")
        time.tzset()
        db = _open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
        summary = seed_demo(db)
        try:
            yield db, summary
        finally:
            db.dispose()
    time.tzset()


def _count(db: Database, model: Any, *where: Any) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_summary_matches_rows(seeded: tuple[Database, DemoSummary]) -> None:
    db, summary = seeded
    assert summary.contacts == _count(db, Contact) == 300
    assert summary.touches == _count(db, Touch) > 1000
    assert summary.deals == _count(db, Deal)
    assert summary.won == _count(db, Deal, Deal.status == DealStatus.WON) > 20
    assert summary.lost == _count(db, Deal, Deal.status == DealStatus.LOST) > 10
    assert summary.referrals == _count(db, Contact, Contact.referred_by_id.is_not(None)) >= 20
    assert summary.plan_items == _count(db, PlanItem)
    assert (summary.scripts, summary.templates) == (
        _count(db, CallScript),
        _count(db, MessageTemplate),
    )
    assert summary.scripts >= 2 and summary.templates >= 5
    assert summary.targets == _count(db, Setting, Setting.key.startswith("target.")) == 3
    assert summary.walk_in_days == _count(db, WalkInDay) >= 10
    assert summary.views == _count(db, SavedView) >= 1
    assert summary.tags == _count(db, Tag, Tag.builtin.is_(None)) >= 15


def test_contacts_look_real(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    with db.reading() as s:
        people = s.scalars(select(Contact)).all()
        phones = s.scalars(select(ContactPhone)).all()
        assert len({c.name for c in people}) == len(people)
        for c in people:
            assert all("\u4e00" <= ch <= "\u9fff" for ch in c.name), c.name
            assert (c.name_pinyin, c.name_initials) == name_keys(c.name)
            assert c.created_at <= NOW
        for p in phones:
            assert p.e164.startswith("+86") and parse_phone(p.e164).e164 == p.e164
        assert len({p.e164 for p in phones}) == len(phones)
        assert {c.contact_id for c in phones} == {c.id for c in people}
        # Enough variety for search, lists and charts.
        assert len({c.industry for c in people if c.industry}) >= 6
        assert len({c.city for c in people}) >= 8
        assert sum(bool(c.wechat_id) for c in people) > 100
        assert sum(bool(c.email) for c in people) > 30
        assert sum(not c.company for c in people) > 30  # households
        assert any(p.raw != p.e164 for p in phones)  # typed in varied forms


def _tag_sets(db: Database) -> dict[int, set[str]]:
    with db.reading() as s:
        rows = s.execute(
            select(ContactTag.contact_id, Tag.name).join(Tag, Tag.id == ContactTag.tag_id)
        ).all()
    result: dict[int, set[str]] = defaultdict(set)
    for cid, name in rows:
        result[cid].add(name)
    return result


def test_tags_are_consistent(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    tags = _tag_sets(db)
    with db.reading() as s:
        visited = set(
            s.scalars(select(Touch.contact_id).where(Touch.kind.in_(("visit", "meeting"))))
        )
        won = set(s.scalars(select(Deal.contact_id).where(Deal.status == DealStatus.WON)))
        groups = dict(s.execute(select(TagGroup.name, TagGroup.id)).all())
        custom = s.execute(select(Tag.name, Tag.group_id, Tag.color).where(Tag.builtin.is_(None)))
        custom_rows = custom.all()
    for cid, names in tags.items():
        assert not {"Y", "N"} <= names, cid
        assert not {"M", "O"} <= names, cid
    for cid in visited:
        assert "Y" in tags[cid]  # a visit means met in person
    for cid, names in tags.items():
        assert ("M" in names) == (cid in won), cid  # bought iff a won deal
    counts = Counter(n for names in tags.values() for n in names)
    for builtin in BuiltinTag:
        assert counts[builtin.value] >= 10, builtin
    assert {"性别", "行业", "来源", "意向产品"} <= set(groups)
    assert all(color.startswith("#") and len(color) == 7 for _, _, color in custom_rows)
    assert sum(g is not None for _, g, _ in custom_rows) >= 15
    # A catch-all tag for old contacts nobody knows much about (docs/method.md §1).
    assert counts["老客户待整理"] >= 5


def test_touches_span_six_months_and_summaries_match(
    seeded: tuple[Database, DemoSummary],
) -> None:
    db, _ = seeded
    with db.reading() as s:
        touches = s.scalars(select(Touch).order_by(Touch.contact_id, Touch.at, Touch.id)).all()
        people = {c.id: c for c in s.scalars(select(Contact))}
    ats = [t.at for t in touches]
    assert NOW - timedelta(days=190) <= min(ats) <= NOW - timedelta(days=170)
    assert max(ats) <= NOW
    assert max(ats) >= NOW - timedelta(days=2)
    assert {t.kind for t in touches} == {k.value for k in TouchKind if k != TouchKind.OTHER}
    assert {t.outcome for t in touches} >= {o.value for o in Outcome}
    assert all(t.notes for t in touches)
    assert sum(bool(t.next_step) for t in touches) > len(touches) // 3
    # Touches per local day over the six months: activity on most working days.
    days = {t.at.astimezone().date() for t in touches}
    assert len(days) > 100
    by_contact: dict[int, list[Touch]] = defaultdict(list)
    for t in touches:
        by_contact[t.contact_id].append(t)
        assert t.at >= people[t.contact_id].created_at
        if t.next_follow_up is not None:
            assert t.next_follow_up >= t.at.astimezone().date()
        if t.kind == "call" and t.outcome in ("no_answer", "busy"):
            assert t.duration_s == 0
    for cid, c in people.items():
        mine = by_contact.get(cid, [])
        assert c.touch_count == len(mine)
        assert c.last_touch_at == (mine[-1].at if mine else None)
        assert c.next_follow_up == (mine[-1].next_follow_up if mine else None)
        calls = [t.at for t in mine if t.kind == "call"]
        assert c.last_call_at == (calls[-1] if calls else None)
    follow_ups = [c.next_follow_up for c in people.values() if c.next_follow_up]
    assert sum(d == TODAY for d in follow_ups) >= 5
    assert sum(d < TODAY for d in follow_ups) >= 5
    assert sum(d == TODAY + timedelta(days=1) for d in follow_ups) >= 3
    assert sum(d > TODAY for d in follow_ups) >= 30


def test_deals_cover_every_stage_and_status(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    stages = db.get_setting("deal.stages")
    reasons = db.get_setting("deal.lost_reasons")
    with db.reading() as s:
        deals = s.scalars(select(Deal)).all()
        history: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
        for change in s.scalars(select(DealStageChange).order_by(DealStageChange.id)):
            history[change.deal_id].append((change.stage, change.at))
    open_stages = {d.stage for d in deals if d.status == DealStatus.OPEN}
    assert open_stages == set(stages)
    assert {d.status for d in deals} == {"open", "won", "lost"}
    assert {d.lost_reason for d in deals if d.status == DealStatus.LOST} == set(reasons)
    for d in deals:
        assert d.amount_cents > 0 and d.title
        assert d.created_at <= NOW
        if d.status == DealStatus.OPEN:
            assert d.closed_at is None and d.lost_reason == ""
        else:
            assert d.closed_at is not None and d.created_at <= d.closed_at <= NOW
        if d.status == DealStatus.WON:
            assert d.stage == stages[-1]
        # History walks the stages in order up to the current one.
        steps = history[d.id]
        assert [st for st, _ in steps] == stages[: stages.index(d.stage) + 1]
        times = [at for _, at in steps]
        assert times == sorted(times) and times[0] == d.created_at
        assert times[-1] <= (d.closed_at or NOW)


def test_plan_today_and_tomorrow_on_both_sides(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    with db.reading() as s:
        items = s.scalars(select(PlanItem).order_by(PlanItem.day, PlanItem.side, PlanItem.rank))
        rows = items.all()
    by_day_side: dict[tuple[date, str], list[PlanItem]] = defaultdict(list)
    for item in rows:
        by_day_side[(item.day, item.side)].append(item)
    for day in (TODAY, TODAY + timedelta(days=1)):
        for side in PlanSide:
            lines = by_day_side[(day, side.value)]
            assert lines, (day, side)
            assert [i.rank for i in lines] == list(range(len(lines)))
    tomorrow_sales = by_day_side[(TODAY + timedelta(days=1), "sales")]
    assert all(i.contact_id is not None for i in tomorrow_sales)
    assert not any(i.done for i in tomorrow_sales)
    assert min(i.day for i in rows) < TODAY - timedelta(days=14)  # weeks of history
    past = [i for i in rows if i.day < TODAY]
    assert 0.5 < sum(i.done for i in past) / len(past) < 1
    for item in rows:
        assert item.done == (item.done_at is not None)
        if item.done_at is not None:
            assert item.done_at <= NOW and item.done_at.astimezone().date() == item.day
        assert item.created_at <= NOW


def test_referrals_coaches_classes_and_scoring_inputs(
    seeded: tuple[Database, DemoSummary],
) -> None:
    db, _ = seeded
    with db.reading() as s:
        people = {c.id: c for c in s.scalars(select(Contact))}
        answers = s.scalars(select(QualificationAnswer)).all()
    referred = [c for c in people.values() if c.referred_by_id is not None]
    assert {c.referrer_kind for c in referred} == {k.value for k in ReferrerKind}
    for c in referred:
        assert c.referred_by_id is not None
        assert people[c.referred_by_id].created_at < c.created_at
        assert c.source == "转介绍"
    coached = [c for c in people.values() if c.coach_id is not None]
    assert coached and all(people[c.coach_id].is_coach for c in coached if c.coach_id)
    classes = Counter(c.class_code for c in people.values())
    assert all(classes[k] >= 3 for k in "ABCD")
    for c in people.values():
        derived = derive_class(
            met_first_kp=c.met_first_kp,
            has_need=c.has_need,
            has_power=c.has_power,
            kp_level=c.kp_level,
            declined=c.declined,
        )
        assert c.class_code == (derived.value if derived else None)
        assert (c.class_since is None) == (c.class_code is None)
    assert sum(bool(c.trigger_event) for c in people.values()) >= 10
    assert sum(c.personally_involved for c in people.values()) >= 5
    assert {a.state for a in answers} <= {s.value for s in AnswerState}
    assert {a.question for a in answers} == set(range(1, 10))
    targets = db.get_setting("scoring.industries")
    assert targets and len(targets) <= 3


def test_scripts_templates_targets_views(seeded: tuple[Database, DemoSummary]) -> None:
    db, _ = seeded
    with db.reading() as s:
        for script in s.scalars(select(CallScript)):
            sections = s.scalars(
                select(ScriptSection)
                .where(ScriptSection.script_id == script.id)
                .order_by(ScriptSection.position)
            ).all()
            assert len(sections) >= 3
            assert [x.position for x in sections] == list(range(len(sections)))
            assert all(x.prompts and x.title for x in sections)
        bodies = s.scalars(select(MessageTemplate.body)).all()
        assert all("{name}" in b for b in bodies)
        # The targets the demo rep set, read by the charts and the plan header.
        assert (
            db.get_setting("target.day_touches"),
            db.get_setting("target.month_closes"),
            db.get_setting("referral.weekly_goal"),
        ) == (20, 20, 1)
        assert db.get_setting("target.month_amount") > 0
        assert (s.scalar(select(func.count()).select_from(Setting)) or 0) >= 1
    views = {name: q for _, name, q in contact_list.saved_views(db)}
    assert contact_list.contact_ids(db, views["VIP未消费"])


@pytest.mark.parametrize("view", list(View))
def test_every_built_in_view_has_contacts(seeded: tuple[Database, DemoSummary], view: View) -> None:
    db, _ = seeded
    assert contact_list.contact_ids(db, ContactQuery(view=view.value))


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as conn:
        return {
            table.name: [
                tuple(row)
                for row in conn.execute(table.select().order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def test_same_seed_and_clock_give_identical_data(tmp_path: Path) -> None:
    one, two, other = (_open(tmp_path / f"{n}.sqlite3") for n in ("one", "two", "other"))
    try:
        seed_demo(one)
        seed_demo(two)
        seed_demo(other, seed=7)
        first = _dump(one)
        assert first == _dump(two)
        assert first["contacts"] != _dump(other)["contacts"]
    finally:
        for db in (one, two, other):
            db.dispose()


def test_generator_is_pure_and_follows_the_settings() -> None:
    zone = NOW.astimezone().tzinfo
    assert zone is not None
    args: dict[str, Any] = {
        "now": NOW,
        "tz": zone,
        "stages": ["lead", "offer", "signed"],
        "lost_reasons": ["too_dear"],
    }
    data = generate(**args)
    assert data == generate(**args)
    assert {d.stage for d in data.deals if d.status == "open"} == {"lead", "offer", "signed"}
    assert {d.lost_reason for d in data.deals if d.status == "lost"} == {"too_dear"}
    assert len(generate(**args, contacts=40).contacts) == 40


def test_refuses_a_database_with_contacts(db: Database) -> None:
    contacts.create_contact(db, ContactInput(name="张伟", phones=("13800138001",)))
    with pytest.raises(DemoNotEmpty) as err:
        seed_demo(db)
    assert isinstance(err.value, DeskCRMError)
    assert err.value.code == "demo_not_empty" and err.value.data == {"contacts": 1}
    assert _count(db, Contact) == 1
    assert _count(db, Touch) == _count(db, Deal) == _count(db, PlanItem) == 0
    assert _count(db, Tag, Tag.builtin.is_(None)) == 0


def test_force_adds_next_to_existing_data(db: Database) -> None:
    first = seed_demo(db)
    second = seed_demo(db, force=True)
    assert _count(db, Contact) == first.contacts + second.contacts == 600
    # Named things are reused, not duplicated.
    assert second.tags == second.scripts == second.templates == second.targets == second.views == 0
    assert second.walk_in_days == 0
    assert _count(db, Tag, Tag.builtin.is_(None)) == first.tags
    assert _count(db, CallScript) == first.scripts
    names = [t.name for t in tagging.list_tags(db)]
    assert len(names) == len(set(names))
    tags = _tag_sets(db)
    assert all(not ({"Y", "N"} <= n or {"M", "O"} <= n) for n in tags.values())


def test_demo_contacts_have_key_account_scores(db: Database) -> None:
    seed_demo(db)
    with db.reading() as s:
        scores = list(s.scalars(select(Contact.ka_score)))
    assert all(score is not None for score in scores)
    assert max(s for s in scores if s is not None) > 0
