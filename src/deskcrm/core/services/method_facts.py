"""The method's facts on a page of listed contacts (coach, what calls verified,
qualification, closeness), read in bulk from the stored summaries for `deskcrm contacts`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from deskcrm.core.model import AnswerState, ContactRef
from deskcrm.core.rules.call_details import Verification
from deskcrm.core.rules.closeness import TouchSummary, closeness
from deskcrm.core.rules.qualification import QUESTIONS, Question, is_warning
from deskcrm.core.services.database import Database
from deskcrm.core.services.qualification import question_total
from deskcrm.db.dialect import among, bulk_rows
from deskcrm.db.models import Contact, OwnAnswer, QualificationAnswer


def bad_key(question: int) -> str:
    """How a bad answer to one of the nine is named ("budget")."""
    return Question(question).name.lower()


def own_bad_key(question_id: int) -> str:
    """How a "no" to one of the rep's own questions is named ("own_7": its id)."""
    return f"own_{question_id}"


@dataclass(frozen=True)
class QualificationFacts:
    answered: int  # questions with a yes or a no (the nine and the rep's own)
    total: int  # the nine and the rep's own
    bad: tuple[str, ...]  # bad answers: the nine's in the method's order, then own by id


@dataclass(frozen=True)
class MethodFacts:
    coach: ContactRef | None  # None: none set, or the coach is in the trash
    verification: Verification
    qualification: QualificationFacts
    closeness: int  # 0..100, core/rules/closeness.py


def method_facts(db: Database, ids: Sequence[int]) -> dict[int, MethodFacts]:
    """The facts of these contacts (a page: a few reads for all of them, none per
    contact). Answers are read only for contacts whose stored summary has a bad one."""
    if not ids:
        return {}
    now = db.now()
    with db.reading() as s:
        rows = bulk_rows(
            s,
            select(
                Contact.id,
                Contact.coach_id,
                Contact.verify_deciders,
                Contact.verify_veto,
                Contact.verify_start,
                Contact.qual_bad_points,
                Contact.qual_answered,
                Contact.touch_count,
                Contact.near_touches,
                Contact.first_touch_at,
                Contact.last_touch_at,
            ).where(among(s, Contact.id, ids)),
            convert=True,
        )
        coach_ids = sorted({r[1] for r in rows if r[1] is not None})
        coaches: dict[int, str] = dict(
            bulk_rows(
                s,
                select(Contact.id, Contact.name).where(
                    among(s, Contact.id, coach_ids), Contact.deleted_at.is_(None)
                ),
            )
            if coach_ids
            else []
        )
        with_bad = [r[0] for r in rows if r[5] > 0]
        bad: dict[int, list[str]] = defaultdict(list)
        if with_bad:
            nine: dict[int, set[int]] = defaultdict(set)
            for cid, question, state in bulk_rows(
                s,
                select(
                    QualificationAnswer.contact_id,
                    QualificationAnswer.question,
                    QualificationAnswer.state,
                ).where(among(s, QualificationAnswer.contact_id, with_bad)),
            ):
                if question in set(QUESTIONS) and is_warning(question, state):
                    nine[cid].add(question)
            for cid, questions in nine.items():
                bad[cid] = [bad_key(q) for q in QUESTIONS if q in questions]
            for cid, qid in bulk_rows(
                s,
                select(OwnAnswer.contact_id, OwnAnswer.question_id)
                .where(
                    among(s, OwnAnswer.contact_id, with_bad),
                    OwnAnswer.state == AnswerState.NO.value,
                )
                .order_by(OwnAnswer.contact_id, OwnAnswer.question_id),
            ):
                bad[cid].append(own_bad_key(qid))
        total = question_total(s)
    out: dict[int, MethodFacts] = {}
    for (
        cid,
        coach_id,
        deciders,
        veto,
        start,
        _bad_points,
        answered,
        touches,
        near,
        first,
        last,
    ) in rows:
        name = None if coach_id is None else coaches.get(coach_id)
        out[cid] = MethodFacts(
            coach=None if name is None else ContactRef(coach_id, name),
            verification=Verification(deciders, veto, start),
            qualification=QualificationFacts(
                answered=answered,
                total=total,
                bad=tuple(bad.get(cid, ())),
            ),
            closeness=closeness(TouchSummary(touches, near, first, last), now),
        )
    return out
