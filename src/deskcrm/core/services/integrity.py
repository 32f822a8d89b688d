"""Start-up checks: a damaged database is reported and kept aside, never written to."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from deskcrm.core.errors import DatabaseCorrupt
from deskcrm.core.services import backup
from deskcrm.core.services.database import utc_now
from deskcrm.db.dialect import diagnose_sqlite_file
from deskcrm.paths import DataPaths, private_file


def check_at_open(paths: DataPaths, path: Path | None = None) -> None:
    """Raise DatabaseCorrupt when the database file exists but is not healthy.

    Runs before any engine touches the file (our engine switches the journal
    mode on connect, which is a write). An empty file is a new database
    unless backups exist: then it is what is left of a database we had.
    DatabaseCorrupt carries `path`, `reason` (not_a_database, truncated,
    check_failed), `details` and `latest_good_backup` (a Path or None).
    """
    path = path or paths.database
    if not path.exists():
        return
    untouched = closed_cleanly(path)
    if path.stat().st_size == 0 and not backup.list_backups(paths):
        return
    found = diagnose_sqlite_file(path, walk_pages=not untouched)
    if found is None:
        return
    reason, details = found
    raise DatabaseCorrupt(
        f"{path}: {reason}: {'; '.join(details[:3])}",
        path=path,
        reason=reason,
        details=details[:20],
        latest_good_backup=backup.latest_good_backup(paths),
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
# quick_check reads every page: ~0.4 s of a 1.5 s start at 100,000 contacts. A file that
# passed it when the app closed cleanly and has not changed since (same size, mtime to
# the nanosecond, inode, no write-ahead log left) needs only the header check. The mark
# is removed before the engine opens the file, so a crash or a failed check means the
# next start walks every page again.


def clean_mark(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def _stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ino": st.st_ino}


def closed_cleanly(path: Path) -> bool:
    """True when `path` is exactly as it was when last checked at a clean close.

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
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    return bool(recorded == _stamp(path))


def mark_clean(path: Path) -> bool:
    """After the last connection closed: check every page now, so the next start need not."""
    if not path.exists() or diagnose_sqlite_file(path) is not None:
        return False
    mark = clean_mark(path)
    try:
        mark.write_text(json.dumps(_stamp(path)), encoding="utf-8")
        private_file(mark)
    except OSError:
        return False
    return True
