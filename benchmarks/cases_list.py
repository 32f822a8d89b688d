"""Contact list cases: tag filters, search per keystroke and built-in views (issue cases 2, 3, 5).

App: the contact-list service the screen uses (ordered ids, then the first page of rows).
Floor: the same answer from raw sqlite3 with hand-written SQL on the best index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from benchmarks.harness import Result, compare
from deskcrm.core.model import ContactQuery
from deskcrm.core.rules import closeness
from deskcrm.core.rules.cadence import STUCK_TOUCHES
from deskcrm.core.rules.pinyin import cut_initials, cut_pattern, mixed_cuts, shared_initials
from deskcrm.core.rules.qualification_score import DECIDING_CODES, QUALIFY_BY_TOUCHES
from deskcrm.core.rules.referrals import AskTimes
from deskcrm.core.services import contact_list
from deskcrm.core.services.database import Database

PAGE = 200
INTERACTIVE_RATIO = 1.5
INTERACTIVE_MS = 100.0

# With a filter, a plain scan plus a sort of the matches beats walking the name index.
ORDER = " ORDER BY +c.name_sort, c.id"
LIVE = "c.deleted_at IS NULL"


def _app(db: Database, query: ContactQuery) -> Callable[[], Any]:
    def run() -> tuple[int, list[int]]:
        ids = contact_list.contact_ids(db, query)
        rows = contact_list.rows_by_ids(db, ids[:PAGE])
        return len(ids), [r.id for r in rows]

    return run


def _floor(conn: sqlite3.Connection, where: str, params: tuple[Any, ...]) -> Callable[[], Any]:
    sql = f"SELECT c.id FROM contacts c WHERE {LIVE} AND ({where}){ORDER}"

    def run() -> tuple[int, list[int]]:
        ids = [r[0] for r in conn.execute(sql, params)]
        page = ids[:PAGE]
        marks = ",".join("?" * len(page))
        rows = conn.execute(
            "SELECT id, name, company, class_code, touch_count, last_touch_at, next_follow_up,"
            f" city, title FROM contacts WHERE id IN ({marks})",
            page,
        ).fetchall()
        tags = conn.execute(
            f"SELECT contact_id, tag_id FROM contact_tags WHERE contact_id IN ({marks})", page
        ).fetchall()
        found = {r[0] for r in rows}
        assert len(tags) >= 0
        return len(ids), [i for i in page if i in found]

    return run


def _has(tag: int) -> str:
    return f"c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = {tag})"


def _range(column: str, key: str) -> str:
    upper = key[:-1] + chr(ord(key[-1]) + 1)
    return f"(c.{column} >= '{key}' AND c.{column} < '{upper}')"


def _pinyin(key: str) -> str:
    """Whole spelling or initials by prefix, or a typed cut: its initials' range and pattern
    (rows whose initials cannot start any cut skip the subquery's lookup)."""
    prefixes = f"{_range('name_pinyin', key)} OR {_range('name_initials', key)}"
    cuts = mixed_cuts(key)
    if not cuts:
        return prefixes
    tests = " OR ".join(
        f"({_range('name_initials', cut_initials(cut)).replace('c.', 't.')}"
        f" AND t.name_syllables LIKE '{cut_pattern(cut)}')"
        for cut in cuts
    )
    return (
        f"{prefixes} OR ({_range('name_initials', shared_initials(cuts))}"
        f" AND c.id IN (SELECT t.id FROM contacts t WHERE {tests}))"
    )


def run(db: Database, path: str, scale: int, repeat: int) -> list[Result]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tags = dict(conn.execute("SELECT builtin, id FROM tags WHERE builtin IS NOT NULL"))
    y, vip, m = tags["Y"], tags["VIP"], tags["M"]
    results: list[Result] = []

    def case(name: str, query: ContactQuery, where: str, params: tuple[Any, ...] = ()) -> None:
        results.append(
            compare(
                name,
                scale,
                _app(db, query),
                _floor(conn, where, params),
                repeat=repeat,
                target_ratio=INTERACTIVE_RATIO,
                target_ms=INTERACTIVE_MS,
            )
        )

    case(
        "list: Y AND VIP AND NOT M",
        ContactQuery(require=(y, vip), exclude=(m,)),
        f"{_has(y)} AND {_has(vip)} AND NOT {_has(m)}",
    )
    case(
        "list: Y OR VIP",
        ContactQuery(require=(y, vip), any_of=True),
        f"c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id IN ({y}, {vip}))",
    )
    case(
        "list: Y AND VIP + text 杭州",
        ContactQuery(text="杭州", require=(y, vip)),
        f"{_has(y)} AND {_has(vip)} AND (c.name LIKE ? OR c.company LIKE ?)",
        ("%杭州%", "%杭州%"),
    )
    word = "zhangwei"
    for key in [word[:n] for n in range(1, len(word) + 1)] + ["zw", "zhangzq", "zzqiang"]:
        case(
            f"search: {key!r}",
            ContactQuery(text=key),
            f"c.name LIKE ? OR c.company LIKE ? OR {_pinyin(key)}",
            (f"%{key}%", f"%{key}%"),
        )
    case(
        "search: '伟'",
        ContactQuery(text="伟"),
        "c.name LIKE ? OR c.company LIKE ?",
        ("%伟%", "%伟%"),
    )
    case(
        "search: phone '8001'",
        ContactQuery(text="8001"),
        "c.id IN (SELECT contact_id FROM contact_phones WHERE digits LIKE '%8001%')",
    )
    cutoff = int((db.now() - timedelta(days=180)).timestamp())
    case(
        "view: VIP not touched in 180 days",
        ContactQuery(view=contact_list.View.VIP_STALE.value),
        f"{_has(vip)} AND (c.last_touch_at IS NULL OR c.last_touch_at < {cutoff})",
    )
    case(
        "view: follow-up due today",
        ContactQuery(view=contact_list.View.DUE_TODAY.value),
        "c.next_follow_up IS NOT NULL AND c.next_follow_up <= ?",
        (db.today().isoformat(),),
    )
    stuck = ",".join(str(n) for n in STUCK_TOUCHES)
    case(
        "view: stuck at 3 touches",
        ContactQuery(view=contact_list.View.STUCK_AT_3.value),
        f"c.touch_count IN ({stuck}) AND NOT {_has(m)}"
        " AND (c.class_code IS NULL OR c.class_code != 'D')",
    )
    deciding = ",".join(f"'{code}'" for code in DECIDING_CODES)
    asked = 9 + int(conn.execute("SELECT count(*) FROM own_questions").fetchone()[0])
    case(
        "view: not qualified",
        ContactQuery(view=contact_list.View.NOT_QUALIFIED.value),
        f"(c.qual_worst IN ({deciding}) OR (c.touch_count >= {QUALIFY_BY_TOUCHES}"
        f" AND c.qual_answered * 2 < {asked})) AND NOT {_has(m)}"
        " AND (c.class_code IS NULL OR c.class_code != 'D')",
    )
    now = db.now()

    def ago(days: int) -> int:
        return int((now - timedelta(days=days)).timestamp())

    times = AskTimes.read(db.get_settings)
    case(
        "view: ask for a referral",
        ContactQuery(view=contact_list.View.ASK_REFERRAL.value),
        f"(c.referral_asked_at IS NULL OR c.referral_asked_at < {ago(times.interval)})"
        f" AND (c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id IN ({m}, {vip}))"
        " OR c.id IN (SELECT contact_id FROM deals WHERE status = 'lost'"
        f" AND closed_at >= {ago(times.window)} AND closed_at < {ago(times.rest)}))",
    )
    case(
        "view: customers going cold",
        ContactQuery(view=contact_list.View.GOING_COLD.value),
        f"c.touch_count >= {closeness.COLD_MIN_TOUCHES}"
        f" AND c.last_touch_at < {ago(closeness.COLD_MIN_DAYS)}"
        f" AND c.last_touch_at >= {ago(closeness.COLD_MAX_DAYS)}"
        f" AND c.first_touch_at IS NOT NULL AND ({int(now.timestamp())} - c.last_touch_at)"
        f" * (c.touch_count - 1) > {closeness.COLD_GAP_FACTOR}"
        " * (c.last_touch_at - c.first_touch_at)"
        f" AND ({_has(m)} OR c.id IN (SELECT contact_id FROM deals WHERE status = 'won'))",
    )
    conn.close()
    return results
