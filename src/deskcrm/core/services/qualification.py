"""The nine qualification questions (and the rep's own) per contact: answers with notes,
completeness, what is open, and the stored summary that ranks the contact."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import AnswerState
from deskcrm.core.rules.qualification import (
    QUESTIONS,
    completeness,
    is_warning,
    known_states,
    unanswered,
    warnings,
)
from deskcrm.core.rules.qualification_score import (
    DECIDING_CODES,
    QUALIFY_BY_TOUCHES,
    Standing,
    Summary,
    standing,
    summarize,
)
from deskcrm.core.services.database import Database
from deskcrm.db.dialect import bulk_rows
from deskcrm.db.models import LONG_NOTE, Contact, OwnAnswer, OwnQuestion, QualificationAnswer


@dataclass(frozen=True)
class Answer:
    question: int
    state: str  # an AnswerState value
    note: str
    updated_at: datetime | None  # None: never answered
    warning: bool  # the answer speaks against the prospect


@dataclass(frozen=True)
class OwnAnswerView:
    """The answer to one of the rep's own questions (in the rep's order)."""

    question_id: int
    text: str  # the question as the rep wrote it
    state: str  # an AnswerState value
    note: str
    warning: bool  # a "no": the rep words own questions so that "yes" is good


@dataclass(frozen=True)
class Qualification:
    """All nine questions of one contact, in the method's order, then the rep's own.

    `answered`, `total`, `unanswered` and `warnings` count the nine (the method's
    completeness); `own` holds the rep's questions with their answers.
    """

    contact_id: int
    answers: tuple[Answer, ...]
    answered: int
    total: int
    unanswered: tuple[int, ...]
    warnings: tuple[int, ...]
    own: tuple[OwnAnswerView, ...] = ()

    @property
    def own_unanswered(self) -> tuple[int, ...]:
        """Own question ids still unknown, in the rep's order (offered on the call screen)."""
        return tuple(a.question_id for a in self.own if a.state == AnswerState.UNKNOWN.value)

    @property
    def share(self) -> float:
        return self.answered / self.total if self.total else 0.0


@dataclass(frozen=True)
class AnswerInput:
    """One answer to store; `note=None` keeps the note already there."""

    question: int
    state: str
    note: str | None = None


@dataclass(frozen=True)
class OwnAnswerInput:
    """One answer to one of the rep's own questions; `note=None` keeps the note there."""

    question_id: int
    state: str
    note: str | None = None


def own_questions(s: Session) -> list[tuple[int, str]]:
    """The rep's own questions as (id, text), in the rep's order."""
    rows = s.execute(
        select(OwnQuestion.id, OwnQuestion.text).order_by(OwnQuestion.position, OwnQuestion.id)
    ).all()
    return [(qid, text) for qid, text in rows]


def _live(s: Session, contact_id: int) -> None:
    deleted = s.execute(select(Contact.deleted_at).where(Contact.id == contact_id)).first()
    if deleted is None or deleted[0] is not None:
        raise NotFound(f"contact {contact_id}", contact_id=contact_id)


def read_qualification(s: Session, contact_id: int) -> Qualification:
    rows = {
        a.question: a
        for a in s.scalars(
            select(QualificationAnswer).where(QualificationAnswer.contact_id == contact_id)
        )
    }
    states = known_states((q, a.state) for q, a in rows.items())
    answers = []
    for q in QUESTIONS:
        row = rows.get(int(q))
        state = states.get(int(q), AnswerState.UNKNOWN)
        answers.append(
            Answer(
                question=int(q),
                state=state.value,
                note=row.note if row is not None else "",
                updated_at=row.updated_at if row is not None else None,
                warning=is_warning(q, state),
            )
        )
    done = completeness(states)
    mine = {
        a.question_id: a
        for a in s.scalars(select(OwnAnswer).where(OwnAnswer.contact_id == contact_id))
    }
    own = []
    for qid, text in own_questions(s):
        given = mine.get(qid)
        own_state = given.state if given is not None else AnswerState.UNKNOWN.value
        own.append(
            OwnAnswerView(
                question_id=qid,
                text=text,
                state=own_state,
                note=given.note if given is not None else "",
                warning=own_state == AnswerState.NO.value,
            )
        )
    return Qualification(
        contact_id=contact_id,
        answers=tuple(answers),
        answered=done.answered,
        total=done.total,
        unanswered=tuple(int(q) for q in unanswered(states)),
        warnings=tuple(int(q) for q in warnings(states)),
        own=tuple(own),
    )


def get_qualification(db: Database, contact_id: int) -> Qualification:
    with db.reading() as s:
        _live(s, contact_id)
        return read_qualification(s, contact_id)


def _validate(item: AnswerInput | OwnAnswerInput) -> None:
    if isinstance(item, AnswerInput) and not 1 <= item.question <= len(QUESTIONS):
        raise ValidationError("question", "invalid", value=item.question)
    if item.state not in set(AnswerState):
        raise ValidationError("answer", "invalid", value=item.state)
    if item.note is not None and len(item.note) > LONG_NOTE:
        raise ValidationError("note", "too_long", limit=LONG_NOTE)


def validate_answers(
    answers: Iterable[AnswerInput | OwnAnswerInput],
) -> None:
    """Check answers before a unit opens (the call's save checks its own the same way)."""
    for item in answers:
        _validate(item)


