"""Write cases: logging a visit with its hook, follow-up and typed tags (touches.log_touch).

They run on a copy of the cached database in a temporary directory (removed afterwards),
so the cache never changes and the read cases stay comparable from run to run. The copy
sits next to the cache, on the same disk: a commit's fsync is part of what is measured.

App: `touches.log_touch`, the one writer the visit dialog, the call screen and
`deskcrm log` use. Floor: the same rows written the most direct way with raw sqlite3 in
one transaction, on a connection with the app's durability (WAL, synchronous=FULL,
foreign keys): the touch row, the typed tags looked up on their unique name (a missing
one created), the visit's Y with N removed, and the contact's touch summary updated in
place (count + 1, the new touch being the latest) instead of recomputed.

Every repetition logs a new touch, and its second typed tag is a new name, so each
write also creates a tag. App and floor write on different contacts in the same state
(ordinary ones tagged N with ~10 touches; for the heavy one the floor writes on a clone
of it), and must leave the same rows behind.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.cases_method import INTERACTIVE_MS, INTERACTIVE_RATIO
from benchmarks.generate import HEAVY_CONTACT, NOW
from benchmarks.harness import Result, compare
from deskcrm.core.io.tag_split import split_tags
from deskcrm.core.model import BuiltinTag, Outcome, TouchKind
from deskcrm.core.rules.tags import EXCLUSIVE, implied_by_touch
from deskcrm.core.services import touches
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.core.services.touches import TouchInput
from deskcrm.db.base import Base

# What the rep logs after the visit. EXISTING is a tag of the synthetic data.
KIND = TouchKind.VISIT.value
OUTCOME = Outcome.CONNECTED.value
NOTES = "看了样机，关心价格和安装"
NEXT_STEP = "周五带报价和安装方案再去"
FOLLOW_UP_DAYS = 3
EXISTING = "地区04"
NEW_TAG_COLOR = "#607d8b"
ORDINARY_TOUCHES = (8, 12)
VISIT = "visit: log a touch with a hook, follow-up and two typed tags"
VISIT_HEAVY = "visit: the same on a contact with"
# A floor this fast is mostly fixed costs; its ratio is shown but not a target
# (as for the sub-millisecond chart floors, see README "Benchmarks").
SUB_MS_FLOOR = 1.0


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` (its WAL included) through sqlite3's backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def floor_connection(path: Path) -> sqlite3.Connection:
    """A raw connection with the durability the app's engine sets (db/engine.py)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


@dataclass(frozen=True)
class Written:
    contact_id: int
    touch_id: int
    new_tag: str


def _typed(side: str, n: int) -> str:
    # Typed as a rep types it: an existing tag and a new one, joined by 、.
    return f"{EXISTING}、意向-{side}-{n}"


def clone_contact(conn: sqlite3.Connection, contact_id: int) -> int:
    """A new contact with the same columns, tags and touches as `contact_id`."""
    cols = [c.name for c in Base.metadata.tables["contacts"].columns if c.name != "id"]
    names = ", ".join(cols)
    conn.execute("BEGIN")
    new_id = conn.execute(
        f"INSERT INTO contacts ({names}) SELECT {names} FROM contacts WHERE id = ?",
        (contact_id,),
    ).lastrowid
    assert new_id is not None
    conn.execute(
        "INSERT INTO contact_tags (contact_id, tag_id) SELECT ?, tag_id FROM contact_tags"
        " WHERE contact_id = ?",
        (new_id, contact_id),
    )
    rest = [c.name for c in Base.metadata.tables["touches"].columns]
    rest = [c for c in rest if c not in ("id", "contact_id")]
    conn.execute(
        f"INSERT INTO touches (contact_id, {', '.join(rest)}) SELECT ?, {', '.join(rest)}"
        " FROM touches WHERE contact_id = ? ORDER BY id",
        (new_id, contact_id),
    )
    conn.execute("COMMIT")
    return new_id


