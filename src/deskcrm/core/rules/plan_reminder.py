"""When the evening "plan tomorrow" reminder is due: once a day, at or after the set time."""

from __future__ import annotations

from datetime import date, datetime, time


def parse_hhmm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def reminder_due(now_local: datetime, at: str, enabled: bool, last_shown: date | None) -> bool:
    """True once per day, from `at` (HH:MM, local) on, when the reminder is switched on."""
    if not enabled or last_shown == now_local.date():
        return False
    return now_local.time() >= parse_hhmm(at)
