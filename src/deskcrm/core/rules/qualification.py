"""The nine qualification questions (docs/method.md §4): their order, completeness, warnings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum

from deskcrm.core.model import AnswerState


class Question(IntEnum):
    """The nine questions, numbered as the method lists them (and as stored)."""

    NEED = 1  # a clear need, of the "pain" or the "gain" kind
    FIT = 2  # fits our customer type
    BLOCKERS = 3  # hard blockers, e.g. a contract forcing another supplier
    BUDGET = 4
    FINANCES = 5  # financial health / payment record
    TIMING = 6  # when they will buy
    COACH = 7  # an insider who guides us (教练)
    VOLUME = 8  # likely volume vs our minimum
    MARGIN = 9  # lowest margin they would accept vs the industry average


QUESTIONS: tuple[Question, ...] = tuple(Question)

# The answer that speaks against the prospect. For every question but one "no" is the
# bad answer; for the blockers question a "yes" (there is a blocker) is.
_WARNING_ANSWER: dict[Question, AnswerState] = {
    q: (AnswerState.YES if q == Question.BLOCKERS else AnswerState.NO) for q in QUESTIONS
}


def parse_question(value: int) -> Question:
    """The question numbered `value`; ValueError outside 1-9."""
    return Question(value)


def parse_state(value: str) -> AnswerState:
    """The answer state spelled `value`; ValueError for anything else."""
    return AnswerState(value)


@dataclass(frozen=True)
class Completeness:
    answered: int
    total: int

    @property
    def share(self) -> float:
        return self.answered / self.total if self.total else 0.0

    @property
    def complete(self) -> bool:
        return self.answered == self.total


def completeness(states: Mapping[int, AnswerState | str]) -> Completeness:
    """How many of the nine have a yes/no answer; missing questions count as unknown."""
    answered = sum(
        1 for q in QUESTIONS if states.get(int(q), AnswerState.UNKNOWN) != AnswerState.UNKNOWN
    )
    return Completeness(answered=answered, total=len(QUESTIONS))


def unanswered(states: Mapping[int, AnswerState | str]) -> list[Question]:
    """The questions still unknown, in the method's order (offered on the call screen)."""
    return [q for q in QUESTIONS if states.get(int(q), AnswerState.UNKNOWN) == AnswerState.UNKNOWN]


def is_warning(question: Question | int, state: AnswerState | str) -> bool:
    """True when this answer speaks against spending time on the prospect."""
    return _WARNING_ANSWER[Question(question)] == state


def warnings(states: Mapping[int, AnswerState | str]) -> list[Question]:
    return [q for q in QUESTIONS if is_warning(q, states.get(int(q), AnswerState.UNKNOWN))]


def known_states(pairs: Iterable[tuple[int, str]]) -> dict[int, AnswerState]:
    """Stored (question, state) rows as a mapping, ignoring rows outside the nine."""
    result: dict[int, AnswerState] = {}
    for question, state in pairs:
        if 1 <= question <= len(QUESTIONS) and state in set(AnswerState):
            result[question] = AnswerState(state)
    return result
