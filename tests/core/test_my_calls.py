"""What a call captured comes back: the facts on the timeline and the "my calls" chart."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

from deskcrm.core.rules.call_details import (
    TONE_CHECKS,
    CallDetails,
    call_facts,
    talk_share,
)
from deskcrm.core.rules.stats_period import Grain, Period
from deskcrm.core.services import contacts
from deskcrm.core.services.calls import call_story
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.dashboard import dashboard
from deskcrm.core.services.stats.my_calls import median_percent, my_calls
from deskcrm.db.models import Contact, Touch

TODAY = date(2026, 3, 4)  # a Wednesday; FIXED_NOW is 10:00 in Beijing on it
MON_1, MON_2 = date(2026, 2, 16), date(2026, 2, 23)  # two whole weeks before this one


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour)).astimezone().astimezone(UTC)


def details(rep: int | None = None, customer: int | None = None, **extra: object) -> str:
    data: dict[str, object] = {"v": 1, **extra}
    if rep is not None:
        data["talk"] = {"rep": rep, "customer": customer}
    return json.dumps(data)


def add(db: Database, contact_id: int, day: date, *rows: tuple[str, str, str, str]) -> None:
    """Touches of `contact_id` on `day`: (kind, outcome, next_step, details) each."""
    with db.unit() as s:
        for hour, (kind, outcome, step, raw) in enumerate(rows, start=9):
            s.add(
                Touch(
                    contact_id=contact_id,
                    kind=kind,
                    at=at(day, hour),
                    created_at=at(day, hour),
                    outcome=outcome,
                    next_step=step,
                    details=raw,
                )
            )


def contact(db: Database, name: str, *, trashed: bool = False) -> int:
    with db.unit() as s:
        row = Contact(
            name=name,
            created_at=at(date(2026, 1, 1)),
            updated_at=at(date(2026, 1, 1)),
            deleted_at=at(date(2026, 3, 1)) if trashed else None,
        )
        s.add(row)
        s.flush()
        return row.id


# ---- the rules ------------------------------------------------------------------------


def test_facts_of_a_call_made_on_the_call_screen() -> None:
    d = CallDetails(
        tone=("pitch", "smile", "nonsense", "warmth"),
        sections_done=("开场", "提问", "方案"),
        sections_total=5,
        rep_talk_s=35,
        customer_talk_s=65,
    )
    facts = call_facts(d.to_json(), hook=True)
    assert facts is not None
    assert facts.tone == ("smile", "warmth", "pitch")  # checklist order, unknown dropped
    assert facts.tone_total == len(TONE_CHECKS) == 8
    assert facts.talk_share == 0.35
    assert (facts.sections_done, facts.sections_total) == (3, 5)
    assert facts.hook is True


def test_old_missing_and_damaged_details_are_tolerated() -> None:
    assert call_facts("", hook=True) is None
    assert call_facts("{not json", hook=True) is None
    assert call_facts('{"v":1,"key_words":["价格"]}', hook=False) is None  # nothing measured
    # Saved before the outline's length was stored: the count alone.
    old = call_facts('{"v":1,"sections_done":["a","b"],"script_id":3}', hook=None)
    assert old is not None and (old.sections_done, old.sections_total) == (2, None)
    assert old.talk_share is None and old.hook is None
    odd = call_facts('{"v":1,"tone":["smile"],"talk":{"rep":"x","customer":-4}}', hook=None)
    assert odd is not None and odd.talk_share is None and odd.tone == ("smile",)


def test_talk_share_needs_enough_talk_like_the_timer() -> None:
    assert talk_share(10, 10) is None  # 20 s: too little to mean anything
    assert talk_share(6, 24) == 0.2
    assert talk_share(-1, 100) is None
    assert median_percent({}) is None
    assert median_percent({20: 1, 40: 1}) == 0.3
    assert median_percent({10: 2, 90: 1}) == 0.1


def test_sections_total_round_trips_and_stays_in_bounds() -> None:
    d = CallDetails(sections_done=("a",), sections_total=4)
    assert CallDetails.from_json(d.to_json()).sections_total == 4
    assert CallDetails.from_json('{"sections_total":-3}').sections_total == 0
    assert CallDetails(sections_total=10**9).cleaned().sections_total == 200


# ---- the timeline and the story --------------------------------------------------------


def test_timeline_and_story_carry_the_facts(db: Database) -> None:
    cid = contact(db, "王芳")
    add(
        db,
        cid,
        MON_2,
        ("call", "connected", "周三送样品", details(30, 70, tone=["smile", "speed"])),
        ("call", "no_answer", "周三送样品", details(sections_done=["开场"], sections_total=4)),
        ("call", "connected", "", ""),  # logged elsewhere: nothing measured
        ("visit", "connected", "", details(30, 70)),  # only calls have call facts
    )
    timeline = contacts.get_contact(db, cid).touches
    facts = {(t.kind, t.at.hour): t.call for t in timeline}
    visit, plain, missed, talked = (
        facts[("visit", at(MON_2, 12).hour)],
        facts[("call", at(MON_2, 11).hour)],
        facts[("call", at(MON_2, 10).hour)],
        facts[("call", at(MON_2, 9).hour)],
    )
    assert visit is None and plain is None
    assert talked is not None and talked.talk_share == 0.3 and talked.hook is True
    assert talked.tone == ("smile", "speed")
    # A missed call's stored step is the earlier promise carried over, not a hook of its own.
    assert missed is not None and missed.hook is None and missed.sections_total == 4
    story = call_story(db, cid)
    shown = [t.touch.call for t in story.touches]
    assert shown == [t.call for t in timeline][: len(shown)] and talked in shown


# ---- the chart ------------------------------------------------------------------------


def test_my_calls_per_week_on_known_touches(db: Database) -> None:
    a, b = contact(db, "甲"), contact(db, "乙")
    gone = contact(db, "丙", trashed=True)
    add(
        db,
        a,
        MON_1,
        ("call", "connected", "报价", details(20, 80)),  # 20%
        ("call", "connected", "", details(60, 40)),  # 60%, no hook
        ("call", "no_answer", "报价", details(0, 0)),  # not reached: its step is not a hook
        ("call", "busy", "", "{broken"),  # damaged details: counted as a call, no share
    )
    add(
        db,
        b,
        MON_1,
        ("call", "call_back", "下周再打", details(10, 10)),  # 20 s: too little tracked
        ("wechat", "connected", "", details(90, 10)),  # not a call
    )
    add(db, b, MON_2, ("call", "won", "", details(40, 60)), ("call", "lost", "", ""))
    add(db, gone, MON_2, ("call", "connected", "x", details(90, 10)))  # in the trash
    period = Period(MON_1, date(2026, 3, 1))
    result = my_calls(db, period, Grain.WEEK)
    first, second = result.buckets
    assert (first.calls, first.reached, first.hooks, first.timed) == (5, 3, 2, 2)
    assert first.median_talk == 0.4 and first.hook_share == 2 / 3
    assert (second.calls, second.reached, second.hooks, second.timed) == (2, 2, 0, 1)
    assert second.median_talk == 0.4
    assert result.median_talk == 0.4  # 20, 40, 60
    assert (result.calls, result.reached, result.hooks) == (7, 5, 2)
    assert result.talk_target == 0.2
    board = dashboard(db, period)
    assert board.my_calls.calls == 7 and board.my_calls.grain == Grain.WEEK


def test_my_calls_empty_and_monthly(db: Database) -> None:
    empty = my_calls(db, Period(MON_1, TODAY))
    assert empty.calls == 0 and empty.median_talk is None and empty.hook_share is None
    assert all(b.median_talk is None for b in empty.buckets)
    year = my_calls(db, Period(date(2025, 3, 5), TODAY))
    assert year.grain == Grain.MONTH and len(year.buckets) == 13
