"""Opening a database for the app or the CLI: check, back up, migrate, seed the built-ins."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from deskcrm.core.services.database import Database, utc_now
from deskcrm.core.services.tagging import ensure_builtin_tags
from deskcrm.db import migrate
from deskcrm.db.engine import make_engine


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
