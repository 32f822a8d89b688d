"""Targets (a monthly amount and closes, daily touches): what a period should reach, attainment."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from deskcrm.core.rules.stats_period import Grain, Period, spans


def month_of(day: date) -> Period:
    """The calendar month holding `day`, first to last day."""
    last = calendar.monthrange(day.year, day.month)[1]
    return Period(day.replace(day=1), day.replace(day=last))


def month_share(per_month: float, period: Period) -> float:
    """A monthly target for `period`: each month it touches counts by its days in it.

    A whole calendar month gets the target itself; ten days of a 31-day month get 10/31.
    """
    if per_month <= 0:
        return 0.0
    total = 0.0
    for span in spans(period, Grain.MONTH):
        length = calendar.monthrange(span.start.year, span.start.month)[1]
        total += per_month * span.days / length
    return total


def monthly_share(per_month: int, period: Period) -> int:
    """`month_share` as a whole number, rounded half up (what attainment is measured on)."""
    return int(month_share(per_month, period) + 0.5)


def daily_share(per_day: int, period: Period) -> int:
    return max(0, per_day) * period.days


@dataclass(frozen=True)
class Measure:
    """How far one target got: `done` against `target` (0: no target set)."""

    done: int
    target: int

    @property
    def has_target(self) -> bool:
        return self.target > 0

    @property
    def share(self) -> float | None:
        """done / target; None without a target."""
        return self.done / self.target if self.target > 0 else None

    @property
    def met(self) -> bool:
        return self.target > 0 and self.done >= self.target

    @property
    def remaining(self) -> int:
        return max(0, self.target - self.done)
