"""The database file's own faults (issue 22, items 1-5): nothing lost, nothing misreported."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskcrm.cli import main
from deskcrm.core.errors import DatabaseCorrupt, SchemaTooNew
from deskcrm.core.model import ContactInput
from deskcrm.core.services import backup, contacts, imports, integrity
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import DataFolder, open_database
from deskcrm.db import wal
from deskcrm.db.dialect import diagnose_sqlite_file
from deskcrm.paths import DataPaths


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM contacts")}
    finally:
        conn.close()


def _crash_state(tmp_path: Path, commits: int) -> DataPaths:
    """A data folder as a killed process leaves it: contacts committed one transaction each,
    all still in the write-ahead log (copied while the writer is open, which is what a
    kill -9 leaves on disk)."""
    live = DataPaths(tmp_path / "live").ensure()
    db = open_database(live.default_db_url())
    contacts.create_contact(db, ContactInput(name="起点"))
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
    for n in range(commits):
        contacts.create_contact(db, ContactInput(name=f"客户{n}"))
    paths = DataPaths(tmp_path / "data").ensure()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{live.database}{suffix}", f"{paths.database}{suffix}")
    db.dispose()
    return paths


def _damage_wal(paths: DataPaths, frame: int) -> bytes:
    side = wal.wal_file(paths.database)
    data = bytearray(side.read_bytes())
    page = int.from_bytes(data[8:12], "big")
    at = wal.WAL_HEADER + frame * (wal.FRAME_HEADER + page) + wal.FRAME_HEADER + 1000
    for i in range(32):
        data[at + i] ^= 0xFF
    side.write_bytes(bytes(data))
    return bytes(data)


# ---- 1. the pre-restore copy ----------------------------------------------------------


def test_pre_restore_copy_survives_the_exit_backup(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    contacts.create_contact(db, ContactInput(name="备份前"))
    db.dispose()
    assert main(["--data-dir", str(paths.root), "backup"]) == 0
    manual = backup.list_backups(paths)[0].path
    db = open_database(paths.default_db_url())
    for n in range(300):
        contacts.create_contact(db, ContactInput(name=f"新客户{n}"))
    db.dispose()
    assert main(["--data-dir", str(paths.root), "restore", str(manual)]) == 0
    # What the GUI does: open (start-up backup), then a clean close (exit backup, rotation).
    ctx = DataFolder(paths=paths, db_url=None)
    backup.backup_if_due(ctx.open_db(), paths)
    backup.backup_on_exit(ctx.open_db(), paths)
    ctx.close(clean=True)
    kept = [i for i in backup.list_backups(paths) if i.reason == "pre-restore"]
    assert len(kept) == 1
    assert len(_names(kept[0].path)) == 301
    assert _names(paths.database) == {"备份前"}


# ---- 2. a damaged write-ahead log -------------------------------------------------------


def test_intact_wal_is_read_as_sqlite_reads_it(tmp_path: Path) -> None:
    paths = _crash_state(tmp_path, commits=6)
    report = wal.read_wal(wal.wal_file(paths.database))
    assert report is not None and report.frames > 6 and report.valid == report.frames
    assert not report.damaged and diagnose_sqlite_file(paths.database) is None


def test_damaged_wal_is_kept_and_reported_before_sqlite_empties_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _crash_state(tmp_path, commits=17)
    damaged = _damage_wal(paths, frame=3)
    side = wal.wal_file(paths.database)
    # `check` says so, exit 1, and changes nothing.
    assert main(["--data-dir", str(paths.root), "check"]) == 1
    assert "wal_damaged" in capsys.readouterr().err
    assert side.read_bytes() == damaged
    # Opening refuses, with a copy of the log kept beside the database.
    ctx = DataFolder(paths=paths, db_url=None)
    with pytest.raises(DatabaseCorrupt) as caught:
        ctx.open_db()
    assert caught.value.data["reason"] == "wal_damaged"
    copy = Path(caught.value.data["wal_copy"])
    assert copy.parent == paths.root and copy.name.startswith("deskcrm.sqlite3-wal.damaged-")
    assert copy.read_bytes() == damaged and side.read_bytes() == damaged
    # A second refusal keeps no second copy.
    with pytest.raises(DatabaseCorrupt):
        ctx.open_db()
    assert len(list(paths.root.glob("deskcrm.sqlite3-wal.damaged-*"))) == 1
    # The rep chooses to go on: what can be read opens, the copy stays.
    integrity.open_without_lost_changes(paths.database)
    names = _names_after_open(ctx)
    assert "起点" in names and "客户16" not in names
    assert copy.read_bytes() == damaged


def _names_after_open(ctx: DataFolder) -> set[str]:
    db = ctx.open_db()
    ctx.close(clean=True)
    del db
    return _names(ctx.paths.database)


def test_unfinished_last_transaction_is_not_damage(tmp_path: Path) -> None:
    # A torn frame after the last commit (no commit marker) was never committed.
    paths = _crash_state(tmp_path, commits=3)
    side = wal.wal_file(paths.database)
    data = side.read_bytes()
    size = wal.FRAME_HEADER + int.from_bytes(data[8:12], "big")
    torn = bytearray(data[-size:])
    torn[4:8] = bytes(4)
    torn[100:132] = b"\xff" * 32
    side.write_bytes(data + bytes(torn))
    report = wal.read_wal(side)
    assert report is not None and report.valid == report.frames - 1
    assert wal.wal_damage(paths.database) is None


# ---- 3. bit rot after a clean close -----------------------------------------------------


def _rot(path: Path) -> None:
    """Break the contacts table's root page and put the times back as they were."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='contacts'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    st = path.stat()
    with path.open("rb+") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * 16)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_bit_rot_after_a_clean_close_is_found_at_the_next_start(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    ctx = DataFolder(paths=paths, db_url=None)
    contacts.create_contact(ctx.open_db(), ContactInput(name="张伟"))
    ctx.close(clean=True)
    assert integrity.clean_mark(paths.database).exists()
    _rot(paths.database)
    with pytest.raises(DatabaseCorrupt) as caught:
        DataFolder(paths=paths, db_url=None).open_db()
    assert caught.value.data["reason"] == "check_failed"


def test_untouched_file_after_a_clean_close_opens_on_the_mark(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    ctx = DataFolder(paths=paths, db_url=None)
    contacts.create_contact(ctx.open_db(), ContactInput(name="张伟"))
    ctx.close(clean=True)
    assert integrity.closed_cleanly(paths.database)


def test_import_refuses_a_damaged_file_before_writing(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    contacts.create_contact(db, ContactInput(name="张伟"))
    db.dispose()
    _rot(paths.database)
    csv = tmp_path / "c.csv"
    csv.write_text("姓名,电话\n李娜,13800138000\n", encoding="utf-8")
    db = Database.open(paths.default_db_url())
    try:
        with pytest.raises(DatabaseCorrupt):
            imports.commit(db, imports.read_file(csv, imports.ReadOptions()))
    finally:
        db.dispose()


# ---- 4. a full disk during seed-demo -------------------------------------------------


def test_readable_file_short_of_its_header_is_not_called_truncated(tmp_path: Path) -> None:
    # What a checkpoint stopped by a full disk leaves: the file's header counts pages
    # that are still only in the log. SQLite reads it whole, so it is healthy.
    paths = _crash_state(tmp_path, commits=40)
    data = bytearray(paths.database.read_bytes())
    data[28:32] = (len(data) // 4096 + 50).to_bytes(4, "big")
    data[92:96] = data[24:28]
    paths.database.write_bytes(bytes(data))
    assert diagnose_sqlite_file(paths.database, thorough=True) is None
    # Cut for real, with no log to hold the pages: truncated.
    wal.wal_file(paths.database).unlink()
    paths.database.write_bytes(bytes(data[: 2 * 4096]))
    found = diagnose_sqlite_file(paths.database)
    assert found is not None and found[0] == "truncated"


@pytest.fixture
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    mount = tmp_path / "small"
    mount.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=False
    )
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.parametrize(("lang", "words"), [("en", "disk is full"), ("zh_CN", "磁盘已满")])
def test_seed_demo_on_a_full_disk_fails_and_the_file_stays_readable(
    small_disk: Path, lang: str, words: str
) -> None:
    folder = small_disk / "d"
    cmd = [sys.executable, "-m", "deskcrm", "--data-dir", str(folder), "--lang", lang]
    seeded = subprocess.run([*cmd, "seed-demo"], capture_output=True, text=True, check=False)
    assert seeded.returncode != 0
    assert words in seeded.stderr and "Traceback" not in seeded.stderr
    checked = subprocess.run([*cmd, "check"], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
    assert "DAMAGED" not in checked.stderr


# ---- 5. a newer schema ----------------------------------------------------------------


def test_newer_schema_is_refused_without_a_byte_changed(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.dispose()
    # A file in rollback-journal mode: the engine's switch to WAL would rewrite its header.
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(SchemaTooNew):
        DataFolder(paths=paths, db_url=None).open_db()
    assert paths.database.read_bytes() == before
    assert not wal.wal_file(paths.database).exists()
