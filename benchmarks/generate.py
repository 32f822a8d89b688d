"""A deterministic synthetic database at any scale, built through the app's own schema.

The schema comes from the app's migrations (open_database); rows are written with
raw sqlite3 executemany in large transactions (the fastest path, docs/performance.md §7)
using the app's own rules for the derived columns (pinyin keys, E.164 phones), and
every column the models declare gets its model default, so the app reads these
rows exactly as it reads its own.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from deskcrm.core.demo.companies import INDUSTRIES
from deskcrm.core.demo.names import GIVEN_FEMALE, GIVEN_MALE, SURNAMES
from deskcrm.core.demo.places import CITIES, MOBILE_PREFIXES
from deskcrm.core.model import ReferrerKind
from deskcrm.core.rules.closeness import NEAR_KINDS
from deskcrm.core.rules.phones import parse_phone
from deskcrm.core.rules.pinyin import name_columns
from deskcrm.core.services.startup import open_database
from deskcrm.db import migrate
from deskcrm.db.base import Base

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
KINDS = ("call", "call", "call", "wechat", "visit", "sms", "email", "meeting")
OUTCOMES = ("connected", "no_answer", "interested", "")
REFERRER_KINDS = (*(k.value for k in ReferrerKind), None)
CUSTOM_GROUPS = ("行业", "来源", "意向产品", "群发分组", "地区")
CACHE = Path(__file__).resolve().parents[1] / ".bench-cache"
# Bumped whenever the generated data changes, so a stale cached database is not reused.
GENERATOR_VERSION = 5
# The contact the call-screen case opens: it gets this many of the touches (issue case 9).
HEAVY_CONTACT = 1
HEAVY_TOUCHES = 500
# Calls made from the call screen carry details (the "my calls" chart reads them); a hook
# (next step) is left on some calls. A few details are damaged, as old or hand-edited ones are.
CALL_DETAILS_SHARE = 0.1
CALL_HOOK_SHARE = 0.4
DAMAGED_DETAILS_SHARE = 0.01


def call_details(rng: random.Random) -> str:
    """A call's details as the call screen stores them: voice checks, the talk timed with F6
    (sometimes too little to count), the outline's sections."""
    if rng.random() < DAMAGED_DETAILS_SHARE:
        return '{"talk":'
    talk = rng.randint(10, 600)
    rep = rng.randint(0, talk)
    total = rng.randint(3, 7)
    done = ",".join(f'"{n}"' for n in range(rng.randint(0, total)))
    return (
        f'{{"v":1,"sections_done":[{done}],"sections_total":{total},'
        f'"tone":["smile","speed"],"talk":{{"rep":{rep},"customer":{talk - rep}}}}}'
    )


def touches_for(contacts: int) -> int:
    return contacts * 10


def cache_path(scale: int, seed: int) -> Path:
    return CACHE / f"{scale}-{seed}-g{GENERATOR_VERSION}-{migrate.head_revision()}.sqlite3"


def _defaults(table: Table) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        value = getattr(default, "arg", None) if default is not None else None
        out[column.name] = value if not callable(value) else None
    return out


def insert_rows(
    conn: sqlite3.Connection, table: Table, rows: Iterator[dict[str, Any]], batch: int = 20000
) -> int:
    base = _defaults(table)
    names = [c.name for c in table.columns]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    count = 0
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        full = base | row
        chunk.append(tuple(full[n] for n in names))
        if len(chunk) >= batch:
            conn.executemany(sql, chunk)
            count += len(chunk)
            chunk.clear()
    if chunk:
        conn.executemany(sql, chunk)
        count += len(chunk)
    return count


