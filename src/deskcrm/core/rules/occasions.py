"""Dated occasions: a contact's birthday and own dates, the Chinese festivals, and which
of them fall in the next few days (docs/method.md §8)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum

# lunardate: pure Python, no dependencies, covers 1900-2099 from the published tables
# and is maintained (0.3.0, 2026); lunar-python and cnlunar carry a whole almanac we do
# not need, zhdate has not been released since 2023. Never a hand-made table of dates.
from lunardate import LunarDate

from deskcrm.core.errors import ValidationError

# A greeting is planned a few days ahead: time to choose a gift or word a message before
# the day, without the line sitting on the plan for weeks. Fixed, not a setting: the
# method has one answer, and every rep plans the evening before.
OCCASION_LEAD_DAYS = 3
MAX_CUSTOM_OCCASIONS = 2  # besides the birthday: e.g. the company's anniversary
MAX_REPURCHASE_DAYS = 3660  # ten years: a longer "cycle" is a typing slip


def check_cycle(days: int | None) -> int | None:
    """A repurchase cycle as stored (a contact's or a product tag's): None for none (0
    means none too); ValidationError("repurchase_days", "invalid") out of range."""
    if days is None or days == 0:
        return None
    if not 1 <= days <= MAX_REPURCHASE_DAYS:
        raise ValidationError("repurchase_days", "invalid", value=days)
    return days


class Festival(StrEnum):
    """The festivals a rep greets customers on; the value is stored as a line's detail."""

    NEW_YEAR = "new_year"  # 元旦, 1 January
    LABA = "laba"  # 腊八, 12th lunar month, day 8
    LITTLE_NEW_YEAR = "little_new_year"  # 小年, 12th lunar month, day 23 (the northern date)
    SPRING = "spring"  # 春节
    LANTERN = "lantern"  # 元宵
    LABOUR_DAY = "labour_day"  # 劳动节, 1 May
    DRAGON_BOAT = "dragon_boat"  # 端午
    QIXI = "qixi"  # 七夕
    MID_AUTUMN = "mid_autumn"  # 中秋
    NATIONAL_DAY = "national_day"  # 国庆, 1 October
    DOUBLE_NINTH = "double_ninth"  # 重阳


# (lunar month, day) of the lunar festivals; the library turns them into solar dates.
_LUNAR = {
    Festival.LABA: (12, 8),
    Festival.LITTLE_NEW_YEAR: (12, 23),
    Festival.SPRING: (1, 1),
    Festival.LANTERN: (1, 15),
    Festival.DRAGON_BOAT: (5, 5),
    Festival.QIXI: (7, 7),
    Festival.MID_AUTUMN: (8, 15),
    Festival.DOUBLE_NINTH: (9, 9),
}
_SOLAR = {
    Festival.NEW_YEAR: (1, 1),
    Festival.LABOUR_DAY: (5, 1),
    Festival.NATIONAL_DAY: (10, 1),
}


def festivals_between(first: date, last: date) -> list[tuple[date, Festival]]:
    """The festivals from `first` to `last` (inclusive), by date."""
    found: list[tuple[date, Festival]] = []
    for year in range(first.year - 1, last.year + 1):
        for festival, (month, day) in _LUNAR.items():
            try:
                when = LunarDate(year, month, day).to_solar_date()
            except ValueError:  # outside the library's years (1900-2099)
                continue
            if first <= when <= last:
                found.append((when, festival))
    for year in range(first.year, last.year + 1):
        for festival, (month, day) in _SOLAR.items():
            when = date(year, month, day)
            if first <= when <= last:
                found.append((when, festival))
    return sorted(found)


def next_occurrence(month: int, day: int, today: date) -> date:
    """The next date (today counts) falling on a month and day; 29 February is kept on 28
    February in other years, as the draft keeps it (`window_keys`)."""
    for year in (today.year, today.year + 1):
        last = calendar.monthrange(year, month)[1]
        when = date(year, month, min(day, last))
        if when >= today:
            return when
    raise AssertionError("a month-day comes within a year")  # pragma: no cover


def effective_cycle(
    own_days: int | None, tag_cycles: Iterable[tuple[int | None, str]]
) -> tuple[int, str] | None:
    """(days, product tag name) of the cycle a contact buys again by: its own ("" for the
    tag), else the shortest of its product tags' (the first thing to run out; on equal
    days the first name); None without any."""
    if own_days:
        return own_days, ""
    return min(((d, name) for d, name in tag_cycles if d), default=None)


def repurchase_due(last_purchase: date | None, cycle_days: int | None) -> date | None:
    """When a customer is due to buy again: the last purchase + the cycle (None without)."""
    if last_purchase is None or not cycle_days:
        return None
    return last_purchase + timedelta(days=cycle_days)


def month_day_key(month: int, day: int) -> int:
    """A month and day as one number (1230 for 30 December), the stored, indexed key."""
    return month * 100 + day


def window_keys(first: date, last: date) -> dict[int, date]:
    """Each month-day key falling from `first` to `last`, with its date; a 29 February
    is kept on 28 February in other years, so it is never skipped."""
    keys: dict[int, date] = {}
    day = first
    while day <= last:
        keys[month_day_key(day.month, day.day)] = day
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            keys[month_day_key(2, 29)] = day
        day += timedelta(days=1)
    return keys


_MONTH_DAY = re.compile(
    r"^\s*(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?\s*$"
)


def parse_month_day(text: str) -> tuple[int | None, int, int]:
    """'1985-03-12', '03-12', '3/12', '3月12日' → (year or None, month, day).

    Raise ValueError when the text is not such a date (29 February is a month-day)."""
    match = _MONTH_DAY.match(text)
    if match is None:
        raise ValueError(text)
    year = int(match["y"]) if match["y"] else None
    month, day = int(match["m"]), int(match["d"])
    date(year or 2000, month, day)  # 2000 is a leap year: 29 February is a month-day
    if year is not None and not 1900 <= year <= 2100:
        raise ValueError(text)
    return year, month, day


def month_day_text(year: int | None, month: int, day: int) -> str:
    """The form's text for a stored occasion: '1985-03-12', or '03-12' without a year."""
    if year is None:
        return f"{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
