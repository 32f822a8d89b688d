"""Start-up checks: a damaged database is reported and kept aside, never written to."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from deskcrm.core.errors import DatabaseCorrupt
from deskcrm.core.services import backup
from deskcrm.core.services.database import Database, utc_now
from deskcrm.db import migrate, wal
from deskcrm.db.dialect import diagnose_sqlite_file, open_read_only, quick_check
from deskcrm.paths import DataPaths, private_file

log = logging.getLogger(__name__)


def check_at_open(paths: DataPaths, path: Path | None = None) -> None:
    """Raise DatabaseCorrupt when the database file exists but is not healthy, and
    SchemaTooNew when a newer DeskCRM wrote it.

    Runs before any engine touches the file (our engine switches the journal
    mode on connect, which is a write). An empty file is a new database
    unless backups exist: then it is what is left of a database we had.
    DatabaseCorrupt carries `path`, `reason` (not_a_database, truncated,
    check_failed, wal_damaged), `details` and `latest_good_backup` (a Path or None);
    for wal_damaged also `wal_copy`, where the damaged log was copied (the log itself
    stays until the rep chooses to go on without what it lost: `open_without_lost_changes`).
    """
    path = path or paths.database
    if not path.exists():
        return
    untouched = closed_cleanly(path)
    if path.stat().st_size == 0 and not backup.list_backups(paths):
        return
    found = diagnose_sqlite_file(path, walk_pages=not untouched)
    if found is None:
        check_schema_known(path)
        return
    reason, details = found
    extra: dict[str, object] = {}
    if reason == "wal_damaged":
        extra["wal_copy"] = keep_wal_copy(path)
    raise DatabaseCorrupt(
        f"{path}: {reason}: {'; '.join(details[:3])}",
        path=path,
        reason=reason,
        details=details[:20],
        latest_good_backup=None if reason == "wal_damaged" else backup.latest_good_backup(paths),
        **extra,
    )


def check_schema_known(path: Path) -> None:
    """Raise SchemaTooNew, reading only, when a newer DeskCRM wrote `path`.

    Must come before the engine: its journal-mode switch rewrites the header (file
    format bytes, change counter) of a file we then refuse.
    """
    if path.stat().st_size == 0:
        return
    conn = open_read_only(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return  # no schema yet: the upgrade creates it
    finally:
        conn.close()
    # Alembic (~0.1 s) only for a revision that is not the newest shipped one.
    if row is not None and str(row[0]) != migrate.newest_shipped():
        migrate.check_revision(str(row[0]))


def keep_wal_copy(path: Path) -> Path:
    """Copy the database's damaged write-ahead log next to it, once per content."""
    source = wal.wal_file(path)
    data_size = source.stat().st_size
    for old in path.parent.glob(f"{path.name}-wal.damaged-*"):
        if old.stat().st_size == data_size and old.read_bytes() == source.read_bytes():
            return old
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}-wal.damaged-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}-wal.damaged-{stamp}-{n}")
        n += 1
    private_file(target)
    shutil.copyfile(source, target)
    log.warning("damaged write-ahead log of %s copied to %s", path, target)
    return target


def open_without_lost_changes(path: Path) -> None:
    """The rep's choice after a damaged log was reported (and copied aside): keep what
    SQLite can read and go on. The log is cut to its readable frames, so it is not
    reported again; the copy keeps the rest for whoever can recover it."""
    wal.cut_to_readable(path)
    log.warning("damaged write-ahead log of %s cut to its readable part", path)


def check_before_bulk_write(db: Database) -> None:
    """Walk every page before a bulk write (import, demo data): the start-up check may have
    trusted the clean-close mark, and thousands of rows must not go into a damaged file.
    ~0.6 s at 100,000 contacts, against the many seconds such a write takes."""
    try:
        found = quick_check(db.engine)
    except DBAPIError as exc:  # "database disk image is malformed" before any row
        found = [str(exc.orig)]
    if found:
        raise DatabaseCorrupt(
            f"{db.engine.url.database}: check_failed: {'; '.join(found[:3])}",
            path=db.engine.url.database,
            reason="check_failed",
            details=found[:20],
            latest_good_backup=None,
        )


def quarantine_and_restore(
    paths: DataPaths,
    backup_file: Path,
    *,
    target: Path | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> Path:
    """Move the broken database aside (timestamped name) and restore `backup_file`.

    Returns where the broken file went. The backup is checked before the
    broken file is moved, so a bad backup changes nothing.
    """
    target = target or paths.database
    backup.check_restorable(backup_file)
    aside = backup.move_aside(target, clock()) if target.exists() else target
    backup.install_database(backup_file, target)
    return aside


# ---- the clean-close mark -------------------------------------------------------------
#
# quick_check reads every page: ~0.6 s at 100,000 contacts (a 180 MB file). A file that
# passed it when the app closed cleanly and has not changed since needs only the header
# check and a CRC-32 of its bytes (~0.07 s at that size), kept with the mark: size, mtime
# and inode alone miss bit rot, which keeps them all. The mark is removed before the
# engine opens the file, so a crash or a failed check means the next start walks every
# page again.


def clean_mark(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def _stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino}


def file_crc(path: Path) -> int:
    """CRC-32 of the whole file, read in 1 MB blocks."""
    crc = 0
    buffer = bytearray(1 << 20)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as fh:
        while n := fh.readinto(buffer):
            crc = zlib.crc32(view[:n], crc)
    return crc


def closed_cleanly(path: Path) -> bool:
    """True when `path` is exactly as it was when last checked at a clean close: same
    size, time, inode and bytes (CRC-32), no write-ahead log left.

    Consumes the mark: whatever happens to the file from now on, only the next clean
    close can vouch for it again.
    """
    mark = clean_mark(path)
    try:
        recorded = json.loads(mark.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    try:
        mark.unlink()
    except OSError:
        return False  # a mark that cannot be removed could outlive a crash: not trusted
    side = wal.wal_file(path)
    if side.exists() and side.stat().st_size > 0:
        return False
    if not isinstance(recorded, dict) or "crc32" not in recorded:
        return False
    crc = recorded.pop("crc32")
    return bool(recorded == _stamp(path)) and crc == file_crc(path)


def mark_clean(path: Path) -> bool:
    """After the last connection closed: check every page now, so the next start need not."""
    if not path.exists() or diagnose_sqlite_file(path) is not None:
        return False
    mark = clean_mark(path)
    try:
        mark.write_text(json.dumps({**_stamp(path), "crc32": file_crc(path)}), encoding="utf-8")
        private_file(mark)
    except OSError:
        return False
    return True
