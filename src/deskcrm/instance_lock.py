"""One running DeskCRM per data folder: an OS file lock held for the life of the process."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from deskcrm.core.errors import AlreadyRunning
from deskcrm.paths import private_file


class InstanceLock:
    """An exclusive, non-blocking lock on `path`.

    The OS drops the lock when the process dies, so a crash never leaves a stale
    lock behind (unlike a PID file, which would need guessing whether it is stale).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        """Take the lock; AlreadyRunning when another process holds it.

        Any other OSError (a full disk, a read-only folder) is raised as it is, with
        nothing left open or locked.
        """
        private_file(self.path)  # the pid inside is nobody else's business
        fh = self.path.open("a+", encoding="utf-8")
        try:
            _lock(fh)
        except OSError as exc:
            fh.close()
            raise AlreadyRunning(str(self.path.parent)) from exc
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()}\n")
            fh.flush()
        except OSError:
            _unlock(fh)
            with contextlib.suppress(OSError):  # closing flushes the same full disk again
                fh.close()
            raise
        self._fh = fh
        return self

    def release(self) -> None:
        if self._fh is not None:
            _unlock(self._fh)
            self._fh.close()
            self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
