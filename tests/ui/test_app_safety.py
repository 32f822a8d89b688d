"""Start-up safety in the GUI: a damaged database is refused and can be restored; backups
are taken at start (once a day) and on clean exit."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from deskcrm.app import offer_restore, start
from deskcrm.cli import build_parser
from deskcrm.core.errors import DatabaseCorrupt
from deskcrm.core.model import ContactInput
from deskcrm.core.services import backup, contacts
from deskcrm.core.services.startup import open_database
from deskcrm.paths import DataPaths


def _folder(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    contacts.create_contact(db, ContactInput(name="张伟"))
    db.dispose()
    return paths


def _click_later(text: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, click)


def test_backups_at_start_and_on_clean_exit(qtbot: Any, tmp_path: Path) -> None:
    paths = _folder(tmp_path)
    session = start(build_parser().parse_args(["--data-dir", str(paths.root), "--lang", "en"]))
    assert [i.reason for i in backup.list_backups(paths)] == ["auto"]
    session.close(clean=True)
    assert sorted(i.reason for i in backup.list_backups(paths)) == ["auto", "exit"]
    # A second start the same day takes no new start-up backup.
    session = start(build_parser().parse_args(["--data-dir", str(paths.root), "--lang", "en"]))
    session.close()
    assert sorted(i.reason for i in backup.list_backups(paths)) == ["auto", "exit"]


def test_damaged_database_is_refused_then_restored(qtbot: Any, tmp_path: Path) -> None:
    paths = _folder(tmp_path)
    backup.create_backup(paths, paths.database, datetime.now(UTC), "auto")
    damaged = paths.database.read_bytes()[:2000]
    paths.database.write_bytes(damaged)
    args = build_parser().parse_args(["--data-dir", str(paths.root), "--lang", "en"])
    with pytest.raises(DatabaseCorrupt) as caught:
        start(args)
    assert paths.database.read_bytes() == damaged
    seen: list[str] = []
    _click_later("Restore backup", seen)
    assert offer_restore(caught.value, paths)
    assert seen and "damaged" in seen[0]
    conn = sqlite3.connect(paths.database)
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM contacts")] == ["张伟"]
    finally:
        conn.close()
    kept = [p for p in paths.root.iterdir() if p.name.startswith("deskcrm.sqlite3.broken-")]
    kept = [p for p in kept if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    session = start(args)
    session.close()


def test_damaged_database_without_backup_is_left_alone(qtbot: Any, tmp_path: Path) -> None:
    paths = _folder(tmp_path)
    paths.database.write_bytes(b"garbage" * 500)
    with pytest.raises(DatabaseCorrupt) as caught:
        start(build_parser().parse_args(["--data-dir", str(paths.root), "--lang", "en"]))
    seen: list[str] = []
    _click_later("Close", seen)
    assert not offer_restore(caught.value, paths)
    assert paths.database.read_bytes() == b"garbage" * 500


def test_damaged_journal_is_shown_and_opened_without_the_lost_changes(
    qtbot: Any, tmp_path: Path
) -> None:
    from deskcrm.db import wal

    paths = _folder(tmp_path)
    live = open_database(paths.default_db_url())
    for n in range(8):
        contacts.create_contact(live, ContactInput(name=f"客户{n}"))
    crashed = DataPaths(tmp_path / "crashed").ensure()
    for suffix in ("", "-wal"):
        data = Path(f"{paths.database}{suffix}").read_bytes()
        Path(f"{crashed.database}{suffix}").write_bytes(data)
    live.dispose()
    side = wal.wal_file(crashed.database)
    data = bytearray(side.read_bytes())
    data[wal.WAL_HEADER + 500 : wal.WAL_HEADER + 532] = b"\xff" * 32
    side.write_bytes(bytes(data))
    args = build_parser().parse_args(["--data-dir", str(crashed.root), "--lang", "zh_CN"])
    with pytest.raises(DatabaseCorrupt) as caught:
        start(args)
    assert side.read_bytes() == bytes(data)
    seen: list[str] = []
    _click_later("不含这些改动，继续打开", seen)
    assert offer_restore(caught.value, crashed)
    assert seen and "日志文件" in seen[0] and "已损坏" in seen[0]
    assert list(crashed.root.glob("deskcrm.sqlite3-wal.damaged-*"))
    session = start(args)
    session.close(clean=True)
