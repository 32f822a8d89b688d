"""Migration 0016 (class windows): contacts keep their class and clock, none extended yet."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Integer, inspect, text

from deskcrm.core.services import class_windows, classification
from deskcrm.core.services.startup import open_database
from deskcrm.db import migrate
from deskcrm.db.engine import make_engine


def test_an_old_class_a_keeps_its_clock_and_can_be_extended_once(
    tmp_path: Path, clock: Any
) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0015")
    since = date(2026, 2, 1)  # far past its 7-day window on the test clock's day
    with engine.begin() as conn:
        row: dict[str, object] = {}
        for col in inspect(conn).get_columns("contacts"):
            if col["nullable"] or col.get("default") is not None or col["name"] == "id":
                continue
            row[col["name"]] = 0 if isinstance(col["type"], Integer | Boolean) else ""
        row.update(
            name="王芳",
            met_first_kp=1,
            has_need=1,
            has_power=1,
            class_code="A",
            class_since=since.isoformat(),
        )
        names = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        conn.execute(text(f"INSERT INTO contacts ({names}) VALUES ({marks})"), row)
    engine.dispose()
    db = open_database(url, backup=lambda _p: None)
    try:
        with db.engine.connect() as conn:
            got = conn.exec_driver_sql(
                "SELECT id, class_code, class_since, class_extended_on FROM contacts"
            ).one()
        cid = got[0]
        assert tuple(got[1:]) == ("A", since.isoformat(), None)
        state = classification.get_state(db, cid)
        assert state.overdue and state.extended_on is None
        decision, _ = class_windows.extend_window(db, cid)
        assert decision.state.class_since == db.today()
        assert decision.state.deadline == db.today() + timedelta(days=7)
    finally:
        db.dispose()
