"""core/io/plain.py: dataclasses written out as plain JSON values, derived values too."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from deskcrm.core.io.plain import plain
from deskcrm.core.model import ReferralStage
from deskcrm.core.rules.qualification import Question
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.rules.targets import Measure


@dataclass(frozen=True)
class _Series:
    period: Period
    stages: tuple[tuple[ReferralStage, int], ...]
    question: Question
    at: datetime
    by_kind: dict[ReferralStage, float | None]


def test_fields_then_properties_enums_dates_and_tuples() -> None:
    series = _Series(
        Period(date(2026, 3, 1), date(2026, 3, 7)),
        ((ReferralStage.ASKED, 3), (ReferralStage.MET, 1)),
        Question.BUDGET,
        datetime(2026, 3, 3, 6, 20, tzinfo=UTC),
        {ReferralStage.CLOSED: None},
    )
    out = plain(series)
    assert out == {
        "period": {"start": "2026-03-01", "end": "2026-03-07", "days": 7, "stop": "2026-03-08"},
        "stages": [["asked", 3], ["met", 1]],
        "question": 4,
        "at": "2026-03-03T06:20:00+00:00",
        "by_kind": {"closed": None},
    }
    assert json.loads(json.dumps(out)) == out
    # Fields first, in declaration order, then the derived values a chart shows.
    assert list(plain(Measure(3, 4))) == [
        "done",
        "target",
        "has_target",
        "share",
        "met",
        "remaining",
    ]
    assert plain(Measure(3, 4))["share"] == 0.75


def test_anything_else_is_refused() -> None:
    with pytest.raises(TypeError, match="object"):
        plain(object())
