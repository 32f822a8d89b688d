"""Migrations: the first revision with data upgrades to head, the schema matches the models,
a database from a newer DeskCRM is refused untouched, and backups are consistent copies."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Boolean, Integer, inspect, text

from deskcrm.core.errors import SchemaTooNew
from deskcrm.core.services.backup import snapshot
from deskcrm.core.services.startup import open_database
from deskcrm.db import migrate
from deskcrm.db.base import Base
from deskcrm.db.engine import make_engine


def _first_revision() -> str:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = list(script.walk_revisions())
    return revisions[-1].revision


def test_first_revision_with_data_upgrades_to_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision=_first_revision())
    with engine.begin() as conn:
        # Written with the columns of the old revision as reflected from the file, not the
        # current models, so the test keeps meaning what it says as the schema moves on.
        columns = inspect(conn).get_columns("contacts")
        row: dict[str, object] = {}
        for col in columns:
            if col["nullable"] or col.get("default") is not None or col["name"] == "id":
                continue
            row[col["name"]] = 0 if isinstance(col["type"], Integer | Boolean) else ""
        row.update(name="张伟", company="华为", name_pinyin="zhangwei", name_initials="zw")
        names = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        conn.execute(text(f"INSERT INTO contacts ({names}) VALUES ({marks})"), row)
    engine.dispose()
    backups: list[str] = []
    db = open_database(url, backup=backups.append)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT name, company FROM contacts").fetchall()
        assert [tuple(r) for r in rows] == [("张伟", "华为")]
        # The built-in tags exist after start-up whatever the starting revision.
        with db.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM tags")}
        assert {"Y", "N", "M", "O", "VIP"} <= names
        if _first_revision() != migrate.head_revision():
            assert backups == ["pre-migration"]
    finally:
        db.dispose()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diffs == []


def test_database_from_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = path.read_bytes()
    backups: list[str] = []
    with pytest.raises(SchemaTooNew):
        open_database(url, backup=backups.append)
    assert path.read_bytes() == before
    assert backups == []


def test_snapshot_is_a_complete_copy(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    db = open_database(url)
    now = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)
    try:
        first = snapshot(url, tmp_path / "backups", "pre-migration", now)
        second = snapshot(url, tmp_path / "backups", "pre-migration", now)
    finally:
        db.dispose()
    assert first is not None and second is not None and first != second
    assert first.name == "deskcrm-20260304T020000Z-pre-migration.sqlite3"
    with sqlite3.connect(first) as conn:
        tags = {r[0] for r in conn.execute("SELECT name FROM tags")}
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    assert {"Y", "N", "M", "O", "VIP"} <= tags
    assert check == "ok"
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_snapshot_skips_databases_without_a_file(tmp_path: Path) -> None:
    now = datetime(2026, 3, 4, tzinfo=UTC)
    assert snapshot("sqlite://", tmp_path, "x", now) is None
    assert snapshot(f"sqlite:///{tmp_path / 'missing.sqlite3'}", tmp_path, "x", now) is None
