"""The follow-up curve (docs/method.md §2): conversion by follow-ups, and when to nudge."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Touches -> approximate share converted, from docs/method.md §2.
CURVE: tuple[tuple[int, float], ...] = (
    (1, 0.02),
    (2, 0.02),  # between the 1st (2%) and 3rd (5%) figure; the method gives none for 2
    (3, 0.05),
    (4, 0.10),
    (5, 0.80),
)
AVERAGE_TO_CLOSE = 12
STUCK_TOUCHES = (3, 4)
DECIDE_AT = 5
WINDOW = (5, 11)  # the follow-ups where about 80% have converted


def conversion_at(touches: int) -> float:
    """Approximate share of contacts converted after `touches` follow-ups (0 for none)."""
    if touches <= 0:
        return 0.0
    rate = 0.0
    for count, share in CURVE:
        if touches >= count:
            rate = share
    return rate


class Nudge(StrEnum):
    KEEP_GOING = "keep_going"  # 3-4 touches: most reps quit here, don't stop now
    DECIDE = "decide"  # 5+ without a decision: drop (move to D) or go on


def nudge(touches: int, *, closed: bool) -> Nudge | None:
    """What to tell the rep about an open contact's persistence."""
    if closed:
        return None
    if touches in STUCK_TOUCHES:
        return Nudge.KEEP_GOING
    if touches >= DECIDE_AT:
        return Nudge.DECIDE
    return None


class CurvePhase(StrEnum):
    """Where a contact stands on the curve, which decides what is worth saying about it."""

    NONE = "none"  # no follow-up yet
    CLIMBING = "climbing"  # 1-4: each step still raises the share
    WINDOW = "window"  # 5-11: about 80% converted; more touches add no figure
    PAST = "past"  # 12+: beyond what a deal takes on average


@dataclass(frozen=True)
class CurveStep:
    touches: int
    conversion: float
    next_conversion: float  # what one more follow-up reaches
    to_average: int  # follow-ups left to the ~12 average
    phase: CurvePhase = CurvePhase.NONE
    rise_in: int | None = None  # follow-ups until the share next rises (None: it no longer does)
    rise_to: float = 0.0  # the share reached then


def next_rise(touches: int) -> tuple[int, float] | None:
    """(follow-ups until the share rises, the share then), or None once it no longer rises."""
    now = conversion_at(touches)
    for count, share in CURVE:
        if count > touches and share > now:
            return count - touches, share
    return None


def phase_of(touches: int) -> CurvePhase:
    if touches <= 0:
        return CurvePhase.NONE
    if touches < WINDOW[0]:
        return CurvePhase.CLIMBING
    if touches <= WINDOW[1]:
        return CurvePhase.WINDOW
    return CurvePhase.PAST


def curve_step(touches: int) -> CurveStep:
    rise = next_rise(touches)
    return CurveStep(
        touches=touches,
        conversion=conversion_at(touches),
        next_conversion=conversion_at(touches + 1),
        to_average=max(0, AVERAGE_TO_CLOSE - touches),
        phase=phase_of(touches),
        rise_in=rise[0] if rise else None,
        rise_to=rise[1] if rise else 0.0,
    )
