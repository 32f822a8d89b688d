"""The command line speaks the UI's language: --lang, else the ui.language setting, else
the system's. One place for it, as the desktop app has one (ui/i18n)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager

from deskcrm.core.services.database import Database


@contextmanager
def speaking(args: argparse.Namespace, db: Database) -> Iterator[None]:
    """Words printed inside the block are the UI's (Qt translations); the printed sheet
    needs Qt's fonts too. Offscreen, so no display is needed. A QApplication, the kind
    the desktop app and its tests run in, so one process can print and then open windows
    (or the other way round); made only when none exists, and let go afterwards."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from deskcrm.ui import i18n

    app = None if QCoreApplication.instance() else QApplication(["deskcrm"])
    try:
        setting = str(db.get_setting("ui.language"))
        # English too: installing it takes out another language's words.
        i18n.install(i18n.resolve_language(getattr(args, "lang", None), setting))
        yield
    finally:
        del app
