"""Backups: online copies of the database, verified, rotated, listed and restored atomically."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from deskcrm.core.errors import DeskCRMError
from deskcrm.core.services.database import Database
from deskcrm.db import migrate
from deskcrm.db.dialect import diagnose_sqlite_file, open_read_only, sqlite_file
from deskcrm.paths import DataPaths, private_file

log = logging.getLogger(__name__)

DUE_AFTER = timedelta(days=1)
_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"^deskcrm-(\d{8}T\d{6})Z-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.sqlite3$")


class BackupFailed(DeskCRMError):
    """A backup could not be written or did not pass its check (nothing was kept)."""

    code = "backup_failed"


class RestoreRefused(DeskCRMError):
    """The file offered for restore is not a healthy DeskCRM database; nothing was changed."""

    code = "restore_refused"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str  # auto, exit, manual, pre-migration, pre-restore
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous: Path | None  # where the replaced database was kept (backup or moved aside)
    previous_was_broken: bool


def database_file(db: Database) -> Path | None:
    """The SQLite file `db` works on (None for other backends)."""
    return sqlite_file(db.engine.url.render_as_string(hide_password=False))


def _fsync_dir(folder: Path) -> None:
    # A rename is durable only once the folder entry is on disk (POSIX only).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _stage_copy(source: Path, folder: Path, name: str) -> Path:
    """Copy `source` with SQLite's online backup API into a hidden file in `folder`.

    The copy is a consistent snapshot even while the app writes, switched to
    a rollback journal so it is one self-contained file, checked with
    integrity_check and fsynced. A copy that fails its check is deleted.
    """
    staged = folder / f".{name}.partial"
    staged.unlink(missing_ok=True)  # left over from a crash mid-copy
    private_file(staged)
    try:
        src = open_read_only(source)
        try:
            dst = sqlite3.connect(staged)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        found = diagnose_sqlite_file(staged, thorough=True)
        if found is not None:
            raise BackupFailed(
                f"copy of {source} failed its check: {found[1][:5]}",
                reason="verify_failed",
                source=source,
                details=found[1][:20],
            )
        _fsync_file(staged)
    except BackupFailed:
        staged.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as exc:
        staged.unlink(missing_ok=True)
        raise BackupFailed(str(exc), reason="copy_failed", source=source) from exc
    return staged


def _commit(staged: Path, dest: Path) -> None:
    os.replace(staged, dest)
    _fsync_dir(dest.parent)


def copy_database(source: Path, dest: Path) -> None:
    """Write a verified copy of `source` to `dest` atomically (dest appears whole or not at all)."""
    _commit(_stage_copy(source, dest.parent, dest.name), dest)


def backup_to_file(source: Path, dest: Path) -> Path:
    """A verified copy at a path the user chose; an existing file is never overwritten."""
    if dest.exists():
        raise BackupFailed(f"{dest} exists", reason="exists", dest=dest)
    copy_database(source, dest)
    return dest


def _name_for(folder: Path, now: datetime, reason: str) -> Path:
    stamp = now.astimezone(UTC).strftime(_STAMP)
    path = folder / f"deskcrm-{stamp}Z-{reason}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"deskcrm-{stamp}Z-{reason}-{n}.sqlite3"
        n += 1
    return path


def _info(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    created = datetime.strptime(m.group(1), _STAMP).replace(tzinfo=UTC)
    return BackupInfo(path, created, m.group(2), path.stat().st_size)


def create_backup(paths: DataPaths, source: Path, now: datetime, reason: str) -> BackupInfo:
    """A verified, timestamped backup of `source` in the backups folder."""
    folder = paths.backups
    if not folder.exists():
        paths.ensure()
    dest = _name_for(folder, now, reason)
    copy_database(source, dest)
    info = _info(dest)
    assert info is not None
    log.info("backup written: %s (%s)", dest, reason)
    return info


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Backups in the backups folder, newest first (other files there are ignored)."""
    if not paths.backups.is_dir():
        return []
    found = [info for p in paths.backups.iterdir() if (info := _info(p)) is not None]
    return sorted(found, key=lambda i: (i.created_at, i.path.name), reverse=True)


def latest_good_backup(paths: DataPaths) -> Path | None:
    """The newest backup that passes quick_check."""
    for info in list_backups(paths):
        if diagnose_sqlite_file(info.path) is None:
            return info.path
    return None


def _week(d: date) -> Hashable:
    return d.isocalendar()[:2]


def _month(d: date) -> Hashable:
    return (d.year, d.month)


def _day(d: date) -> Hashable:
    return d


def rotation_keep(
    stamps: Iterable[datetime],
    now: datetime,
    *,
    daily: int,
    weekly: int,
    monthly: int,
    tz: tzinfo | None = None,
) -> set[datetime]:
    """Which backup times to keep: the newest of each of the last `daily` days that
    have a backup, likewise for ISO weeks and months (days in `tz`, default local),
    and the first of the newest day: the start-up copy, the state before the day's
    work (its exit copy alone would keep a day's mistakes and lose what came before).

    The newest backup is always kept, and so is anything dated after `now`:
    a clock that was wrong must never make us delete the wrong copies.
    """
    ordered = sorted(set(stamps), reverse=True)
    past = [s for s in ordered if s <= now]
    keep = {s for s in ordered if s > now}
    if past:
        keep.add(past[0])
        newest_day = past[0].astimezone(tz).date()
        keep.add(min(s for s in past if s.astimezone(tz).date() == newest_day))
    buckets: tuple[tuple[int, Callable[[date], Hashable]], ...] = (
        (daily, _day),
        (weekly, _week),
        (monthly, _month),
    )
    for count, bucket in buckets:
        seen: set[Hashable] = set()
        for stamp in past:
            key = bucket(stamp.astimezone(tz).date())
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(stamp)
    return keep


