"""Relationship closeness and going cold (docs/method.md §7: closeness grows with the number,
frequency, recency and kind of touches; stale important contacts must surface).

Pure and cheap: everything is computed from a contact's stored touch summary (count,
near touches, first and last touch), never from its touches, so a list of 100,000
contacts can be judged without reading a million touches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Touches in person or by voice weigh fully; messages and emails half (the kind of touch).
NEAR_KINDS = frozenset({"visit", "meeting", "call"})
FAR_WEIGHT = 0.5
# About 12 touches make a deal on average (docs/method.md §2): a dozen near touches is a
# relationship as full as counting can make it.
FULL_TOUCHES = 12.0
# Twice a month is as often as a close relationship needs to be touched.
FULL_PER_MONTH = 2.0
# Past its usual gap, closeness halves every this many days without a touch.
HALF_LIFE_DAYS = 60.0
# The gap assumed for a contact with too few touches to have a rhythm of its own.
DEFAULT_GAP_DAYS = 30.0
VOLUME_SHARE = 0.6  # the rest is frequency

# Going cold: at least this many touches (two gaps) make a rhythm worth keeping...
COLD_MIN_TOUCHES = 3
# ...and the silence since the last touch is this many times the usual gap,
COLD_GAP_FACTOR = 2.0
# ...at least a month (a weekly customer quiet for three weeks is not cold yet),
COLD_MIN_DAYS = 30
# ...and at most a year: longer is not "going" cold but gone, left to bought-before work.
COLD_MAX_DAYS = 365

DAY_S = 86400


@dataclass(frozen=True)
class TouchSummary:
    """What a contact stores about its touches (contacts.touch_count and friends)."""

    touches: int
    near: int
    first: datetime | None
    last: datetime | None


def usual_gap_days(t: TouchSummary) -> float | None:
    """Average days between touches from the first to the last; None below two gaps."""
    if t.touches < COLD_MIN_TOUCHES or t.first is None or t.last is None:
        return None
    return max(0.0, (t.last - t.first).total_seconds()) / DAY_S / (t.touches - 1)


def days_since(t: TouchSummary, now: datetime) -> float | None:
    if t.last is None:
        return None
    return max(0.0, (now - t.last).total_seconds()) / DAY_S


def closeness(t: TouchSummary, now: datetime) -> int:
    """How close the relationship is now, 0 (never touched, or long gone) to 100.

    volume: touches weighted by kind (near 1, messages 0.5) against a dozen;
    frequency: touches per month over the contact's span against twice a month;
    both mixed 60/40 and then scaled by recency: full within the usual gap (or 30 days
    without a rhythm), halving every 60 days beyond it.
    """
    since = days_since(t, now)
    if t.touches <= 0 or since is None:
        return 0
    near = min(max(t.near, 0), t.touches)
    weighted = near + FAR_WEIGHT * (t.touches - near)
    volume = min(1.0, weighted / FULL_TOUCHES)
    frequency = 0.0
    if t.touches > 1 and t.first is not None and t.last is not None:
        span_days = max(1.0, (t.last - t.first).total_seconds() / DAY_S)
        frequency = min(1.0, (t.touches - 1) * 30.0 / span_days / FULL_PER_MONTH)
    gap = usual_gap_days(t)
    allowed = max(gap if gap is not None else DEFAULT_GAP_DAYS, 1.0)
    recency: float = 0.5 ** (max(0.0, since - allowed) / HALF_LIFE_DAYS)
    return round(100 * recency * (VOLUME_SHARE * volume + (1 - VOLUME_SHARE) * frequency))


def going_cold(t: TouchSummary, now: datetime) -> bool:
    """Closeness falling: the silence since the last touch is over twice the contact's
    usual gap, over a month and under a year, with at least three touches behind it.

    The built-in view `going_cold` adds "bought before" (M or a won deal) and asks the
    same of the stored columns in SQL (core/services/upkeep.py).
    """
    gap = usual_gap_days(t)
    since = days_since(t, now)
    if gap is None or since is None:
        return False
    return COLD_MIN_DAYS < since <= COLD_MAX_DAYS and since > COLD_GAP_FACTOR * gap
