"""Starting the GUI: data folder, lock, logging, database, language, main window."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from deskcrm import __version__
from deskcrm.core.errors import AlreadyRunning, DatabaseCorrupt, DeskCRMError
from deskcrm.core.services import backup
from deskcrm.core.services.startup import DataFolder
from deskcrm.db.dialect import sqlite_file
from deskcrm.instance_lock import InstanceLock
from deskcrm.logs import log_failure, setup_logging
from deskcrm.paths import DataPaths

START_NOTICE_DELAY_MS = 1500

log = logging.getLogger("deskcrm")


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr() calls under the empty context, so the
    # lookup must use the same one for the .qm to match.
    return QCoreApplication.translate("", text)


_crash_dialogs: list[object] = []


def _report_uncaught(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    # Qt swallows exceptions raised in slots after printing them; log them and show
    # the crash dialog instead of letting the app continue silently. The window stays.
    written = log_failure(None, "uncaught error", exc.with_traceback(tb))
    if QApplication.instance() is None:
        return
    try:
        from deskcrm.core.error_mapping import app_error
        from deskcrm.ui.dialogs.crash import CrashDialog, crash_report

        mapped = app_error(exc)
        summary = (
            _startup_message(mapped)
            if mapped is not None
            else tr("An unexpected error interrupted what you were doing: %1").replace(
                "%1", str(exc) or kind.__name__
            )
        )
        dialog = CrashDialog(
            summary,
            str(written) if written else None,
            crash_report(kind, exc, tb),
            QApplication.activeWindow(),
        )
        # Not exec(): a nested event loop inside a failing slot could fail again.
        _crash_dialogs.append(dialog)
        dialog.finished.connect(lambda _code: _crash_dialogs.remove(dialog))
        dialog.show()
    except Exception:
        log.exception("the crash dialog itself failed")


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

    ensure_application()
    # Translate the start-up messages before the data folder and the database (and its
    # setting) are opened: each may be refused.
    i18n.install(i18n.resolve_language(args.lang, "system"))
    if args.demo:
        remove_stale_demo_folders()
    demo_dir = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX)) if args.demo else None
    paths = DataPaths(demo_dir) if demo_dir else DataPaths.resolve(args.data_dir)
    paths.ensure()
    setup_logging(paths.logs)
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


DEMO_PREFIX = "deskcrm-demo-"
# A demo folder younger than this may belong to a demo still starting (not yet locked).
DEMO_STALE_SECONDS = 600


def remove_stale_demo_folders(now: float | None = None) -> list[Path]:
    """Delete the throwaway folders of --demo runs that were killed; return them.

    A folder whose lock is held belongs to a running demo and is kept, as is a young
    one: its demo may not have taken the lock yet.
    """
    import time

    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in Path(tempfile.gettempdir()).glob(DEMO_PREFIX + "*"):
        try:
            if not folder.is_dir() or folder.is_symlink():
                continue
            if now - folder.stat().st_mtime < DEMO_STALE_SECONDS:
                continue
            lock_file = DataPaths(folder).lock_file
            if lock_file.exists():
                with InstanceLock(lock_file):
                    pass
        except (AlreadyRunning, OSError):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


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
    from deskcrm.ui.quit_signals import QuitOnSignals

    # From the first moment: a signal during the start is acted on once the loop runs
    # (Python's default for SIGINT would raise in the middle of opening the database).
    running: list[Session] = []
    signals = QuitOnSignals(lambda: _close_window(running[0] if running else None, app))
    try:
        return _run(app, args, running)
    finally:
        signals.uninstall()


def _run(app: QApplication, args: argparse.Namespace, running: list[Session]) -> int:
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
    except Exception as exc:
        return _refuse_start(exc, args)
    running.append(session)
    sys.excepthook = _report_uncaught
    code = 1
    try:
        code = app.exec()
    finally:
        session.close(clean=code == 0)
    return code


def _close_window(session: Session | None, app: QApplication) -> None:
    """Close as the rep would (the window saves its state), then leave the event loop
    with status 0, so the exit backup and the clean-close mark follow."""
    window = session.window if session is not None else None
    if isinstance(window, QWidget):
        window.close()
    app.exit(0)


def _refuse_start(exc: Exception, args: argparse.Namespace) -> int:
    """The start failed: say why in one sentence, the trace in the log, exit status 2."""
    from deskcrm.core.error_mapping import app_error

    logs: Path | None = None
    database = ""
    if not args.demo:
        try:
            paths = DataPaths.resolve(args.data_dir)
            logs = paths.logs
            database = str(sqlite_file(args.db_url or paths.default_db_url()) or "")
        except Exception:
            pass  # the URL itself is what failed: it is named by its own error
    mapped = app_error(exc, path=database, url=args.db_url or "")
    written = log_failure(
        logs if logs is not None and logs.is_dir() else None,
        f"could not start: {mapped.code if mapped else type(exc).__name__}",
        exc,
    )
    if mapped is None:
        from deskcrm.ui.i18n import unexpected_message

        text = unexpected_message(written)
    else:
        from deskcrm.ui.i18n import error_message

        text = error_message(mapped, in_form=False)
    QMessageBox.critical(None, tr("DeskCRM"), text)
    return 2
