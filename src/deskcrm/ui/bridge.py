"""What the screens share: the database, the change broadcast, error boxes and worker threads.

Screens run services through `deskcrm.ui.operations.Op`, which uses these.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DeskCRMError
from deskcrm.core.services.database import Database
from deskcrm.paths import DataPaths
from deskcrm.ui.i18n import error_message

log = logging.getLogger(__name__)


class _WorkerSignals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Worker(QRunnable):
    """Runs one service call on a pool thread; it never touches widgets."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _WorkerSignals()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def changes_of(result: Any) -> Changes | None:
    """Services return Changes, (value, Changes) or plain data."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    return None


class Bridge(QObject):
    """The one way screens reach the core.

    `changed(Changes, initiator)` is broadcast after every successful mutation;
    `navigate(screen, params)` asks the main window to show another screen.
    """

    changed = Signal(object, object)
    navigate = Signal(str, object)
    status = Signal(str)

    def __init__(
        self, db: Database, parent: QObject | None = None, *, paths: DataPaths | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        # The data folder (backups, logs); None when the app runs on a database alone.
        self.paths = paths
        self.undo_stack = QUndoStack(self)
        self.pool = QThreadPool.globalInstance()
        self._workers: set[_Worker] = set()

    def window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        if not isinstance(exc, DeskCRMError):
            log.error("unexpected error", exc_info=exc)
        box = QMessageBox(parent or self.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("DeskCRM"))
        box.setText(error_message(exc))
        if not isinstance(exc, DeskCRMError):
            box.setDetailedText("".join(traceback.format_exception(exc)))
        box.exec()

    def broadcast(self, changes: Changes, initiator: object = None) -> None:
        if not changes.empty:
            self.changed.emit(changes, initiator)

    def start_worker(
        self,
        fn: Callable[[Database], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run `fn(db)` on a pool thread (its own Session per call); results come back here."""
        worker = _Worker(fn, (self.db,), {})
        self._workers.add(worker)

        def done(result: Any) -> None:
            self._workers.discard(worker)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._workers.discard(worker)
            on_error(exc)

        worker.signals.done.connect(done)
        worker.signals.failed.connect(failed)
        self.pool.start(worker)
