"""Calls service: the queue, the story, and saving a call as one touch in one transaction."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from deskcrm.core.errors import DuplicateContact, NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, TouchKind
from deskcrm.core.rules.call_details import CallDetails, Objection, Verification
from deskcrm.core.services import calls, classification, contacts, deals, plan, referrals, touches
from deskcrm.core.services.calls import CallRecord, LostDeal, Referral, WonDeal
from deskcrm.core.services.classification import ClassFlags
from deskcrm.core.services.database import Database
from deskcrm.core.services.qualification import AnswerInput
from deskcrm.core.services.scripts import ScriptSectionInfo, save_script
from deskcrm.core.services.tagging import builtin_ids, create_tag, tag_contacts
from deskcrm.db.models import (
    Contact,
    ContactTag,
    Deal,
    PlanItem,
    QualificationAnswer,
    Tag,
    Touch,
)

TODAY = date(2026, 3, 4)


def _contact(db: Database, name: str, company: str = "") -> int:
    cid, _ = contacts.create_contact(db, ContactInput(name=name, company=company))
    return cid


def _tag_ids(db: Database, cid: int) -> set[int]:
    with db.reading() as s:
        return set(s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == cid)))


def _tag_names(db: Database, cid: int) -> set[str]:
    with db.reading() as s:
        return set(
            s.scalars(
                select(Tag.name)
                .join(ContactTag, ContactTag.tag_id == Tag.id)
                .where(ContactTag.contact_id == cid)
            )
        )


def _builtin(db: Database, tag: BuiltinTag) -> int:
    with db.reading() as s:
        return builtin_ids(s)[tag]


def _touches(db: Database) -> list[Touch]:
    with db.reading() as s:
        return list(s.scalars(select(Touch).order_by(Touch.id)))


# ---- queue ----------------------------------------------------------------------------


def test_queue_puts_todays_planned_calls_first(db: Database) -> None:
    a = _contact(db, "张伟")
    b = _contact(db, "李娜")
    c = _contact(db, "王芳")
    item, _ = plan.add_item(db, TODAY, "sales", "回访李娜", contact_id=b)
    plan.add_item(db, TODAY, "non_sales", "送货给张伟", contact_id=a)
    done, _ = plan.add_item(db, TODAY, "sales", "回访王芳", contact_id=c)
    plan.set_done(db, done.id, True)
    queue = calls.call_queue(db, TODAY)
    first = queue[0]
    assert first.plan_item is not None
    assert (first.name, first.planned, first.plan_item_id, first.plan_item.title) == (
        "李娜",
        True,
        item.id,
        "回访李娜",
    )
    assert [q.planned for q in queue[1:]] == [False] * (len(queue) - 1)
    assert {q.contact_id for q in queue[1:]} == {a, c}
    assert calls.planned_item(db, b, TODAY) == item.id
    assert calls.planned_item(db, a, TODAY) is None


def test_contacts_called_today_leave_the_queue_and_a_failed_planned_call_goes_last(
    db: Database,
) -> None:
    a = _contact(db, "张伟")
    b = _contact(db, "李娜")
    c = _contact(db, "王芳")
    plan.add_item(db, TODAY, "sales", "打给张伟", contact_id=a)
    plan.add_item(db, TODAY, "sales", "打给李娜", contact_id=b)
    calls.save_call(db, CallRecord(a, "no_answer", duration_s=20))
    calls.save_call(db, CallRecord(c, "busy", duration_s=5))
    queue = calls.call_queue(db, TODAY)
    assert [(q.contact_id, q.called_today) for q in queue] == [(b, False), (a, True)]


def test_try_again_later_today_puts_the_contact_back_at_the_end_of_the_queue(
    db: Database,
) -> None:
    a = _contact(db, "张伟")
    b = _contact(db, "李娜")
    c = _contact(db, "王芳")
    d = _contact(db, "赵磊")
    item, _ = plan.add_item(db, TODAY, "sales", "打给张伟", contact_id=a)
    plan.add_item(db, TODAY, "sales", "打给李娜", contact_id=b)
    # A planned call and a call-list one nobody answered, both "later today".
    saved, _ = calls.save_call(
        db, CallRecord(a, "no_answer", next_follow_up=TODAY, plan_item_id=item.id)
    )
    assert not saved.plan_item_done
    calls.save_call(db, CallRecord(c, "busy", next_follow_up=TODAY))
    # Called and due tomorrow: not today's business any more.
    calls.save_call(db, CallRecord(d, "call_back", next_follow_up=date(2026, 3, 5)))
    queue = calls.call_queue(db, TODAY)
    assert [(q.contact_id, q.planned, q.called_today) for q in queue] == [
        (b, True, False),
        (a, True, True),
        (c, False, True),
    ]
    with db.reading() as s:
        assert s.get(PlanItem, item.id).done is False
    # The retry gets through: the planned item is done and the contact leaves the queue.
    saved, _ = calls.save_call(
        db,
        CallRecord(
            a,
            "connected",
            next_step="寄样品",
            next_follow_up=date(2026, 3, 6),
            plan_item_id=item.id,
        ),
    )
    assert saved.plan_item_done
    with db.reading() as s:
        assert s.get(PlanItem, item.id).done is True
    assert [q.contact_id for q in calls.call_queue(db, TODAY)] == [b, c]


def test_queue_skips_bought_and_deleted_contacts(db: Database, clock: Any) -> None:
    a = _contact(db, "张伟")
    b = _contact(db, "李娜")
    c = _contact(db, "王芳")
    calls.save_call(db, CallRecord(a, "won"))
    contacts.trash_contacts(db, [b])
    clock.now = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)
    assert [q.contact_id for q in calls.call_queue(db, date(2026, 3, 5))] == [c]


# ---- story ----------------------------------------------------------------------------


def test_story_shows_the_promise_the_captures_and_the_remembered_script(db: Database) -> None:
    cid = _contact(db, "张伟", company="华为")
    script_id, _ = save_script(db, None, "我的话术", [ScriptSectionInfo("prepare", "准备", "")])
    deal_id, _ = deals.create_deal(db, deals.DealInput(cid, title="直饮机"))
    calls.save_call(
        db,
        CallRecord(
            cid,
            "connected",
            duration_s=60,
            notes="聊了预算",
            next_step="周三前寄样品",
            next_follow_up=date(2026, 3, 6),
            details=CallDetails(objections=(Objection("太贵", ("预算没批",)),)),
            script_id=script_id,
        ),
    )
    story = calls.call_story(db, cid)
    assert story.contact.next_step == "周三前寄样品"
    assert story.contact.next_follow_up == date(2026, 3, 6)
    assert story.script_id == script_id
    assert story.touches[0].details.objections[0].real == "预算没批"
    assert story.touches[0].touch.notes == "聊了预算"
    assert [d.id for d in story.open_deals] == [deal_id]
    assert story.method.qualification.unanswered == tuple(range(1, 10))
    assert story.method.state.touch_count == 1
    assert "price" in story.lost_reasons and not story.bought


def test_story_of_a_missing_or_trashed_contact(db: Database) -> None:
    cid = _contact(db, "张伟")
    contacts.trash_contacts(db, [cid])
    for missing in (cid, 999):
        with pytest.raises(NotFound):
            calls.call_story(db, missing)


# ---- saving ---------------------------------------------------------------------------


def test_connected_call_stores_one_touch_with_everything_it_captured(db: Database) -> None:
    cid = _contact(db, "张伟")
    hot, _ = create_tag(db, "意向A产品")
    y, n = _builtin(db, BuiltinTag.Y), _builtin(db, BuiltinTag.N)
    tag_contacts(db, [cid], add=[n])
    item, _ = plan.add_item(db, TODAY, "sales", "打给张伟", contact_id=cid)
    script_id, _ = save_script(db, None, "通用", [ScriptSectionInfo("close", "成交", "")])
    details = CallDetails(
        outline="约周三见面",
        sections_done=("准备", "建立信任"),
        key_words=("预算", "老板"),
        objections=(Objection("太贵了", ("预算不够", "老板还没批")),),
        verification=Verification(deciders="王总", veto="财务", start="四月"),
        tone=("smile", "speed"),
        rep_talk_s=30,
        customer_talk_s=65,
    )
    saved, changes = calls.save_call(
        db,
        CallRecord(
            contact_id=cid,
            outcome="connected",
            duration_s=95,
            notes=" 聊了预算 ",
            next_step="寄报价单",
            next_follow_up=date(2026, 3, 5),
            add_tags=(hot, y),
            remove_tags=(),
            details=details,
            answers=(AnswerInput(4, "no", "今年没预算"), AnswerInput(7, "yes", "王秘书")),
            plan_item_id=item.id,
            script_id=script_id,
        ),
    )
    (touch,) = _touches(db)
    assert touch.id == saved.touch_id
    assert (touch.kind, touch.duration_s, touch.outcome) == ("call", 95, "connected")
    assert (touch.notes, touch.next_step, touch.next_follow_up) == (
        "聊了预算",
        "寄报价单",
        date(2026, 3, 5),
    )
    stored = json.loads(touch.details)
    assert stored["objections"] == [{"said": "太贵了", "whys": ["预算不够", "老板还没批"]}]
    assert stored["key_words"] == ["预算", "老板"]
    assert stored["script_id"] == script_id
    assert stored["verification"] == {"deciders": "王总", "veto": "财务", "start": "四月"}
    assert CallDetails.from_json(touch.details).outline == "约周三见面"
    # Y replaced N (they exclude each other); the custom tag is on.
    assert "意向A产品" in _tag_names(db, cid)
    with db.reading() as s:
        tag_ids = set(s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == cid)))
        assert y in tag_ids and n not in tag_ids and hot in tag_ids
        answers = {
            a.question: (a.state, a.note)
            for a in s.scalars(
                select(QualificationAnswer).where(QualificationAnswer.contact_id == cid)
            )
        }
        assert answers == {4: ("no", "今年没预算"), 7: ("yes", "王秘书")}
        contact = s.get(Contact, cid)
        assert contact is not None
        assert (contact.touch_count, contact.next_step, contact.next_follow_up) == (
            1,
            "寄报价单",
            date(2026, 3, 5),
        )
        assert contact.script_id == script_id
        assert contact.last_call_at is not None
        planned = s.get(PlanItem, item.id)
        assert planned is not None and planned.done and planned.done_at is not None
    assert saved.plan_item_done and saved.deal_id is None
    assert changes.touches and changes.tags and changes.plan and not changes.deals
    assert changes.contacts == frozenset({cid})


def test_won_call_creates_a_won_deal_tags_m_and_plans_the_thanks(db: Database) -> None:
    referrer = _contact(db, "李娜")
    cid = _contact(db, "张伟")
    referrals.set_referral(db, cid, referrer, "customer")
    o = _builtin(db, BuiltinTag.O)
    tag_contacts(db, [cid], add=[o])
    saved, changes = calls.save_call(
        db,
        CallRecord(
            cid,
            "won",
            duration_s=300,
            next_step="周五送货",
            won=WonDeal(title="直饮机两台", amount_cents=560000),
        ),
    )
    with db.reading() as s:
        deal = s.get(Deal, saved.deal_id)
        assert deal is not None
        assert (deal.status, deal.title, deal.amount_cents, deal.stage) == (
            "won",
            "直饮机两台",
            560000,
            "recorded",
        )
        assert deal.closed_at is not None
    assert _builtin(db, BuiltinTag.M) in _tag_ids(db, cid)
    assert o not in _tag_ids(db, cid)
    assert saved.thanks is not None and saved.thanks.thank_contact_id == referrer
    assert changes.deals and changes.tags and referrer in changes.contacts
    (touch,) = _touches(db)
    assert touch.outcome == "won" and json.loads(touch.details)["deal_id"] == saved.deal_id
    assert classification.get_state(db, cid).bought


def test_won_call_closes_the_open_deal_instead_of_adding_one(db: Database) -> None:
    cid = _contact(db, "张伟")
    deal_id, _ = deals.create_deal(db, deals.DealInput(cid, title="试用", amount_cents=100))
    saved, _ = calls.save_call(db, CallRecord(cid, "won", won=WonDeal(deal_id=deal_id)))
    assert saved.deal_id == deal_id
    with db.reading() as s:
        assert [(d.id, d.status, d.title) for d in s.scalars(select(Deal))] == [
            (deal_id, "won", "试用")
        ]
    assert _builtin(db, BuiltinTag.M) in _tag_ids(db, cid)


def test_lost_call_needs_a_listed_reason_and_closes_the_deal(db: Database) -> None:
    cid = _contact(db, "张伟")
    classification.set_flags(db, cid, ClassFlags(met_first_kp=True, has_need=True, has_power=True))
    deal_id, _ = deals.create_deal(db, deals.DealInput(cid, title="试用"))
    with pytest.raises(ValidationError) as missing:
        calls.save_call(db, CallRecord(cid, "lost"))
    assert missing.value.field == "lost_reason"
    with pytest.raises(ValidationError):
        calls.save_call(db, CallRecord(cid, "lost", lost=LostDeal("shouting")))
    saved, _ = calls.save_call(
        db, CallRecord(cid, "lost", lost=LostDeal("competitor", deal_id=deal_id, declined=True))
    )
    with db.reading() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None and (deal.status, deal.lost_reason) == ("lost", "competitor")
        contact = s.get(Contact, cid)
        assert contact is not None and (contact.declined, contact.class_code) == (True, "D")
    (touch,) = _touches(db)
    assert json.loads(touch.details)["lost_reason"] == "competitor"
    assert saved.deal_id == deal_id


def test_referral_asked_for_becomes_a_new_referred_contact(db: Database) -> None:
    cid = _contact(db, "张伟")
    saved, changes = calls.save_call(
        db,
        CallRecord(
            cid,
            "call_back",
            next_follow_up=date(2026, 3, 5),
            referral=Referral(
                ContactInput(name="赵敏", phones=("13800138001",), company="华为"), "declining"
            ),
        ),
    )
    assert saved.referred_contact_id is not None
    with db.reading() as s:
        new = s.get(Contact, saved.referred_contact_id)
        assert new is not None
        assert (new.name, new.company, new.referred_by_id, new.referrer_kind) == (
            "赵敏",
            "华为",
            cid,
            "declining",
        )
        assert [p.e164 for p in new.phones] == ["+8613800138001"]
        assert new.name_pinyin == "zhaomin"
    assert changes.contact_list and saved.referred_contact_id in changes.contacts
    assert referrals.weekly_progress(db).done == 1


def test_a_duplicate_referral_stores_nothing_at_all(db: Database) -> None:
    cid = _contact(db, "张伟")
    contacts.create_contact(db, ContactInput(name="赵敏", phones=("13800138001",)))
    with pytest.raises(DuplicateContact):
        calls.save_call(
            db,
            CallRecord(
                cid,
                "won",
                duration_s=30,
                referral=Referral(ContactInput(name="小赵", phones=("138 0013 8001",))),
            ),
        )
    with db.reading() as s:
        assert s.scalars(select(Touch)).all() == []
        assert s.scalars(select(Deal)).all() == []
    assert _builtin(db, BuiltinTag.M) not in _tag_ids(db, cid)


def test_an_unanswered_call_keeps_the_promise_and_the_plan_item(db: Database) -> None:
    cid = _contact(db, "张伟")
    touches.log_touch(
        db,
        touches.TouchInput(
            cid, TouchKind.VISIT, next_step="周五寄样品", next_follow_up=date(2026, 3, 6)
        ),
    )
    item, _ = plan.add_item(db, TODAY, "sales", "打给张伟", contact_id=cid)
    saved, _ = calls.save_call(
        db, CallRecord(cid, "no_answer", duration_s=25, plan_item_id=item.id)
    )
    assert not saved.plan_item_done
    with db.reading() as s:
        contact = s.get(Contact, cid)
        assert contact is not None
        assert (contact.next_step, contact.next_follow_up) == ("周五寄样品", date(2026, 3, 6))
        planned = s.get(PlanItem, item.id)
        assert planned is not None and not planned.done
    call = _touches(db)[-1]
    assert (call.outcome, call.duration_s, call.next_step) == ("no_answer", 25, "周五寄样品")


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (CallRecord(0, "connected", next_follow_up=TODAY), "next_step"),
        (CallRecord(0, "connected", next_step="寄样品"), "next_follow_up"),
        (CallRecord(0, "call_back"), "next_follow_up"),
        (CallRecord(0, "shouting"), "outcome"),
        (CallRecord(0, ""), "outcome"),
        (CallRecord(0, "busy", duration_s=-1), "duration"),
        (CallRecord(0, "busy", next_follow_up=date(2026, 3, 1)), "next_follow_up"),
        (CallRecord(0, "busy", answers=(AnswerInput(10, "yes"),)), "question"),
        (CallRecord(0, "busy", answers=(AnswerInput(1, "maybe"),)), "answer"),
        (CallRecord(0, "won", won=WonDeal(amount_cents=-5)), "amount"),
        (
            CallRecord(0, "busy", referral=Referral(ContactInput(name="赵敏"), "friend")),
            "referrer_kind",
        ),
        (CallRecord(0, "busy", referral=Referral(ContactInput(name=" "))), "name"),
    ],
)
def test_bad_input_is_refused_and_stores_nothing(
    db: Database, record: CallRecord, field: str
) -> None:
    cid = _contact(db, "张伟")
    with pytest.raises(ValidationError) as caught:
        calls.save_call(db, replace(record, contact_id=cid))
    assert caught.value.field == field
    assert _touches(db) == []


def test_a_deal_of_someone_else_is_refused(db: Database) -> None:
    cid = _contact(db, "张伟")
    other = _contact(db, "李娜")
    deal_id, _ = deals.create_deal(db, deals.DealInput(other))
    with pytest.raises(ValidationError):
        calls.save_call(db, CallRecord(cid, "won", won=WonDeal(deal_id=deal_id)))
    with pytest.raises(NotFound):
        calls.save_call(db, CallRecord(999, "busy"))
    assert _touches(db) == []


def test_call_at_uses_the_service_clock(db: Database, clock: Any) -> None:
    cid = _contact(db, "张伟")
    calls.save_call(db, CallRecord(cid, "busy"))
    (touch,) = _touches(db)
    assert touch.at == clock.now
    assert touch.next_follow_up == date(2026, 3, 5)  # nothing promised before: retry tomorrow


def test_new_tag_names_are_created_in_the_same_transaction(db: Database) -> None:
    cid = _contact(db, "张伟")
    calls.save_call(db, CallRecord(cid, "busy", new_tags="北京, ，意向A、vip"))
    assert _tag_names(db, cid) == {"北京", "意向A", "VIP"}
    with pytest.raises(ValidationError):
        calls.save_call(db, CallRecord(cid, "busy", new_tags="上海, " + "x" * 41))
    with db.reading() as s:
        assert s.scalar(select(Tag.id).where(Tag.name == "上海")) is None
    assert len(_touches(db)) == 1
