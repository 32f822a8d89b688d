"""Command-line cases: `deskcrm stats --days 90 --json` and a page of `deskcrm contacts --json`.

App: what the command builds before printing (the dashboard written out as JSON; a
500-contact page of JSON objects with the method's facts). Floor: the chart floors of
cases_method for the same period, and raw sqlite3 reads of a page's columns, tags,
phones and coaches by primary key, each run through json.dumps as the app is.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from benchmarks.cases_list import INTERACTIVE_MS, INTERACTIVE_RATIO
from benchmarks.cases_method import DASHBOARD_PART, SERIES, ChartFloors, _same
from benchmarks.harness import Result, compare
from deskcrm.commands import contacts as contacts_command
from deskcrm.commands import stats as stats_command
from deskcrm.core.model import ContactQuery
from deskcrm.core.rules.closeness import TouchSummary, closeness
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.services import contact_list, tagging
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.dashboard import dashboard

STATS_JSON = "deskcrm stats --days 90 --json: every chart series written out"
CONTACTS_JSON = "deskcrm contacts --json: a page of 500 with coach, verification, closeness"
PAGE = contacts_command.PAGE


def stats_case(db: Database, conn: sqlite3.Connection, scale: int, repeat: int) -> Result:
    today = db.today()
    period = Period(today - timedelta(days=89), today)
    floors = ChartFloors(conn, period, today, db)

    def app() -> dict[str, Any]:
        board = dashboard(db, period)
        json.dumps(stats_command.document(period, board, is_month=False), ensure_ascii=False)
        return {
            name: pick(getattr(board, DASHBOARD_PART.get(name, name)))
            for name, (_, pick) in SERIES.items()
        }

    def floor() -> dict[str, Any]:
        found = {name: getattr(floors, name)() for name in SERIES}
        json.dumps({k: str(v) for k, v in found.items()}, ensure_ascii=False, indent=2)
        return found

    return compare(
        STATS_JSON,
        scale,
        app,
        floor,
        repeat=repeat,
        target_ratio=INTERACTIVE_RATIO,
        target_ms=INTERACTIVE_MS,
        same=lambda a, b: all(_same(name)(a[name], b[name]) for name in SERIES),
    )


def _contacts_floor(conn: sqlite3.Connection, ids: list[int], now: datetime) -> Any:
    marks = ",".join("?" * len(ids))

    def run() -> list[tuple[int, int | None, int]]:
        rows = conn.execute(
            "SELECT id, name, company, title, city, class_code, touch_count, last_touch_at,"
            " next_follow_up, notes, coach_id, verify_deciders, verify_veto, verify_start,"
            " qual_answered, qual_bad_points, near_touches, first_touch_at"
            f" FROM contacts WHERE id IN ({marks})",
            ids,
        ).fetchall()
        tags: dict[int, list[int]] = defaultdict(list)
        for cid, tid in conn.execute(
            f"SELECT contact_id, tag_id FROM contact_tags WHERE contact_id IN ({marks})", ids
        ):
            tags[cid].append(tid)
        phones: dict[int, list[str]] = defaultdict(list)
        for cid, e164 in conn.execute(
            f"SELECT contact_id, e164 FROM contact_phones WHERE contact_id IN ({marks})"
            " ORDER BY contact_id, position",
            ids,
        ):
            phones[cid].append(e164)
        coach_ids = sorted({r[10] for r in rows if r[10] is not None})
        coaches = dict(
            conn.execute(
                f"SELECT id, name FROM contacts WHERE id IN ({','.join('?' * len(coach_ids))})"
                " AND deleted_at IS NULL",
                coach_ids,
            ).fetchall()
            if coach_ids
            else []
        )
        by_id = {r[0]: r for r in rows}
        out = []
        docs = []
        for cid in ids:
            r = by_id[cid]
            last = None if r[7] is None else datetime.fromtimestamp(r[7], UTC)
            first = None if r[17] is None else datetime.fromtimestamp(r[17], UTC)
            near = closeness(TouchSummary(r[6], r[16], first, last), now)
            coach = coaches.get(r[10]) if r[10] is not None else None
            docs.append([*r[1:15], tags[cid], phones[cid], coach, near])
            out.append((cid, r[10] if coach else None, near))
        json.dumps(docs, ensure_ascii=False, indent=2, default=str)
        return out

    return run


def contacts_case(db: Database, conn: sqlite3.Connection, scale: int, repeat: int) -> Result:
    ids = contact_list.contact_ids(db, ContactQuery())[:PAGE]
    tags = tagging.list_tags(db)
    order = {t.id: i for i, t in enumerate(tags)}
    names = {t.id: t.name for t in tags}
    now = db.now()

    def app() -> list[tuple[int, int | None, int]]:
        rows = contacts_command._json_rows(db, ids, order, names)
        json.dumps(rows, ensure_ascii=False, indent=2)
        return [(r["id"], r["coach"] and r["coach"]["id"], r["closeness"]) for r in rows]

    return compare(
        CONTACTS_JSON,
        scale,
        app,
        _contacts_floor(conn, ids, now),
        repeat=repeat,
        target_ratio=INTERACTIVE_RATIO,
        target_ms=INTERACTIVE_MS,
    )


def run(db: Database, path: str, scale: int, repeat: int) -> list[Result]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [stats_case(db, conn, scale, repeat), contacts_case(db, conn, scale, repeat)]
    finally:
        conn.close()
