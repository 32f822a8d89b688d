"""Trend rules for the charts: 7-day average, the rep's usual level, drops, sharp falls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

WINDOW = 7
# The usual level needs two full weeks of averages to mean anything.
MIN_DAYS_FOR_USUAL = 14
# A 7-day average under this share of the usual level is a drop worth pointing out.
DROP_SHARE = 0.7
# A customer whose amount fell under this share of the previous period's fell sharply.
FALL_SHARE = 0.5


def trailing_average(values: Sequence[int], lead: int = WINDOW - 1) -> tuple[float, ...]:
    """The average of each day and the 6 before it, for the values after the `lead` ones.

    `values` starts `lead` days before the first day shown, so the first shown
    day already has a full window.
    """
    out: list[float] = []
    for i in range(lead, len(values)):
        window = values[max(0, i - WINDOW + 1) : i + 1]
        out.append(sum(window) / WINDOW)
    return tuple(out)


def usual_level(averages: Sequence[float]) -> float | None:
    """The rep's own usual pace: the median 7-day average of the period.

    The median, not the mean, so one busy fair week does not make every normal
    week look like a drop. None for periods shorter than two weeks or without touches.
    """
    if len(averages) < MIN_DAYS_FOR_USUAL:
        return None
    level = median(averages)
    return level if level > 0 else None


@dataclass(frozen=True)
class Run:
    """Indexes `first`..`last` (both included) of a drop, and its lowest average."""

    first: int
    last: int
    lowest: float


def drop_runs(
    averages: Sequence[float], usual: float | None, share: float = DROP_SHARE
) -> tuple[Run, ...]:
    """Consecutive days whose 7-day average is below `share` of the usual level."""
    if usual is None:
        return ()
    limit = usual * share
    runs: list[Run] = []
    start: int | None = None
    for i, value in enumerate(averages):
        if value < limit and start is None:
            start = i
        elif value >= limit and start is not None:
            runs.append(Run(start, i - 1, min(averages[start:i])))
            start = None
    if start is not None:
        runs.append(Run(start, len(averages) - 1, min(averages[start:])))
    return tuple(runs)


def sharp_fall(current: int, previous: int, share: float = FALL_SHARE) -> bool:
    """True when an amount fell under `share` of what it was in the previous period."""
    return previous > 0 and current < previous * share