# Only the copies taken automatically rotate. A manual backup, the copy kept before a
# restore and the one before a migration are the rep's or a safety net: rotating the
# pre-restore copy out at the next exit lost the data it was kept for. They stay until
# the rep deletes them (Settings → Backups).
ROTATED_REASONS = frozenset({"auto", "exit"})


def rotate(paths: DataPaths, now: datetime, *, daily: int, weekly: int, monthly: int) -> list[Path]:
    """Delete the automatic backups that rotation does not keep; return what was deleted."""
    infos = [i for i in list_backups(paths) if i.reason in ROTATED_REASONS]
    keep = rotation_keep(
        (i.created_at for i in infos), now, daily=daily, weekly=weekly, monthly=monthly
    )
    removed = [i.path for i in infos if i.created_at not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        log.info("backup rotated out: %s", path)
    return removed


def backup_now(db: Database, paths: DataPaths, reason: str = "manual") -> BackupInfo | None:
    """Back up `db` into the backups folder and apply rotation (None for non-SQLite)."""
    source = database_file(db)
    if source is None:
        return None
    now = db.now()
    info = create_backup(paths, source, now, reason)
    rotate(
        paths,
        now,
        daily=db.get_setting("backup.keep_daily"),
        weekly=db.get_setting("backup.keep_weekly"),
        monthly=db.get_setting("backup.keep_monthly"),
    )
    return info


def backup_if_due(
    db: Database, paths: DataPaths, *, due_after: timedelta = DUE_AFTER
) -> BackupInfo | None:
    """The start-up backup: taken when the newest backup is `due_after` old (or missing).

    A newest backup dated far in the future (a clock that was wrong) does not
    count, or backups would stop until that date.
    """
    backups = list_backups(paths)
    if backups and abs(db.now() - backups[0].created_at) < due_after:
        return None
    return backup_now(db, paths, "auto")


def backup_on_exit(db: Database, paths: DataPaths) -> BackupInfo | None:
    """What the GUI calls on a clean exit, before disposing of `db`."""
    return backup_now(db, paths, "exit")


def move_aside(path: Path, now: datetime, label: str = "broken") -> Path:
    """Rename `path` (with its -wal/-shm) to a timestamped name; never overwrites anything."""
    stamp = now.astimezone(UTC).strftime(_STAMP)
    target = path.with_name(f"{path.name}.{label}-{stamp}Z")
    n = 2
    while any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm")):
        target = path.with_name(f"{path.name}.{label}-{stamp}Z-{n}")
        n += 1
    # Sidecars first: a WAL left next to a new main file would be replayed into it.
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.rename(side, f"{target}{suffix}")
    os.rename(path, target)
    _fsync_dir(path.parent)
    log.warning("database moved aside: %s -> %s", path, target)
    return target


def _file_revision(path: Path) -> str | None:
    conn = open_read_only(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def check_restorable(path: Path) -> None:
    """Raise RestoreRefused (or SchemaTooNew) unless `path` is a healthy DeskCRM database."""
    if not path.is_file():
        raise RestoreRefused(f"{path} not found", reason="not_found", path=path)
    found = diagnose_sqlite_file(path, thorough=True)
    if found is not None:
        raise RestoreRefused(
            f"{path}: {found[0]}", reason=found[0], path=path, details=found[1][:20]
        )
    revision = _file_revision(path)
    if revision is None:
        raise RestoreRefused(f"{path}: no DeskCRM schema", reason="not_deskcrm", path=path)
    migrate.check_revision(revision)


def install_database(source: Path, target: Path) -> None:
    """Replace `target` with a verified copy of `source`, atomically.

    The copy is written and fsynced beside `target` first, so a crash leaves
    either the old file or the new one, never half of one. Stale -wal/-shm
    files go before the rename: SQLite would replay an old WAL into the new file.
    The caller has kept the current database already (backup or move_aside).
    """
    staged = _stage_copy(source, target.parent, target.name)
    try:
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        _commit(staged, target)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    log.warning("database restored from %s into %s", source, target)


def restore(
    paths: DataPaths, source: Path, now: datetime, *, target: Path | None = None
) -> RestoreResult:
    """Restore `source` over the database: check it, keep the current file, then replace.

    A healthy current database is backed up first; a broken one cannot be
    copied with the backup API, so it is moved aside instead. Only call this
    with the database closed (the instance lock keeps other DeskCRMs out).
    """
    target = target or paths.database
    source = source.resolve()
    check_restorable(source)
    previous: Path | None = None
    broken = False
    if target.exists():
        if target.stat().st_size > 0 and diagnose_sqlite_file(target) is None:
            previous = create_backup(paths, target, now, "pre-restore").path
        else:
            previous = move_aside(target, now)
            broken = True
    install_database(source, target)
    return RestoreResult(source, previous, broken)
