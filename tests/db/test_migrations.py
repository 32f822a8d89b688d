"""Migrations: the first revision with data upgrades to head, the schema matches the models,
a database from a newer DeskCRM is refused untouched, and backups are consistent copies."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Boolean, Integer, inspect, text

from deskcrm.core.errors import MigrationFailed, SchemaTooNew
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts
from deskcrm.core.services.backup import create_backup
from deskcrm.core.services.startup import open_database
from deskcrm.db import migrate
from deskcrm.db.base import Base
from deskcrm.db.engine import make_engine
from deskcrm.paths import DataPaths


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
        # Opening filled the list-order key (added by 0002) of contacts already there.
        with db.engine.connect() as conn:
            keys = [r[0] for r in conn.exec_driver_sql("SELECT name_sort FROM contacts")]
        assert keys == ["zhang wei"]
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


def test_pre_migration_backup_is_a_verified_copy(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    now = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)
    try:
        first = create_backup(paths, paths.database, now, "pre-migration")
        second = create_backup(paths, paths.database, now, "pre-migration")
    finally:
        db.dispose()
    assert first.path != second.path
    assert first.path.name == "deskcrm-20260304T020000Z-pre-migration.sqlite3"
    assert first.reason == "pre-migration"
    with sqlite3.connect(first.path) as conn:
        tags = {r[0] for r in conn.execute("SELECT name FROM tags")}
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    assert {"Y", "N", "M", "O", "VIP"} <= tags
    assert check == "ok"
    assert not [p for p in paths.backups.iterdir() if p.name.endswith(".partial")]


FAILING_REVISION = '''"""A revision that fails half-way (test only)."""
import sqlalchemy as sa
from alembic import op

revision = "0099_fails"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE contacts SET name = 'changed'")
    raise RuntimeError("boom")


def downgrade() -> None:
    pass
'''


def test_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    shutil.copytree(migrate.MIGRATIONS_DIR / "versions", versions)
    (versions / "0099_fails.py").write_text(
        FAILING_REVISION.replace("{head}", migrate.head_revision())
    )
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    db = open_database(url)
    contacts.create_contact(db, ContactInput(name="张伟"))
    db.dispose()
    engine = make_engine(url)
    backups: list[str] = []
    with pytest.raises(MigrationFailed):
        migrate.upgrade(engine, backup=backups.append, cfg=migrate.alembic_config(versions))
    assert backups == ["pre-migration"]
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        assert "half_done" not in inspect(conn).get_table_names()
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM contacts")]
    engine.dispose()
    assert names == ["张伟"]


def test_every_foreign_key_is_indexed() -> None:
    """Deleting a referenced row must not scan the referencing table once per row."""
    missing = []
    for table in Base.metadata.sorted_tables:
        leading = {next(iter(i.columns)).name for i in table.indexes}
        leading |= {next(iter(c.columns)).name for c in table.constraints if list(c.columns)}
        missing += [
            f"{table.name}.{fk.parent.name}"
            for fk in table.foreign_keys
            if fk.parent.name not in leading
        ]
    assert missing == []


def test_revision_ids_follow_the_file_names_so_the_head_is_known_without_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = {r.revision: r for r in script.walk_revisions()}
    for path in (migrate.MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"):
        number = path.name.split("_", 1)[0]
        assert number in revisions, path.name
        down = revisions[number].down_revision
        assert down == (None if number == "0001" else f"{int(number) - 1:04d}"), path.name
    assert migrate.newest_shipped() == migrate.head_revision()


def test_a_current_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    open_database(url).dispose()
    code = (
        "import sys; from deskcrm.core.services.startup import open_database; "
        f"open_database({url!r}).dispose(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
