"""Column types that work the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, Dialect
from sqlalchemy.types import TypeDecorator


class EpochSeconds(TypeDecorator[datetime]):
    """An aware UTC datetime stored as integer seconds since the epoch.

    Integers halve the size of the touches table and its index against
    SQLAlchemy's text datetimes on SQLite and make day bucketing cheap
    (docs/performance.md §5); BIGINT is just as good on PostgreSQL.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("EpochSeconds needs an aware datetime")
        return int(value.timestamp())

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromtimestamp(int(value), tz=UTC)
