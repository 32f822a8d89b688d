"""Drafting tomorrow: every reason, most important first, nothing twice, carry-over."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from deskcrm.core.model import BuiltinTag, ContactInput, TouchKind
from deskcrm.core.rules import plan_draft as rules
from deskcrm.core.rules.plan_wording import default_title
from deskcrm.core.services import classification, contacts, plan, plan_draft, tagging, touches
from deskcrm.core.services.classification import ClassFlags
from deskcrm.core.services.database import Database

TODAY = date(2026, 3, 4)
TOMORROW = TODAY + timedelta(days=1)


def _new(db: Database, name: str) -> int:
    return contacts.create_contact(db, ContactInput(name=name))[0]


def test_each_reason_is_proposed_and_ordered(db: Database, clock: Any) -> None:
    start = clock.now
    # Stuck at 3 touches, quiet for weeks.
    stuck = _new(db, "赵六")
    clock.now = start - timedelta(days=30)
    for _ in range(3):
        touches.log_touch(db, touches.TouchInput(contact_id=stuck, kind=TouchKind.CALL))
    clock.now = start
    # A follow-up overdue by two days, and a promised step for tomorrow.
    late = _new(db, "钱二")
    touches.log_touch(
        db,
        touches.TouchInput(
            contact_id=late,
            kind=TouchKind.CALL,
            next_step="寄样品",
            next_follow_up=TODAY,
        ),
    )
    promised = _new(db, "孙三")
    touches.log_touch(
        db,
        touches.TouchInput(
            contact_id=promised,
            kind=TouchKind.VISIT,
            next_step="送报价单",
            next_follow_up=TOMORROW,
        ),
    )
    # Class A entered 6 days before tomorrow: its 7-day window ends within two days.
    klass = _new(db, "李四")
    clock.now = start - timedelta(days=5)
    classification.set_flags(
        db, klass, ClassFlags(met_first_kp=True, has_need=True, has_power=True)
    )
    clock.now = start
    # A VIP never called.
    vip = _new(db, "周五")
    with db.reading() as s:
        vip_tag = tagging.builtin_ids(s)[BuiltinTag.VIP]
    tagging.tag_contacts(db, [vip], add=[vip_tag])
    # Yesterday's undone item carries over.
    plan.add_item(db, TODAY, "non_sales", "交周报")

    found = plan_draft.draft(db, TOMORROW)
    reasons = {s.contact_name or s.detail: s.reason for s in found}
    assert reasons == {
        "钱二": rules.Reason.FOLLOW_UP,
        "孙三": rules.Reason.NEXT_STEP,
        "李四": rules.Reason.CLASS_DEADLINE,
        "周五": rules.Reason.VIP_CALL,
        "赵六": rules.Reason.STUCK,
        "交周报": rules.Reason.CARRIED,
    }
    # Overdue first (the follow-up due today is a day late tomorrow), then by reason.
    assert {found[0].contact_name or found[0].detail, found[1].contact_name or found[1].detail} == {
        "钱二",
        "交周报",
    }
    assert [s.reason for s in found][-2:] == [rules.Reason.VIP_CALL, rules.Reason.STUCK]
    titles = {s.reason: default_title(s, "zh_CN") for s in found}
    assert titles[rules.Reason.NEXT_STEP] == "孙三：送报价单（已约定）"
    assert titles[rules.Reason.FOLLOW_UP] == "跟进钱二：寄样品"


def test_accepting_adds_once_and_draft_does_not_repeat(db: Database) -> None:
    cid = _new(db, "钱二")
    touches.log_touch(
        db, touches.TouchInput(contact_id=cid, kind=TouchKind.CALL, next_follow_up=TOMORROW)
    )
    first = plan_draft.draft(db, TOMORROW)
    assert [s.contact_id for s in first] == [cid]
    added, _ = plan_draft.accept(db, TOMORROW, [(first[0], "跟进钱二"), (first[0], "again")])
    assert [i.title for i in added] == ["跟进钱二"]
    assert plan_draft.draft(db, TOMORROW) == []
    sales, _ = plan.items_for_day(db, TOMORROW)
    assert [(i.title, i.origin) for i in sales] == [("跟进钱二", "follow_up")]


def test_one_line_per_contact_with_its_most_pressing_reason() -> None:
    def s(reason: rules.Reason, key: str, overdue: int = 0) -> rules.Suggestion:
        return rules.Suggestion(
            reason=reason,
            origin_key=key,
            side=rules.PlanSide.SALES,
            contact_id=1,
            contact_name="张伟",
            overdue_days=overdue,
        )

    got = rules.build_draft(
        [s(rules.Reason.STUCK, "a"), s(rules.Reason.FOLLOW_UP, "b", 3)], set(), set()
    )
    assert [g.origin_key for g in got] == ["b"]
    assert rules.build_draft([s(rules.Reason.STUCK, "a")], {"a"}, set()) == []
    assert rules.build_draft([s(rules.Reason.STUCK, "a")], set(), {1}) == []
    assert rules.months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
