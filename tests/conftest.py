"""Shared fixtures: offscreen Qt, throwaway databases, a fixed clock."""

from __future__ import annotations

import os

# Must be set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database

# 2026-03-04 10:00 Beijing time, a Wednesday.
FIXED_NOW = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)


class Clock:
    """A settable clock for services (db.now / db.today)."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def _beijing_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every test in the rep's usual time zone so local days are deterministic."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    import time

    time.tzset()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path, clock: Clock) -> Iterator[Database]:
    """A migrated SQLite database in tmp_path with the built-in tags."""
    database = open_database(f"sqlite:///{tmp_path / 'test.sqlite3'}", clock=clock)
    yield database
    database.dispose()
