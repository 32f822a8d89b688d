"""The rep's own qualification questions (up to five, beside the nine): list and save."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select

from deskcrm.core.changes import Changes
from deskcrm.core.errors import ValidationError
from deskcrm.core.rules.qualification_score import (
    MAX_OWN_QUESTIONS,
    OWN_QUESTION_LENGTH,
    clean_own_question,
)
from deskcrm.core.services.database import Database
from deskcrm.core.services.qualification import own_questions, refresh_summaries
from deskcrm.db.models import OwnAnswer, OwnQuestion


@dataclass(frozen=True)
class OwnQuestionInfo:
    id: int
    text: str


@dataclass(frozen=True)
class OwnQuestionEdit:
    """One question as the editor holds it: an existing id (renamed or moved), or None
    for a new one. Questions left out of a save are deleted with their answers."""

    id: int | None
    text: str


def list_own_questions(db: Database) -> list[OwnQuestionInfo]:
    """The rep's questions in the rep's order."""
    with db.reading() as s:
        return [OwnQuestionInfo(qid, text) for qid, text in own_questions(s)]


def _validate(items: Sequence[OwnQuestionEdit]) -> list[OwnQuestionEdit]:
    if len(items) > MAX_OWN_QUESTIONS:
        raise ValidationError("own_questions", "too_many", limit=MAX_OWN_QUESTIONS)
    clean = []
    seen: set[str] = set()
    for item in items:
        text = clean_own_question(item.text)
        if not text:
            raise ValidationError("own_question", "required")
        if len(text) > OWN_QUESTION_LENGTH:
            raise ValidationError("own_question", "too_long", limit=OWN_QUESTION_LENGTH)
        if text.casefold() in seen:
            raise ValidationError("own_question", "duplicate", value=text)
        seen.add(text.casefold())
        clean.append(OwnQuestionEdit(item.id, text))
    return clean


def save_own_questions(
    db: Database, items: Sequence[OwnQuestionEdit]
) -> tuple[list[OwnQuestionInfo], Changes]:
    """Store the whole list in one transaction: add, rename, reorder, delete.

    A deleted question takes its answers along, and the contacts that had answered it
    get their qualification summary recomputed in the same unit.
    """
    clean = _validate(items)
    with db.unit() as s:
        existing = {q.id: q for q in s.scalars(select(OwnQuestion))}
        kept = {item.id for item in clean if item.id is not None}
        unknown = kept - set(existing)
        if unknown:
            raise ValidationError("own_question", "invalid", value=min(unknown))
        gone = set(existing) - kept
        touched: set[int] = set()
        if gone:
            touched = set(
                s.scalars(select(OwnAnswer.contact_id).where(OwnAnswer.question_id.in_(gone)))
            )
            s.execute(delete(OwnAnswer).where(OwnAnswer.question_id.in_(gone)))
            s.execute(delete(OwnQuestion).where(OwnQuestion.id.in_(gone)))
        for position, item in enumerate(clean):
            if item.id is None:
                s.add(OwnQuestion(text=item.text, position=position))
            else:
                row = existing[item.id]
                row.text, row.position = item.text, position
        s.flush()
        if touched:
            refresh_summaries(s, touched)
        result = [OwnQuestionInfo(qid, text) for qid, text in own_questions(s)]
    # Every contact's questions changed: lists, views and the draft read them afresh.
    return result, Changes(settings=True, contact_list=True, stats=True)
