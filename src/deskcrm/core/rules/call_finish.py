"""How a call ends: which outcomes need the hook, the follow-up quick picks, what carries over."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from deskcrm.core.model import Outcome

# The call got through: a talk happened (even one that ends "call me later").
REACHED = frozenset({Outcome.CONNECTED, Outcome.CALL_BACK, Outcome.WON, Outcome.LOST})
# Closed one way or the other: no hook is asked for.
CLOSED = frozenset({Outcome.WON, Outcome.LOST})


class QuickPick(StrEnum):
    LATER_TODAY = "later_today"  # nobody answered: back into today's queue
    TOMORROW = "tomorrow"
    IN_3_DAYS = "in_3_days"
    NEXT_WEEK = "next_week"
    IN_2_WEEKS = "in_2_weeks"


_PICK_DAYS = {
    QuickPick.LATER_TODAY: 0,
    QuickPick.TOMORROW: 1,
    QuickPick.IN_3_DAYS: 3,
    QuickPick.NEXT_WEEK: 7,
    QuickPick.IN_2_WEEKS: 14,
}


def quick_pick(today: date, pick: QuickPick | str) -> date:
    return today + timedelta(days=_PICK_DAYS[QuickPick(pick)])


def needs_next_step(outcome: Outcome | str) -> bool:
    """Connected and not closed: leave a hook (留饵), a promised next step."""
    return outcome == Outcome.CONNECTED


def needs_follow_up(outcome: Outcome | str) -> bool:
    """A date is asked for whenever the talk goes on: the hook, or when to call back."""
    return outcome in (Outcome.CONNECTED, Outcome.CALL_BACK)


def reached(outcome: Outcome | str) -> bool:
    return outcome in REACHED


def default_follow_up(outcome: Outcome | str, today: date) -> date | None:
    """What the finish form proposes: try again later today when nobody answered (the
    planned call stays open and comes back at the end of today's queue), tomorrow when
    asked to call back, +3 days after a talk."""
    if outcome in CLOSED:
        return None
    if outcome == Outcome.CONNECTED:
        return quick_pick(today, QuickPick.IN_3_DAYS)
    if outcome == Outcome.CALL_BACK:
        return quick_pick(today, QuickPick.TOMORROW)
    return quick_pick(today, QuickPick.LATER_TODAY)


def carry_hook(
    outcome: Outcome | str,
    next_step: str,
    follow_up: date | None,
    old_step: str,
    old_follow_up: date | None,
    today: date,
) -> tuple[str, date | None]:
    """The hook a call stores.

    The newest touch is the contact's hook, so a call that did not get through must
    not wipe the promise made before ("send the samples by Wednesday"): an empty step
    keeps the old one, and a missing date keeps the old date, or retries tomorrow
    when that date has passed.
    """
    step = next_step.strip()
    if reached(outcome):
        return step, follow_up
    if not step:
        step = old_step
    if follow_up is None:
        if old_follow_up is not None and old_follow_up >= today:
            follow_up = old_follow_up
        else:
            follow_up = quick_pick(today, QuickPick.TOMORROW)
    return step, follow_up
