"""Qualification that ranks: the score rule, the stored summary on every write path, the
not_qualified view, the draft and the call queue lowering a badly qualified contact, and
the rep's own questions."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import AnswerState, BuiltinTag, ContactInput, ContactQuery, TouchKind
from deskcrm.core.rules import plan_draft as draft_rules
from deskcrm.core.rules.qualification import Question
from deskcrm.core.rules.qualification_score import (
    ANSWERED_POINTS,
    BAD_DECIDING_POINTS,
    BAD_OTHER_POINTS,
    BAD_OWN_POINTS,
    MAX_POINTS,
    UNKNOWN_WORKED_POINTS,
    Summary,
    not_qualified,
    points_against,
    standing,
    summarize,
)
from deskcrm.core.services import (
    calls,
    contact_list,
    contacts,
    demo,
    plan_draft,
    qualification,
    tagging,
    touches,
)
from deskcrm.core.services.calls import CallRecord
from deskcrm.core.services.contact_list import View
from deskcrm.core.services.database import Database
from deskcrm.core.services.own_questions import (
    OwnQuestionEdit,
    list_own_questions,
    save_own_questions,
)
from deskcrm.core.services.qualification import AnswerInput, OwnAnswerInput
from deskcrm.core.services.startup import open_database
from deskcrm.db import migrate
from deskcrm.db.engine import make_engine
from deskcrm.db.models import Contact, OwnAnswer

TODAY = date(2026, 3, 4)
TOMORROW = TODAY + timedelta(days=1)
YES, NO, UNKNOWN = AnswerState.YES, AnswerState.NO, AnswerState.UNKNOWN


def _good(question: int) -> AnswerState:
    """The answer that speaks for the prospect ("no" hard blockers, else "yes")."""
    return NO if question == Question.BLOCKERS else YES


def _new(db: Database, name: str) -> int:
    return contacts.create_contact(db, ContactInput(name=name))[0]


def _touch(db: Database, cid: int, **kw: object) -> None:
    touches.log_touch(db, touches.TouchInput(contact_id=cid, kind=TouchKind.CALL, **kw))  # type: ignore[arg-type]


def _summary(db: Database, cid: int) -> tuple[int, int, str]:
    with db.reading() as s:
        row = s.execute(
            select(Contact.qual_bad_points, Contact.qual_answered, Contact.qual_worst).where(
                Contact.id == cid
            )
        ).one()
    return row[0], row[1], row[2]


# ---- the rule ---------------------------------------------------------------------------


def test_no_budget_is_worse_than_unknown_which_is_worse_than_yes() -> None:
    fresh = {k: points_against(summarize({4: v}), 9, 0) for k, v in (("y", YES), ("u", UNKNOWN))}
    no = points_against(summarize({4: NO}), 9, 0)
    assert no > fresh["u"] > fresh["y"]
    assert (fresh["y"], fresh["u"], no) == (-1, 0, BAD_DECIDING_POINTS - ANSWERED_POINTS)
    # After three touches an open question costs more, still less than a "no".
    worked = points_against(summarize({4: UNKNOWN}), 9, 3)
    assert worked == 9 * UNKNOWN_WORKED_POINTS
    assert points_against(summarize({4: NO}), 9, 3) > points_against(summarize({}), 9, 3) - 8


def test_deciding_bad_answers_weigh_most_and_the_total_is_capped() -> None:
    coach_no = summarize({int(Question.COACH): NO})
    assert coach_no == Summary(BAD_OTHER_POINTS, 1, "q7")
    # Blockers: "yes" (there is one) is the bad answer; it outweighs the coach's "no".
    both = summarize({int(Question.COACH): NO, int(Question.BLOCKERS): YES})
    assert both == Summary(BAD_DECIDING_POINTS + BAD_OTHER_POINTS, 2, "q3")
    # An own question's "no" counts too, named by its id when it is the worst.
    assert summarize({1: YES}, {12: NO}) == Summary(BAD_OWN_POINTS, 2, "o12")
    everything_bad = summarize({q: (YES if q == 3 else NO) for q in range(1, 10)}, {1: NO})
    assert points_against(everything_bad, 10, 9) == MAX_POINTS
    assert not_qualified(both, 9, 0)
    assert not not_qualified(coach_no, 9, 0)  # coach is not a deciding question
    assert not_qualified(summarize({1: YES}), 9, 3)  # 1 of 9 answered after 3 touches
    assert not not_qualified(summarize({q: _good(q) for q in range(1, 6)}), 9, 3)


def test_standing_names_the_worst_answer_or_the_open_count() -> None:
    got = standing(summarize({4: NO, 7: NO}), 9, 0, {})
    assert got.shortfall is not None and got.shortfall.question == 4
    assert got.shortfall.decisive  # no budget: not qualified
    doubt = standing(summarize({7: NO}), 9, 0, {})
    assert doubt.shortfall is not None and doubt.shortfall.question == 7
    assert not doubt.shortfall.decisive  # no coach lowers the contact, as a doubt
    own = standing(summarize({}, {5: NO}), 10, 0, {5: "有ISO认证吗?"})
    assert own.shortfall is not None
    assert (own.shortfall.own_id, own.shortfall.own_text) == (5, "有ISO认证吗?")
    still_open = standing(summarize({1: YES}), 9, 4, {})
    assert still_open.shortfall is not None
    assert (still_open.shortfall.unanswered, still_open.shortfall.total) == (8, 9)
    assert standing(summarize({1: YES}), 9, 0, {}).shortfall is None


# ---- the stored summary on every write path ---------------------------------------------


def test_summary_follows_answers_from_the_panel(db: Database) -> None:
    cid = _new(db, "张伟")
    assert _summary(db, cid) == (0, 0, "")
    qualification.set_answer(db, cid, 4, "no")
    assert _summary(db, cid) == (BAD_DECIDING_POINTS, 1, "q4")
    qualification.set_answer(db, cid, 4, "yes", "有预算")
    qualification.set_answer(db, cid, 7, "no")
    assert _summary(db, cid) == (BAD_OTHER_POINTS, 2, "q7")
    qualification.set_answer(db, cid, 7, "unknown")
    assert _summary(db, cid) == (0, 1, "")


def test_summary_follows_a_saved_call_with_nine_and_own_answers(db: Database) -> None:
    (question,), _ = save_own_questions(db, [OwnQuestionEdit(None, "有ISO认证吗?")])
    cid = _new(db, "李娜")
    calls.save_call(
        db,
        CallRecord(
            cid,
            "connected",
            next_step="寄资料",
            next_follow_up=TOMORROW,
            answers=(AnswerInput(4, "no", "今年没预算"),),
            own_answers=(OwnAnswerInput(question.id, "no", "没有"),),
        ),
    )
    assert _summary(db, cid) == (BAD_DECIDING_POINTS + BAD_OWN_POINTS, 2, "q4")
    got = qualification.get_qualification(db, cid)
    assert [(a.text, a.state, a.note, a.warning) for a in got.own] == [
        ("有ISO认证吗?", "no", "没有", True)
    ]


def test_a_bad_own_answer_is_rejected_whole(db: Database) -> None:
    cid = _new(db, "王芳")
    with pytest.raises(ValidationError):
        qualification.set_answers(db, cid, [AnswerInput(4, "no")], [OwnAnswerInput(1, "maybe")])
    assert _summary(db, cid) == (0, 0, "")


def test_summary_follows_a_merge(db: Database) -> None:
    keep, other = _new(db, "张伟"), _new(db, "张伟 (2)")
    qualification.set_answer(db, other, 4, "no")
    contacts.merge_contacts(db, keep, other)
    assert _summary(db, keep) == (BAD_DECIDING_POINTS, 1, "q4")


def test_deleting_an_own_question_takes_its_answers_and_refreshes_summaries(
    db: Database,
) -> None:
    saved, _ = save_own_questions(
        db, [OwnQuestionEdit(None, "有ISO认证吗?"), OwnQuestionEdit(None, "用过进口设备吗?")]
    )
    iso, imported = saved
    cid = _new(db, "赵六")
    qualification.set_own_answer(db, cid, iso.id, "no")
    qualification.set_own_answer(db, cid, imported.id, "yes")
    assert _summary(db, cid) == (BAD_OWN_POINTS, 2, f"o{iso.id}")
    # Rename and move the second to the top, drop the first.
    kept, _ = save_own_questions(db, [OwnQuestionEdit(imported.id, " 用过 进口设备吗? ")])
    assert [(q.id, q.text) for q in kept] == [(imported.id, "用过 进口设备吗?")]
    assert _summary(db, cid) == (0, 1, "")
    with db.reading() as s:
        assert s.scalars(select(OwnAnswer.question_id)).all() == [imported.id]


def test_own_questions_are_five_at_most_with_text(db: Database) -> None:
    six = [OwnQuestionEdit(None, f"问题{i}") for i in range(6)]
    with pytest.raises(ValidationError) as err:
        save_own_questions(db, six)
    assert (err.value.field, err.value.reason) == ("own_questions", "too_many")
    with pytest.raises(ValidationError) as err:
        save_own_questions(db, [OwnQuestionEdit(None, "  ")])
    assert (err.value.field, err.value.reason) == ("own_question", "required")
    with pytest.raises(ValidationError):
        save_own_questions(db, [OwnQuestionEdit(None, "a"), OwnQuestionEdit(None, "A")])
    assert list_own_questions(db) == []
    save_own_questions(db, six[:5])
    assert [q.text for q in list_own_questions(db)] == [f"问题{i}" for i in range(5)]


def test_the_demo_seeds_summaries_for_its_answers(db: Database) -> None:
    demo.seed_demo(db)
    with db.reading() as s:
        answered = s.scalar(select(Contact.id).where(Contact.qual_answered > 0).limit(1))
    assert answered is not None
    qual = qualification.get_qualification(db, answered)
    assert _summary(db, answered)[1] == qual.answered


def test_migration_fills_summaries_of_answers_already_stored(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0009")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contacts (id, name, name_pinyin, name_initials, company, title,"
                " industry, city, region, wechat_id, email, notes, source, is_coach,"
                " met_first_kp, has_need, has_power, declined, trigger_event,"
                " sold_in_industry, has_reference, personally_involved, touch_count,"
                " next_step, created_at, updated_at) VALUES (1, '张伟', '', '', '', '', '',"
                " '', '', '', '', '', '', 0, 0, 0, 0, 0, '', 0, 0, 0, 0, '', 0, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO qualification_answers (contact_id, question, state, note,"
                " updated_at) VALUES (1, 4, 'no', '', 0), (1, 1, 'yes', '', 0)"
            )
        )
    engine.dispose()
    db = open_database(url, backup=lambda _kind: None)
    try:
        assert _summary(db, 1) == (BAD_DECIDING_POINTS, 2, "q4")
    finally:
        db.dispose()


# ---- the view, the draft and the queue --------------------------------------------------


def _view(db: Database) -> set[int]:
    return set(contact_list.contact_ids(db, ContactQuery(view=View.NOT_QUALIFIED)))


def test_not_qualified_view_members(db: Database) -> None:
    no_budget = _new(db, "无预算")
    qualification.set_answer(db, no_budget, 4, "no")
    no_coach = _new(db, "无教练")
    qualification.set_answer(db, no_coach, 7, "no")
    worked_blank = _new(db, "三次未问")
    worked_asked = _new(db, "三次已问")
    for cid in (worked_blank, worked_asked):
        for _ in range(3):
            _touch(db, cid)
    qualification.set_answers(
        db, worked_asked, [AnswerInput(q, _good(q).value) for q in range(1, 6)]
    )
    bought = _new(db, "已购买")
    qualification.set_answer(db, bought, 4, "no")
    with db.reading() as s:
        m_tag = tagging.builtin_ids(s)[BuiltinTag.M]
    tagging.tag_contacts(db, [bought], add=[m_tag])
    assert _view(db) == {no_budget, worked_blank}
    # Own questions count in "most open": five more questions, 5 of 14 answered.
    save_own_questions(db, [OwnQuestionEdit(None, f"问题{i}") for i in range(5)])
    assert _view(db) == {no_budget, worked_blank, worked_asked}


def test_a_bad_budget_answer_lowers_a_contact_in_the_draft(db: Database) -> None:
    first, second = _new(db, "甲"), _new(db, "乙")
    for cid in (first, second):
        _touch(db, cid, next_follow_up=TOMORROW)
    # Equal lines: the draft orders them by name, 乙 (U+4E59) before 甲 (U+7532).
    names = [s.contact_name for s in plan_draft.draft(db, TOMORROW)]
    assert names == ["乙", "甲"]
    qualification.set_answer(db, second, 4, "no", "今年没预算")
    found = plan_draft.draft(db, TOMORROW)
    assert [s.contact_name for s in found] == ["甲", "乙"]
    lowered = found[1]
    assert lowered.shortfall is not None and lowered.shortfall.question == 4
    assert draft_rules.value(lowered) == draft_rules.value(found[0]) - (
        BAD_DECIDING_POINTS - ANSWERED_POINTS
    )


def test_a_bad_answer_lowers_a_prospect_in_the_call_queue(db: Database) -> None:
    # Equal scores: the call list goes by pinyin, a bing < a jia < a yi.
    first, second, third = _new(db, "阿丙"), _new(db, "阿甲"), _new(db, "阿乙")
    before = [e.contact_id for e in calls.call_queue(db, TODAY)]
    assert before.index(first) < before.index(second) < before.index(third)
    qualification.set_answer(db, first, 4, "no")
    qualification.set_answer(db, third, 1, "yes")
    queue = calls.call_queue(db, TODAY)
    assert [e.contact_id for e in queue][-3:] == [third, second, first]
    marks = {e.contact_id: e.shortfall for e in queue}
    assert marks[first] is not None and marks[first].question == 4
    assert marks[second] is None and marks[third] is None
