"""The coach set in one place (question 7 answered, flags kept), what calls verified kept on
the contact (merged, edited, flagged, migrated from old touches), and the coach-check line
of the plan draft."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import ContactInput, Outcome
from deskcrm.core.rules.call_details import CallDetails, Verification
from deskcrm.core.rules.deal_stages import after_needs
from deskcrm.core.rules.plan_draft import Reason, coach_check_key
from deskcrm.core.services import calls, contacts, deals, plan_draft, qualification, referrals
from deskcrm.core.services.database import Database
from deskcrm.core.services.method_view import method_view
from deskcrm.core.services.startup import open_database
from deskcrm.core.services.verification import set_verification
from deskcrm.db import migrate
from deskcrm.db.engine import make_engine
from deskcrm.db.models import Contact

TODAY = date(2026, 3, 4)
TOMORROW = TODAY + timedelta(days=1)


def _new(db: Database, name: str, **kw: Any) -> int:
    return contacts.create_contact(db, ContactInput(name=name, **kw))[0]


def _row(db: Database, cid: int) -> Contact:
    with db.reading() as s:
        row = s.get(Contact, cid)
        assert row is not None
        s.expunge(row)
        return row


def _q7(db: Database, cid: int) -> tuple[str, str]:
    answer = qualification.get_qualification(db, cid).answers[6]
    assert answer.question == 7
    return answer.state, answer.note


def _call(db: Database, cid: int, **kw: Any) -> calls.SavedCall:
    record = calls.CallRecord(
        contact_id=cid,
        outcome=Outcome.CONNECTED.value,
        next_step="再联系",
        next_follow_up=TOMORROW,
        **kw,
    )
    return calls.save_call(db, record)[0]


# ---- the coach -----------------------------------------------------------------------------


def test_a_coach_answers_question_7_and_clearing_keeps_the_reps_answer(db: Database) -> None:
    coach, prospect = _new(db, "王芳"), _new(db, "张伟")
    qualification.set_answer(db, prospect, 7, "no", "问过，说没有内线")
    changes = referrals.set_coach(db, prospect, coach)
    assert changes.contacts == {coach, prospect} and changes.plan
    assert _row(db, prospect).coach_id == coach and _row(db, coach).is_coach
    # The coach turns the "no" into yes; the rep's note stays.
    assert _q7(db, prospect) == ("yes", "问过，说没有内线")
    # Setting the same coach again changes nothing.
    assert referrals.set_coach(db, prospect, coach).contacts == frozenset()
    changes = referrals.set_coach(db, prospect, None)
    assert changes.contacts == {coach, prospect}
    assert _row(db, prospect).coach_id is None and not _row(db, coach).is_coach
    # Cleared: question 7 is left as it stood, never erased behind the rep's back.
    assert _q7(db, prospect) == ("yes", "问过，说没有内线")


def test_a_coach_must_be_someone_else_and_not_in_the_trash(db: Database) -> None:
    coach, prospect = _new(db, "王芳"), _new(db, "张伟")
    with pytest.raises(ValidationError) as err:
        referrals.set_coach(db, prospect, prospect)
    assert (err.value.field, err.value.reason) == ("coach", "self")
    contacts.trash_contacts(db, [coach])
    with pytest.raises(ValidationError) as err:
        referrals.set_coach(db, prospect, coach)
    assert (err.value.field, err.value.reason) == ("coach", "not_found")
    # Nothing half-written: no coach, no answer, no flag.
    assert _row(db, prospect).coach_id is None and not _row(db, coach).is_coach
    assert _q7(db, prospect) == ("unknown", "")


def test_the_contact_form_sets_the_coach_through_the_same_rule(db: Database) -> None:
    coach = _new(db, "王芳")
    cid = _new(db, "张伟", referred_by_id=coach, coach_id=coach)
    assert _row(db, cid).coach_id == coach and _row(db, coach).is_coach
    assert _q7(db, cid)[0] == "yes"
    data = contacts.contact_input(db, cid)
    assert data.coach_id == coach
    changes = contacts.update_contact(db, cid, ContactInput(name="张伟", coach_id=None))
    assert coach in changes.contacts
    assert _row(db, cid).coach_id is None and not _row(db, coach).is_coach
    with pytest.raises(ValidationError):
        contacts.update_contact(db, cid, ContactInput(name="张伟 改", coach_id=cid))
    assert _row(db, cid).name == "张伟"  # refused whole: the name did not change either


def test_the_call_finish_sets_the_coach_in_the_calls_transaction(db: Database) -> None:
    coach, cid = _new(db, "王芳"), _new(db, "张伟")
    _call(db, cid, coach=calls.CoachChange(coach))
    assert _row(db, cid).coach_id == coach and _q7(db, cid)[0] == "yes"
    with pytest.raises(ValidationError):
        _call(db, cid, coach=calls.CoachChange(cid), notes="不该存下")
    assert _row(db, cid).touch_count == 1  # the refused call left no touch


# ---- verification --------------------------------------------------------------------------


def _verified(db: Database, cid: int) -> tuple[str, str, str]:
    row = _row(db, cid)
    return row.verify_deciders, row.verify_veto, row.verify_start


def test_a_call_keeps_what_it_verified_and_a_later_call_adds_to_it(db: Database) -> None:
    cid = _new(db, "张伟")
    _call(db, cid, details=CallDetails(verification=Verification("  王总  和 财务 ", "法务", "")))
    assert _verified(db, cid) == ("王总 和 财务", "法务", "")
    # A later call that learned only the start date keeps the rest.
    _call(db, cid, details=CallDetails(verification=Verification("", "", "九月")))
    assert _verified(db, cid) == ("王总 和 财务", "法务", "九月")
    _call(db, cid, details=CallDetails(verification=Verification("老板一人", "", "")))
    assert _verified(db, cid) == ("老板一人", "法务", "九月")
    # The touch still holds what that call captured, as before.
    story = calls.call_story(db, cid)
    assert story.touches[0].details.verification == Verification("老板一人", "", "")
    assert story.method.verification == Verification("老板一人", "法务", "九月")


def test_verification_is_flagged_on_a_deal_past_the_needs_stage(db: Database) -> None:
    cid = _new(db, "张伟")
    deal, _ = deals.create_deal(db, deals.DealInput(contact_id=cid))
    view = method_view(db, cid)
    assert view is not None and view.unverified == ()  # recorded: too early to ask
    deals.move_stage(db, deal, "needs_found")
    assert (v := method_view(db, cid)) is not None and v.unverified == ()
    deals.move_stage(db, deal, "proposal")
    assert (v := method_view(db, cid)) is not None
    assert v.unverified == ("deciders", "veto", "start")
    set_verification(db, cid, Verification("王总", "", " 下个月 "))
    assert _verified(db, cid) == ("王总", "", "下个月")
    assert (v := method_view(db, cid)) is not None and v.unverified == ("veto",)
    with pytest.raises(ValidationError):
        set_verification(db, cid, Verification("x" * 3000, "", ""))
    assert _verified(db, cid) == ("王总", "", "下个月")
    deals.lose_deal(db, deal, "price")
    assert (v := method_view(db, cid)) is not None and v.unverified == ()


def test_stages_past_the_needs_one() -> None:
    assert after_needs(["recorded", "needs_found", "proposal", "contract"]) == (
        "proposal",
        "contract",
    )
    # Renamed stages: the ones after the second place, where the needs stage stands.
    assert after_needs(["线索", "了解需求", "方案", "签约"]) == ("方案", "签约")
    assert after_needs(["线索"]) == ()


def test_migration_copies_the_latest_answers_from_old_touches(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0009")

    def details(deciders: str = "", veto: str = "", start: str = "") -> str:
        ver = {"deciders": deciders, "veto": veto, "start": start}
        return json.dumps({"v": 1, "verification": ver}, ensure_ascii=False)

    touches = [
        # contact, at, details
        (1, 100, details("王总", "法务", "")),
        (1, 300, details("王总和老板", "", "")),  # later: replaces deciders only
        (1, 200, details("", "", "九月")),
        (1, 400, '{"verification": "broken"'),  # damaged JSON reads as nothing
        (2, 100, json.dumps({"v": 1, "key_words": ["价格"]})),  # nothing verified
    ]
    with engine.begin() as conn:
        for cid, name in ((1, "张伟"), (2, "李娜")):
            conn.execute(
                text(
                    "INSERT INTO contacts (id, name, name_pinyin, name_initials, company,"
                    " title, industry, city, region, wechat_id, email, notes, source,"
                    " is_coach, met_first_kp, has_need, has_power, declined, trigger_event,"
                    " sold_in_industry, has_reference, personally_involved, touch_count,"
                    " next_step, created_at, updated_at) VALUES (:id, :name, '', '', '',"
                    " '', '', '', '', '', '', '', '', 0, 0, 0, 0, 0, '', 0, 0, 0, 0, '', 0, 0)"
                ),
                {"id": cid, "name": name},
            )
        conn.execute(text("UPDATE contacts SET coach_id = 2 WHERE id = 1"))
        for cid, at, raw in touches:
            conn.execute(
                text(
                    "INSERT INTO touches (contact_id, kind, at, duration_s, outcome, notes,"
                    " next_step, details, created_at) VALUES (:c, 'call', :at, 0, 'connected',"
                    " '', '', :d, 0)"
                ),
                {"c": cid, "at": at, "d": raw},
            )
    engine.dispose()
    db = open_database(url)
    try:
        assert _verified(db, 1) == ("王总和老板", "法务", "九月")
        assert _verified(db, 2) == ("", "", "")
        # The contact with a coach has question 7 answered; the other is left unknown.
        assert (_q7(db, 1), _q7(db, 2)) == (("yes", ""), ("unknown", ""))
    finally:
        db.dispose()


# ---- the coach-check line of the draft -----------------------------------------------------


def test_the_draft_proposes_a_coach_check_once_per_deal_past_the_needs_stage(
    db: Database,
) -> None:
    coach, cid, early = _new(db, "王芳"), _new(db, "张伟"), _new(db, "李娜")
    referrals.set_coach(db, cid, coach)
    referrals.set_coach(db, early, coach)
    deal, _ = deals.create_deal(db, deals.DealInput(contact_id=cid, stage="proposal"))
    deals.create_deal(db, deals.DealInput(contact_id=early, stage="needs_found"))
    found = [s for s in plan_draft.draft(db, TOMORROW) if s.reason == Reason.COACH_CHECK]
    assert [(s.contact_id, s.detail, s.origin_key) for s in found] == [
        (cid, "王芳", coach_check_key(cid, deal))
    ]
    added, _ = plan_draft.accept(db, TOMORROW, found)
    assert (added[0].reason, added[0].detail) == ("coach_check", "王芳")
    # Planned once: a later day carries it if undone, never proposes it afresh.
    later = plan_draft.draft(db, TOMORROW + timedelta(days=1))
    assert [s.reason for s in later if s.contact_id == cid] == [Reason.CARRIED]
    # A coach in the trash is nobody to ask.
    third = _new(db, "赵六")
    referrals.set_coach(db, third, coach)
    deals.create_deal(db, deals.DealInput(contact_id=third, stage="contract"))

    def checks() -> list[int | None]:
        found = plan_draft.draft(db, TOMORROW + timedelta(days=2))
        return [s.contact_id for s in found if s.reason == Reason.COACH_CHECK]

    assert checks() == [third]
    contacts.trash_contacts(db, [coach])
    assert checks() == []
