"""Deals (stages, history, won/lost, M/O, repeat purchase, funnel) and referrals on SQLite."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, ReferrerKind
from deskcrm.core.services import (
    classification,
    contacts,
    deals,
    referrals,
    settings_store,
    tagging,
)
from deskcrm.core.services.classification import ClassFlags
from deskcrm.core.services.database import Database
from deskcrm.core.services.deals import DealInput
from deskcrm.db.models import Contact, Deal, DealStageChange, PlanItem

TODAY = date(2026, 3, 4)


def _new(db: Database, name: str = "赵敏", **fields: Any) -> int:
    cid, _ = contacts.create_contact(db, ContactInput(name=name, **fields))
    return cid


def _builtins(db: Database, cid: int) -> set[str]:
    return {t.builtin for t in contacts.get_contact(db, cid).tags if t.builtin}


def _b(db: Database) -> dict[BuiltinTag, int]:
    with db.reading() as s:
        return tagging.builtin_ids(s)


# ---- deals -----------------------------------------------------------------------------


def test_deal_starts_in_the_first_stage_with_history(db: Database, clock: Any) -> None:
    cid = _new(db)
    deal_id, changes = deals.create_deal(db, DealInput(cid, " 年度 采购 ", 1_250_000))
    assert changes.deals and changes.contacts == {cid}
    d = deals.get_deal(db, deal_id)
    assert (d.deal.title, d.deal.amount_cents, d.deal.stage, d.deal.status) == (
        "年度 采购",
        1_250_000,
        "recorded",
        "open",
    )
    assert [(h.stage, h.at) for h in d.history] == [("recorded", clock.now)]
    clock.now += timedelta(days=2)
    deals.move_stage(db, deal_id, "proposal")
    deals.move_stage(db, deal_id, "proposal")  # same stage: no second row
    clock.now += timedelta(days=3)
    deals.move_stage(db, deal_id, "trial")
    d = deals.get_deal(db, deal_id)
    assert [h.stage for h in d.history] == ["recorded", "proposal", "trial"]
    assert d.history[-1].at == clock.now and d.deal.stage == "trial"
    deals.edit_deal(db, deal_id, title="年度采购", amount_cents=990_000)
    assert deals.get_deal(db, deal_id).deal.amount_cents == 990_000


def test_stage_and_reason_lists_come_from_settings(db: Database) -> None:
    settings_store.set_values(
        db, {"deal.stages": ["线索", "报价", "签约"], "deal.lost_reasons": ["太贵"]}
    )
    cid = _new(db)
    assert deals.options(db).stages == ("线索", "报价", "签约")
    deal_id, _ = deals.create_deal(db, DealInput(cid))
    assert deals.get_deal(db, deal_id).deal.stage == "线索"
    with pytest.raises(ValidationError) as err:
        deals.move_stage(db, deal_id, "trial")
    assert err.value.field == "stage"
    with pytest.raises(ValidationError) as err:
        deals.lose_deal(db, deal_id, "price")
    assert err.value.field == "lost_reason"
    deals.lose_deal(db, deal_id, "太贵")
    d = deals.get_deal(db, deal_id).deal
    assert (d.status, d.lost_reason) == ("lost", "太贵")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (DealInput(1, amount_cents=-1), "amount"),
        (DealInput(1, title="x" * 201), "title"),
        (DealInput(1, stage="nope"), "stage"),
    ],
)
def test_bad_deals_are_refused(db: Database, data: DealInput, field: str) -> None:
    _new(db)
    with pytest.raises(ValidationError) as err:
        deals.create_deal(db, data)
    assert err.value.field == field
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Deal)) == 0


def test_winning_tags_m_and_clears_o(db: Database, clock: Any) -> None:
    b = _b(db)
    cid = _new(db)
    tagging.tag_contacts(db, [cid], add=[b[BuiltinTag.O], b[BuiltinTag.Y]])
    deal_id, _ = deals.create_deal(db, DealInput(cid, amount_cents=500))
    result, changes = deals.win_deal(db, deal_id)
    assert changes.tags and changes.deals and result.thanks is None
    assert _builtins(db, cid) == {"Y", "M"}
    d = deals.get_deal(db, deal_id).deal
    assert (d.status, d.closed_at) == ("won", clock.now)


def test_repeat_purchase_is_a_new_deal(db: Database, clock: Any) -> None:
    cid = _new(db)
    first, _ = deals.create_deal(db, DealInput(cid, "首单"))
    deals.win_deal(db, first)
    clock.now += timedelta(days=30)
    second, _ = deals.create_deal(db, DealInput(cid, "复购"))
    listed = deals.list_deals(db, cid)
    assert [(x.deal.id, x.deal.status) for x in listed] == [(second, "open"), (first, "won")]
    assert _builtins(db, cid) == {"M"}


def test_lost_with_decline_moves_an_a_to_d(db: Database) -> None:
    cid = _new(db)
    classification.set_flags(db, cid, ClassFlags(True, True, True))
    deal_id, _ = deals.create_deal(db, DealInput(cid))
    deals.lose_deal(db, deal_id, "no_budget")
    assert classification.get_state(db, cid).class_code == "A"  # one lost deal says nothing
    other, _ = deals.create_deal(db, DealInput(cid))
    changes = deals.lose_deal(db, other, "competitor", declined=True)
    assert changes.plan
    assert classification.get_state(db, cid).class_code == "D"
    deals.reopen_deal(db, other)
    d = deals.get_deal(db, other).deal
    assert (d.status, d.closed_at, d.lost_reason) == ("open", None, "")


def test_deleting_a_deal_removes_its_history(db: Database) -> None:
    cid = _new(db)
    deal_id, _ = deals.create_deal(db, DealInput(cid))
    deals.move_stage(db, deal_id, "trial")
    deals.delete_deal(db, deal_id)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(DealStageChange)) == 0
    with pytest.raises(NotFound):
        deals.get_deal(db, deal_id)


def test_funnel_counts_per_stage(db: Database) -> None:
    cids = [_new(db, f"客户{i}") for i in range(4)]
    ids = [deals.create_deal(db, DealInput(c))[0] for c in cids]
    deals.move_stage(db, ids[0], "trial")
    deals.win_deal(db, ids[0])
    deals.move_stage(db, ids[1], "proposal")
    deals.lose_deal(db, ids[1], "price")
    deals.lose_deal(db, ids[2], "no_need")
    result = deals.deal_funnel(db)
    by = {st.stage: st for st in result.stages}
    assert (result.total, result.won, result.lost, result.open) == (4, 1, 2, 1)
    assert [st.reached for st in result.stages][:6] == [4, 2, 2, 1, 1, 0]
    assert by["recorded"].lost_reasons == (("no_need", 1),)
    assert by["recorded"].open_here == 1
    assert by["proposal"].lost_here == 1 and by["trial"].won_here == 1
    assert deals.deal_funnel(db, since=TODAY + timedelta(days=1)).total == 0


# ---- referrals and coaches -------------------------------------------------------------


def test_referral_link_and_kind(db: Database) -> None:
    supplier = _new(db, "供应商老周")
    cid = _new(db, "新客户")
    changes = referrals.set_referral(db, cid, supplier, ReferrerKind.SUPPLIER)
    assert changes.contacts == {cid, supplier}
    detail = contacts.get_contact(db, cid)
    assert detail.referred_by is not None and detail.referred_by.id == supplier
    assert detail.referrer_kind == "supplier"
    assert [r.id for r in contacts.get_contact(db, supplier).referrals] == [cid]
    with pytest.raises(ValidationError):
        referrals.set_referral(db, cid, cid, ReferrerKind.CUSTOMER)
    with pytest.raises(ValidationError):
        referrals.set_referral(db, cid, supplier, "friend")
    with pytest.raises(ValidationError) as err:
        referrals.set_referral(db, cid, 999, None)
    assert err.value.field == "referred_by"
    referrals.set_referral(db, cid, None, ReferrerKind.CUSTOMER)
    detail = contacts.get_contact(db, cid)
    assert detail.referred_by is None and detail.referrer_kind is None


def test_coach_marks(db: Database) -> None:
    coach = _new(db, "内线")
    p1, p2 = _new(db, "客户一"), _new(db, "客户二")
    referrals.set_coach(db, p1, coach)
    referrals.set_coach(db, p2, coach)
    assert contacts.get_contact(db, coach).is_coach
    assert contacts.get_contact(db, p1).coach is not None
    referrals.set_coach(db, p1, None)
    assert contacts.get_contact(db, coach).is_coach  # still coaches p2
    referrals.set_coach(db, p2, None)
    assert not contacts.get_contact(db, coach).is_coach
    with pytest.raises(ValidationError):
        referrals.set_coach(db, p1, p1)


def test_closing_a_referred_contact_plans_thanks_once(db: Database, clock: Any) -> None:
    referrer = _new(db, "老客户")
    cid = _new(db, "转介绍客户", referred_by_id=referrer, referrer_kind="customer")
    deal_id, _ = deals.create_deal(db, DealInput(cid, "设备"))
    result, changes = deals.win_deal(db, deal_id)
    assert result.thanks is not None and changes.plan
    assert changes.contacts == {cid, referrer}
    with db.reading() as s:
        items = s.scalars(select(PlanItem)).all()
        assert [(i.day, i.side, i.contact_id, i.origin, i.origin_key) for i in items] == [
            (TODAY, "sales", referrer, "referral_thanks", f"referral_thanks:{deal_id}")
        ]
        assert items[0].title == "老客户 ← 转介绍客户 · 设备"
    # Reopened and won again, even on another day: never a second task.
    deals.reopen_deal(db, deal_id)
    clock.now += timedelta(days=1)
    again, _ = deals.win_deal(db, deal_id)
    assert again.thanks is None
    # A repeat purchase is a new deal: its close is thanked again.
    repeat, _ = deals.create_deal(db, DealInput(cid, "耗材"))
    third, _ = deals.win_deal(db, repeat)
    assert third.thanks is not None and third.thanks.day == TODAY + timedelta(days=1)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PlanItem)) == 2


def test_thanks_go_after_existing_items_and_to_the_coach_without_referrer(
    db: Database,
) -> None:
    coach = _new(db, "教练")
    cid = _new(db, "客户")
    referrals.set_coach(db, cid, coach)
    now = db.now()
    with db.unit() as s:
        s.add(PlanItem(day=TODAY, side="sales", rank=4, title="回访", created_at=now))
    deal_id, _ = deals.create_deal(db, DealInput(cid))
    result, _ = deals.win_deal(db, deal_id)
    assert result.thanks is not None and result.thanks.thank_contact_id == coach
    with db.reading() as s:
        item = s.get(PlanItem, result.thanks.plan_item_id)
        assert item is not None and item.rank == 5


def test_no_thanks_without_referrer_or_coach(db: Database) -> None:
    cid = _new(db)
    deal_id, _ = deals.create_deal(db, DealInput(cid))
    assert deals.win_deal(db, deal_id)[0].thanks is None
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(PlanItem)) == 0


def test_referral_counts_and_close_rates_per_kind(db: Database) -> None:
    sup, cust = _new(db, "乙方"), _new(db, "老客户")
    won = _new(db, "甲", referred_by_id=sup, referrer_kind="supplier")
    _new(db, "乙", referred_by_id=sup, referrer_kind="supplier")
    _new(db, "丙", referred_by_id=cust, referrer_kind="customer")
    _new(db, "丁", referred_by_id=cust)
    _new(db, "没人介绍")
    deal_id, _ = deals.create_deal(db, DealInput(won))
    deals.win_deal(db, deal_id)
    stats = referrals.referral_stats(db)
    assert [(s.kind, s.referred, s.closed) for s in stats] == [
        (ReferrerKind.SUPPLIER, 2, 1),
        (ReferrerKind.CUSTOMER, 1, 0),
        (ReferrerKind.DECLINING, 0, 0),
        (ReferrerKind.EXCHANGE, 0, 0),
        (None, 1, 0),
    ]
    assert stats[0].close_rate == 0.5


def test_weekly_referral_goal(db: Database, clock: Any) -> None:
    referrer = _new(db, "介绍人")
    progress = referrals.weekly_progress(db)
    assert (progress.start, progress.end, progress.done, progress.target) == (
        date(2026, 3, 2),
        date(2026, 3, 9),
        0,
        1,
    )
    assert not progress.met
    _new(db, "本周", referred_by_id=referrer, referrer_kind="customer")
    assert referrals.weekly_progress(db).met
    # Sunday 23:30 Beijing is still this week; Monday 00:00 is the next.
    clock.now = clock.now.replace(day=8, hour=15, minute=30)
    _new(db, "周日", referred_by_id=referrer)
    clock.now = clock.now.replace(hour=16, minute=0)
    _new(db, "周一", referred_by_id=referrer)
    assert referrals.weekly_progress(db, date(2026, 3, 4)).done == 2
    settings_store.set_values(db, {"referral.weekly_goal": 2})
    nxt = referrals.weekly_progress(db)
    assert (nxt.start, nxt.done, nxt.target, nxt.met) == (date(2026, 3, 9), 1, 2, False)
    with db.reading() as s:
        assert s.scalar(select(func.count()).where(Contact.referred_by_id == referrer)) == 3
