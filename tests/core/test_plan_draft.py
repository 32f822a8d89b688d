"""Drafting tomorrow: every reason, ranked by value, the daily capacity, nothing twice,
carry-over."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, PlanSide, TouchKind
from deskcrm.core.rules import plan_draft as rules
from deskcrm.core.rules.plan_draft import Reason, Suggestion
from deskcrm.core.rules.qualification_score import UNKNOWN_WORKED_POINTS
from deskcrm.core.rules.referrals import THANKS_ORIGIN, thanks_key
from deskcrm.core.services import (
    classification,
    contacts,
    deals,
    plan,
    plan_draft,
    referrals,
    settings_store,
    tagging,
    touches,
)
from deskcrm.core.services.classification import ClassFlags
from deskcrm.core.services.database import Database

TODAY = date(2026, 3, 4)
TOMORROW = TODAY + timedelta(days=1)
CLASS_A = ClassFlags(met_first_kp=True, has_need=True, has_power=True)


def _new(db: Database, name: str) -> int:
    return contacts.create_contact(db, ContactInput(name=name))[0]


def _touch(db: Database, cid: int, **kw: Any) -> int:
    return touches.log_touch(db, touches.TouchInput(contact_id=cid, kind=TouchKind.CALL, **kw))[0]


def _tag(db: Database, cid: int, tag: BuiltinTag) -> None:
    with db.reading() as s:
        tag_id = tagging.builtin_ids(s)[tag]
    tagging.tag_contacts(db, [cid], add=[tag_id])


def _by_name(found: list[Suggestion]) -> dict[str, Suggestion]:
    return {s.contact_name or s.detail: s for s in found}


def _accept_all(db: Database, day: date, found: list[Suggestion]) -> None:
    plan_draft.accept(db, day, found)


def test_each_reason_is_proposed_with_its_facts(db: Database, clock: Any) -> None:
    start = clock.now
    # Stuck at 3 touches, quiet for weeks.
    stuck = _new(db, "赵六")
    clock.now = start - timedelta(days=30)
    for _ in range(3):
        _touch(db, stuck)
    clock.now = start
    # A follow-up due today (a day late tomorrow) and a step promised for tomorrow.
    late = _new(db, "钱二")
    _touch(db, late, next_step="寄样品", next_follow_up=TODAY)
    promised = _new(db, "孙三")
    _touch(db, promised, next_step="送报价单", next_follow_up=TOMORROW)
    # Class A entered 5 days before today: its 7-day window ends the day after tomorrow.
    klass = _new(db, "李四")
    clock.now = start - timedelta(days=5)
    classification.set_flags(db, klass, CLASS_A)
    clock.now = start
    # A VIP never called.
    vip = _new(db, "周五")
    _tag(db, vip, BuiltinTag.VIP)
    # A referred contact closed today: thank the referrer (after the auto line was removed).
    coach = _new(db, "王芳")
    buyer = _new(db, "吴七")
    referrals.set_referral(db, buyer, coach, "customer")
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=buyer, title="净水器"))
    win, _ = deals.win_deal(db, deal_id)
    assert win.thanks is not None
    plan.delete_item(db, win.thanks.plan_item_id)
    # Today's undone line carries over.
    plan.add_item(db, TODAY, "non_sales", "交周报")

    found = _by_name(plan_draft.draft(db, TOMORROW))
    assert {k: s.reason for k, s in found.items()} == {
        "钱二": Reason.FOLLOW_UP,
        "孙三": Reason.NEXT_STEP,
        "李四": Reason.CLASS_DEADLINE,
        "周五": Reason.VIP_CALL,
        "赵六": Reason.STUCK,
        "王芳": Reason.THANK_COACH,
        "交周报": Reason.CARRIED,
    }
    assert (found["钱二"].overdue_days, found["钱二"].detail, found["钱二"].due) == (
        1,
        "寄样品",
        TODAY,
    )
    assert (found["孙三"].detail, found["孙三"].origin_key) == (
        "送报价单",
        rules.next_step_key(promised, TOMORROW),
    )
    assert (found["李四"].class_code, found["李四"].due) == ("A", TODAY + timedelta(days=2))
    assert found["周五"].last_call is None
    assert found["赵六"].touch_count == 3
    assert (found["王芳"].contact_id, found["王芳"].detail) == (coach, "吴七 · 净水器")
    assert found["王芳"].origin_key == thanks_key(deal_id)
    assert (found["交周报"].side, found["交周报"].due) == ("non_sales", TODAY)
    assert all(s.side == "sales" for k, s in found.items() if k != "交周报")


def test_ranked_by_value_promise_class_vip_score_then_lateness(db: Database, clock: Any) -> None:
    start = clock.now
    # Two overdue follow-ups: 3 days late is worth a little more than 1 day late.
    clock.now = start - timedelta(days=2)
    older = _new(db, "甲")
    _touch(db, older, next_follow_up=TODAY - timedelta(days=2))
    clock.now = start
    newer = _new(db, "乙")
    _touch(db, newer, next_follow_up=TODAY)
    # Due tomorrow: a promised step (with a key-account score) and a class B follow-up.
    plain = _new(db, "丙")
    _touch(db, plain, next_step="回电", next_follow_up=TOMORROW)
    classed = _new(db, "丁")
    classification.set_flags(
        db, classed, ClassFlags(has_need=True, has_power=True, kp_level="second_third")
    )
    _touch(db, classed, next_follow_up=TOMORROW)
    # Two VIPs not called for months, the one with the higher key-account score first.
    low, high = _new(db, "戊"), _new(db, "己")
    for cid in (low, high):
        _tag(db, cid, BuiltinTag.VIP)
    with db.unit() as s:
        from deskcrm.db.models import Contact

        s.get(Contact, high).ka_score = 9  # type: ignore[union-attr]
        s.get(Contact, plain).ka_score = 9  # type: ignore[union-attr]
    found = plan_draft.draft(db, TOMORROW)
    # 丙 promise 50 + score 9; 丁 follow-up 30 + class B 20; 己 VIP call 20 + VIP 20 +
    # score 9; 戊 40; 甲 follow-up 30 + 3 days late 6; 乙 30 + 2.
    assert [s.contact_name for s in found] == ["丙", "丁", "己", "戊", "甲", "乙"]
    assert [rules.value(s) for s in found] == [59, 50, 49, 40, 36, 32]


def test_accepting_adds_once_and_draft_does_not_repeat(db: Database) -> None:
    cid = _new(db, "钱二")
    _touch(db, cid, next_follow_up=TOMORROW)
    first = plan_draft.draft(db, TOMORROW)
    assert [s.contact_id for s in first] == [cid]
    added, changes = plan_draft.accept(db, TOMORROW, [first[0], first[0]])
    assert len(added) == 1 and changes.plan
    assert plan_draft.draft(db, TOMORROW) == []
    # Accepting the same line again (a second window) adds nothing and reports no change.
    again, changes = plan_draft.accept(db, TOMORROW, [first[0]])
    assert again == [] and not changes.plan
    sales, _ = plan.items_for_day(db, TOMORROW)
    # No words in any language are stored: the reason is data, worded when shown.
    assert [(i.title, i.origin, i.origin_key, i.contact_id, i.reason, i.due) for i in sales] == [
        ("", "follow_up", rules.follow_up_key(cid, TOMORROW), cid, "follow_up", TOMORROW)
    ]


def test_a_contact_planned_by_hand_is_not_proposed(db: Database) -> None:
    cid = _new(db, "钱二")
    _touch(db, cid, next_follow_up=TOMORROW)
    plan.add_item(db, TOMORROW, "sales", "见钱二", contact_id=cid)
    assert plan_draft.draft(db, TOMORROW) == []


def test_accepted_lines_go_below_what_is_there_in_the_given_order(db: Database) -> None:
    plan.add_item(db, TOMORROW, "sales", "自己写的")
    ids = [_new(db, n) for n in ("甲", "乙")]
    for cid in ids:
        _touch(db, cid, next_follow_up=TOMORROW)
    found = {s.contact_name: s for s in plan_draft.draft(db, TOMORROW)}
    plan_draft.accept(db, TOMORROW, [found[n] for n in ("乙", "甲")])
    sales, _ = plan.items_for_day(db, TOMORROW)
    assert [(i.title, i.contact_name, i.rank) for i in sales] == [
        ("自己写的", "", 0),
        ("", "乙", 1),
        ("", "甲", 2),
    ]


def test_carry_over_keeps_side_key_and_skips_done_and_d(db: Database, clock: Any) -> None:
    cid = _new(db, "钱二")
    _touch(db, cid, next_follow_up=TODAY)
    dropped = _new(db, "孙三")
    today = plan_draft.draft(db, TODAY)
    _accept_all(db, TODAY, today)
    plan.add_item(db, TODAY, "non_sales", "交周报")
    done, _ = plan.add_item(db, TODAY, "non_sales", "已办完")
    plan.set_done(db, done.id, True)
    plan.add_item(db, TODAY, "sales", "拜访孙三", contact_id=dropped)
    classification.set_flags(db, dropped, ClassFlags(declined=True))  # D: stop following

    found = plan_draft.draft(db, TOMORROW)
    carried = {s.contact_name or s.detail: s for s in found}
    assert set(carried) == {"钱二", "交周报"}
    assert all(s.reason == Reason.CARRIED for s in found)
    # The line for the follow-up keeps its key, so the follow-up is not proposed beside it.
    assert carried["钱二"].origin_key == rules.follow_up_key(cid, TODAY)
    # It keeps why it was drafted (worded when shown), not words.
    assert carried["钱二"].source == rules.Origin(Reason.FOLLOW_UP, "", TODAY)
    assert carried["钱二"].title == ""
    assert carried["交周报"].side == "non_sales"
    assert carried["交周报"].origin_key.startswith("carried:")
    _accept_all(db, TOMORROW, found)
    assert plan_draft.draft(db, TOMORROW) == []
    # Not done again: it carries on to the next planned day, still known by the same key.
    later = TOMORROW + timedelta(days=3)
    keys = {s.origin_key for s in plan_draft.draft(db, later)}
    assert keys == {rules.follow_up_key(cid, TODAY), carried["交周报"].origin_key}


def test_carry_over_looks_back_one_week_at_most(db: Database) -> None:
    plan.add_item(db, TODAY - timedelta(days=8), "sales", "太久以前")
    assert plan_draft.draft(db, TOMORROW) == []
    plan.add_item(db, TODAY - timedelta(days=3), "sales", "周五的事")
    assert [s.detail for s in plan_draft.draft(db, TOMORROW)] == ["周五的事"]


def test_a_later_touch_replaces_the_promise(db: Database, clock: Any) -> None:
    cid = _new(db, "孙三")
    _touch(db, cid, next_step="送报价单", next_follow_up=TOMORROW)
    clock.now += timedelta(hours=1)
    _touch(db, cid, next_step="签合同", next_follow_up=TOMORROW + timedelta(days=5))
    assert plan_draft.draft(db, TOMORROW) == []
    (found,) = plan_draft.draft(db, TOMORROW + timedelta(days=5))
    assert (found.reason, found.detail) == (Reason.NEXT_STEP, "签合同")


def test_class_deadline_window_and_a_win_closing_it(db: Database, clock: Any) -> None:
    start = clock.now
    names = {}
    for days_ago, name in ((2, "两天前"), (6, "六天前"), (12, "十二天前"), (20, "二十天前")):
        cid = _new(db, name)
        clock.now = start - timedelta(days=days_ago)
        classification.set_flags(db, cid, CLASS_A)
        names[name] = cid
    clock.now = start
    found = _by_name(plan_draft.draft(db, TOMORROW))
    # A's 7 days: entered 6 days ago ends tomorrow; 12 days ago ended 6 days before
    # tomorrow (overdue, still shown); 20 days ago is past the week of grace; 2 days ago
    # ends in 5 days, beyond the two-day lead.
    assert set(found) == {"六天前", "十二天前"}
    assert found["六天前"].overdue_days == 0
    assert found["十二天前"].overdue_days == 6
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=names["六天前"]))
    deals.win_deal(db, deal_id)
    assert set(_by_name(plan_draft.draft(db, TOMORROW))) == {"十二天前"}


def test_class_deadlines_nearest_first_across_classes_within_the_limit(
    db: Database, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each class is walked in deadline order and stops at the limit; a contact whose
    # window a win closed is passed over without using up a place.
    monkeypatch.setattr(rules, "DATED_REASON_LIMIT", 3)
    start = clock.now
    b_flags = ClassFlags(has_need=True, has_power=True, kp_level="second_third")
    entered = {}
    # A (7 days): 12 and 8 days ago end 5 and 1 days ago; B (20 days): 23, 21 and 20 days
    # ago end 3 and 1 days ago and today.
    for days_ago, name, flags in (
        (12, "A十二", CLASS_A),
        (8, "A八", CLASS_A),
        (23, "B二三", b_flags),
        (21, "B二一", b_flags),
        (20, "B二十", b_flags),
    ):
        cid = _new(db, name)
        clock.now = start - timedelta(days=days_ago)
        classification.set_flags(db, cid, flags)
        entered[name] = cid
    clock.now = start - timedelta(days=1)
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=entered["B二三"]))
    deals.win_deal(db, deal_id)
    clock.now = start
    found = [s for s in plan_draft.draft(db, TOMORROW) if s.reason == Reason.CLASS_DEADLINE]
    by_due = sorted(found, key=lambda s: (s.due or TOMORROW, s.contact_id or 0))
    assert [s.contact_name for s in by_due] == ["A十二", "A八", "B二一"]
    assert [s.overdue_days for s in by_due] == [6, 2, 2]


def test_vip_call_needs_six_months_without_a_call(db: Database, clock: Any) -> None:
    start = clock.now
    recent, old = _new(db, "近"), _new(db, "远")
    for cid in (recent, old):
        _tag(db, cid, BuiltinTag.VIP)
    clock.now = start - timedelta(days=200)
    _touch(db, old)
    clock.now = start - timedelta(days=100)
    _touch(db, recent)
    clock.now = start
    # The VIP called lately is not called for care, only asked for a referral.
    found, ask = plan_draft.draft(db, TOMORROW)
    assert (ask.contact_name, ask.reason) == ("近", Reason.ASK_REFERRAL)
    assert (found.contact_name, found.reason) == ("远", Reason.VIP_CALL)
    assert found.last_call == (start - timedelta(days=200)).astimezone().date()


def test_stuck_leaves_out_buyers_recent_and_booked_contacts(db: Database, clock: Any) -> None:
    start = clock.now
    ids = {n: _new(db, n) for n in ("卡住", "买过", "刚联系", "约好了", "五次")}
    clock.now = start - timedelta(days=30)
    for name, cid in ids.items():
        for _ in range(5 if name == "五次" else 3):
            _touch(db, cid)
    _touch(db, ids["约好了"], next_follow_up=TOMORROW + timedelta(days=3))
    clock.now = start
    _touch(db, ids["刚联系"])  # 4 touches, but today
    _tag(db, ids["买过"], BuiltinTag.M)
    found = plan_draft.draft(db, TOMORROW)
    # The buyer is not stuck; as a customer never asked, it is asked for a referral.
    assert [(s.contact_name, s.reason) for s in found] == [
        ("买过", Reason.ASK_REFERRAL),
        ("卡住", Reason.STUCK),
    ]


def test_thanks_once_per_deal_and_only_for_recent_closes(db: Database, clock: Any) -> None:
    coach, buyer = _new(db, "王芳"), _new(db, "张伟")
    referrals.set_coach(db, buyer, coach)
    start = clock.now
    clock.now = start - timedelta(days=20)
    old_deal, _ = deals.create_deal(db, deals.DealInput(contact_id=buyer))
    deals.win_deal(db, old_deal)
    clock.now = start
    new_deal, _ = deals.create_deal(db, deals.DealInput(contact_id=buyer))
    deals.win_deal(db, new_deal)
    # Winning planned the thank-you on its day; undone, it carries over (not proposed twice).
    (carried,) = plan_draft.draft(db, TOMORROW)
    assert (carried.reason, carried.origin_key) == (Reason.CARRIED, thanks_key(new_deal))
    items = {i.origin_key: i for i in plan.items_between(db, TODAY - timedelta(days=30), TODAY)}
    plan.delete_item(db, items[thanks_key(new_deal)].id)
    plan.delete_item(db, items[thanks_key(old_deal)].id)
    (found,) = plan_draft.draft(db, TOMORROW)  # the 20-day-old close is too old
    assert (found.origin_key, found.contact_id) == (thanks_key(new_deal), coach)
    added, _ = plan_draft.accept(db, TOMORROW, [found])
    assert added[0].origin == THANKS_ORIGIN
    # From then on it only carries over, undone, under the same key.
    after = plan_draft.draft(db, TOMORROW + timedelta(days=1))
    assert [(s.reason, s.origin_key) for s in after] == [(Reason.CARRIED, thanks_key(new_deal))]


def test_deleted_and_class_d_contacts_are_never_proposed(db: Database) -> None:
    gone, dropped = _new(db, "已删"), _new(db, "放弃")
    for cid in (gone, dropped):
        _touch(db, cid, next_follow_up=TOMORROW)
        _tag(db, cid, BuiltinTag.VIP)
    contacts.trash_contacts(db, [gone])
    classification.set_flags(db, dropped, ClassFlags(declined=True))
    assert plan_draft.draft(db, TOMORROW) == []


def test_many_follow_ups_are_capped_oldest_first(db: Database, clock: Any) -> None:
    for n in range(rules.DATED_REASON_LIMIT + 5):
        _touch(db, _new(db, f"客户{n:03d}"), next_follow_up=TOMORROW)
    found = plan_draft.draft(db, TOMORROW)
    assert len(found) == rules.DATED_REASON_LIMIT


def test_one_line_per_contact_with_its_most_pressing_reason() -> None:
    def s(reason: Reason, key: str, overdue: int = 0, cid: int | None = 1) -> Suggestion:
        return Suggestion(
            reason=reason,
            origin_key=key,
            side=PlanSide.SALES,
            contact_id=cid,
            contact_name="张伟" if cid else "",
            overdue_days=overdue,
        )

    got = rules.build_draft([s(Reason.STUCK, "a"), s(Reason.FOLLOW_UP, "b", 3)], set(), set())
    assert [g.origin_key for g in got] == ["b"]
    got = rules.build_draft([s(Reason.VIP_CALL, "a"), s(Reason.NEXT_STEP, "b")], set(), set())
    assert [g.origin_key for g in got] == ["b"]
    assert rules.build_draft([s(Reason.STUCK, "a")], {"a"}, set()) == []
    assert rules.build_draft([s(Reason.STUCK, "a")], set(), {1}) == []
    # Lines without a contact are kept apart, once per key.
    loose = [s(Reason.CARRIED, "x", 1, None), s(Reason.CARRIED, "x", 1, None)]
    assert len(rules.build_draft(loose, set(), {1})) == 1
    assert rules.months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert rules.months_before(date(2026, 3, 5), 6) == date(2025, 9, 5)


def test_only_what_fits_the_daily_capacity_is_within(db: Database) -> None:
    settings_store.set_values(db, {"plan.daily_capacity": 5})
    plan.add_item(db, TOMORROW, "sales", "已经排好的")
    plan.add_item(db, TODAY, "non_sales", "交周报")  # carried: other work never counts
    for n in range(8):
        _touch(db, _new(db, f"客户{n}"), next_follow_up=TOMORROW)
    found = plan_draft.ranked(db, TOMORROW)
    assert (found.capacity, found.planned_sales, found.room) == (5, 1, 4)
    sales = [w for s, w in zip(found.lines, found.within, strict=True) if s.side == "sales"]
    assert sales == [True] * 4 + [False] * 4
    assert [s.detail for s in found.fitting() if s.side == "non_sales"] == ["交周报"]
    # What the screen adds by default (and `plan --draft --accept`): the lines that fit.
    _, added, _ = plan_draft.accept_fitting(db, TOMORROW)
    assert len(added) == 5
    day_sales, day_other = plan.items_for_day(db, TOMORROW)
    assert len(day_sales) == 5 and [i.title for i in day_other] == ["交周报"]
    assert rules.over_capacity(5, len(day_sales), 2) == 2


def test_vip_key_account_and_the_5_to_11_touch_window_weigh_in(db: Database) -> None:
    plain, vip, warm = _new(db, "普通"), _new(db, "重点"), _new(db, "五次")
    _tag(db, vip, BuiltinTag.VIP)
    for _ in range(4):
        _touch(db, warm)
    for cid in (plain, vip, warm):
        _touch(db, cid, next_follow_up=TOMORROW)
    found = _by_name(plan_draft.draft(db, TOMORROW))
    assert found["重点"].vip and not found["普通"].vip
    assert found["五次"].touch_count == 5
    assert rules.value(found["重点"]) == rules.value(found["普通"]) + rules.VIP_POINTS
    # Five touches and not one qualification answer: the window's points, less what the
    # nine open questions cost a worked contact (core/rules/qualification_score.py).
    assert found["五次"].qual_against == 9 * UNKNOWN_WORKED_POINTS
    assert (
        rules.value(found["五次"])
        == rules.value(found["普通"]) + rules.WINDOW_POINTS - 9 * UNKNOWN_WORKED_POINTS
    )
    assert [s.contact_name for s in plan_draft.draft(db, TOMORROW)] == ["重点", "普通", "五次"]


def test_the_daily_capacity_setting_is_checked(db: Database) -> None:
    assert plan_draft.capacity(db) == rules.DEFAULT_CAPACITY == 20
    with pytest.raises(ValidationError):
        settings_store.set_values(db, {"plan.daily_capacity": 0})
