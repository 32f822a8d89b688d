"""The backup, restore and check commands on a real data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from deskcrm.cli import main
from deskcrm.instance_lock import InstanceLock


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM contacts ORDER BY id")]
    finally:
        conn.close()


def _add(folder: Path, name: str) -> None:
    from deskcrm.commands import CommandContext
    from deskcrm.core.model import ContactInput
    from deskcrm.core.services import contacts
    from deskcrm.paths import DataPaths

    ctx = CommandContext(DataPaths(folder), None)
    try:
        contacts.create_contact(ctx.open_db(), ContactInput(name=name))
    finally:
        ctx.close()


def test_backup_restore_check_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _add(folder, "张伟")
    copy = tmp_path / "copy.sqlite3"
    assert main(["--data-dir", str(folder), "backup", str(copy)]) == 0
    assert f"Backup written: {copy}" in capsys.readouterr().out
    assert _names(copy) == ["张伟"]
    # Never overwrites an existing file.
    assert main(["--data-dir", str(folder), "backup", str(copy)]) == 1
    assert main(["--data-dir", str(folder), "backup"]) == 0
    assert len(list((folder / "backups").glob("deskcrm-*-manual.sqlite3"))) == 1
    _add(folder, "李娜")
    assert main(["--data-dir", str(folder), "check"]) == 0
    assert "OK:" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "previous database is kept" in out
    assert _names(folder / "deskcrm.sqlite3") == ["张伟"]
    pre = list((folder / "backups").glob("deskcrm-*-pre-restore.sqlite3"))
    assert len(pre) == 1 and _names(pre[0]) == ["张伟", "李娜"]


def test_check_fails_on_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    _add(folder, "张伟")
    db = folder / "deskcrm.sqlite3"
    db.write_bytes(db.read_bytes()[:300])
    assert main(["--data-dir", str(folder), "check"]) == 1
    assert "DAMAGED" in capsys.readouterr().err


def test_restore_refuses_garbage_and_a_running_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _add(folder, "张伟")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 1000)
    before = (folder / "deskcrm.sqlite3").read_bytes()
    assert main(["--data-dir", str(folder), "restore", str(garbage)]) == 1
    assert "nothing was changed" in capsys.readouterr().err
    good = tmp_path / "good.sqlite3"
    assert main(["--data-dir", str(folder), "backup", str(good)]) == 0
    with InstanceLock(folder / "deskcrm.lock"):
        assert main(["--data-dir", str(folder), "restore", str(good)]) == 1
    assert "close it first" in capsys.readouterr().err
    assert (folder / "deskcrm.sqlite3").read_bytes() == before