def ordinary_contacts(conn: sqlite3.Connection, count: int) -> list[int]:
    """Live contacts tagged N, without EXISTING, with ~10 touches: a first visit's state."""
    builtin = dict(conn.execute("SELECT builtin, id FROM tags WHERE builtin IS NOT NULL"))
    existing = conn.execute("SELECT id FROM tags WHERE name = ?", (EXISTING,)).fetchone()[0]
    rows = conn.execute(
        "SELECT c.id FROM contacts c JOIN contact_tags n ON n.contact_id = c.id AND n.tag_id = ?"
        " WHERE c.deleted_at IS NULL AND c.id != ? AND c.touch_count BETWEEN ? AND ?"
        " AND NOT EXISTS (SELECT 1 FROM contact_tags e WHERE e.contact_id = c.id"
        " AND e.tag_id = ?) ORDER BY c.id LIMIT ?",
        (builtin[BuiltinTag.N.value], HEAVY_CONTACT, *ORDINARY_TOUCHES, existing, count),
    ).fetchall()
    if len(rows) < count:
        raise RuntimeError(f"only {len(rows)} contacts fit the visit case, {count} needed")
    return [r[0] for r in rows]


def _app(db: Database, contacts: Callable[[int], int], follow_up: date) -> Callable[[], Any]:
    done: list[Written] = []

    def run() -> list[Written]:
        cid = contacts(len(done))
        typed = _typed("app", len(done))
        touch_id, _ = touches.log_touch(
            db,
            TouchInput(
                contact_id=cid,
                kind=KIND,
                outcome=OUTCOME,
                notes=NOTES,
                next_step=NEXT_STEP,
                next_follow_up=follow_up,
                new_tags=typed,
            ),
        )
        done.append(Written(cid, touch_id, split_tags(typed)[-1]))
        return done

    return run


def _floor(
    conn: sqlite3.Connection, contacts: Callable[[int], int], follow_up: date, now: datetime
) -> Callable[[], Any]:
    builtin = dict(conn.execute("SELECT builtin, id FROM tags WHERE builtin IS NOT NULL"))
    implied = [builtin[b.value] for b in implied_by_touch(KIND, OUTCOME)]
    cleared = [builtin[p.value] for b in implied_by_touch(KIND, OUTCOME) if (p := EXCLUSIVE.get(b))]
    at = int(now.timestamp())
    day = follow_up.isoformat()
    done: list[Written] = []

    def run() -> list[Written]:
        cid = contacts(len(done))
        names = split_tags(_typed("floor", len(done)))
        conn.execute("BEGIN IMMEDIATE")
        touch_id = conn.execute(
            "INSERT INTO touches (contact_id, kind, at, duration_s, outcome, notes, next_step,"
            " next_follow_up, details, created_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?, '', ?)",
            (cid, KIND, at, OUTCOME, NOTES, NEXT_STEP, day, at),
        ).lastrowid
        tags = list(implied)
        for name in names:
            row = conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
            if row is None:
                row = (
                    conn.execute(
                        "INSERT INTO tags (name, builtin, group_id, color, position)"
                        " VALUES (?, NULL, NULL, ?, 0)",
                        (name, NEW_TAG_COLOR),
                    ).lastrowid,
                )
            tags.append(row[0])
        conn.executemany(
            "DELETE FROM contact_tags WHERE contact_id = ? AND tag_id = ?",
            [(cid, t) for t in cleared],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)",
            [(cid, t) for t in tags],
        )
        # The new touch is the latest (at = now): count + 1, its hook and follow-up.
        conn.execute(
            "UPDATE contacts SET touch_count = touch_count + 1,"
            " last_touch_at = max(coalesce(last_touch_at, ?1), ?1), next_step = ?2,"
            " next_follow_up = ?3, updated_at = ?1 WHERE id = ?4",
            (at, NEXT_STEP, day, cid),
        )
        conn.execute("COMMIT")
        assert touch_id is not None
        done.append(Written(cid, touch_id, names[-1]))
        return done

    return run


