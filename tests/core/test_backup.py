"""Backups, rotation, restore and the start-up integrity check, on real files."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from deskcrm.commands import CommandContext
from deskcrm.core.errors import DatabaseCorrupt
from deskcrm.core.model import ContactInput
from deskcrm.core.services import backup, contacts, integrity
from deskcrm.core.services.startup import open_database
from deskcrm.paths import DataPaths

NOW = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)


def _folder(tmp_path: Path, *names: str) -> DataPaths:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    for name in names:
        contacts.create_contact(db, ContactInput(name=name))
    db.dispose()
    return paths


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM contacts ORDER BY id")]
    finally:
        conn.close()


def test_backup_is_verified_private_and_listed(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "张伟")
    info = backup.create_backup(paths, paths.database, NOW, "manual")
    assert _names(info.path) == ["张伟"]
    assert backup.list_backups(paths) == [info]
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.backups.stat().st_mode) == 0o700
        assert stat.S_IMODE(paths.root.stat().st_mode) == 0o700


def test_database_file_is_private_after_opening(tmp_path: Path) -> None:
    ctx = CommandContext(DataPaths(tmp_path / "data"), None)
    ctx.open_db()
    ctx.close()
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "data" / "deskcrm.sqlite3").stat().st_mode) == 0o600


def test_rotation_keeps_daily_weekly_monthly() -> None:
    stamps = [NOW - timedelta(hours=12 * i) for i in range(400)]
    keep = backup.rotation_keep(stamps, NOW, daily=7, weekly=4, monthly=12, tz=UTC)
    days = {s.date() for s in keep}
    # The newest of each of the last 7 days...
    assert {NOW.date() - timedelta(days=i) for i in range(7)} <= days
    # ...plus older weekly and monthly survivors, and nothing else.
    assert len(keep) <= 7 + 4 + 12
    assert min(keep) < NOW - timedelta(days=150)
    assert max(keep) == NOW


def test_rotation_keeps_the_days_start_up_copy_and_never_touches_manual_ones(
    tmp_path: Path,
) -> None:
    paths = _folder(tmp_path, "张伟")
    yesterday = NOW - timedelta(days=1)
    made = [
        backup.create_backup(paths, paths.database, when, reason)
        for when, reason in (
            (yesterday - timedelta(hours=2), "auto"),
            (yesterday, "exit"),
            (yesterday + timedelta(minutes=5), "pre-restore"),
            (NOW - timedelta(hours=1), "auto"),
            (NOW - timedelta(minutes=30), "exit"),
            (NOW - timedelta(minutes=20), "manual"),
            (NOW, "exit"),
        )
    ]
    removed = backup.rotate(paths, NOW, daily=1, weekly=0, monthly=0)
    # One day kept: today's start-up copy and its newest exit; yesterday's automatic
    # copies and today's earlier exit go; the pre-restore and manual copies stay.
    assert sorted(removed) == sorted([made[0].path, made[1].path, made[4].path])
    left = [(i.reason, i.created_at) for i in backup.list_backups(paths)]
    assert left == [
        ("exit", NOW),
        ("manual", NOW - timedelta(minutes=20)),
        ("auto", NOW - timedelta(hours=1)),
        ("pre-restore", yesterday + timedelta(minutes=5)),
    ]


def test_rotation_never_deletes_backups_from_the_future() -> None:
    future = NOW + timedelta(days=30)
    keep = backup.rotation_keep([future, NOW], NOW, daily=1, weekly=0, monthly=0, tz=UTC)
    assert keep == {future, NOW}


def test_restore_backs_up_the_current_file_first(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "张伟")
    old = backup.create_backup(paths, paths.database, NOW, "manual")
    db = open_database(paths.default_db_url())
    contacts.create_contact(db, ContactInput(name="李娜"))
    db.dispose()
    result = backup.restore(paths, old.path, NOW + timedelta(hours=1))
    assert _names(paths.database) == ["张伟"]
    assert result.previous is not None and not result.previous_was_broken
    assert _names(result.previous) == ["张伟", "李娜"]


def test_restore_refuses_garbage_and_changes_nothing(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "张伟")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    before = paths.database.read_bytes()
    with pytest.raises(backup.RestoreRefused):
        backup.restore(paths, garbage, NOW)
    assert paths.database.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "header_only"])
def test_damaged_database_is_refused_before_any_write(tmp_path: Path, damage: str) -> None:
    paths = _folder(tmp_path, "张伟", "李娜")
    good = backup.create_backup(paths, paths.database, NOW, "auto")
    data = paths.database.read_bytes()
    broken = {
        "garbage": os.urandom(len(data)),
        "truncated": data[: len(data) // 2],
        "header_only": data[:100],
    }[damage]
    paths.database.write_bytes(broken)
    ctx = CommandContext(paths, None)
    with pytest.raises(DatabaseCorrupt) as caught:
        ctx.open_db()
    assert paths.database.read_bytes() == broken
    assert caught.value.data["latest_good_backup"] == good.path
    aside = integrity.quarantine_and_restore(paths, good.path)
    assert aside.read_bytes() == broken
    assert _names(paths.database) == ["张伟", "李娜"]
    ctx.open_db()
    ctx.close()


def test_backup_if_due_only_once_a_day(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "张伟")
    clock = [NOW]
    db = open_database(paths.default_db_url(), clock=lambda: clock[0])
    try:
        assert backup.backup_if_due(db, paths) is not None
        clock[0] = NOW + timedelta(hours=5)
        assert backup.backup_if_due(db, paths) is None
        clock[0] = NOW + timedelta(days=1, minutes=1)
        assert backup.backup_if_due(db, paths) is not None
        assert backup.backup_on_exit(db, paths) is not None
    finally:
        db.dispose()
    reasons = sorted(i.reason for i in backup.list_backups(paths))
    assert reasons == ["auto", "auto", "exit"]


def _pages_checked(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files whose pages were walked (the page walk is the only read-only connection)."""
    from deskcrm.db import dialect

    walked: list[Path] = []
    real = dialect.open_read_only

    def spy(path: Path) -> sqlite3.Connection:
        walked.append(path)
        return real(path)

    monkeypatch.setattr(dialect, "open_read_only", spy)
    return walked


