"""Backend-specific SQL in one place, so the rest of the app runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Dialect,
    Engine,
    Integer,
    Select,
    Table,
    any_,
    bindparam,
    case,
    cast,
    func,
    insert,
    literal_column,
    make_url,
    null,
    select,
    text,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import ClauseElement

from deskcrm.db.wal import wal_damage

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


def among(
    session: Session, column: ColumnElement[int] | InstrumentedAttribute[int], ids: Sequence[int]
) -> ColumnElement[bool]:
    """`column IN ids` for a long list of ids, passed as ONE bound value.

    SQLAlchemy's `in_(list)` renders one bound parameter per id on every execution
    (~45 ms of compiling for 10,000 ids, more than the query) and SQLite caps a
    statement at 32,766 of them, so long lists had to be cut into pages. SQLite reads
    the ids from a JSON array (json_each); PostgreSQL from an array (= ANY). The SQL
    text is the same for any list, so the statement cache serves every call.
    """
    values = [int(i) for i in ids]
    if session.get_bind().dialect.name == "sqlite":
        listed = func.json_each(bindparam(None, json.dumps(values))).table_valued("value")
        return column.in_(select(listed.c.value))
    return column == any_(bindparam(None, values, type_=ARRAY(column.type)))


def json_int(session: Session, column: Text, *path: str) -> ColumnElement[int]:
    """The whole number stored at `path` inside the JSON text in `column`, else NULL (empty
    or malformed text, the key missing, or not a whole number there), never an error.

    SQLite: json_valid first (json_extract raises on malformed text), then json_type, so a
    damaged value reads as nothing, as it does in Python. PostgreSQL 16+ (a text column, cast
    to jsonb): the same through pg_input_is_valid, jsonb_typeof and ->>; nested CASEs, since
    PostgreSQL does not promise to evaluate AND from left to right.
    """
    if not path:
        raise ValueError("json_int needs a path")
    if session.get_bind().dialect.name == "sqlite":
        where = "$." + ".".join(path)
        valid = (column != "") & (func.json_valid(column) == 1)
        whole = func.json_type(column, where) == "integer"
        return type_coerce(
            case(
                (valid, case((whole, func.json_extract(column, where)), else_=null())), else_=null()
            ),
            Integer,
        )
    outer: ColumnElement[Any] = cast(column, JSONB)
    for key in path[:-1]:
        outer = outer.op("->")(key)
    value = outer.op("->>")(path[-1])
    whole = (func.jsonb_typeof(outer.op("->")(path[-1])) == "number") & value.op("~")(
        r"^-?[0-9]{1,15}$"
    )
    return type_coerce(
        case(
            (
                func.pg_input_is_valid(column, "jsonb"),
                case((whole, cast(value, BigInteger)), else_=null()),
            ),
            else_=null(),
        ),
        Integer,
    )


def query_plan(session: Session, statement: Select[Any]) -> str:
    """The backend's plan for `statement`, one step per line (for checking index use)."""
    compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    if session.get_bind().dialect.name == "sqlite":
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        return "\n".join(str(r[-1]) for r in rows)
    rows = session.execute(text(f"EXPLAIN {compiled}")).all()
    return "\n".join(str(r[0]) for r in rows)


def not_via_index(session: Session, column: InstrumentedAttribute[str]) -> ColumnElement[str]:
    """`column` for ORDER BY, telling SQLite not to walk an index to get the order.

    SQLite's planner likes an index that delivers the ORDER BY even when a filter
    then rejects most rows it visits; unary + on the term hides the index (a
    documented SQLite idiom). Other backends plan this well and get the column.
    """
    expression = column.expression
    if session.get_bind().dialect.name == "sqlite":
        table = column.class_.__table__.name
        return literal_column(f"+{table}.{expression.key}", type_=expression.type)
    return expression


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


SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:" or parsed.query.get("mode") == "memory":
        return None
    name = parsed.database
    if name.startswith("file:"):
        name = name[len("file:") :].split("?", 1)[0]
    return Path(name)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A driver connection that cannot write to `path` (nor create it)."""
    # uri=True + mode=ro: SQLite refuses every write, including the journal
    # mode switch our engine makes on connect, so a suspect file stays as it is.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def diagnose_sqlite_file(
    path: Path, *, thorough: bool = False, walk_pages: bool = True
) -> tuple[str, list[str]] | None:
    """Why `path` is not a healthy SQLite database, as (reason, details); None when healthy.

    Reasons: "not_a_database" (wrong header), "truncated" (shorter than its
    header says and unreadable, or empty), "wal_damaged" (its write-ahead log holds
    committed transactions SQLite would drop, db/wal.py), "check_failed" (quick_check,
    or integrity_check when `thorough`, found problems). Only reads the file.
    `walk_pages=False` checks the header only (for a file known to be untouched since
    it was last checked).
    """
    size = path.stat().st_size
    if size == 0:
        return "truncated", ["empty file"]
    with path.open("rb") as fh:
        header = fh.read(_HEADER_SIZE)
    if not header.startswith(SQLITE_MAGIC):
        return "not_a_database", ["bad header"]
    if len(header) < _HEADER_SIZE:
        return "truncated", [f"{size} bytes, shorter than the header"]
    # Before anything opens the file: the first connection would replay the log up to
    # its damage and then empty it.
    lost = wal_damage(path)
    if lost is not None:
        return "wal_damaged", lost
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The in-header page count is trusted only while the "version valid for"
    # number matches the change counter (the same rule SQLite applies). A file shorter
    # than that is not damaged by itself: a checkpoint stopped by a full disk leaves the
    # header updated and the pages still in the write-ahead log, and SQLite reads it
    # whole. Only what SQLite cannot read is called truncated.
    if header[92:96] == header[24:28] and size < pages * page_size:
        short = f"{size} bytes, header says {pages} pages of {page_size}"
        found = _pragma_check(path, "quick_check")
        return None if found is None else ("truncated", [short, *found[1]])
    if not walk_pages:
        return None
    return _pragma_check(path, "integrity_check" if thorough else "quick_check")


def _pragma_check(path: Path, pragma: str) -> tuple[str, list[str]] | None:
    try:
        conn = open_read_only(path)
        try:
            found = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        # "file is not a database" / "database disk image is malformed"
        return "check_failed", [str(exc)]
    return None if found == ["ok"] else ("check_failed", found)


def bulk_rows(
    session: Session,
    statement: ClauseElement,
    *,
    first_column: bool = False,
    convert: bool = False,
) -> list[Any]:
    """All rows of `statement` as plain tuples, fetched from the driver's own cursor.

    SQLAlchemy still compiles (with its statement cache) and binds the parameters
    (aware datetimes to epoch seconds, IN lists), but its per-row result processing,
    about a microsecond a row (a third of a 100,000-contact export), is skipped.
    Runs inside the session's transaction, so it sees the same snapshot as the rest
    of the unit. Values come as stored unless `convert` applies the column types'
    result conversions (epoch seconds to aware datetimes, ISO text to dates) for a
    Select's rows. `first_column` returns just the first value of each row (a list
    of ids for the contacts table).
    """
    conn = session.connection()
    result = conn.execute(statement)  # type: ignore[call-overload]
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    if first_column:
        return [row[0] for row in rows]
    if not convert or not isinstance(statement, Select):
        return [tuple(row) for row in rows]
    processors = [
        (i, p)
        for i, column in enumerate(statement.selected_columns)
        if (p := column.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None))
        is not None
    ]
    out = []
    for row in rows:
        values = list(row)
        for i, process in processors:
            values[i] = process(values[i])
        out.append(tuple(values))
    return out


# Distinct bound forms kept per table (defaults and timestamps repeat row after row).
BOUND_MEMO = 1024


def _getter(keys: Sequence[str]) -> Callable[[Any], tuple[Any, ...]]:
    """attrgetter that returns a tuple for one key too."""
    if len(keys) == 1:
        one = attrgetter(keys[0])
        return lambda obj: (one(obj),)
    return attrgetter(*keys)


class BulkInsert:
    """Rows of one table queued as tuples and written with the driver's executemany,
    bound as SQLAlchemy would bind them.

    Core's insert() builds and type-processes a parameter dict per row, which cost
    more than SQLite's own insert. Here the statement is compiled once, with the
    columns that need a bind processor (booleans, dates, EpochSeconds) last: their
    values repeat from row to row (defaults, the same second), so their bound form
    is looked up rather than computed per row.
    """

    def __init__(self, dialect: Dialect, table: Table, keys: Sequence[str]) -> None:
        plain: list[str] = []
        bound: list[str] = []
        self.process: list[Callable[[Any], Any]] = []
        for key in keys:
            column = table.c[key]
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            if process is None:
                plain.append(column.key)
            else:
                bound.append(column.key)
                self.process.append(process)
        self.keys = tuple(plain + bound)
        self.plain = _getter(plain)
        self.raw = _getter(bound) if bound else None
        self.memo: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        self.rows: list[tuple[Any, ...]] = []
        compiled = insert(table).compile(dialect=dialect, column_keys=list(self.keys))
        self.sql = str(compiled)
        # A positional driver (SQLite's "?") takes tuples in the statement's column order.
        order = tuple(compiled.positiontup or ())
        self.reorder: Callable[[tuple[Any, ...]], tuple[Any, ...]] | None = None
        self.positional = bool(compiled.positional) and sorted(order) == sorted(self.keys)
        if self.positional and order != self.keys:
            self.reorder = itemgetter(*(self.keys.index(k) for k in order))

    def add_object(self, obj: Any) -> None:
        """Queue the row an object's attributes (named like the columns) make."""
        if self.raw is None:
            self.rows.append(self.plain(obj))
            return
        raw = self.raw(obj)
        bound = self.memo.get(raw)
        if bound is None:
            if len(self.memo) >= BOUND_MEMO:
                self.memo.clear()
            bound = self.memo[raw] = tuple(p(v) for p, v in zip(self.process, raw, strict=True))
        self.rows.append(self.plain(obj) + bound)

    def write(self, conn: Connection) -> None:
        if not self.rows:
            return
        if self.positional:
            params: list[Any] = self.rows
            if self.reorder is not None:
                params = list(map(self.reorder, params))
        else:
            params = [dict(zip(self.keys, r, strict=True)) for r in self.rows]
        conn.exec_driver_sql(self.sql, params)
        self.rows = []
