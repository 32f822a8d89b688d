"""The data folder's log file: set up for the GUI, and where a failed command leaves its trace."""

from __future__ import annotations

import logging
import os
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from deskcrm.paths import private_file

LOG_NAME = "deskcrm.log"

log = logging.getLogger("deskcrm")


class PrivateRotatingLog(RotatingFileHandler):
    """A rotating log whose files, including each new one after a rollover, are 0600."""

    failed = False

    def _open(self):  # type: ignore[no-untyped-def]
        private_file(Path(self.baseFilename))
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that cannot be written (full disk) must not print a traceback of its
        # own to the user; the caller sees `failed` and says the log is unavailable.
        self.failed = True


def setup_logging(folder: Path) -> Path:
    """A rotating log in `folder`; the rep can send it when something goes wrong."""
    root = logging.getLogger()
    target = folder / LOG_NAME
    for old in [h for h in root.handlers if getattr(h, "deskcrm", False)]:
        if Path(getattr(old, "baseFilename", "")) == target:
            return target
        # Another data folder (a test, or --demo after a normal start): log there now.
        root.removeHandler(old)
        old.close()
    handler = PrivateRotatingLog(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.deskcrm = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def current_log() -> Path | None:
    """The log file in use, if one is set up."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "deskcrm", False):
            return Path(getattr(handler, "baseFilename", ""))
    return None


def fallback_folder() -> Path:
    """Where the log goes when the data folder cannot hold it (it is a file, or read-only)."""
    user = getattr(os, "getuid", lambda: 0)()
    return Path(tempfile.gettempdir()) / f"deskcrm-logs-{user}"


def log_failure(folder: Path | None, message: str, exc: BaseException) -> Path | None:
    """Write `message` and the full trace of `exc` to the log; return the log file.

    The log already in use wins, then `folder` (the data folder's logs), then a private
    folder in the temporary directory; None only when no file at all can be written.
    """
    places: list[Path] = []
    if folder is not None:
        places.append(folder)
    places.append(fallback_folder())
    target = current_log()
    for place in places:
        if target is not None:
            break
        try:
            place.mkdir(parents=True, exist_ok=True, mode=0o700)
            target = setup_logging(place)
        except OSError:
            target = None
    if target is None:
        return None
    log.error("%s", message, exc_info=exc)
    for handler in logging.getLogger().handlers:
        if getattr(handler, "deskcrm", False):
            try:
                handler.flush()
            except OSError:
                return None
            if getattr(handler, "failed", False):
                return None
    return target
