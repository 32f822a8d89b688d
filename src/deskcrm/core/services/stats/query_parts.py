"""SQL pieces the stats queries share: local-day instants, span tables, the trash filter.

Bucketing by local day: the bucket edges are computed here in Python as epoch
seconds of each local midnight (so a zone with daylight saving gets 23- and
25-hour days right), passed to SQLite as one JSON array, and joined to the
stored integer seconds by range (`at >= lo AND at < hi`). Each bucket is then an
index range scan on the bare time column; no expression on the column ever
appears in a WHERE clause, which would make SQLite skip the index
(docs/performance.md §5).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import (
    CTE,
    ColumnElement,
    Engine,
    Integer,
    Select,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from deskcrm.core.rules.stats_period import Span
from deskcrm.core.services.database import Database
from deskcrm.core.services.plan import day_start_utc
from deskcrm.db import touch_days
from deskcrm.db.models import Contact

# The instant the rep's local day begins, as aware UTC (how timestamps are stored).
local_midnight = day_start_utc


def epoch(day: date) -> int:
    return int(local_midnight(day).timestamp())


def epoch_spans(spans: Sequence[Span]) -> list[tuple[int, int]]:
    return [(epoch(s.start), epoch(s.stop)) for s in spans]


def span_table(edges: Sequence[tuple[int, int]] | Sequence[tuple[str, str]], name: str) -> CTE:
    """A CTE (i, lo, hi): bucket number and its half-open range, from one JSON parameter.

    MATERIALIZED keeps it a small outer table, so the planner runs one index
    range scan per bucket on the joined time column.
    """
    rows = func.json_each(literal(json.dumps([list(e) for e in edges]))).table_valued(
        "key", "value"
    )
    return (
        select(
            type_coerce(rows.c.key, Integer).label("i"),
            func.json_extract(rows.c.value, "$[0]").label("lo"),
            func.json_extract(rows.c.value, "$[1]").label("hi"),
        )
        .cte(name)
        .prefix_with("MATERIALIZED")
    )


def not_trashed(contact_id: InstrumentedAttribute[int] | ColumnElement[int]) -> ColumnElement[bool]:
    """Rows of contacts not in the trash.

    NOT IN over the (few) trashed ids is evaluated once into an in-memory set,
    cheaper than joining every touch to its contact.
    """
    return contact_id.not_in(select(Contact.id).where(Contact.deleted_at.is_not(None)))


def keyed_counts(s: Session, statement: Select[Any, Any]) -> dict[Any, int]:
    """{key: count} from a two-column grouped query."""
    return {key: int(n or 0) for key, n in s.execute(statement)}


# Engines whose touch counts were found made in the zone noted here: checked once.
_zone_checked: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()


def touch_days_ready(db: Database) -> bool:
    """Whether the per-day touch counts can answer (db/touch_days.py): rebuilt first
    when they were made in another zone. False on backends without the triggers."""
    zone = touch_days.zone_signature()
    if _zone_checked.get(db.engine) == zone:
        return True
    with db.reading() as s:
        matches = touch_days.zone_matches(s.connection())
    if matches is False:  # rare: the app moved zones; one write to count again
        with db.unit() as s:
            matches = touch_days.ensure_zone(s.connection())
    if matches:
        _zone_checked[db.engine] = zone
    return bool(matches)
