"""Starting the GUI: data folder, lock, logging, database, language, main window."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from deskcrm import __version__
from deskcrm.core.errors import AlreadyRunning, DatabaseCorrupt, DeskCRMError
from deskcrm.core.services import backup
from deskcrm.core.services.startup import DataFolder
from deskcrm.instance_lock import InstanceLock
from deskcrm.paths import DataPaths, private_file

START_NOTICE_DELAY_MS = 1500

log = logging.getLogger("deskcrm")


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr() calls under the empty context, so the
    # lookup must use the same one for the .qm to match.
    return QCoreApplication.translate("", text)


class PrivateRotatingLog(RotatingFileHandler):
    """A rotating log whose files, including each new one after a rollover, are 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        private_file(Path(self.baseFilename))
        return super()._open()


def setup_logging(folder: Path) -> None:
    """A rotating log in the data folder; the rep can send it when something goes wrong."""
    root = logging.getLogger()
    target = folder / "deskcrm.log"
    for old in [h for h in root.handlers if getattr(h, "deskcrm", False)]:
        if Path(getattr(old, "baseFilename", "")) == target:
            return
        # Another data folder (a test, or --demo after a normal start): log there now.
        root.removeHandler(old)
        old.close()
    handler = PrivateRotatingLog(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.deskcrm = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _report_uncaught(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    # Qt swallows exceptions raised in slots after printing them; log them and
    # tell the user instead of letting the app continue silently.
    log.error("uncaught error", exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("DeskCRM"), _startup_message(exc))
        box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
        box.exec()


def _startup_message(exc: BaseException) -> str:
    from deskcrm.ui.i18n import error_message

    return error_message(exc)


@dataclass
class Session:
    """Everything a running GUI holds; closed in reverse order by `close`."""

    paths: DataPaths
    ctx: DataFolder
    lock: InstanceLock
    demo_dir: Path | None = None
    window: object = None
    extra: dict[str, object] = field(default_factory=dict)

    def close(self, *, clean: bool = False) -> None:
        """Release everything; on a clean exit take the exit backup first."""
        self.window = None
        channel = self.extra.pop("channel", None)
        if channel is not None:
            channel.close()  # type: ignore[attr-defined]
        reminders = self.extra.pop("reminders", None)
        if reminders is not None:
            reminders.stop()  # type: ignore[attr-defined]
        if clean and self.demo_dir is None and self.ctx.is_open:
            _backup_quietly(lambda: backup.backup_on_exit(self.ctx.open_db(), self.paths))
        self.ctx.close(clean=clean and self.demo_dir is None)
        self.lock.release()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def ensure_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DeskCRM")
    app.setOrganizationName("DeskCRM")
    app.setApplicationVersion(__version__)
    return app


def start(args: argparse.Namespace) -> Session:
    """Open the data folder and show the main window; raises DeskCRMError on refusal."""
    from deskcrm.ui import i18n
    from deskcrm.ui.bridge import Bridge
    from deskcrm.ui.instance_channel import InstanceChannel
    from deskcrm.ui.mainwindow import MainWindow

    demo_dir = Path(tempfile.mkdtemp(prefix="deskcrm-demo-")) if args.demo else None
    paths = DataPaths(demo_dir) if demo_dir else DataPaths.resolve(args.data_dir)
    paths.ensure()
    setup_logging(paths.logs)
    ensure_application()
    # Translate the start-up messages before the database (and its setting) is open.
    i18n.install(i18n.resolve_language(args.lang, "system"))
    lock = InstanceLock(paths.lock_file).acquire()
    ctx = DataFolder(paths=paths, db_url=None if args.demo else args.db_url)
    session = Session(paths=paths, ctx=ctx, lock=lock, demo_dir=demo_dir)
    # Listening from the moment the folder is ours, so a second start finds us even while
    # the database is still opening; the window follows once it exists.
    channel = InstanceChannel(paths.root)
    if not channel.listen():
        log.warning("second starts cannot reach this window: %s", channel.server.errorString())
    session.extra["channel"] = channel
    try:
        db = ctx.open_db()
        if args.demo:
            from deskcrm.core.services.demo import seed_demo

            seed_demo(db)
        if not args.demo:
            _backup_quietly(lambda: backup.backup_if_due(db, paths))
        lang = i18n.resolve_language(args.lang, str(db.get_setting("ui.language")))
        i18n.install(lang)
        bridge = Bridge(db, paths=paths)
        window = MainWindow(bridge, paths)
        window.show()
        channel.follow(window)
        from deskcrm.ui.reminders import Reminders

        reminders = Reminders(bridge, window)
        # Counted once the window has painted its first page, not before: the notice
        # is not worth a tenth of a second of blank window at start-up.
        reminders.announce_due_later(START_NOTICE_DELAY_MS)
        session.extra["reminders"] = reminders
        session.window = window
    except BaseException:
        session.close()
        raise
    log.info("DeskCRM %s started on %s (%s)", __version__, paths.root, lang)
    return session


def _backup_quietly(take: Callable[[], object]) -> None:
    # A failed automatic backup must not stop the rep from working; it is logged.
    try:
        take()
    except (DeskCRMError, OSError):
        log.exception("automatic backup failed")


def offer_restore(exc: DatabaseCorrupt, paths: DataPaths) -> bool:
    """Tell the user the database is damaged; restore the latest good backup if they agree.

    The damaged file is moved aside (never overwritten). True when restored.
    """
    good = exc.data.get("latest_good_backup")
    box = QMessageBox(QMessageBox.Icon.Critical, tr("DeskCRM"), _startup_message(exc))
    box.setDetailedText("\n".join(str(d) for d in exc.data.get("details", [])))
    if exc.data.get("reason") == "wal_damaged":
        return _offer_going_on(box, exc)
    if good is None:
        box.setInformativeText(
            tr("There is no backup to restore. The file was not changed: %1").replace(
                "%1", str(exc.data.get("path", ""))
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setInformativeText(
        tr(
            "Restore the latest good backup (%1)? The damaged file is kept aside, not deleted."
        ).replace("%1", Path(good).name)
    )
    restore = box.addButton(tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    from deskcrm.core.services.integrity import quarantine_and_restore

    aside = quarantine_and_restore(paths, Path(good), target=exc.data.get("path"))
    log.warning("damaged database moved to %s; restored %s", aside, good)
    return True


def _offer_going_on(box: QMessageBox, exc: DatabaseCorrupt) -> bool:
    """A damaged write-ahead log (copied aside already): open with what can be read, or not.
    A backup is not offered: it is older than everything the log still holds."""
    box.setInformativeText(
        tr(
            "Open the database with the changes that can still be read? The damaged "
            "journal is kept, not deleted: %1"
        ).replace("%1", str(exc.data.get("wal_copy", "")))
    )
    go_on = box.addButton(tr("Open without them"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not go_on:
        return False
    from deskcrm.core.services.integrity import open_without_lost_changes

    open_without_lost_changes(Path(exc.data["path"]))
    return True


def run_gui(args: argparse.Namespace) -> int:
    app = ensure_application()
    try:
        try:
            session = start(args)
        except DatabaseCorrupt as exc:
            paths = DataPaths.resolve(args.data_dir)
            if not offer_restore(exc, paths):
                return 2
            session = start(args)
    except AlreadyRunning as exc:
        from deskcrm.ui.instance_channel import ring

        # The running window comes to the front and this start is done: nothing to click.
        if ring(DataPaths.resolve(args.data_dir).root):
            log.info("already running on this folder; brought its window to the front")
            return 0
        # Held by something without a window (a command-line restore, say): say so.
        QMessageBox.information(None, tr("DeskCRM"), _startup_message(exc))
        return 1
    except DeskCRMError as exc:
        log.error("could not start: %s", exc.code, exc_info=exc)
        QMessageBox.critical(None, tr("DeskCRM"), _startup_message(exc))
        return 2
    sys.excepthook = _report_uncaught
    code = 1
    try:
        code = app.exec()
    finally:
        session.close(clean=code == 0)
    return code
