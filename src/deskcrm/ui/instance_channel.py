"""The running window's doorbell: a second start on the same data folder asks it to the front.

The file lock (deskcrm.instance_lock) decides who owns a data folder; the owner also
listens on a local socket named after the folder, so a second start can ring it and
exit at once instead of showing a dialog nobody may be there to click.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
WAIT_MS = 1000
# A starting owner listens right after it takes the lock; give it this long to answer.
RING_FOR_S = 3.0


def channel_name(root: Path) -> str:
    """One name per data folder and user (QLocalServer names are global on the machine)."""
    key = f"{os.path.realpath(root)}|{os.getuid() if hasattr(os, 'getuid') else ''}"
    return "deskcrm-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class InstanceChannel(QObject):
    """Listens for second starts while this process holds the data folder's lock."""

    raise_requested = Signal()

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = channel_name(root)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.window: QWidget | None = None

    def listen(self) -> bool:
        # Only the lock holder gets here, so a socket file left by a crashed owner is stale.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def follow(self, window: QWidget) -> None:
        """Bring `window` to the front whenever a second start rings."""
        self.window = window
        self.raise_requested.connect(self._bring_to_front)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()

    def _bring_to_front(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()


def ring(root: Path, *, for_s: float = RING_FOR_S) -> bool:
    """Ask the DeskCRM that owns `root` to come to the front; False when nobody answers."""
    name = channel_name(root)
    deadline = time.monotonic() + for_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(WAIT_MS):
            socket.write(RAISE)
            sent = socket.waitForBytesWritten(WAIT_MS)
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(WAIT_MS)
            return sent
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)  # the owner may be between taking the lock and listening
