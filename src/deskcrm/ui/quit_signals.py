"""SIGTERM (logout, shutdown) and SIGINT (Ctrl+C) close the window as the rep would.

Python runs a signal handler only between bytecodes, and Qt's event loop is C++:
a handler alone would wait for the next Python call, which may never come. The
signal number is written to a socket pair (signal.set_wakeup_fd) that a
QSocketNotifier watches, so the loop wakes at once and closes the window the normal
way: exit backup, clean-close mark, a line in the log.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    """While alive, SIGTERM and SIGINT call `close` once (in the event loop)."""

    def __init__(self, close: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {sig: signal.signal(sig, _note) for sig in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        names = {signal.Signals(b).name for b in data if b in {int(s) for s in SIGNALS}}
        if not names:
            return
        log.info("received %s: closing DeskCRM", ", ".join(sorted(names)))
        self._close()

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for sig, old in self._previous.items():
            signal.signal(sig, old)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _note(signum: int, frame: FrameType | None) -> None:
    # The wakeup fd already carries the signal number to the event loop.
    pass
