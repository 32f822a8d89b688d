"""Bring a database to the newest schema: back up first, refuse newer ones, roll back on failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from deskcrm.core.errors import MigrationFailed, SchemaTooNew

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(versions_dir: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if versions_dir is not None:
        cfg.set_main_option("version_locations", str(versions_dir))
    return cfg


def head_revision(cfg: Config | None = None) -> str:
    head = ScriptDirectory.from_config(cfg or alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_revision(revision: str | None, cfg: Config | None = None) -> None:
    """Raise SchemaTooNew when `revision` is not one this DeskCRM knows."""
    if revision is None:
        return
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
