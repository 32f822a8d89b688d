"""Driver and OS errors turned into the app's typed errors: the one place that knows them.

The database's unit of work, the command line's last-resort handler and the GUI's
start all ask `app_error`, so a full disk reads "the disk is full" wherever it hits,
not 3 KB of SQL or a traceback. The original error stays chained (`__cause__`) for
the log.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import ArgumentError, DBAPIError, StatementError

from deskcrm.core.errors import (
    DatabaseCorrupt,
    DatabaseUrlInvalid,
    DeskCRMError,
    StorageError,
    ValidationError,
)

# errno -> StorageError reason; what the rep can do about each differs.
_OS_REASONS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "no_permission",
    errno.EPERM: "no_permission",
    errno.ENOENT: "missing",
    errno.ENOTDIR: "not_a_folder",
    errno.EEXIST: "not_a_folder",
    errno.EISDIR: "is_a_folder",
    errno.EIO: "io_error",
}


def storage_reason(exc: BaseException) -> str | None:
    """Name the storage fault behind a driver error, or None when it is something else."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    code = getattr(orig, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return "disk_full"
    if code == sqlite3.SQLITE_READONLY or "readonly database" in text or "read-only" in text:
        return "read_only"
    if code == sqlite3.SQLITE_BUSY or "database is locked" in text:
        return "locked"
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC:
        return "disk_full"
    if code == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return "io_error"
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open database file" in text:
        return "cannot_open"
    return None


def _driver_message(exc: BaseException) -> str:
    # The driver's own sentence without the statement and parameters SQLAlchemy adds
    # (an import's INSERT carries a whole page of rows).
    orig = getattr(exc, "orig", None)
    first = str(orig if orig is not None else exc).strip().splitlines()
    return first[0][:200] if first else type(exc).__name__


def app_error(exc: BaseException, *, path: str = "", url: str = "") -> DeskCRMError | None:
    """The app's error for `exc`, or None when it is not a known storage or input fault.

    `path` names the file the caller was working on when the error itself does not
    (a driver error never says which database it was); `url` the --db-url in use, for
    the URL parser's error (raised wherever a URL is first read).
    """
    if isinstance(exc, DeskCRMError):
        return exc
    if isinstance(exc, ArgumentError) and "url" in str(exc).lower():
        return DatabaseUrlInvalid(url, "bad_url")
    if isinstance(exc, DBAPIError | StatementError | sqlite3.Error):
        text = _driver_message(exc).lower()
        if "pattern too complex" in text:
            return ValidationError("search", "too_long", limit=200)
        if "file is not a database" in text or "malformed" in text:
            return DatabaseCorrupt(_driver_message(exc), path=path, details=[])
        reason = storage_reason(exc)
        if reason is None:
            return None
        return StorageError(_driver_message(exc), reason=reason, path=path)
    if isinstance(exc, OSError):
        reason = _OS_REASONS.get(exc.errno or 0, "os_error")
        where = str(exc.filename) if exc.filename is not None else path
        if reason == "missing" and where:
            # The file was to be created: it is its folder that is missing, or a folder
            # that holds no files of ours (/proc).
            where = str(Path(where).parent)
            if Path(where).is_dir():
                reason = "no_permission"
        return StorageError(exc.strerror or str(exc), reason=reason, path=where, errno=exc.errno)
    return None
