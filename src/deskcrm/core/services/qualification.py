"""The nine qualification questions per contact: answers with notes, completeness, what is open."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
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
from deskcrm.core.services.database import Database
from deskcrm.db.models import LONG_NOTE, Contact, QualificationAnswer


@dataclass(frozen=True)
class Answer:
    question: int
    state: str  # an AnswerState value
    note: str
    updated_at: datetime | None  # None: never answered
    warning: bool  # the answer speaks against the prospect


@dataclass(frozen=True)
class Qualification:
    """All nine questions of one contact, in the method's order."""

    contact_id: int
    answers: tuple[Answer, ...]
    answered: int
    total: int
    unanswered: tuple[int, ...]
    warnings: tuple[int, ...]

    @property
    def share(self) -> float:
        return self.answered / self.total if self.total else 0.0


@dataclass(frozen=True)
class AnswerInput:
    """One answer to store; `note=None` keeps the note already there."""

    question: int
    state: str
    note: str | None = None


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
    return Qualification(
        contact_id=contact_id,
        answers=tuple(answers),
        answered=done.answered,
        total=done.total,
        unanswered=tuple(int(q) for q in unanswered(states)),
        warnings=tuple(int(q) for q in warnings(states)),
    )


def get_qualification(db: Database, contact_id: int) -> Qualification:
    with db.reading() as s:
        _live(s, contact_id)
        return read_qualification(s, contact_id)


def _validate(item: AnswerInput) -> None:
    if not 1 <= item.question <= len(QUESTIONS):
        raise ValidationError("question", "invalid", value=item.question)
    if item.state not in set(AnswerState):
        raise ValidationError("answer", "invalid", value=item.state)
    if item.note is not None and len(item.note) > LONG_NOTE:
        raise ValidationError("note", "too_long", limit=LONG_NOTE)


def store_answers(
    s: Session, contact_id: int, answers: Sequence[AnswerInput], now: datetime
) -> None:
    """Inside a unit: write validated answers (also used by a call's one-step save)."""
    for item in answers:
        row = s.get(QualificationAnswer, {"contact_id": contact_id, "question": item.question})
        if row is None:
            row = QualificationAnswer(contact_id=contact_id, question=item.question, note="")
            s.add(row)
        row.state = item.state
        if item.note is not None:
            row.note = item.note.strip()
        row.updated_at = now


def set_answers(
    db: Database, contact_id: int, items: Sequence[AnswerInput]
) -> tuple[Qualification, Changes]:
    """Store several answers at once (the call screen captures them as it goes)."""
    for item in items:
        _validate(item)
    now = db.now()
    with db.unit() as s:
        _live(s, contact_id)
        store_answers(s, contact_id, items, now)
        s.flush()
        result = read_qualification(s, contact_id)
    return result, Changes(contacts=frozenset({contact_id}), stats=True)


def set_answer(
    db: Database, contact_id: int, question: int, state: str, note: str | None = None
) -> tuple[Qualification, Changes]:
    return set_answers(db, contact_id, [AnswerInput(question, state, note)])
