"""Targets and walk-ins: attainment on known data, the goals table moved into settings by
revision 0010, the per-day count of visitors who left no name, and the funnel's first step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from tests.core.test_stats_services import TODAY, Data, at, d

from deskcrm.core.errors import ValidationError
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.rules.targets import Measure, daily_share, month_of, monthly_share
from deskcrm.core.services import settings_store, walk_ins
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.core.services.stats.dashboard import dashboard
from deskcrm.core.services.stats.targets import attainment
from deskcrm.core.services.stats.walk_ins import recorded_contacts
from deskcrm.core.services.stats.walk_ins import walk_ins as walk_ins_of
from deskcrm.db import migrate
from deskcrm.db.engine import make_engine
from deskcrm.db.models import ImportBatch, WalkInDay

MARCH = Period(d(3, 1), d(3, 31))


def test_monthly_targets_count_each_month_by_its_days() -> None:
    assert monthly_share(6, MARCH) == 6
    assert monthly_share(31, Period(d(3, 1), d(3, 10))) == 10
    # 15 of February's 28 days and 15 of March's 31: 6*15/28 + 6*15/31 = 6.12
    assert monthly_share(6, Period(d(2, 14), d(3, 15))) == 6
    assert monthly_share(0, MARCH) == 0
    assert daily_share(25, MARCH) == 775
    assert month_of(d(2, 14)) == Period(d(2, 1), d(2, 28))
    assert Measure(3, 6).share == 0.5 and not Measure(3, 6).met
    assert Measure(7, 6).met and Measure(7, 6).remaining == 0
    assert Measure(4, 0).share is None and not Measure(4, 0).met


def _march_data(db: Database) -> Data:
    data = Data(db)
    a = data.contact("甲")
    b = data.contact("乙")
    gone = data.contact("丙", trashed=True)
    data.deal(a, amount=1_000_000, closed=at(d(3, 2)))  # ¥10,000
    data.deal(b, amount=250_050, closed=at(d(3, 3), 23, 30))  # ¥2,500.50, late evening
    data.deal(a, amount=500_000, closed=at(d(2, 28)))  # February: not March
    data.deal(b, "lost", closed=at(d(3, 2)))
    data.deal(gone, amount=9_900_000, closed=at(d(3, 2)))  # in the trash: not counted
    data.touches(a, at(d(3, 1)), at(d(3, 2)), at(TODAY, 9))
    data.touches(b, at(TODAY, 8), at(d(2, 27)))
    data.touches(gone, at(TODAY, 8))
    return data


def test_attainment_of_a_month_on_known_data(db: Database) -> None:
    _march_data(db)
    settings_store.set_values(
        db,
        {"target.month_amount": 50_000, "target.month_closes": 4, "target.day_touches": 2},
    )
    got = attainment(db, MARCH)
    assert got.amount_cents == Measure(1_250_050, 5_000_000)
    assert got.closes == Measure(2, 4) and got.closes.share == 0.5
    assert got.touches == Measure(4, 62)
    today = attainment(db, Period(TODAY, TODAY))
    assert today.touches == Measure(2, 2) and today.touches.met
    # 4 of March's 31 days: the monthly targets by their share of days.
    first_days = attainment(db, Period(d(3, 1), TODAY))
    assert (first_days.closes.target, first_days.amount_cents.target) == (1, 645_200)
    # The dashboard's figures are the same numbers.
    board = dashboard(db, Period(d(3, 1), TODAY))
    assert board.attainment == first_days
    assert board.month == got


def test_without_targets_nothing_is_aimed_at(db: Database) -> None:
    _march_data(db)
    got = attainment(db, MARCH)
    assert (got.amount_cents.target, got.closes.target, got.touches.target) == (0, 0, 0)
    assert got.closes.done == 2 and got.closes.share is None
    assert not got.targets.any and got.targets.week_referrals == 1


def _old_database(
    tmp_path: Path, goals: list[tuple[str, str, int]], settings: dict[str, str]
) -> str:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0009")
    with engine.begin() as conn:
        for kind, period, target in goals:
            conn.execute(
                text("INSERT INTO goals (kind, period, target) VALUES (:k, :p, :t)"),
                {"k": kind, "p": period, "t": target},
            )
        for key, value in settings.items():
            conn.execute(
                text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": key, "v": value}
            )
    engine.dispose()
    return url


def test_migration_moves_the_goals_into_settings(tmp_path: Path) -> None:
    # What the demo wrote, in other periods than the settings' where one differs.
    url = _old_database(
        tmp_path,
        [
            ("referrals", "week", 2),
            ("touches", "week", 70),  # 10 a day
            ("closes", "month", 6),
            ("amount", "month", 80_000),
            ("mystery", "day", 3),  # no setting holds it
        ],
        {},
    )
    db = open_database(url)
    try:
        assert db.get_settings(
            ["referral.weekly_goal", "target.day_touches", "target.month_closes"]
        ) == {"referral.weekly_goal": 2, "target.day_touches": 10, "target.month_closes": 6}
        assert db.get_setting("target.month_amount") == 80_000
        assert "goals" not in inspect(db.engine).get_table_names()
        assert "walk_in_days" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()


def test_migration_keeps_a_setting_the_rep_chose(tmp_path: Path) -> None:
    url = _old_database(
        tmp_path,
        [("referrals", "week", 3), ("closes", "year", 24), ("touches", "day", 0)],
        {"referral.weekly_goal": "1"},
    )
    db = open_database(url)
    try:
        assert db.get_setting("referral.weekly_goal") == 1  # set by the rep: kept
        assert db.get_setting("target.month_closes") == 2  # 24 a year
        assert db.get_setting("target.day_touches") == 0  # 0: no target
    finally:
        db.dispose()


def test_walk_in_key_counts_per_day_and_undoes(db: Database) -> None:
    assert walk_ins.unrecorded_on(db, TODAY) == 0
    assert walk_ins.add_unrecorded(db)[0] == 1
    count, changes = walk_ins.add_unrecorded(db)
    assert count == 2 and changes.stats
    assert walk_ins.add_unrecorded(db, 3, d(3, 1))[0] == 3
    assert walk_ins.unrecorded_on(db, TODAY) == 2
    assert walk_ins.add_unrecorded(db, -1)[0] == 1  # the undo of one press
    assert walk_ins.add_unrecorded(db, -1)[0] == 0
    with db.reading() as s:
        rows = s.execute(select(WalkInDay.day, WalkInDay.unrecorded)).all()
    assert [tuple(r) for r in rows] == [(d(3, 1), 3)]  # an emptied day leaves no row


@pytest.mark.parametrize(
    ("count", "day", "field"),
    [
        (0, TODAY, "walk_ins"),
        (1001, TODAY, "walk_ins"),
        (-1, TODAY, "walk_ins"),  # below zero
        (1, date(2026, 3, 5), "walk_in_day"),  # tomorrow
    ],
)
def test_bad_walk_in_counts_are_refused_and_nothing_is_stored(
    db: Database, count: int, day: date, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        walk_ins.add_unrecorded(db, count, day)
    assert (err.value.field, err.value.reason) == (field, "out_of_range")
    with db.reading() as s:
        assert s.scalars(select(WalkInDay)).all() == []


def test_funnel_starts_at_walk_ins(db: Database) -> None:
    data = Data(db)
    with db.unit() as s:
        batch = ImportBatch(source="list.csv", created_at=at(d(3, 2)))
        s.add(batch)
        s.flush()
        batch_id = batch.id
    kept = [data.contact(f"客{i}", created=at(d(3, 2), 10 + i)) for i in range(4)]
    data.contact("导入", created=at(d(3, 2)), import_batch_id=batch_id)  # imported
    data.contact("删", created=at(d(3, 3)), trashed=True)  # in the trash
    data.contact("旧", created=at(d(2, 28)))  # before the period
    walk_ins.add_unrecorded(db, 1, d(3, 2))
    walk_ins.add_unrecorded(db, 1, d(2, 28))  # before the period
    period = Period(d(3, 1), TODAY)
    got = walk_ins_of(db, period)
    assert (got.recorded, got.unrecorded, got.total) == (4, 1, 5)
    assert got.recorded_share == 0.8
    assert recorded_contacts(db, period) == tuple(kept)
    assert dashboard(db, period).walk_ins == got
    empty = walk_ins_of(db, Period(d(1, 1), d(1, 1)))
    assert empty.total == 0 and empty.recorded_share is None
