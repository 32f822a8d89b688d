"""Backend-specific SQL in one place, so the rest of the app runs on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Engine
from sqlalchemy.orm import InstrumentedAttribute

Text = ColumnElement[str] | InstrumentedAttribute[str]


def prefix_range(column: Text, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, written as a range so a plain index answers it.

    LIKE 'p%' and SQLAlchemy's startswith skip the index on SQLite (LIKE is
    case-insensitive there); `>= 'zhangw' AND < 'zhangx'` uses it on every backend.
    Callers pass lower-case ASCII keys (pinyin, digits).
    """
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (column >= prefix) & (column < upper)


def contains(column: Text, needle: str) -> ColumnElement[bool]:
    """Substring test with LIKE wildcards escaped (portable; instr() is SQLite-only)."""
    return column.contains(needle, autoescape=True)


def analyze(engine: Engine) -> None:
    """Refresh planner statistics after a bulk import."""
    with engine.begin() as conn:
        if engine.dialect.name in ("sqlite", "postgresql"):
            conn.exec_driver_sql("ANALYZE")


def quick_check(engine: Engine) -> list[str]:
    """Problems found by the backend's integrity check ([] when healthy)."""
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    found = [str(r[0]) for r in rows]
    return [] if found == ["ok"] else found