class Snapshot:
    """Contacts' tags and touch counts before the writes, to describe what each write did."""

    def __init__(self, conn: sqlite3.Connection, contact_ids: list[int]):
        self.conn = conn
        self.before = {cid: (*self._summary(cid), self._tags(cid)) for cid in set(contact_ids)}

    def _summary(self, cid: int) -> tuple[int, int | None]:
        count, last_call = self.conn.execute(
            "SELECT touch_count, last_call_at FROM contacts WHERE id = ?", (cid,)
        ).fetchone()
        return int(count), last_call

    def _tags(self, cid: int) -> frozenset[str]:
        return frozenset(
            r[0]
            for r in self.conn.execute(
                "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
                " WHERE ct.contact_id = ?",
                (cid,),
            )
        )

    def describe(self, side: str, writes: list[Written]) -> list[tuple[Any, ...]]:
        """Per write: the touch row, the contact's change, the new tag's row; side-neutral."""
        out = []
        for w in writes:
            count, last_call, tags = self.before[w.contact_id]
            touch = self.conn.execute(
                "SELECT kind, at, duration_s, outcome, notes, next_step, next_follow_up, details,"
                " created_at FROM touches WHERE id = ? AND contact_id = ?",
                (w.touch_id, w.contact_id),
            ).fetchone()
            contact = self.conn.execute(
                "SELECT touch_count, last_touch_at, next_step, next_follow_up, updated_at,"
                " last_call_at FROM contacts WHERE id = ?",
                (w.contact_id,),
            ).fetchone()
            truth = self.conn.execute(
                "SELECT count(*), max(at) FROM touches WHERE contact_id = ?", (w.contact_id,)
            ).fetchone()
            new_tag = self.conn.execute(
                "SELECT builtin, group_id, color, position FROM tags WHERE name = ?",
                (w.new_tag,),
            ).fetchone()
            after = self._tags(w.contact_id)
            marker = f"-{side}-"
            out.append(
                (
                    touch,
                    contact[0] - count,
                    contact[1:5],
                    contact[5] == last_call,  # a visit is no call
                    truth == (contact[0], contact[1]),
                    sorted(n.replace(marker, "-") for n in after - tags),
                    sorted(tags - after),
                    new_tag,
                )
            )
        return out


def visit_cases(path: Path, scale: int, repeat: int) -> list[Result]:
    db = open_database(f"sqlite:///{path}", clock=lambda: NOW)
    conn = floor_connection(path)
    try:
        follow_up = db.today() + timedelta(days=FOLLOW_UP_DAYS)
        writes = repeat + 1  # measure() adds a warm-up run
        pool = ordinary_contacts(conn, 2 * writes)
        app_pool, floor_pool = pool[0::2], pool[1::2]
        heavy_clone = clone_contact(conn, HEAVY_CONTACT)
        snap = Snapshot(conn, [*pool, HEAVY_CONTACT, heavy_clone])
        heavy_n = snap.before[HEAVY_CONTACT][0]

        def same(a: list[Written], b: list[Written]) -> bool:
            return snap.describe("app", a) == snap.describe("floor", b)

        results = []
        cases: list[tuple[str, Callable[[int], int], Callable[[int], int]]] = [
            (VISIT, app_pool.__getitem__, floor_pool.__getitem__),
            (f"{VISIT_HEAVY} {heavy_n} touches", lambda _: HEAVY_CONTACT, lambda _: heavy_clone),
        ]
        for label, app_contacts, floor_contacts in cases:
            results.append(
                _interactive(
                    compare(
                        label,
                        scale,
                        _app(db, app_contacts, follow_up),
                        _floor(conn, floor_contacts, follow_up, db.now()),
                        repeat=repeat,
                        target_ratio=INTERACTIVE_RATIO,
                        target_ms=INTERACTIVE_MS,
                        same=same,
                    )
                )
            )
        return results
    finally:
        conn.close()
        db.dispose()


def _interactive(result: Result) -> Result:
    """A sub-millisecond floor keeps only the <100 ms target (its ratio is still shown)."""
    if result.floor_ms is not None and result.floor_ms < SUB_MS_FLOOR:
        result.target_ratio = None
        result.ok = not result.note and (result.app_ms or 0) <= INTERACTIVE_MS
    return result


def run(path: str, scale: int, repeat: int) -> list[Result]:
    """The write cases on a throwaway copy of `path`, next to it on the same disk."""
    source = Path(path)
    work = Path(tempfile.mkdtemp(prefix="write-", dir=source.parent))
    try:
        copy = work / source.name
        copy_database(source, copy)
        return visit_cases(copy, scale, repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
