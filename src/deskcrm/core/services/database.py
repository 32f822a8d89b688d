"""The open database a session of the app works on: engine, sessions, clock, settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from deskcrm.core.error_mapping import app_error
from deskcrm.core.errors import StorageError
from deskcrm.core.settings import declaration
from deskcrm.db.engine import make_engine, make_sessionmaker
from deskcrm.db.models import Setting


def utc_now() -> datetime:
    return datetime.now(UTC)


class Database:
    """Holds the engine; `unit()` is the one transaction of one user action."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.engine = engine
        self.sessions: sessionmaker[Session] = make_sessionmaker(engine)
        self.read_sessions: sessionmaker[Session] = make_sessionmaker(engine, read_only=True)
        self.clock = clock

    @classmethod
    def open(cls, url: str, **kwargs: Any) -> Database:
        return cls(make_engine(url), **kwargs)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The rep's local calendar day."""
        return self.clock().astimezone().date()

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error.

        Disk full, read-only and locked files become StorageError so the UI can
        say what happened and let the user retry with their input intact.
        """
        session = self.sessions()
        try:
            with session.begin():
                yield session
        except (OperationalError, DBAPIError) as exc:
            mapped = app_error(exc, path=self.engine.url.database or "")
            if not isinstance(mapped, StorageError):
                raise
            raise mapped from exc
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session: one consistent snapshot that takes no write lock."""
        session = self.read_sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def get_setting(self, key: str) -> Any:
        return self.get_settings((key,))[key]

    def get_settings(self, keys: Sequence[str]) -> dict[str, Any]:
        """Several settings in one read (a read costs ~0.8 ms; the plan draft needs three)."""
        decls = {key: declaration(key) for key in keys}
        with self.reading() as s:
            stored: dict[str, Any] = {
                key: value
                for key, value in s.execute(
                    select(Setting.key, Setting.value).where(Setting.key.in_(decls))
                )
            }
        return {
            key: decl.default if stored.get(key) is None else decl.decode(stored[key])
            for key, decl in decls.items()
        }

    def dispose(self) -> None:
        self.engine.dispose()
