"""Opening a database for the app or the CLI: check, back up, migrate, seed the built-ins."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from deskcrm.core.errors import StorageError
from deskcrm.core.rules.pinyin import name_sort_key
from deskcrm.core.services import backup, integrity
from deskcrm.core.services.database import Database, utc_now
from deskcrm.core.services.tagging import ensure_builtin_tags
from deskcrm.db import migrate
from deskcrm.db.dialect import sqlite_file
from deskcrm.db.engine import make_engine
from deskcrm.db.models import Contact
from deskcrm.paths import DataPaths, private_file

log = logging.getLogger(__name__)


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
            fill_name_sort(s)
    except BaseException:
        engine.dispose()
        raise
    return db


# Keys computed and written per chunk, so a large old database is not held twice in memory.
_FILL_BATCH = 2000


def fill_name_sort(s: Session) -> int:
    """Give contacts whose list-order key is empty their key; return how many.

    Revision 0002 adds the column empty (a migration imports nothing from core, and
    the key is a rule of core.rules.pinyin), so the contacts already there get it the
    first time the app opens the database. The lookup is one index range on
    (name_sort, id), empty on every later start.
    """
    rows = s.execute(select(Contact.id, Contact.name).where(Contact.name_sort == "")).all()
    for start in range(0, len(rows), _FILL_BATCH):
        chunk = rows[start : start + _FILL_BATCH]
        s.execute(
            update(Contact), [{"id": r.id, "name_sort": name_sort_key(r.name)} for r in chunk]
        )
    return len(rows)


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

    def settle(self) -> None:
        """Move what the write-ahead log holds into the database file now (a checkpoint).

        Raises StorageError (stage "checkpoint") when it cannot: on a full disk the
        changes are committed and safe in the log, but the database file could not
        take them, so a command that wrote must not report success. Closing does the
        same quietly; a command that wrote calls this first, to fail loudly.
        """
        if self._db is None or sqlite_file(self.db_url or self.paths.default_db_url()) is None:
            return
        raw = self._db.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
        except sqlite3.Error as exc:
            full = getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL
            raise StorageError(
                str(exc),
                reason="disk_full" if full else "io_error",
                stage="checkpoint",
                path=str(sqlite_file(self.db_url or self.paths.default_db_url())),
            ) from exc
        finally:
            raw.close()

    def close(self, *, clean: bool = False) -> None:
        """Dispose of the engine; `clean` (a normal exit) checkpoints and leaves the
        clean-close mark, unless the checkpoint failed (logged; the next start walks
        every page and SQLite replays the log)."""
        if self._db is None:
            return
        settled = False
        try:
            if clean:
                try:
                    self.settle()
                    settled = True
                except StorageError:
                    log.exception("final checkpoint failed; the changes stay in the log")
        finally:
            self._db.dispose()
            self._db = None
        file = sqlite_file(self.db_url or self.paths.default_db_url())
        if settled and file is not None:
            integrity.mark_clean(file)
