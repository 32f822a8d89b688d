"""When the evening "plan tomorrow" reminder is due: once a day, at or after the set time."""

from __future__ import annotations

from datetime import date, datetime, time


def parse_hhmm(text: str) -> time:
    """Parse "HH:MM" (e.g. "20:00"); ValueError for anything else."""
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def reminder_due(
    now_local: datetime,
    at: str,
    enabled: bool,
    last_shown: date | None,
    tomorrow_planned: bool = False,
) -> bool:
    """True once per day, from `at` (HH:MM, local) on, when the reminder is switched on.

    A rep who has already put something on tomorrow's sheet is not reminded to plan it.
    """
    if not enabled or tomorrow_planned or last_shown == now_local.date():
        return False
    return now_local.time() >= parse_hhmm(at)
