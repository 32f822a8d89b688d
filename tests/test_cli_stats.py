"""`deskcrm stats` (this month's attainment, in words in both languages and as JSON) and
`deskcrm walkin` (the walk-in count the Ctrl+Shift+W key keeps)."""

from __future__ import annotations

import calendar
import json
from dataclasses import fields
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from tests.test_cli_plan import restore_language  # noqa: F401  (a fixture)

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.commands import stats as stats_command
from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.services import contacts, deals, settings_store, touches, walk_ins
from deskcrm.core.services.stats.dashboard import Dashboard, dashboard
from deskcrm.paths import DataPaths


def _seed(folder: Path) -> None:
    """Today (the real clock): one touch, one deal won for ¥15,000, 1 walk-in without a name."""
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        cid = contacts.create_contact(db, ContactInput(name="王建国"))[0]
        touches.log_touch(db, touches.TouchInput(contact_id=cid, kind=TouchKind.CALL))
        deal = deals.create_deal(db, deals.DealInput(contact_id=cid, amount_cents=1_500_000))[0]
        deals.win_deal(db, deal)
        walk_ins.add_unrecorded(db, 1)
        settings_store.set_values(
            db, {"target.month_closes": 4, "target.month_amount": 60_000, "target.day_touches": 0}
        )
    finally:
        ctx.close()


