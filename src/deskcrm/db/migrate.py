"""Bring a database to the newest schema: back up first, refuse newer ones, roll back on failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from deskcrm.db.errors import MigrationFailed, SchemaTooNew

# Alembic is imported only when a migration may be needed: it costs ~0.1 s, and a
# database already at the newest schema (nearly every start) never needs it.
if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(versions_dir: Path | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if versions_dir is not None:
        cfg.set_main_option("version_locations", str(versions_dir))
    return cfg


def head_revision(cfg: Config | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(cfg or alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_revision(revision: str | None, cfg: Config | None = None) -> None:
    """Raise SchemaTooNew when `revision` is not one this DeskCRM knows."""
    if revision is None:
        return
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(cfg or alembic_config())
    try:
        known = script.get_revision(revision) is not None
    except CommandError:
        known = False
    if not known:
        raise SchemaTooNew(revision)


def needs_upgrade(engine: Engine, cfg: Config | None = None) -> bool:
    cfg = cfg or alembic_config()
    current = current_revision(engine)
    check_revision(current, cfg)
    return current != head_revision(cfg)


def newest_shipped() -> str:
    """The head revision read from the file names, without Alembic.

    Revision ids are the file names' number prefixes ("0003_foreign_key_indexes.py"
    is "0003"), each revising the one before; a test holds the files to that.
    """
    numbers = sorted(
        p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")
    )
    return numbers[-1] if numbers else ""


def stored_revision(engine: Engine) -> str | None:
    """The database's revision by plain SQL (None: no schema yet, or unreadable)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:
        return None
    return str(rows[0]) if len(rows) == 1 else None


def upgrade(
    engine: Engine,
    *,
    backup: Callable[[str], object] | None = None,
    cfg: Config | None = None,
    revision: str = "head",
) -> bool:
    """Upgrade to `revision`; return True when anything ran.

    `backup(reason)` is called before touching a database that already has a
    schema. The whole upgrade runs in one transaction (SQLite DDL is
    transactional with our engine settings), so a failing revision leaves the
    file exactly as it was.
    """
    if cfg is None and revision == "head" and stored_revision(engine) == newest_shipped():
        return False
    from alembic import command

    cfg = cfg or alembic_config()
    if not needs_upgrade(engine, cfg) and revision == "head":
        return False
    if backup is not None and current_revision(engine) is not None:
        backup("pre-migration")
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except Exception as exc:
        raise MigrationFailed(str(exc)) from exc
    finally:
        cfg.attributes.pop("connection", None)
    return True
