"""Messaging case: a 话术 template filled for a 10,000-contact segment (issue 18).

App: `messaging.segment_messages`, what `deskcrm message` and a queue call: the contact
list's own query for the segment (Y AND M, the first 10,000 in list order), then each
contact's fields, gender tags, latest deal title and recent WeChat touches (one query each),
and the template filled per contact (forms of address, dropped clauses).
Floor: the same contacts and the same columns (with the gender tags) read with raw
sqlite3 (hand-written SQL on the best indexes, pages of 5,000 ids) and every placeholder
filled with str.replace.
Both must list the same contacts in the same order with the same recently-messaged
flags; the texts differ by design (the floor drops no clause and says no 张总).

The template is stored on a throwaway copy of the cached database, so the cache never
changes (as for the write cases).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.cases_method import INTERACTIVE_MS, INTERACTIVE_RATIO
from benchmarks.cases_write import copy_database
from benchmarks.generate import NOW
from benchmarks.harness import Result, compare
from deskcrm.core.model import ContactQuery
from deskcrm.core.services import messaging, templates
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database

SEGMENT = 10_000
CASE = "message: fill a 10,000-contact segment"
TEXT = (
    "{address}您好！{company}的{product}用得怎么样？"
    "距离上次联系已经{days_since}天了，上次您说{last_promise}，这周方便吗？"
)
PAGE = 5_000  # ids per IN list in the floor (raw sqlite3 binds them cheaply)


def _app(db: Database, query: ContactQuery, template_id: int) -> Callable[[], Any]:
    def run() -> list[tuple[int, bool]]:
        queue = messaging.segment_messages(db, query, template_id, limit=SEGMENT)
        return [(m.contact_id, m.recently_messaged) for m in queue]

    return run


def _floor(
    conn: sqlite3.Connection, y: int, m: int, quiet_days: int, genders: list[int]
) -> Callable[[], Any]:
    ids_sql = (
        "SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL"
        " AND c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = ?)"
        " AND c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = ?)"
        " ORDER BY c.name_sort, c.id LIMIT ?"
    )
    since = int((NOW - timedelta(days=quiet_days)).timestamp())
    today = NOW.astimezone().date()

    def run() -> list[tuple[int, bool]]:
        ids = [r[0] for r in conn.execute(ids_sql, (y, m, SEGMENT))]
        out: list[tuple[int, bool]] = []
        for start in range(0, len(ids), PAGE):
            page = ids[start : start + PAGE]
            marks = ",".join("?" * len(page))
            rows = {
                r[0]: r
                for r in conn.execute(
                    "SELECT id, name, title, company, next_step, last_touch_at"
                    f" FROM contacts WHERE id IN ({marks})",
                    page,
                )
            }
            product = dict(
                conn.execute(
                    "SELECT contact_id, title FROM deals"
                    f" WHERE contact_id IN ({marks}) AND title != ''"
                    " ORDER BY contact_id, created_at, id",
                    page,
                ).fetchall()
            )
            # The gender tags (王姐, Mr. Li): read as the app must, though not used here.
            gender_marks = ",".join("?" * len(genders))
            conn.execute(
                "SELECT contact_id, tag_id FROM contact_tags"
                f" WHERE contact_id IN ({marks}) AND tag_id IN ({gender_marks})",
                [*page, *genders],
            ).fetchall()
            recent = {
                r[0]
                for r in conn.execute(
                    "SELECT DISTINCT contact_id FROM touches"
                    f" WHERE contact_id IN ({marks}) AND kind = 'wechat' AND at >= ?",
                    [*page, since],
                )
            }
            for cid in page:
                _, name, _title, company, next_step, last = rows[cid]
                days = (
                    "" if last is None else str((today - datetime.fromtimestamp(last).date()).days)
                )
                text = (
                    TEXT.replace("{address}", name)
                    .replace("{company}", company)
                    .replace("{product}", product.get(cid, ""))
                    .replace("{days_since}", days)
                    .replace("{last_promise}", next_step)
                )
                assert "{" not in text
                out.append((cid, cid in recent))
        return out

    return run


def message_cases(path: Path, scale: int, repeat: int) -> list[Result]:
    db = open_database(f"sqlite:///{path}", clock=lambda: NOW)
    conn = sqlite3.connect(path)
    try:
        template_id, _ = templates.create_template(db, "benchmark", TEXT)
        builtin = dict(conn.execute("SELECT builtin, id FROM tags WHERE builtin IS NOT NULL"))
        y, m = builtin["Y"], builtin["M"]
        query = ContactQuery(require=(y, m))
        quiet = int(db.get_setting("messages.quiet_days"))
        words = [w for w, _gender in messaging.GENDER_TAGS]
        genders = [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM tags WHERE lower(name) IN ({','.join('?' * len(words))})",
                words,
            )
        ]
        result = compare(
            CASE,
            scale,
            _app(db, query, template_id),
            _floor(conn, y, m, quiet, genders),
            repeat=repeat,
            target_ratio=INTERACTIVE_RATIO,
            target_ms=INTERACTIVE_MS,
        )
        return [result]
    finally:
        conn.close()
        db.dispose()


def run(path: str, scale: int, repeat: int) -> list[Result]:
    """The messaging case on a throwaway copy of `path` (it stores one template)."""
    source = Path(path)
    work = Path(tempfile.mkdtemp(prefix="messages-", dir=source.parent))
    try:
        copy = work / source.name
        copy_database(source, copy)
        return message_cases(copy, scale, repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
