"""The evening "plan tomorrow" reminder: from the set time, once a day, only when wanted."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from deskcrm.core.rules.plan_reminder import parse_hhmm, reminder_due

EVENING = datetime(2026, 3, 4, 20, 0)


def test_due_from_the_set_time_on() -> None:
    assert not reminder_due(EVENING - timedelta(minutes=1), "20:00", True, None)
    assert reminder_due(EVENING, "20:00", True, None)
    assert reminder_due(EVENING.replace(hour=23, minute=59), "20:00", True, None)


def test_once_a_day_and_again_the_next_evening() -> None:
    assert not reminder_due(EVENING, "20:00", True, EVENING.date())
    assert reminder_due(EVENING, "20:00", True, EVENING.date() - timedelta(days=1))
    after_midnight = EVENING + timedelta(hours=5)  # 01:00 the next day
    assert not reminder_due(after_midnight, "20:00", True, EVENING.date())


def test_off_by_choice_or_because_tomorrow_is_planned() -> None:
    assert not reminder_due(EVENING, "20:00", False, None)
    assert not reminder_due(EVENING, "20:00", True, None, tomorrow_planned=True)


def test_times() -> None:
    assert parse_hhmm("07:05") == time(7, 5)
    assert reminder_due(datetime(2026, 3, 4, 0, 0), "00:00", True, date(2026, 3, 3))
    with pytest.raises(ValueError):
        parse_hhmm("8pm")
