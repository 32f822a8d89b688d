"""Nine-question answers and key-account scores, stored in a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, TouchKind
from deskcrm.core.rules.scoring import Targets
from deskcrm.core.services import (
    classification,
    contacts,
    deals,
    qualification,
    scoring,
    settings_store,
    tagging,
)
from deskcrm.core.services.database import Database
from deskcrm.core.services.qualification import AnswerInput
from deskcrm.core.services.scoring import ScoringInputs
from deskcrm.core.services.touches import TouchInput, log_touch
from deskcrm.db.models import Contact, QualificationAnswer, Setting


def _new(db: Database, name: str = "李雷", **fields: Any) -> int:
    cid, _ = contacts.create_contact(db, ContactInput(name=name, **fields))
    return cid


# ---- nine questions ------------------------------------------------------------------


def test_fresh_contact_has_nine_unknown_questions(db: Database) -> None:
    q = qualification.get_qualification(db, _new(db))
    assert [a.question for a in q.answers] == list(range(1, 10))
    assert {a.state for a in q.answers} == {"unknown"}
    assert (q.answered, q.total, q.unanswered) == (0, 9, tuple(range(1, 10)))


def test_answers_with_notes_and_completeness(db: Database, clock: Any) -> None:
    cid = _new(db)
    q, changes = qualification.set_answer(db, cid, 1, "yes", "痛点：库存积压")
    assert changes.contacts == {cid}
    assert q.answers[0].note == "痛点：库存积压" and q.answers[0].updated_at == clock.now
    q, _ = qualification.set_answers(
        db,
        cid,
        [AnswerInput(3, "yes", "与竞品签了两年合同"), AnswerInput(4, "no"), AnswerInput(7, "yes")],
    )
    assert (q.answered, q.unanswered) == (4, (2, 5, 6, 8, 9))
    assert q.share == pytest.approx(4 / 9)
    assert q.warnings == (3, 4)  # a hard blocker, and no budget
    # Changing the state alone keeps the note; an explicit note replaces it.
    q, _ = qualification.set_answer(db, cid, 1, "unknown")
    assert q.answers[0].state == "unknown" and q.answers[0].note == "痛点：库存积压"
    q, _ = qualification.set_answer(db, cid, 1, "yes", "")
    assert q.answers[0].note == ""
    with db.reading() as s:
        rows = s.execute(
            select(QualificationAnswer.question, QualificationAnswer.state)
            .where(QualificationAnswer.contact_id == cid)
            .order_by(QualificationAnswer.question)
        ).all()
    assert [tuple(r) for r in rows] == [(1, "yes"), (3, "yes"), (4, "no"), (7, "yes")]


@pytest.mark.parametrize(
    ("item", "field"),
    [
        (AnswerInput(0, "yes"), "question"),
        (AnswerInput(10, "yes"), "question"),
        (AnswerInput(2, "maybe"), "answer"),
        (AnswerInput(2, "yes", "x" * 100_001), "note"),
    ],
)
def test_bad_answers_store_nothing(db: Database, item: AnswerInput, field: str) -> None:
    cid = _new(db)
    with pytest.raises(ValidationError) as err:
        qualification.set_answers(db, cid, [AnswerInput(1, "yes"), item])
    assert err.value.field == field
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(QualificationAnswer)) == 0


def test_answers_of_a_missing_contact(db: Database) -> None:
    with pytest.raises(NotFound):
        qualification.set_answer(db, 404, 1, "yes")


# ---- key-account scoring ---------------------------------------------------------------

TARGETS = Targets(
    industries=("制造业",),
    positions=("采购经理", "CEO"),
    regions=("北京",),
    trigger_events=(),
    weight_industry=2,
    weight_position=2,
    weight_region=1,
    weight_trigger=1,
)


def test_score_from_contact_fields_settings_and_inputs(db: Database) -> None:
    settings_store.save_targets(db, TARGETS)
    cid = _new(db, industry="制造业", title="采购经理", region="北京")
    before = scoring.get_score(db, cid)
    assert before.score == 5 and not before.out_of_target and before.max_score == 10
    result, changes = scoring.set_inputs(
        db,
        cid,
        ScoringInputs(
            trigger_event=" 宣布并购 ",
            sold_in_industry=True,
            has_reference=True,
            personally_involved=True,
        ),
    )
    # 2 + 2 + 1 + trigger 1 (any event counts when none are named) + 1 + 1 + 2
    assert result.score == 10 and result.inputs.trigger_event == "宣布并购"
    assert changes.contacts == {cid}
    with db.reading() as s:
        assert s.scalar(select(Contact.ka_score).where(Contact.id == cid)) == 10


def test_saving_targets_rescores_everyone_in_one_go(db: Database) -> None:
    inside = _new(db, "甲", industry="制造业", title="CEO", region="北京")
    outside = _new(db, "乙", industry="餐饮", title="CEO", region="上海")
    changes = settings_store.save_targets(db, TARGETS)
    assert changes.settings and changes.contact_list
    with db.reading() as s:
        stored = dict(s.execute(select(Contact.id, Contact.ka_score)).all())
        weights = s.scalar(select(Setting.value).where(Setting.key == "scoring.weight_position"))
    assert stored == {inside: 5, outside: 2}
    assert weights == "2"
    assert scoring.targets(db) == TARGETS
    assert scoring.get_score(db, outside).outside == ("industry", "region")
    # Nothing changes the second time.
    assert scoring.recompute_all(db)[0] == 0


def test_invalid_targets_store_nothing(db: Database) -> None:
    with pytest.raises(ValidationError):
        settings_store.save_targets(db, Targets(industries=("a", "b", "c", "d")))
    with pytest.raises(ValidationError):
        settings_store.save_targets(db, Targets(weight_region=3))
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Setting)) == 0


def test_call_list_highest_score_first_without_d_bought_or_outside(db: Database) -> None:
    settings_store.save_targets(db, TARGETS)
    top = _new(db, "高分", industry="制造业", title="CEO", region="北京")
    scoring.set_inputs(db, top, ScoringInputs(personally_involved=True))
    mid = _new(db, "中分", industry="制造业", title="CEO")
    low = _new(db, "低分")
    off = _new(db, "圈外", industry="餐饮")
    declined = _new(db, "不买", industry="制造业", title="CEO", region="北京")
    classification.set_declined(db, declined)
    bought = _new(db, "买过", industry="制造业", title="CEO", region="北京")
    with db.reading() as s:
        m = tagging.builtin_ids(s)[BuiltinTag.M]
    tagging.tag_contacts(db, [bought], add=[m])
    scoring.recompute_all(db)
    rows = scoring.call_list(db)
    assert [(r.contact_id, r.score) for r in rows] == [(top, 7), (mid, 4), (low, 0)]
    with_off = scoring.call_list(db, include_out_of_target=True)
    assert [r.contact_id for r in with_off] == [top, mid, low, off]
    assert with_off[-1].out_of_target
    assert [r.contact_id for r in scoring.call_list(db, limit=2)] == [top, mid]


def test_conversion_rate_per_ten_called(db: Database, clock: Any) -> None:
    assert scoring.conversion(db).per_ten is None
    called = [_new(db, f"客户{i}") for i in range(10)]
    for cid in called:
        log_touch(db, TouchInput(cid, TouchKind.CALL))
    visited_only = _new(db, "只拜访")
    log_touch(db, TouchInput(visited_only, TouchKind.VISIT))
    deal_id, _ = deals.create_deal(db, deals.DealInput(called[0]))
    deals.win_deal(db, deal_id)
    # A win from someone never called does not count.
    other, _ = deals.create_deal(db, deals.DealInput(visited_only))
    deals.win_deal(db, other)
    rate = scoring.conversion(db)
    assert (rate.called, rate.paying, rate.per_ten, rate.meets_aim) == (10, 1, 1.0, True)
    clock.now += timedelta(days=7)
    log_touch(db, TouchInput(called[1], TouchKind.CALL))
    log_touch(db, TouchInput(called[2], TouchKind.CALL))
    recent = scoring.conversion(db, since=date(2026, 3, 10))
    assert (recent.called, recent.paying, recent.meets_aim) == (2, 0, False)


def test_default_weights_when_nothing_saved(db: Database) -> None:
    settings_store.set_values(db, {"scoring.industries": ["IT"]})
    cid = _new(db, industry="IT")
    assert scoring.get_score(db, cid).score == 2
