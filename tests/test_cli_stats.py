"""`deskcrm stats` (this month's attainment, in words in both languages and as JSON) and
`deskcrm walkin` (the walk-in count the Ctrl+Shift+W key keeps)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.test_cli_plan import restore_language  # noqa: F401  (a fixture)

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.services import contacts, deals, settings_store, touches, walk_ins
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
        f"walk-ins without a name on {date.today().isoformat()}: 1",
        "walk-ins without a name on 2026-03-02: 3",
        "walk-ins without a name on 2026-03-02: 2",
    ]
    assert main([*base, "--date", "2999-01-01"]) == 2
    assert "the day is in the future" in capsys.readouterr().err
    assert main([*base, "--count", "-5", "--date", "2026-03-02"]) == 2
    assert main([*base, "--date", "yesterday"]) == 2
    assert main(["--data-dir", str(folder), "stats", "--month", "2026-13"]) == 2
    assert "not a month" in capsys.readouterr().err
    ctx = CommandContext(DataPaths(folder), None)
    try:
        assert walk_ins.unrecorded_on(ctx.open_db(), date(2026, 3, 2)) == 2  # nothing half-done
    finally:
        ctx.close()
