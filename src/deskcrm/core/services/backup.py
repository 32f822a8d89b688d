"""Backups: consistent copies of the SQLite file, taken before anything risky (e.g. migration)."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from deskcrm.db.dialect import sqlite_file

log = logging.getLogger(__name__)

_STAMP = "%Y%m%dT%H%M%SZ"


def backup_name(now: datetime, reason: str) -> str:
    return f"deskcrm-{now.strftime(_STAMP)}-{reason}.sqlite3"


def snapshot(db_url: str, folder: Path, reason: str, now: datetime) -> Path | None:
    """Copy the database behind `db_url` into `folder`; None for non-file databases.

    Uses SQLite's online backup API rather than a file copy so the copy is
    consistent even with a WAL file beside the database. The copy is written
    under a temporary name and renamed, so a crash never leaves a half backup
    that looks complete.
    """
    source = sqlite_file(db_url)
    if source is None or not source.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / backup_name(now, reason)
    counter = 1
    while dest.exists():
        counter += 1
        dest = folder / backup_name(now, f"{reason}-{counter}")
    partial = dest.with_suffix(".partial")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(partial)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(partial, 0o600)
    os.replace(partial, dest)
    log.info("backup %s written (%s)", dest.name, reason)
    return dest
