"""What a command says when it fails: one sentence in the user's language, the trace in the log.

`cli.main` sends every error a command does not handle itself here: the app's own
errors, driver and OS errors (mapped by core.error_mapping), and the unforeseen
("an unexpected error, details in the log at PATH"). Never a traceback on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from deskcrm.core.error_mapping import app_error
from deskcrm.core.errors import DeskCRMError
from deskcrm.core.services.startup import DataFolder
from deskcrm.logs import log_failure

FAILED_EXIT = 1


def report_failure(exc: BaseException, args: argparse.Namespace, ctx: DataFolder | None) -> int:
    """Log `exc` with its trace, print its sentence on stderr; the exit status."""
    mapped = app_error(exc, path=_database_file(ctx), url=ctx.db_url or "" if ctx else "")
    logs = _logs_folder(ctx)
    written = log_failure(logs, f"command {getattr(args, 'command', None)!r} failed", exc)
    print(f"deskcrm: {describe(mapped, written, args, ctx)}", file=sys.stderr)
    return FAILED_EXIT


def describe(
    mapped: DeskCRMError | None,
    log_file: Path | None,
    args: argparse.Namespace,
    ctx: DataFolder | None,
) -> str:
    """The sentence, in --lang, else the database's ui.language setting, else the system's."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from deskcrm.ui import i18n

    existing = QCoreApplication.instance()
    if existing is None:
        # Held for the rest of the process: the translators installed below belong to it.
        # A QApplication, as the other commands make (commands/plan.py): one process (a
        # test run) may open windows afterwards, and Qt allows one kind of application.
        _held.append(QApplication(["deskcrm"]))
    before = i18n.ui_language() if existing else None
    i18n.install(i18n.resolve_language(getattr(args, "lang", None), _setting(ctx)))
    try:
        if mapped is None:
            return i18n.unexpected_message(log_file)
        return i18n.error_message(mapped, in_form=False)
    finally:
        if before is not None:
            # A test (or a GUI) shares this process: give it back its language.
            i18n.install(before)


_held: list[object] = []


def _setting(ctx: DataFolder | None) -> str:
    if ctx is None or not ctx.is_open:
        return "system"
    with contextlib.suppress(Exception):
        return str(ctx.open_db().get_setting("ui.language"))
    return "system"


def _database_file(ctx: DataFolder | None) -> str:
    if ctx is None:
        return ""
    from deskcrm.db.dialect import sqlite_file

    with contextlib.suppress(Exception):
        found = sqlite_file(ctx.db_url or ctx.paths.default_db_url())
        return str(found or "")
    return ""


def _logs_folder(ctx: DataFolder | None) -> Path | None:
    if ctx is None:
        return None
    logs = ctx.paths.logs
    # Only into a data folder that is already there: a failed command must not create one.
    return logs if logs.parent.is_dir() else None
