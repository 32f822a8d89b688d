"""iCalendar export of the plan: to-dos and all-day events, parsed back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from deskcrm.core.io.export import ExportFailed
from deskcrm.core.io.plan_ics import IcsKind, item_uid, plan_ics_bytes, priority
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, plan, plan_export
from deskcrm.core.services.database import Database

DAY = date(2026, 3, 5)
LONG = "拜访王建国，带上新款净水器的样品和三种报价方案，顺便问问他们工厂食堂的采购负责人是谁"


def _seed(db: Database) -> dict[str, int]:
    cid, _ = contacts.create_contact(db, ContactInput(name="王建国"))
    ids = {
        "long": plan.add_item(db, DAY, "sales", LONG, contact_id=cid)[0].id,
        "call": plan.add_item(db, DAY, "sales", "电话李娜")[0].id,
        "admin": plan.add_item(db, DAY, "non_sales", "整理发票")[0].id,
        "next": plan.add_item(db, DAY + timedelta(days=1), "sales", "明天的事")[0].id,
    }
    plan.set_done(db, ids["admin"], True)
    return ids


def _components(path: Path, name: str) -> dict[str, Any]:
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["version"]) == "2.0" and str(cal["prodid"])
    return {str(c["uid"]): c for c in cal.walk(name)}


def test_todos_for_one_day(db: Database, tmp_path: Path, clock: Any) -> None:
    ids = _seed(db)
    path = tmp_path / "plan.ics"
    assert plan_export.export_plan(db, path, DAY, DAY) == 3
    raw = path.read_bytes()
    raw.decode("utf-8")  # UTF-8 throughout
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)  # folded per RFC 5545 §3.1
    assert b"\n" not in raw.replace(b"\r\n", b"")
    todos = _components(path, "VTODO")
    assert set(todos) == {item_uid(ids[k]) for k in ("long", "call", "admin")}
    long = todos[item_uid(ids["long"])]
    assert str(long["summary"]) == LONG
    assert str(long["description"]) == "王建国"
    assert long["due"].dt == DAY and "dtstart" not in long  # DUE must follow DTSTART
    assert long["priority"] == 1 and todos[item_uid(ids["call"])]["priority"] == 2
    assert long["dtstamp"].dt == clock.now
    assert str(long["status"]) == "NEEDS-ACTION"
    admin = todos[item_uid(ids["admin"])]
    assert str(admin["status"]) == "COMPLETED" and admin["percent-complete"] == 100
    assert admin["categories"].cats == ["non-sales"]


def test_events_for_a_week(db: Database, tmp_path: Path) -> None:
    ids = _seed(db)
    path = tmp_path / "week.ics"
    count = plan_export.export_plan(
        db, path, DAY, DAY + timedelta(days=6), kind=IcsKind.EVENTS, title=lambda i: f"<{i.title}>"
    )
    assert count == 4
    events = _components(path, "VEVENT")
    assert len(events) == 4 and not _components(path, "VTODO")
    call = events[item_uid(ids["call"])]
    assert str(call["summary"]) == "S2. <电话李娜>"
    assert call["dtstart"].dt == DAY and call["dtend"].dt == DAY + timedelta(days=1)
    assert str(call["transp"]) == "TRANSPARENT"
    assert str(events[item_uid(ids["admin"])]["summary"]) == "✓ N1. <整理发票>"
    assert events[item_uid(ids["next"])]["dtstart"].dt == DAY + timedelta(days=1)


def test_an_empty_day_is_still_a_valid_calendar(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    assert plan_export.export_plan(db, path, DAY, DAY) == 0
    assert Calendar.from_ical(path.read_bytes()).walk("VTODO") == []


def test_priority_and_bytes_without_a_database(clock: Any) -> None:
    assert [priority(r) for r in (0, 1, 8, 30)] == [1, 2, 9, 9]
    assert plan_ics_bytes([], clock.now).startswith(b"BEGIN:VCALENDAR\r\n")


def test_a_missing_folder_fails_cleanly(db: Database, tmp_path: Path) -> None:
    _seed(db)
    with pytest.raises(ExportFailed) as caught:
        plan_export.export_plan(db, tmp_path / "missing" / "plan.ics", DAY, DAY)
    assert caught.value.data["reason"] == "unwritable"


def test_a_failed_write_keeps_the_old_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(db)
    path = tmp_path / "plan.ics"
    path.write_bytes(b"old")

    def fail(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("deskcrm.core.services.plan_export.os.replace", fail)
    with pytest.raises(ExportFailed):
        plan_export.export_plan(db, path, DAY, DAY)
    assert path.read_bytes() == b"old"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".plan-")]
