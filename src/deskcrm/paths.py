"""Where DeskCRM keeps its files: one data folder (database, backups, logs, settings)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "DeskCRM"
DATA_DIR_ENV = "DESKCRM_DATA_DIR"
DB_FILENAME = "deskcrm.sqlite3"


def _private_dir(path: Path) -> Path:
    """Create `path` readable by the owner only (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Create `path` if missing and make it readable by the owner only (0600 on POSIX).

    Creating it with O_EXCL and mode 0600 leaves no moment in which another
    user could open it; SQLite gives its -wal/-shm files the database's mode.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path


@dataclass(frozen=True)
class DataPaths:
    """All the places the app writes to, derived from one data folder."""

    root: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        """--data-dir wins over $DESKCRM_DATA_DIR, which wins over the platform default."""
        chosen = data_dir or os.environ.get(DATA_DIR_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
        else:
            root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(root)

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs):
            _private_dir(folder)
        return self

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "deskcrm.lock"

    @property
    def ui_state(self) -> Path:
        """Window geometry and other per-machine view state (QSettings INI)."""
        return self.root / "ui-state.ini"

    def default_db_url(self) -> str:
        return f"sqlite:///{self.database}"


def resources_dir() -> Path:
    """The read-only resources folder (translations, default scripts, templates)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
