"""Chart periods (last 30/90/365 days, this month, custom) and their day/week/month buckets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from deskcrm.core.errors import ValidationError
from deskcrm.core.rules.referrals import week_of

# A custom period longer than this is refused: about three years of daily bars is
# already unreadable, and every bucket is one index range scan.
MAX_DAYS = 1100
# Up to this many days closes are shown per week, beyond it per month.
WEEKLY_UP_TO_DAYS = 120


class Preset(StrEnum):
    LAST_30 = "last_30"
    LAST_90 = "last_90"
    LAST_365 = "last_365"
    THIS_MONTH = "this_month"
    CUSTOM = "custom"


class Grain(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Period:
    """Local calendar days `start`..`end`, both included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def stop(self) -> date:
        """The day after the last one (exclusive end)."""
        return self.end + timedelta(days=1)

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))


@dataclass(frozen=True)
class Span:
    """One bucket of a chart: local days `start` up to (not including) `stop`."""

    start: date
    stop: date

    @property
    def days(self) -> int:
        return (self.stop - self.start).days

    @property
    def last(self) -> date:
        return self.stop - timedelta(days=1)


def preset_period(preset: Preset | str, today: date) -> Period:
    """The period a preset means on `today` (a custom period is made by `custom_period`)."""
    preset = Preset(preset)
    if preset == Preset.THIS_MONTH:
        return Period(today.replace(day=1), today)
    days = {Preset.LAST_30: 30, Preset.LAST_90: 90, Preset.LAST_365: 365}.get(preset)
    if days is None:
        raise ValidationError("period", "invalid", value=str(preset))
    return Period(today - timedelta(days=days - 1), today)


def custom_period(start: date, end: date) -> Period:
    if end < start:
        raise ValidationError("period", "invalid", value=f"{start}..{end}")
    period = Period(start, end)
    if period.days > MAX_DAYS:
        raise ValidationError("period", "out_of_range", limit=MAX_DAYS)
    return period


def auto_grain(period: Period) -> Grain:
    return Grain.WEEK if period.days <= WEEKLY_UP_TO_DAYS else Grain.MONTH


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def spans(period: Period, grain: Grain | str) -> tuple[Span, ...]:
    """Consecutive buckets covering the period: days, Monday weeks or calendar months.

    The first and last week or month are cut at the period's edges, so every
    count in a chart belongs to the chosen period.
    """
    grain = Grain(grain)
    out: list[Span] = []
    day = period.start
    while day <= period.end:
        if grain == Grain.DAY:
            natural_stop = day + timedelta(days=1)
        elif grain == Grain.WEEK:
            natural_stop = week_of(day)[1]
        else:
            natural_stop = _next_month(day)
        stop = min(natural_stop, period.stop)
        out.append(Span(day, stop))
        day = stop
    return tuple(out)
