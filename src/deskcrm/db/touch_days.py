"""Touches counted per local day, kind and industry, kept current by SQLite triggers.

The charts of touches per day and per industry read a year of touches (up to
500,000 rows at 1,000,000 touches: 0.15-0.25 s, however the query is written).
These counts are derived data: a few thousand rows, updated by triggers on every
write that changes them (a touch added, moved, re-kinded or deleted; a contact
trashed, restored, deleted or moved to another industry), so no code path can
forget them, the import's raw executemany included. Only touches of contacts not
in the trash are counted, as the charts show.

"Local day" is the day in the zone of the process that writes: SQLite's
`localtime`, the C library's, which is also what Python's astimezone() uses. The
zone the counts were made in is stored; when the app runs in another zone the
counts are rebuilt from the touches (`ensure_zone`). Triggers are SQLite's; on
another backend the charts count the touches directly (`available`).
"""

from __future__ import annotations

import time
from datetime import datetime

from sqlalchemy import Connection, text

ZONE_KEY = "touch_days.zone"
_DAY = "date({at}, 'unixepoch', 'localtime')"


def _counts_of(contact: str, industry: str) -> str:
    """SELECT of one contact's touches grouped by (day, kind), under `industry`."""
    return (
        f"SELECT {_DAY.format(at='t.at')}, t.kind, {industry}, count(*) FROM touches t"
        f" WHERE t.contact_id = {contact} GROUP BY 1, 2"
    )


def _add(select: str) -> str:
    # WHERE is part of every SELECT here: SQLite's upsert needs it to parse ON CONFLICT.
    return (
        f"INSERT INTO touch_days (day, kind, industry, n) {select}"
        " ON CONFLICT (day, kind, industry) DO UPDATE SET n = n + excluded.n;"
    )


def _subtract(contact: str, industry: str) -> str:
    day = _DAY.format(at="t.at")
    return (
        "UPDATE touch_days SET n = n - (SELECT count(*) FROM touches t"
        f" WHERE t.contact_id = {contact} AND {day} = touch_days.day"
        f" AND t.kind = touch_days.kind) WHERE industry = {industry}"
        f" AND (day, kind) IN (SELECT {day}, t.kind FROM touches t WHERE t.contact_id = {contact});"
    )


def _touch(sign: str, row: str) -> str:
    """One touch (`row` is NEW or OLD) counted in or out, when its contact is live."""
    live = f"SELECT industry FROM contacts WHERE id = {row}.contact_id AND deleted_at IS NULL"
    if sign == "+":
        return _add(
            f"SELECT {_DAY.format(at=row + '.at')}, {row}.kind, c.industry, 1 FROM contacts c"
            f" WHERE c.id = {row}.contact_id AND c.deleted_at IS NULL"
        )
    return (
        f"UPDATE touch_days SET n = n - 1 WHERE day = {_DAY.format(at=row + '.at')}"
        f" AND kind = {row}.kind AND industry = ({live});"
    )


TRIGGERS: dict[str, str] = {
    "touch_days_touch_insert": (f"AFTER INSERT ON touches BEGIN {_touch('+', 'NEW')} END"),
    "touch_days_touch_delete": (f"AFTER DELETE ON touches BEGIN {_touch('-', 'OLD')} END"),
    "touch_days_touch_update": (
        "AFTER UPDATE OF at, kind, contact_id ON touches"
        f" BEGIN {_touch('-', 'OLD')} {_touch('+', 'NEW')} END"
    ),
    # Trashed: its touches leave the counts; restored: they come back.
    "touch_days_contact_trash": (
        "AFTER UPDATE OF deleted_at ON contacts"
        " WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL"
        f" BEGIN {_subtract('OLD.id', 'OLD.industry')} END"
    ),
    "touch_days_contact_restore": (
        "AFTER UPDATE OF deleted_at ON contacts"
        " WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL"
        f" BEGIN {_add(_counts_of('NEW.id', 'NEW.industry'))} END"
    ),
    "touch_days_contact_industry": (
        "AFTER UPDATE OF industry ON contacts"
        " WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL"
        " AND OLD.industry IS NOT NEW.industry"
        f" BEGIN {_subtract('OLD.id', 'OLD.industry')}"
        f" {_add(_counts_of('NEW.id', 'NEW.industry'))} END"
    ),
    # Before the row goes: the cascade then deletes touches whose contact is gone,
    # which the touch trigger no longer counts.
    "touch_days_contact_delete": (
        "BEFORE DELETE ON contacts WHEN OLD.deleted_at IS NULL"
        f" BEGIN {_subtract('OLD.id', 'OLD.industry')} END"
    ),
}


def zone_signature(now: float | None = None) -> str:
    """The local zone as the counts depend on it: names and UTC offsets through a year."""
    moment = time.time() if now is None else now
    year = datetime.fromtimestamp(moment).year
    offsets = [datetime(year, month, 1, 12).astimezone().utcoffset() for month in range(1, 13)]
    seconds = ",".join(str(int(o.total_seconds())) if o else "0" for o in offsets)
    return f"{'/'.join(time.tzname)};{seconds}"


def available(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def install(conn: Connection) -> None:
    """Create the triggers (SQLite only) and count every touch."""
    if not available(conn):
        return
    for name, body in TRIGGERS.items():
        conn.execute(text(f"CREATE TRIGGER IF NOT EXISTS {name} {body}"))
    rebuild(conn)


def rebuild(conn: Connection) -> None:
    """Count every touch of live contacts again, in the current zone."""
    conn.execute(text("DELETE FROM touch_days"))
    conn.execute(
        text(
            "INSERT INTO touch_days (day, kind, industry, n)"
            f" SELECT {_DAY.format(at='t.at')}, t.kind, c.industry, count(*)"
            " FROM touches t JOIN contacts c ON c.id = t.contact_id"
            " WHERE c.deleted_at IS NULL GROUP BY 1, 2, 3"
        )
    )
    conn.execute(
        text(
            "INSERT INTO derived_state (name, value) VALUES (:name, :value)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value"
        ),
        {"name": ZONE_KEY, "value": zone_signature()},
    )


def zone_matches(conn: Connection) -> bool | None:
    """Whether the counts were made in the current zone; None on backends without them."""
    if not available(conn):
        return None
    stored = conn.execute(
        text("SELECT value FROM derived_state WHERE name = :name"), {"name": ZONE_KEY}
    ).scalar()
    return bool(stored == zone_signature())


def ensure_zone(conn: Connection) -> bool:
    """Rebuild the counts when they were made in another zone; True when usable.

    Call inside a write transaction. False on backends without the triggers.
    """
    matches = zone_matches(conn)
    if matches is False:
        rebuild(conn)
    return matches is not None