def store_answers(
    s: Session,
    contact_id: int,
    answers: Sequence[AnswerInput],
    now: datetime,
    own: Sequence[OwnAnswerInput] = (),
) -> None:
    """Inside a unit: write validated answers (also used by a call's one-step save) and
    refresh the contact's stored summary. An own question deleted meanwhile is skipped."""
    for item in answers:
        row = s.get(QualificationAnswer, {"contact_id": contact_id, "question": item.question})
        if row is None:
            row = QualificationAnswer(contact_id=contact_id, question=item.question, note="")
            s.add(row)
        row.state = item.state
        if item.note is not None:
            row.note = item.note.strip()
        row.updated_at = now
    if own:
        known = {qid for qid, _ in own_questions(s)}
        for mine in own:
            if mine.question_id not in known:
                continue
            key = {"contact_id": contact_id, "question_id": mine.question_id}
            own_row = s.get(OwnAnswer, key)
            if own_row is None:
                own_row = OwnAnswer(contact_id=contact_id, question_id=mine.question_id, note="")
                s.add(own_row)
            own_row.state = mine.state
            if mine.note is not None:
                own_row.note = mine.note.strip()
            own_row.updated_at = now
    s.flush()
    refresh_summaries(s, [contact_id])


SUMMARY_CHUNK = 500  # ids per IN list when refreshing many contacts at once


def refresh_summaries(s: Session, contact_ids: Iterable[int]) -> None:
    """Recompute the stored qualification summary of these contacts from their answers
    (every path that writes or removes answers calls this in its own unit)."""
    ids = sorted(set(contact_ids))
    for start in range(0, len(ids), SUMMARY_CHUNK):
        chunk = ids[start : start + SUMMARY_CHUNK]
        nine: dict[int, dict[int, str]] = defaultdict(dict)
        own: dict[int, dict[int, str]] = defaultdict(dict)
        for cid, question, state in s.execute(
            select(
                QualificationAnswer.contact_id,
                QualificationAnswer.question,
                QualificationAnswer.state,
            ).where(QualificationAnswer.contact_id.in_(chunk))
        ):
            nine[cid][question] = state
        for cid, qid, state in s.execute(
            select(OwnAnswer.contact_id, OwnAnswer.question_id, OwnAnswer.state).where(
                OwnAnswer.contact_id.in_(chunk)
            )
        ):
            own[cid][qid] = state
        rows = []
        for cid in chunk:
            summary = summarize(known_states(nine[cid].items()), own[cid])
            rows.append(
                {
                    "id": cid,
                    "qual_bad_points": summary.bad_points,
                    "qual_answered": summary.answered,
                    "qual_worst": summary.worst,
                }
            )
        s.execute(update(Contact), rows)


def question_total(s: Session) -> int:
    """How many questions a contact is asked: the nine and the rep's own."""
    own = s.scalar(select(func.count()).select_from(OwnQuestion)) or 0
    return len(QUESTIONS) + int(own)


def standings(s: Session, contact_ids: Iterable[int]) -> dict[int, Standing]:
    """How qualification ranks these contacts, from their stored summaries (a page or a
    draft's few hundred ids: one read by primary key, never the answers)."""
    ids = sorted(set(contact_ids))
    if not ids:
        return {}
    asked = own_questions(s)
    total = len(QUESTIONS) + len(asked)
    texts = dict(asked)
    out: dict[int, Standing] = {}
    # Most contacts share a handful of summaries (none answered yet): work each out once.
    seen: dict[tuple[int, int, str, bool], Standing] = {}
    for start in range(0, len(ids), SUMMARY_CHUNK):
        chunk = ids[start : start + SUMMARY_CHUNK]
        # Through the driver's cursor: plain ints and text, no result processing needed.
        for cid, bad, answered, worst, touches in bulk_rows(
            s,
            select(
                Contact.id,
                Contact.qual_bad_points,
                Contact.qual_answered,
                Contact.qual_worst,
                Contact.touch_count,
            ).where(Contact.id.in_(chunk)),
        ):
            worked = touches >= QUALIFY_BY_TOUCHES
            key = (bad, answered, worst, worked)
            found = seen.get(key)
            if found is None:
                # touch_count matters only as "worked or not" (QUALIFY_BY_TOUCHES).
                found = standing(Summary(bad, answered, worst), total, touches, texts)
                seen[key] = found
            out[cid] = found
    return out


def get_standing(db: Database, contact_id: int) -> Standing:
    """One contact's qualification standing (the method panel shows its shortfall)."""
    with db.reading() as s:
        return standings(s, [contact_id]).get(contact_id, Standing())


def not_qualified_clauses(s: Session) -> list[ColumnElement[bool]]:
    """The contacts of the not_qualified view (core/rules/qualification_score.py:
    not_qualified), from the stored summaries."""
    total = question_total(s)
    return [
        or_(
            Contact.qual_worst.in_(DECIDING_CODES),
            and_(
                Contact.touch_count >= QUALIFY_BY_TOUCHES,
                Contact.qual_answered * 2 < total,
            ),
        )
    ]


def set_answers(
    db: Database,
    contact_id: int,
    items: Sequence[AnswerInput],
    own: Sequence[OwnAnswerInput] = (),
) -> tuple[Qualification, Changes]:
    """Store several answers at once (the call screen captures them as it goes)."""
    validate_answers([*items, *own])
    now = db.now()
    with db.unit() as s:
        _live(s, contact_id)
        store_answers(s, contact_id, items, now, own)
        s.flush()
        result = read_qualification(s, contact_id)
    return result, Changes(contacts=frozenset({contact_id}), stats=True)


def set_answer(
    db: Database, contact_id: int, question: int, state: str, note: str | None = None
) -> tuple[Qualification, Changes]:
    return set_answers(db, contact_id, [AnswerInput(question, state, note)])


def set_own_answer(
    db: Database, contact_id: int, question_id: int, state: str, note: str | None = None
) -> tuple[Qualification, Changes]:
    """Answer one of the rep's own questions (the method panel)."""
    return set_answers(db, contact_id, [], [OwnAnswerInput(question_id, state, note)])