def _epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def build(path: Path, scale: int, seed: int = 7) -> Path:
    """Write a database with `scale` contacts (and 10 touches per contact) to `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    open_database(f"sqlite:///{path}").dispose()
    rng = random.Random(seed)
    tables = Base.metadata.tables
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    now = _epoch(NOW)
    builtin = dict(conn.execute("SELECT builtin, id FROM tags WHERE builtin IS NOT NULL"))
    group_ids = []
    for i, group in enumerate(CUSTOM_GROUPS):
        cur = conn.execute("INSERT INTO tag_groups (name, position) VALUES (?, ?)", (group, i))
        group_ids.append(cur.lastrowid)
    custom = []
    for i in range(50):
        cur = conn.execute(
            "INSERT INTO tags (name, group_id, color, position) VALUES (?, ?, ?, ?)",
            (f"{CUSTOM_GROUPS[i % 5]}{i:02d}", group_ids[i % 5], "#607d8b", i),
        )
        custom.append(cur.lastrowid)
    surnames = [s for s, _ in SURNAMES]
    weights = [w for _, w in SURNAMES]
    given = GIVEN_MALE + GIVEN_FEMALE
    cities = [c[:2] for c in CITIES]
    phone_cache: dict[str, tuple[str, str, str]] = {}
    contact_rows = []
    phones = []
    links = []
    for cid in range(1, scale + 1):
        name = rng.choices(surnames, weights)[0] + rng.choice(given)
        industry = rng.choice(INDUSTRIES)
        city, region = rng.choice(cities)
        created = now - rng.randint(30, 900) * 86400
        # Some classified, referred and scored contacts, so the plan draft's class
        # deadlines, the class and referral charts and the KA ordering have rows to read.
        method: dict[str, Any] = {}
        if rng.random() < 0.15:
            method["class_code"] = rng.choice("AABBBCCCCD")
            method["class_since"] = (NOW.date() - timedelta(days=rng.randint(0, 60))).isoformat()
        if cid > 1 and rng.random() < 0.03:
            method["referred_by_id"] = rng.randint(1, cid - 1)
            method["referrer_kind"] = rng.choice(REFERRER_KINDS)
        if rng.random() < 0.2:
            method["ka_score"] = rng.randint(0, 10)
        contact_rows.append(
            method
            | {
                "id": cid,
                "name": name,
                **name_columns(name),
                "company": city + rng.choice(industry.suffixes),
                "title": rng.choice(industry.titles),
                "industry": industry.name,
                "city": city,
                "region": region,
                "created_at": created,
                "updated_at": created,
            }
        )
        raw = f"{rng.choice(MOBILE_PREFIXES)}{rng.randint(0, 99_999_999):08d}"
        if raw not in phone_cache:
            p = parse_phone(raw, "CN")
            phone_cache[raw] = (p.e164, p.extension, p.digits)
        e164, ext, digits = phone_cache[raw]
        phones.append(
            {
                "contact_id": cid,
                "raw": raw,
                "e164": e164,
                "extension": ext,
                "digits": digits,
                "position": 0,
            }
        )
        chosen = set(rng.sample(custom, 2))
        chosen.add(builtin["Y"] if rng.random() < 0.55 else builtin["N"])
        if rng.random() < 0.25:
            chosen.add(builtin["M"])
        elif rng.random() < 0.5:
            chosen.add(builtin["O"])
        if rng.random() < 0.08:
            chosen.add(builtin["VIP"])
        links += [{"contact_id": cid, "tag_id": t} for t in chosen]
    insert_rows(conn, tables["contacts"], iter(contact_rows))
    insert_rows(conn, tables["contact_phones"], iter(phones))
    insert_rows(conn, tables["contact_tags"], iter(links))
    span = 730 * 86400
    summary: dict[int, list[int]] = {}

    # Its own stream, so the call details and hooks leave every other generated value as it was.
    extra = random.Random(seed * 7919 + 1)

    def touches() -> Iterator[dict[str, Any]]:
        total = touches_for(scale)
        heavy = min(HEAVY_TOUCHES, total // 2) if scale > 1 else total
        for n in range(total):
            # The first `heavy` touches all go to one contact, the rest to any other one.
            cid = HEAVY_CONTACT if n < heavy else rng.randint(HEAVY_CONTACT + 1, scale)
            at = now - rng.randint(0, span)
            kind = rng.choice(KINDS)
            s = summary.setdefault(cid, [0, 0, 0, at, 0])
            s[0] += 1
            s[1] = max(s[1], at)
            step = details = ""
            if kind == "call":
                s[2] = max(s[2], at)
                step = "下周回访" if extra.random() < CALL_HOOK_SHARE else ""
                details = call_details(extra) if extra.random() < CALL_DETAILS_SHARE else ""
            s[3] = min(s[3], at)
            s[4] += kind in NEAR_KINDS
            yield {
                "contact_id": cid,
                "kind": kind,
                "at": at,
                "created_at": at,
                "outcome": rng.choice(OUTCOMES),
                "notes": "跟进",
                "duration_s": 60,
                "next_step": step,
                "details": details,
            }

    insert_rows(conn, tables["touches"], touches())
    today = NOW.date()
    conn.executemany(
        "UPDATE contacts SET touch_count=?, last_touch_at=?, last_call_at=?, next_follow_up=?, "
        "first_touch_at=?, near_touches=? WHERE id=?",
        (
            (
                n,
                last,
                call or None,
                (today + timedelta(days=rng.randint(-20, 40))).isoformat(),
                first,
                near,
                cid,
            )
            for cid, (n, last, call, first, near) in summary.items()
        ),
    )
    # A fifth of the contacts were asked for a referral some time in the last year, and the
    # referred ones got somewhere (the ask_referral view and the stage chart have rows).
    conn.executemany(
        "UPDATE contacts SET referral_asked_at=? WHERE id=?",
        (
            (now - rng.randint(0, 365) * 86400, cid)
            for cid in range(1, scale + 1)
            if rng.random() < 0.2
        ),
    )
    conn.execute(
        "UPDATE contacts SET referral_stage = CASE id % 4 WHEN 0 THEN 'name_given' "
        "WHEN 1 THEN 'contacted' WHEN 2 THEN 'met' ELSE 'closed' END "
        "WHERE referred_by_id IS NOT NULL"
    )
    stages = ("recorded", "needs_found", "proposal", "follow_up", "trial", "price", "contract")

    def deals() -> Iterator[dict[str, Any]]:
        for _ in range(max(1, scale // 5)):
            status = rng.choice(("open", "open", "won", "lost"))
            created = now - rng.randint(0, span)
            yield {
                "contact_id": rng.randint(1, scale),
                "title": "净水设备",
                "amount_cents": rng.randint(1000, 500000) * 100,
                "stage": rng.choice(stages),
                "status": status,
                "lost_reason": "价格" if status == "lost" else "",
                "created_at": created,
                "updated_at": created,
                "closed_at": created + 86400 * 20 if status != "open" else None,
            }

    insert_rows(conn, tables["deals"], deals())

    def plan() -> Iterator[dict[str, Any]]:
        for back in range(365):
            day = (today - timedelta(days=back)).isoformat()
            for rank in range(8):
                yield {
                    "day": day,
                    "side": "sales" if rank < 5 else "non_sales",
                    "rank": rank,
                    "title": "跟进客户",
                    "done": rng.random() < 0.7,
                    "origin": "manual",
                    "origin_key": "",
                    "created_at": now,
                    "contact_id": rng.randint(1, scale),
                }

    insert_rows(conn, tables["plan_items"], plan())
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def cached(scale: int, seed: int = 7) -> Path:
    """The database for (scale, seed), built once and reused from .bench-cache/."""
    path = cache_path(scale, seed)
    if not path.exists():
        partial = path.with_suffix(".partial")
        build(partial, scale, seed)
        shutil.move(partial, path)
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return path


def today() -> date:
    return NOW.date()
