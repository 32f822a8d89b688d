"""Referral asks (the ask_referral view, the asked record, the draft reason) and referral
stages (stored, moved on by touches and wins, set by hand, counted for the chart)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, ContactQuery, ReferralStage, TouchKind
from deskcrm.core.rules import plan_draft as draft_rules
from deskcrm.core.rules.plan_draft import Reason
from deskcrm.core.rules.referrals import advance, stage_counts, stage_reached_by_touch
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.services import (
    contact_list,
    contacts,
    deals,
    plan_draft,
    referrals,
    settings_store,
    tagging,
    touches,
)
from deskcrm.core.services.contact_list import View
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats import referrals as referral_stats
from deskcrm.db.models import Contact

TOMORROW = date(2026, 3, 5)


def _new(db: Database, name: str, *tags: BuiltinTag) -> int:
    with db.reading() as s:
        ids = tagging.builtin_ids(s)
    return contacts.create_contact(
        db, ContactInput(name=name), tag_ids=tuple(ids[t] for t in tags)
    )[0]


def _touch(db: Database, cid: int, kind: str = TouchKind.CALL, **kw: Any) -> int:
    return touches.log_touch(db, touches.TouchInput(contact_id=cid, kind=kind, **kw))[0]


def _lose(db: Database, cid: int) -> None:
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=cid))
    deals.lose_deal(db, deal_id, "price")


def _view(db: Database, view: View) -> set[str]:
    ids = contact_list.contact_ids(db, ContactQuery(view=view.value))
    return {r.name for r in contact_list.rows_by_ids(db, ids)}


def _stored(db: Database, cid: int) -> Contact:
    with db.reading() as s:
        row = s.get(Contact, cid)
        assert row is not None
        s.expunge(row)
        return row


def test_ask_referral_view_lists_customers_not_asked_and_rested_decliners(
    db: Database, clock: Any
) -> None:
    start = clock.now
    _new(db, "从未问过", BuiltinTag.M)
    vip = _new(db, "百天前问过", BuiltinTag.VIP)
    lately = _new(db, "十天前问过", BuiltinTag.M)
    _new(db, "只是到店", BuiltinTag.Y, BuiltinTag.O)
    trashed = _new(db, "回收站", BuiltinTag.M)
    contacts.trash_contacts(db, [trashed])
    for name, days_ago in (("四十天前拒绝", 40), ("十天前拒绝", 10), ("两百天前拒绝", 200)):
        cid = _new(db, name)
        clock.now = start - timedelta(days=days_ago)
        _lose(db, cid)
        clock.now = start
    clock.now = start - timedelta(days=100)
    _touch(db, vip, asked_referral=True)
    clock.now = start - timedelta(days=10)
    _touch(db, lately, asked_referral=True)
    clock.now = start

    assert _view(db, View.ASK_REFERRAL) == {"从未问过", "百天前问过", "四十天前拒绝"}
    # The touch that asked is what the view reads: stored on the contact at its time.
    assert _stored(db, lately).referral_asked_at == start - timedelta(days=10)
    # The intervals are settings.
    settings_store.set_values(
        db, {"referral.ask_interval_days": 7, "referral.decliner_rest_days": 5}
    )
    assert _view(db, View.ASK_REFERRAL) == {
        "从未问过",
        "百天前问过",
        "十天前问过",
        "四十天前拒绝",
        "十天前拒绝",
    }


def test_a_later_touch_without_the_ask_keeps_the_ask(db: Database, clock: Any) -> None:
    cid = _new(db, "客户", BuiltinTag.M)
    first = clock.now
    _touch(db, cid, asked_referral=True)
    clock.now = first + timedelta(days=1)
    _touch(db, cid)
    assert _stored(db, cid).referral_asked_at == first
    assert _view(db, View.ASK_REFERRAL) == set()


def test_a_referral_taken_in_a_call_counts_as_asked(db: Database) -> None:
    from deskcrm.core.services import calls

    cid = _new(db, "老客户", BuiltinTag.M)
    record = calls.CallRecord(
        contact_id=cid,
        outcome="connected",
        duration_s=60,
        next_step="下周送样品",
        next_follow_up=TOMORROW,
        referral=calls.Referral(contact=ContactInput(name="新朋友"), kind="customer"),
    )
    calls.save_call(db, record)
    assert _stored(db, cid).referral_asked_at is not None
    assert "老客户" not in _view(db, View.ASK_REFERRAL)


def test_stage_rules() -> None:
    assert stage_reached_by_touch("call", "no_answer") is None
    assert stage_reached_by_touch("wechat", "") == ReferralStage.CONTACTED
    assert stage_reached_by_touch("visit", "connected") == ReferralStage.MET
    assert stage_reached_by_touch("call", "won") == ReferralStage.CLOSED
    assert advance(None, None) == "name_given"
    assert advance("met", ReferralStage.CONTACTED) == "met"  # never back by itself
    assert advance("contacted", ReferralStage.MET) == "met"
    assert stage_counts(4, [(None, 2), ("contacted", 1), ("closed", 1)]) == [
        (ReferralStage.ASKED, 4),
        (ReferralStage.NAME_GIVEN, 4),
        (ReferralStage.CONTACTED, 2),
        (ReferralStage.MET, 1),
        (ReferralStage.CLOSED, 1),
    ]


def test_stages_are_stored_moved_on_by_touches_and_a_win(db: Database) -> None:
    referrer = _new(db, "王芳", BuiltinTag.M)
    cid = _new(db, "张伟")
    referrals.set_referral(db, cid, referrer, "customer")
    assert _stored(db, cid).referral_stage == "name_given"
    _touch(db, cid, outcome="no_answer")
    assert _stored(db, cid).referral_stage == "name_given"
    _touch(db, cid, outcome="connected")
    assert _stored(db, cid).referral_stage == "contacted"
    _touch(db, cid, kind=TouchKind.VISIT, outcome="connected")
    assert _stored(db, cid).referral_stage == "met"
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=cid))
    deals.win_deal(db, deal_id)
    assert _stored(db, cid).referral_stage == "closed"
    _touch(db, cid, outcome="connected")
    assert _stored(db, cid).referral_stage == "closed"
    # A contact nobody referred gets no stage from its touches.
    plain = _new(db, "路人")
    _touch(db, plain, kind=TouchKind.VISIT)
    assert _stored(db, plain).referral_stage is None
    # Cleared with the referrer.
    referrals.set_referral(db, cid, None, None)
    assert _stored(db, cid).referral_stage is None


def test_the_form_sets_a_stage_and_refuses_an_unknown_one(db: Database) -> None:
    referrer = _new(db, "王芳")
    cid, _ = contacts.create_contact(
        db, ContactInput(name="李四", referred_by_id=referrer, referral_stage="met")
    )
    assert _stored(db, cid).referral_stage == "met"
    data = contacts.contact_input(db, cid)
    assert data.referral_stage == "met"
    contacts.update_contact(db, cid, ContactInput(name="李四", referred_by_id=referrer))
    assert _stored(db, cid).referral_stage == "name_given"
    for bad in ("asked", "nonsense"):
        with pytest.raises(ValidationError) as err:
            contacts.update_contact(
                db, cid, ContactInput(name="李四", referred_by_id=referrer, referral_stage=bad)
            )
        assert err.value.field == "referral_stage"
    assert _stored(db, cid).referral_stage == "name_given"


def test_stage_counts_and_the_contacts_behind_each_bar(db: Database, clock: Any) -> None:
    referrer = _new(db, "王芳", BuiltinTag.M)
    _touch(db, referrer, asked_referral=True)
    asked_too = _new(db, "赵六", BuiltinTag.VIP)
    _touch(db, asked_too, asked_referral=True)
    ids = {}
    for name, stage in (("甲", None), ("乙", "contacted"), ("丙", "met"), ("丁", "closed")):
        ids[name], _ = contacts.create_contact(
            db, ContactInput(name=name, referred_by_id=referrer, referral_stage=stage)
        )
    today = clock.now.astimezone().date()
    period = Period(today - timedelta(days=29), today)
    stats = referral_stats.referral_stats(db, period)
    assert [(s.value, n) for s, n in stats.stages] == [
        ("asked", 2),
        ("name_given", 4),
        ("contacted", 3),
        ("met", 2),
        ("closed", 1),
    ]
    assert set(referral_stats.at_stage(db, period, "asked")) == {referrer, asked_too}
    assert set(referral_stats.at_stage(db, period, "met")) == {ids["丙"], ids["丁"]}
    assert len(referral_stats.at_stage(db, period, "name_given")) == 4


def test_draft_asks_a_few_best_sources_first(db: Database, clock: Any) -> None:
    start = clock.now
    clock.now = start - timedelta(days=60)
    customers = [_new(db, f"客户{i}", BuiltinTag.M) for i in range(4)]
    vip = _new(db, "贵宾", BuiltinTag.VIP)
    _touch(db, vip)  # called two months ago: no care call due, so the ask is its line
    decliner = _new(db, "拒绝者")
    _lose(db, decliner)
    # Touched this week: left alone by the draft (the view still lists it).
    clock.now = start - timedelta(days=3)
    _touch(db, customers[0])
    clock.now = start
    found = [s for s in plan_draft.draft(db, TOMORROW) if s.reason == Reason.ASK_REFERRAL]
    assert len(found) == draft_rules.REFERRAL_ASK_LIMIT
    # The VIP, then the newest customers (listed by name on equal points).
    assert [(s.contact_id, s.detail) for s in found] == [
        (vip, "vip"),
        (customers[2], "customer"),
        (customers[3], "customer"),
    ]
    assert customers[0] in contact_list.contact_ids(db, ContactQuery(view=View.ASK_REFERRAL))
    # Below a promised step, above the day's segment work.
    points = draft_rules.REASON_POINTS
    assert points[Reason.NEXT_STEP] > points[Reason.ASK_REFERRAL] > points[Reason.UPGRADE]
    # Once asked, a customer's line is gone; the decliner comes up when the others are.
    for s in found:
        assert s.contact_id is not None
        _touch(db, s.contact_id, asked_referral=True)
    clock.now = start + timedelta(days=31)
    later = [
        s
        for s in plan_draft.draft(db, TOMORROW + timedelta(days=31))
        if s.reason == Reason.ASK_REFERRAL
    ]
    assert (later[-1].contact_id, later[-1].detail) == (decliner, "declined")
