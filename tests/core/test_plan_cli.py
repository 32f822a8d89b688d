"""`deskcrm plan` without Qt: calendar exports (to-dos, events, several days) and errors."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, deals, plan, referrals
from deskcrm.paths import DataPaths

DAY = date(2026, 12, 1)


def _seed(folder: Path) -> None:
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        plan.add_item(db, DAY, "sales", "拜访王建国")
        plan.add_item(db, DAY, "non_sales", "整理发票")
        plan.add_item(db, DAY + timedelta(days=2), "sales", "周四回访")
        plan.add_item(db, DAY + timedelta(days=9), "sales", "下下周的事")
    finally:
        ctx.close()


def _run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), "plan", *args])


def test_events_for_a_week(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    ics = tmp_path / "week.ics"
    assert _run(folder, DAY.isoformat(), "--ics", str(ics), "--events", "--days", "7") == 0
    assert capsys.readouterr().out.strip() == f"Wrote 3 events to {ics}"
    events: list[Any] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert sorted((e["dtstart"].dt, str(e["summary"])) for e in events) == [
        (DAY, "N1. 整理发票"),
        (DAY, "S1. 拜访王建国"),
        (DAY + timedelta(days=2), "S1. 周四回访"),
    ]


def test_bad_arguments_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    assert _run(folder, "tomorrow", "--events") == 2
    assert "--events and --week need --ics" in capsys.readouterr().err
    assert _run(folder, "tomorrow", "--ics", str(tmp_path / "x.ics"), "--days", "0") == 2
    assert "--days" in capsys.readouterr().err
    assert _run(folder, "next friday") == 2
    assert not (tmp_path / "x.ics").exists()


def test_an_unwritable_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    target = tmp_path / "missing" / "plan.ics"
    assert _run(folder, DAY.isoformat(), "--ics", str(target)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"deskcrm: error: cannot write {target}")


def test_today_and_tomorrow_follow_the_local_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    assert _run(folder, "today") == 0
    today = capsys.readouterr().out.splitlines()[0]
    assert _run(folder, "tomorrow") == 0
    tomorrow = capsys.readouterr().out.splitlines()[0]
    first = date.fromisoformat(today.removeprefix("Plan for ")[:10])
    assert tomorrow.startswith(f"Plan for {first + timedelta(days=1)} ")


def test_coach_thanks_are_worded_in_the_listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        coach, _ = contacts.create_contact(db, ContactInput(name="王芳"))
        buyer, _ = contacts.create_contact(db, ContactInput(name="张伟"))
        referrals.set_referral(db, buyer, coach, "customer")
        deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=buyer, title="净水器"))
        deals.win_deal(db, deal_id)
        today = db.today()
    finally:
        ctx.close()
    assert _run(folder, today.isoformat()) == 0
    out = capsys.readouterr().out
    assert "  [ ] 1. Thank / reward the coach: 王芳 ← 张伟 · 净水器 · 王芳" in out


def test_the_week_of_a_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    plan_day = DAY - timedelta(days=1)  # Monday 2026-11-30: the same week as DAY
    ctx = CommandContext(DataPaths(folder), None)
    try:
        plan.add_item(ctx.open_db(), plan_day, "sales", "周一的事")
    finally:
        ctx.close()
    ics = tmp_path / "week.ics"
    assert _run(folder, (DAY + timedelta(days=3)).isoformat(), "--ics", str(ics), "--week") == 0
    assert capsys.readouterr().out.strip() == f"Wrote 4 to-dos to {ics}"
    todos: list[Any] = Calendar.from_ical(ics.read_bytes()).walk("VTODO")
    assert sorted(t["due"].dt for t in todos) == [plan_day, DAY, DAY, DAY + timedelta(days=2)]
