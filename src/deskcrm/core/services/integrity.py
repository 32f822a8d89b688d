"""Start-up checks: a damaged database is reported and kept aside, never written to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from deskcrm.core.errors import DatabaseCorrupt
from deskcrm.core.services import backup
from deskcrm.core.services.database import utc_now
from deskcrm.db.dialect import diagnose_sqlite_file
from deskcrm.paths import DataPaths


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
    if path.stat().st_size == 0 and not backup.list_backups(paths):
        return
    found = diagnose_sqlite_file(path)
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
