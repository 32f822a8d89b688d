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


@dataclass(frozen=True)
class CurveStep:
    touches: int
    conversion: float
    next_conversion: float  # what one more follow-up reaches
    to_average: int  # follow-ups left to the ~12 average


def curve_step(touches: int) -> CurveStep:
    return CurveStep(
        touches=touches,
        conversion=conversion_at(touches),
        next_conversion=conversion_at(touches + 1),
        to_average=max(0, AVERAGE_TO_CLOSE - touches),
    )