def test_a_clean_close_spares_the_next_start_the_page_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _folder(tmp_path, "张伟")
    ctx = CommandContext(paths, None)
    ctx.open_db()
    ctx.close(clean=True)
    assert integrity.clean_mark(paths.database).exists()
    if os.name == "posix":
        assert stat.S_IMODE(integrity.clean_mark(paths.database).stat().st_mode) == 0o600
    walked = _pages_checked(monkeypatch)
    ctx.open_db()
    assert walked == []  # untouched since the check at close: header only
    assert not integrity.clean_mark(paths.database).exists()  # a crash now means a full check
    ctx.close()  # not a clean exit: no mark
    ctx.open_db()
    assert walked == [paths.database]
    ctx.close()


def test_a_file_changed_after_the_clean_close_is_checked_in_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _folder(tmp_path, "张伟", "李娜")
    ctx = CommandContext(paths, None)
    ctx.open_db()
    ctx.close(clean=True)
    data = bytearray(paths.database.read_bytes())
    # Damage a page after the header (another program, a disk error): same size.
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start] = 0xFF  # not a b-tree page type
    paths.database.write_bytes(bytes(data))
    walked = _pages_checked(monkeypatch)
    with pytest.raises(DatabaseCorrupt):
        ctx.open_db()
    assert walked == [paths.database]


def test_a_left_over_write_ahead_log_is_not_trusted(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "张伟")
    ctx = CommandContext(paths, None)
    ctx.open_db()
    ctx.close(clean=True)
    wal = paths.database.with_name(paths.database.name + "-wal")
    wal.write_bytes(b"x" * 100)
    assert integrity.closed_cleanly(paths.database) is False
    wal.unlink()


def test_a_failed_command_leaves_no_clean_mark(tmp_path: Path) -> None:
    from deskcrm.cli import main

    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "contacts"]) == 0
    mark = integrity.clean_mark(tmp_path / "data" / "deskcrm.sqlite3")
    assert mark.exists()
    assert main(["--data-dir", data, "import", str(tmp_path / "missing.csv")]) != 0
    assert not mark.exists()
