"""Weekly review rules: ISO weeks, when a week's balance deserves a warning (docs/method.md §8)."""

from __future__ import annotations

from datetime import date, timedelta

# "Many sales items producing few closes": at least this many sales items done in a
# week, and fewer than one close per this many.
FEW_CLOSES_MIN_DONE = 20
ITEMS_PER_CLOSE = 20


def week_bounds(day: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def non_sales_heavy(
    non_sales_done: int,
    done: int,
    warn_share: float,
    non_sales_planned: int = 0,
    planned: int = 0,
) -> bool:
    """True when non-sales work took more than `warn_share` of what got done.

    A week in which nothing was ticked is judged on what was planned instead, so a rep
    who plans but never ticks still sees where the week was meant to go.
    """
    if done > 0:
        return non_sales_done / done > warn_share
    return planned > 0 and non_sales_planned / planned > warn_share


def few_closes(sales_done: int, closes: int) -> bool:
    """Many sales items done and few closes: the problem is qualification (docs/method.md §8)."""
    return sales_done >= FEW_CLOSES_MIN_DONE and closes * ITEMS_PER_CLOSE < sales_done
