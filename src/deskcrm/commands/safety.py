"""`deskcrm backup [FILE]`, `restore FILE` and `check`: the data-safety commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.core.errors import AlreadyRunning, DeskCRMError
from deskcrm.core.services import backup
from deskcrm.core.services.database import utc_now
from deskcrm.db.dialect import diagnose_sqlite_file, sqlite_file
from deskcrm.instance_lock import InstanceLock


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "backup",
        _backup,
        "write a verified copy of the database (to FILE, or into the backups folder)",
    )
    parser.add_argument("file", nargs="?", help="where to write the copy (must not exist)")
    parser = add_command(
        subparsers,
        "restore",
        _restore,
        "replace the database with a backup (the current file is backed up first)",
    )
    parser.add_argument("file", help="the backup to restore")
    add_command(
        subparsers,
        "check",
        _check,
        "check the database file; exit status 1 when it is damaged or from a newer DeskCRM",
    )


def _error(text: str) -> int:
    print(f"deskcrm: error: {text}", file=sys.stderr)
    return 1


def _database_path(ctx: CommandContext) -> Path | None:
    return sqlite_file(ctx.db_url or ctx.paths.default_db_url())


def _backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    source = _database_path(ctx)
    if source is None:
        return _error("backups are made of SQLite files only; use your server's tools")
    if not source.exists():
        return _error(f"no database at {source}")
    try:
        if args.file:
            written = backup.backup_to_file(source, Path(args.file))
        else:
            ctx.paths.ensure()
            written = backup.create_backup(ctx.paths, source, utc_now(), "manual").path
    except DeskCRMError as exc:
        return _error(f"backup failed: {exc}")
    print(f"Backup written: {written}")
    return 0


def _restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    target = _database_path(ctx)
    if target is None:
        return _error("restore works on SQLite files only")
    ctx.paths.ensure()
    try:
        # Replacing the file under a running DeskCRM would lose what it writes next.
        with InstanceLock(ctx.paths.lock_file):
            result = backup.restore(ctx.paths, Path(args.file), utc_now(), target=target)
    except AlreadyRunning:
        return _error("DeskCRM is open on this data folder; close it first")
    except DeskCRMError as exc:
        return _error(f"not restored, nothing was changed: {exc}")
    kept = f"; the previous database is kept as {result.previous}" if result.previous else ""
    print(f"Restored {result.restored_from}{kept}")
    return 0


def _check(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = _database_path(ctx)
    if path is None:
        return _error("check works on SQLite files only")
    if not path.exists():
        return _error(f"no database at {path}")
    found = diagnose_sqlite_file(path, thorough=True)
    if found is not None:
        reason, details = found
        print(f"DAMAGED: {path}: {reason}", file=sys.stderr)
        for line in details[:20]:
            print(f"  {line}", file=sys.stderr)
        return 1
    try:
        backup.check_restorable(path)
    except DeskCRMError as exc:
        print(f"NOT USABLE: {path}: {exc}", file=sys.stderr)
        return 1
    print(f"OK: {path}")
    return 0
