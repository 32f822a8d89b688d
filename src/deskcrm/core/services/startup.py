"""Opening a database for the app or the CLI: check, back up, migrate, seed the built-ins."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from deskcrm.core.services import backup, integrity
from deskcrm.core.services.database import Database, utc_now
from deskcrm.core.services.tagging import ensure_builtin_tags
from deskcrm.db import migrate
from deskcrm.db.dialect import sqlite_file
from deskcrm.db.engine import make_engine
from deskcrm.paths import DataPaths, private_file


def open_database(
    url: str,
    *,
    backup: Callable[[str], object] | None = None,
    clock: Callable[[], datetime] = utc_now,
    **engine_kwargs: Any,
) -> Database:
    """Migrate `url` to the newest schema (backing up first) and make sure built-ins exist.

    Raises SchemaTooNew for a database from a newer DeskCRM (left untouched) and
    MigrationFailed when an upgrade fails (rolled back).
    """
    engine = make_engine(url, **engine_kwargs)
    try:
        migrate.upgrade(engine, backup=backup)
        db = Database(engine, clock=clock)
        with db.unit() as s:
            ensure_builtin_tags(s)
    except BaseException:
        engine.dispose()
        raise
    return db


@dataclass
class DataFolder:
    """A data folder and its database, opened on first use: what the GUI and each CLI
    command work on."""

    paths: DataPaths
    db_url: str | None
    _db: Database | None = field(default=None, init=False)

    def open_db(self) -> Database:
        """Open (check, back up, migrate) the database; cached for the folder's life.

        A damaged SQLite file raises DatabaseCorrupt before any engine touches it
        (opening switches the journal mode, which is already a write).
        """
        if self._db is None:
            self.paths.ensure()
            url = self.db_url or self.paths.default_db_url()
            file = sqlite_file(url)
            if file is not None:
                integrity.check_at_open(self.paths, file)
                private_file(file)

            def pre_migration(reason: str) -> None:
                if file is not None and file.exists():
                    backup.create_backup(self.paths, file, utc_now(), reason)

            self._db = open_database(url, backup=pre_migration)
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def close(self, *, clean: bool = False) -> None:
        """Dispose of the engine; `clean` (a normal exit) leaves the clean-close mark."""
        if self._db is not None:
            self._db.dispose()
            self._db = None
            file = sqlite_file(self.db_url or self.paths.default_db_url())
            if clean and file is not None:
                integrity.mark_clean(file)
