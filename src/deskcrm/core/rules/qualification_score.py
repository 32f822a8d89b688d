"""How qualification answers rank a contact: points against it for bad and missing answers.

The nine questions (core/rules/qualification.py) and up to five of the rep's own are
weighed so that a "no" that ends the deal costs most, an open question costs a little
once the rep should know, and a "yes" earns a little (docs/method.md §4):

- every answer given (yes or no) earns `ANSWERED_POINTS` (1): knowing is worth a call;
- a bad answer on a deciding question (a clear need, our customer type, hard blockers,
  a budget: without these there is no deal at all) costs `BAD_DECIDING_POINTS` (25);
- a bad answer on one of the other five (finances, timing, coach, volume, margin: they
  shape the deal rather than rule it out) costs `BAD_OTHER_POINTS` (10);
- a "no" on one of the rep's own questions costs `BAD_OWN_POINTS` (8): the rep words them
  so that "yes" speaks for the prospect; they sit beside the method's nine and weigh a
  little less than its shaping questions;
- a question still unknown costs nothing on a new contact (early on customers hide the
  truth), but `UNKNOWN_WORKED_POINTS` (2) once the contact has had `QUALIFY_BY_TOUCHES`
  (3) touches: by then the rep should know;
- the points against are capped at `MAX_POINTS` (40), so a hopeless contact sinks below
  the day's work without vanishing from a promised follow-up.

Per question that is +1 for "yes", 0 or -2 for unknown, -24 / -9 / -7 for "no": "no" on
budget is worse than unknown, which is worse than "yes", at every stage.
The draft subtracts these points from a line's value (core/rules/plan_draft.py) and the
call queue from a prospect's key-account score.

What depends only on the stored answers is kept on the contact as a summary (bad
points, answered count, the worst bad answer), refreshed whenever answers are written,
so ranking 100,000 contacts reads three columns and never the answers themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from deskcrm.core.model import AnswerState
from deskcrm.core.rules.qualification import QUESTIONS, Question, is_warning

DECIDING: frozenset[Question] = frozenset(
    {Question.NEED, Question.FIT, Question.BLOCKERS, Question.BUDGET}
)
BAD_DECIDING_POINTS = 25
BAD_OTHER_POINTS = 10
BAD_OWN_POINTS = 8
ANSWERED_POINTS = 1
UNKNOWN_WORKED_POINTS = 2
QUALIFY_BY_TOUCHES = 3
MAX_POINTS = 40

MAX_OWN_QUESTIONS = 5
OWN_QUESTION_LENGTH = 200


def question_code(question: int) -> str:
    """How the summary names one of the nine ("q4": the budget)."""
    return f"q{int(question)}"


def own_code(question_id: int) -> str:
    """How the summary names one of the rep's own questions ("o7")."""
    return f"o{question_id}"


DECIDING_CODES: tuple[str, ...] = tuple(sorted(question_code(q) for q in DECIDING))


@dataclass(frozen=True)
class Summary:
    """What a contact's stored answers say, kept on the contact (see the module text)."""

    bad_points: int = 0  # the sum of the bad answers' weights
    answered: int = 0  # questions with a yes or a no (nine and own)
    worst: str = ""  # the bad answer weighing most ("q4", "o7"), "" for none


def _weight(question: Question) -> int:
    return BAD_DECIDING_POINTS if question in DECIDING else BAD_OTHER_POINTS


def summarize(
    nine: Mapping[int, AnswerState | str], own: Mapping[int, AnswerState | str] | None = None
) -> Summary:
    """The summary of one contact's answers: the nine by number, own ones by question id.

    On equal weights the first question in the method's order is the worst (then the
    nine before the rep's own, own ones by id), so the same answers always name the same.
    """
    bad = answered = 0
    worst, worst_points = "", 0
    for q in QUESTIONS:
        state = nine.get(int(q), AnswerState.UNKNOWN)
        if state == AnswerState.UNKNOWN:
            continue
        answered += 1
        if is_warning(q, state):
            points = _weight(q)
            bad += points
            if points > worst_points:
                worst, worst_points = question_code(q), points
    for qid in sorted(own or {}):
        state = (own or {})[qid]
        if state == AnswerState.UNKNOWN:
            continue
        answered += 1
        if state == AnswerState.NO:
            bad += BAD_OWN_POINTS
            if worst_points < BAD_OWN_POINTS:
                worst, worst_points = own_code(qid), BAD_OWN_POINTS
    return Summary(bad, answered, worst)


def points_against(summary: Summary, total: int, touch_count: int) -> int:
    """Points a contact loses for its answers (`total`: the nine plus the own questions);
    negative when its known answers earn more than its bad and missing ones cost."""
    missing = max(0, total - summary.answered)
    per = UNKNOWN_WORKED_POINTS if touch_count >= QUALIFY_BY_TOUCHES else 0
    against = summary.bad_points + missing * per - summary.answered * ANSWERED_POINTS
    return min(MAX_POINTS, against)


def mostly_unanswered(answered: int, total: int, touch_count: int) -> bool:
    """Past `QUALIFY_BY_TOUCHES` touches with fewer than half of the questions answered."""
    return touch_count >= QUALIFY_BY_TOUCHES and answered * 2 < total


def not_qualified(summary: Summary, total: int, touch_count: int) -> bool:
    """The `not_qualified` view: a bad answer on a deciding question, or past three
    touches with fewer than half of the questions (nine and own) answered."""
    return summary.worst in DECIDING_CODES or mostly_unanswered(
        summary.answered, total, touch_count
    )


@dataclass(frozen=True)
class Shortfall:
    """Why a contact is shown as not qualified: its worst bad answer (one of the nine by
    number, or an own question by id and text), else how many questions are still open."""

    question: int | None = None
    own_id: int | None = None
    own_text: str = ""
    unanswered: int = 0
    total: int = 0
    # True when it makes the contact not qualified (the view's rule); a bad answer on a
    # shaping or own question lowers the contact and is shown, as a doubt only.
    decisive: bool = True


@dataclass(frozen=True)
class Standing:
    """A contact's qualification as ranking sees it."""

    against: int = 0  # points_against
    shortfall: Shortfall | None = None  # None: nothing to show


def standing(
    summary: Summary, total: int, touch_count: int, own_texts: Mapping[int, str]
) -> Standing:
    """Points against and what to show: any bad answer is named (it lowered the
    contact); without one, mostly unanswered past three touches shows the count."""
    against = points_against(summary, total, touch_count)
    open_most = mostly_unanswered(summary.answered, total, touch_count)
    if summary.worst.startswith("q"):
        decisive = summary.worst in DECIDING_CODES or open_most
        return Standing(against, Shortfall(question=int(summary.worst[1:]), decisive=decisive))
    if summary.worst.startswith("o"):
        qid = int(summary.worst[1:])
        text = own_texts.get(qid, "")
        return Standing(against, Shortfall(own_id=qid, own_text=text, decisive=open_most))
    if open_most:
        missing = max(0, total - summary.answered)
        return Standing(against, Shortfall(unanswered=missing, total=total))
    return Standing(against)


def queue_value(ka_score: int | None, against: int, cap: int) -> int:
    """A call-list prospect's place: its key-account score (up to `cap`, as the draft
    counts it) less the points against it; higher is called first."""
    return max(0, min(ka_score or 0, cap)) - against


def clean_own_question(text: str) -> str:
    """An own question's text as stored: one line, spaces collapsed."""
    return " ".join(text.split())