def test_stats_json_has_targets_attainment_and_walk_ins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    assert main(["--data-dir", str(folder), "stats", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["month"] == date.today().strftime("%Y-%m")
    assert doc["targets"] == {
        "month_amount_cents": 6_000_000,
        "month_closes": 4,
        "day_touches": 0,
        "week_referrals": 1,
    }
    assert doc["attainment"] == {
        "amount_cents": {"done": 1_500_000, "target": 6_000_000, "share": 0.25},
        "closes": {"done": 1, "target": 4, "share": 0.25},
        "touches": {"done": 1, "target": 0, "share": None},
    }
    assert doc["walk_ins"] == {"recorded": 1, "unrecorded": 1, "total": 2, "recorded_share": 0.5}
    # Another month: nothing done, the same targets.
    assert main(["--data-dir", str(folder), "stats", "--json", "--month", "2020-02"]) == 0
    old = json.loads(capsys.readouterr().out)
    assert (old["start"], old["end"]) == ("2020-02-01", "2020-02-29")
    assert old["attainment"]["closes"] == {"done": 0, "target": 4, "share": 0.0}


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "en",
            [
                "  1 of 4 closes (25%)",
                "  amount ¥15,000 of ¥60,000 (25%)",
                "  1 touch",
                "  Referrals wanted: 1 a week",
                "  2 walk-ins: 1 recorded as contacts (50%), 1 left no name",
            ],
        ),
        (
            "zh_CN",
            [
                "  成交 1 / 4 笔（25%）",
                "  金额 ¥15,000 / ¥60,000（25%）",
                "  跟进 1 次",
                "  转介绍目标：每周 1 人",
                "  到店 2 人：1 人登记为联系人（50%），1 人未留姓名",
            ],
        ),
    ],
)
def test_stats_in_words(
    lang: str,
    lines: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_language: None,  # noqa: F811
) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    assert main(["--data-dir", str(folder), "--lang", lang, "stats"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == lines


def test_walkin_counts_and_refuses_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    base = ["--data-dir", str(folder), "walkin"]
    assert main(base) == 0
    assert main([*base, "--count", "3", "--date", "2026-03-02"]) == 0
    assert main([*base, "--count", "-1", "--date", "2026-03-02"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"Walk-ins who left no name on {date.today().isoformat()}: 1",
        "Walk-ins who left no name on 2026-03-02: 3",
        "Walk-ins who left no name on 2026-03-02: 2",
    ]
    assert main([*base, "--date", "2999-01-01"]) == 2
    assert "the day is in the future" in capsys.readouterr().err
    assert main([*base, "--count", "-5", "--date", "2026-03-02"]) == 2
    assert "cannot go below 0" in capsys.readouterr().err
    assert main([*base, "--date", "yesterday"]) == 2
    assert "not a date: 'yesterday'" in capsys.readouterr().err
    zh = ["--data-dir", str(folder), "--lang", "zh_CN", "walkin"]
    assert main([*zh, "--date", "2026-03-02"]) == 0
    assert capsys.readouterr().out.strip() == "2026-03-02 未留名的到店访客：3"
    assert main([*zh, "--date", "2999-01-01"]) == 2
    assert "日期在将来" in capsys.readouterr().err
    assert main([*zh, "--count", "-5", "--date", "2026-03-02"]) == 2
    assert "不能少于 0" in capsys.readouterr().err
    assert main([*zh, "--date", "昨天"]) == 2
    assert "不是日期：'昨天'" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "stats", "--month", "2026-13"]) == 2
    assert "not a month" in capsys.readouterr().err
    ctx = CommandContext(DataPaths(folder), None)
    try:
        assert walk_ins.unrecorded_on(ctx.open_db(), date(2026, 3, 2)) == 3  # nothing half-done
    finally:
        ctx.close()


def _seed_days(folder: Path) -> dict[str, int]:
    """Rows at known local days of the last 30: calls 3 and 10 days ago, a visit 3 days
    ago, a WeChat 40 days ago (outside), a deal won today for ¥8,000."""
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        cid = contacts.create_contact(db, ContactInput(name="李明"))[0]
        now = datetime.now().astimezone()
        for days_ago, kind in ((3, TouchKind.CALL), (3, TouchKind.VISIT), (10, TouchKind.CALL)):
            at = now - timedelta(days=days_ago)
            touches.log_touch(db, touches.TouchInput(contact_id=cid, kind=kind, at=at))
        touches.log_touch(
            db,
            touches.TouchInput(contact_id=cid, kind=TouchKind.WECHAT, at=now - timedelta(days=40)),
        )
        deal = deals.create_deal(db, deals.DealInput(contact_id=cid, amount_cents=800_000))[0]
        deals.win_deal(db, deal)
        return {"contact": cid}
    finally:
        ctx.close()


def test_stats_days_json_has_every_chart_series_as_the_dashboard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    ids = _seed_days(folder)
    assert main(["--data-dir", str(folder), "stats", "--days", "30", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    today = date.today()
    period = Period(today - timedelta(days=29), today)
    assert (doc["month"], doc["days"], doc["start"], doc["end"]) == (
        None,
        30,
        period.start.isoformat(),
        period.end.isoformat(),
    )
    ctx = CommandContext(DataPaths(folder), None)
    try:
        board = dashboard(ctx.open_db(), period)
    finally:
        ctx.close()
    charts = doc["charts"]
    # Every series of the Charts screen, the same numbers (a new series appears by itself).
    assert set(charts) == {f.name for f in fields(Dashboard)}
    assert charts == stats_command.document(period, board, is_month=False)["charts"]
    assert charts["touches"]["totals"] == list(board.touches.totals)
    assert charts["walk_ins"]["recorded"] == board.walk_ins.recorded == 1
    # Hand-counted: two touches 3 days ago, one 10 days ago, the WeChat is outside.
    touched = dict(zip(charts["touches"]["days"], charts["touches"]["totals"], strict=True))
    assert touched[(today - timedelta(days=3)).isoformat()] == 2
    assert touched[(today - timedelta(days=10)).isoformat()] == 1
    assert charts["touches"]["total"] == 3
    kinds = {k["kind"]: sum(k["counts"]) for k in charts["touches"]["kinds"]}
    assert kinds == {"call": 2, "visit": 1}
    assert (charts["closes"]["count"], charts["closes"]["amount_cents"]) == (1, 800_000)
    assert charts["closes"]["grain"] == "week"
    assert charts["ranking"]["top"][0]["contact_id"] == ids["contact"]
    assert charts["period"] == {
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "days": 30,
        "stop": (today + timedelta(days=1)).isoformat(),
    }
    assert "period" not in charts["touches"]  # said once, at the top
    assert charts["month"]["period"]["start"] == today.replace(day=1).isoformat()
    # The top-level attainment is the period's (its share of the targets), as the chart's.
    assert doc["attainment"]["closes"]["done"] == charts["attainment"]["closes"]["done"] == 1
    assert doc["attainment"]["touches"]["done"] == 3
    assert doc["walk_ins"]["recorded"] == 1


def test_stats_month_json_has_the_charts_up_to_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    assert main(["--data-dir", str(folder), "stats", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    today = date.today()
    assert doc["charts"]["period"]["start"] == today.replace(day=1).isoformat()
    assert doc["charts"]["period"]["end"] == today.isoformat()
    assert doc["charts"]["month"]["closes"]["done"] == doc["attainment"]["closes"]["done"] == 1
    assert doc["days"] == calendar.monthrange(today.year, today.month)[1]


@pytest.mark.parametrize(
    ("argv", "en", "zh"),
    [
        (["--days", "0"], "--days must be a whole number from 1 to 3660, not '0'", "不能是“0”"),
        (["--days", "3661"], "from 1 to 3660, not '3661'", "1 到 3660 之间的整数"),
        (["--days", "a week"], "not 'a week'", "不能是“a week”"),
        (["--month", "2026-13"], "not a month: '2026-13' (use YYYY-MM)", "不是有效的月份"),
        (["--days", "7", "--month", "2026-03"], "cannot be used together", "不能同时使用"),
    ],
)
def test_stats_refuses_bad_periods_in_the_users_language(
    argv: list[str],
    en: str,
    zh: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_language: None,  # noqa: F811
) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    for lang, words in (("en", en), ("zh_CN", zh)):
        assert main(["--data-dir", str(folder), "--lang", lang, "stats", *argv, "--json"]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith("deskcrm: error: ") and words in err and err.count("\n") == 1


def test_stats_days_in_words(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    restore_language: None,  # noqa: F811
) -> None:
    folder = tmp_path / "data"
    _seed_days(folder)
    assert main(["--data-dir", str(folder), "--lang", "zh_CN", "stats", "--days", "7"]) == 0
    zh = capsys.readouterr().out.splitlines()
    assert zh[0].startswith("最近 7 天：")
    assert any(line.startswith("  跟进 2") for line in zh[1:])  # the two touches 3 days ago
    assert main(["--data-dir", str(folder), "--lang", "en", "stats", "--days", "7"]) == 0
    en = capsys.readouterr().out.splitlines()
    assert en[0].startswith("Last 7 days: ")
    assert any(line.startswith("  2 ") and "touches" in line for line in en[1:])
    assert len(en) == len(zh) == 6
