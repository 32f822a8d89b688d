"""Pure chart rules: periods and their buckets, 7-day average, usual level, drops, sharp falls."""

from __future__ import annotations

from datetime import date

import pytest

from deskcrm.core.errors import ValidationError
from deskcrm.core.rules.stats_period import (
    MAX_DAYS,
    Grain,
    Period,
    Preset,
    Span,
    auto_grain,
    custom_period,
    preset_period,
    spans,
)
from deskcrm.core.rules.stats_trend import (
    Run,
    drop_runs,
    sharp_fall,
    trailing_average,
    usual_level,
)

TODAY = date(2026, 3, 4)  # a Wednesday


def test_presets_end_today() -> None:
    assert preset_period(Preset.LAST_30, TODAY) == Period(date(2026, 2, 3), TODAY)
    assert preset_period("last_90", TODAY) == Period(date(2025, 12, 5), TODAY)
    assert preset_period(Preset.LAST_365, TODAY) == Period(date(2025, 3, 5), TODAY)
    assert preset_period(Preset.THIS_MONTH, TODAY) == Period(date(2026, 3, 1), TODAY)
    assert preset_period(Preset.THIS_MONTH, date(2026, 3, 1)).days == 1
    assert preset_period(Preset.LAST_30, TODAY).days == 30
    with pytest.raises(ValidationError):
        preset_period(Preset.CUSTOM, TODAY)


def test_custom_period_is_checked() -> None:
    assert custom_period(TODAY, TODAY) == Period(TODAY, TODAY)
    with pytest.raises(ValidationError) as err:
        custom_period(TODAY, date(2026, 3, 3))
    assert err.value.reason == "invalid"
    with pytest.raises(ValidationError) as err:
        custom_period(date(2020, 1, 1), TODAY)
    assert (err.value.reason, err.value.data["limit"]) == ("out_of_range", MAX_DAYS)


def test_previous_period_has_the_same_length() -> None:
    period = Period(date(2026, 2, 23), TODAY)
    assert period.days == 10
    assert period.previous() == Period(date(2026, 2, 13), date(2026, 2, 22))
    assert period.stop == date(2026, 3, 5)


def test_weeks_start_on_monday_and_are_cut_at_the_edges() -> None:
    got = spans(Period(date(2026, 2, 25), date(2026, 3, 10)), Grain.WEEK)
    assert got == (
        Span(date(2026, 2, 25), date(2026, 3, 2)),
        Span(date(2026, 3, 2), date(2026, 3, 9)),
        Span(date(2026, 3, 9), date(2026, 3, 11)),
    )
    assert [s.days for s in got] == [5, 7, 2]
    assert got[-1].last == date(2026, 3, 10)


def test_months_are_calendar_months_cut_at_the_edges() -> None:
    got = spans(Period(date(2025, 12, 15), TODAY), "month")
    assert got == (
        Span(date(2025, 12, 15), date(2026, 1, 1)),
        Span(date(2026, 1, 1), date(2026, 2, 1)),
        Span(date(2026, 2, 1), date(2026, 3, 1)),
        Span(date(2026, 3, 1), date(2026, 3, 5)),
    )


def test_days_and_a_single_day() -> None:
    assert spans(Period(TODAY, TODAY), Grain.DAY) == (Span(TODAY, date(2026, 3, 5)),)
    assert len(spans(Period(date(2026, 2, 1), TODAY), Grain.DAY)) == 32
    assert spans(Period(TODAY, TODAY), Grain.MONTH) == (Span(TODAY, date(2026, 3, 5)),)


def test_closes_are_weekly_up_to_four_months() -> None:
    assert auto_grain(preset_period(Preset.LAST_90, TODAY)) == Grain.WEEK
    assert auto_grain(preset_period(Preset.LAST_365, TODAY)) == Grain.MONTH


def test_trailing_average_uses_the_lead_days() -> None:
    # 6 lead days, then two shown days: each average divides a full week by 7.
    assert trailing_average([7, 0, 0, 0, 0, 0, 0, 14]) == (1.0, 2.0)
    assert trailing_average([0] * 6 + [7]) == (1.0,)
    assert trailing_average([]) == ()


def test_usual_level_is_the_median_over_two_weeks_or_more() -> None:
    assert usual_level([4.0] * 13) is None
    assert usual_level([0.0] * 14) is None
    assert usual_level([1.0] * 7 + [4.0] * 7 + [100.0]) == 4.0


def test_drops_are_runs_under_seventy_percent_of_usual() -> None:
    averages = [10.0] * 10 + [5.0, 6.0, 8.0, 5.0]
    assert drop_runs(averages, 10.0) == (Run(10, 11, 5.0), Run(13, 13, 5.0))
    assert drop_runs(averages, None) == ()
    assert drop_runs([7.0, 6.99], 10.0) == (Run(1, 1, 6.99),)


def test_sharp_fall_is_under_half_of_before() -> None:
    assert sharp_fall(40, 100)
    assert sharp_fall(0, 100)
    assert not sharp_fall(50, 100)
    assert not sharp_fall(10, 0)
    assert not sharp_fall(0, 0)
