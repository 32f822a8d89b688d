"""Engine and session factory; every SQLite-specific setting lives here and in dialect.py."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from deskcrm.db.errors import DatabaseUrlInvalid

BUSY_TIMEOUT_MS = 5000


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event below issue BEGIN itself: pysqlite's own
    # implicit transactions skip DDL, which would make a failing migration
    # leave a half-altered schema behind.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # WAL: readers never block the writer and a crash mid-write never
        # corrupts the file. synchronous=FULL (not WAL's usual NORMAL) syncs
        # the WAL on every commit, so a commit the user saw survives a power
        # cut too; a rep commits a few times a minute, so the fsync is cheap.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


READ_ONLY_OPTION = "deskcrm_read_only"


def _sqlite_on_begin(connection: Any) -> None:
    # Writers take the write lock up front (IMMEDIATE), so two writers wait on
    # busy_timeout instead of failing half-way with "database is locked";
    # readers begin deferred and never block anyone in WAL mode.
    if connection.get_execution_options().get(READ_ONLY_OPTION):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _shown(url: str) -> str:
    # The URL as it may be printed or logged: never with its password.
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for `url` with the durability settings of its backend.

    Raises DatabaseUrlInvalid for text that is not a database URL, an unknown kind of
    database, or one whose driver is not installed (`postgresql://` without psycopg).
    """
    try:
        engine = create_engine(url, echo=echo)
    except NoSuchModuleError as exc:
        raise DatabaseUrlInvalid(_shown(url), "unknown_database") from exc
    except ArgumentError as exc:
        raise DatabaseUrlInvalid(_shown(url), "bad_url") from exc
    except ImportError as exc:
        raise DatabaseUrlInvalid(_shown(url), "no_driver", driver=exc.name or "") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def make_sessionmaker(engine: Engine, *, read_only: bool = False) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand out plain dataclasses built after
    # commit, and worker threads never touch a Session after its transaction.
    bind = engine.execution_options(**{READ_ONLY_OPTION: True}) if read_only else engine
    return sessionmaker(bind=bind, expire_on_commit=False)
