"""Method cases: drafting tomorrow's plan, every chart series, the call story (issue cases 6, 7, 9).

App: the service the screen calls (plan_draft.draft, stats.dashboard and each series,
calls.call_story). Floor: the same rows from raw sqlite3 with hand-written SQL on the
best index, bucketed or tallied in Python only where the rows are few.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from benchmarks.generate import HEAVY_CONTACT
from benchmarks.harness import Result, compare
from deskcrm.core.model import BuiltinTag
from deskcrm.core.rules import closeness
from deskcrm.core.rules.cadence import STUCK_TOUCHES
from deskcrm.core.rules.call_finish import REACHED
from deskcrm.core.rules.call_timer import BALANCE_MIN_S
from deskcrm.core.rules.classes import ClassWindows
from deskcrm.core.rules.deal_stages import after_needs
from deskcrm.core.rules.occasions import OCCASION_LEAD_DAYS, festivals_between, window_keys
from deskcrm.core.rules.plan_draft import (
    BULK_REASON_LIMIT,
    DATED_REASON_LIMIT,
    FIVE_A_DAY,
    REFERRAL_ASK_LIMIT,
    REFERRAL_ASK_QUIET_DAYS,
    SEGMENT_REASON_LIMIT,
    SEGMENT_REST_DAYS,
    STUCK_QUIET_DAYS,
    THANKS_LOOKBACK_DAYS,
    VIP_CALL_MONTHS,
    coach_check_key,
    going_cold_limit,
    months_before,
)
from deskcrm.core.rules.referrals import AskTimes
from deskcrm.core.rules.stats_period import Grain, Period, auto_grain, preset_period, spans
from deskcrm.core.services import calls, plan_draft
from deskcrm.core.services.database import Database
from deskcrm.core.services.plan_draft import CARRY_LOOKBACK_DAYS, CLASS_OVERDUE_DAYS
from deskcrm.core.services.stats import (
    classes,
    closes,
    conversion,
    funnel,
    my_calls,
    plan_balance,
    ranking,
    referrals,
    touches,
    touches_to_close,
)
from deskcrm.core.services.stats import walk_ins as stats_walk_ins
from deskcrm.core.services.stats.dashboard import Dashboard, dashboard
from deskcrm.core.services.stats.query_parts import epoch, epoch_spans
from deskcrm.core.services.stats.targets import attainment, day_figures
from deskcrm.core.services.stats.touches_to_close import ABANDONED_AFTER_DAYS, QUIT_AT, TOP_BIN

INTERACTIVE_RATIO = 1.5
INTERACTIVE_MS = 100.0

LIVE = "c.deleted_at IS NULL AND (c.class_code IS NULL OR c.class_code != 'D')"
TRASHED = "(SELECT id FROM contacts WHERE deleted_at IS NOT NULL)"
STUCK = ",".join(str(n) for n in STUCK_TOUCHES)


def _builtin(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT builtin, id FROM tags WHERE builtin IS NOT NULL"))


# ---- case 6: drafting tomorrow's plan --------------------------------------------------


def _draft_floor(
    conn: sqlite3.Connection, day: date, windows: ClassWindows, stages: tuple[str, ...]
) -> Callable[[], Any]:
    tags = _builtin(conn)
    iso = day.isoformat()
    vip_cutoff = epoch(months_before(day, VIP_CALL_MONTHS))
    quiet = epoch(day - timedelta(days=STUCK_QUIET_DAYS - 1))
    thanks_lo = epoch(day - timedelta(days=THANKS_LOOKBACK_DAYS))
    thanks_hi = epoch(day + timedelta(days=1))
    first = day - timedelta(days=CLASS_OVERDUE_DAYS)
    last = day + timedelta(days=2)
    per_class = " OR ".join(
        f"(c.class_code = '{k}' AND c.class_since >= '{(first - timedelta(days=n)).isoformat()}'"
        f" AND c.class_since <= '{(last - timedelta(days=n)).isoformat()}')"
        for k, n in (("A", windows.a), ("B", windows.b), ("C", windows.c))
    )
    cols = "c.id, c.name, c.class_code, c.ka_score, c.touch_count"
    window_days = {"A": windows.a, "B": windows.b, "C": windows.c}

    def run() -> tuple[list[int], int]:
        found: list[int] = []
        loose = 0
        prev = conn.execute(
            "SELECT max(day) FROM plan_items WHERE day < ? AND day >= ?",
            (iso, (day - timedelta(days=CARRY_LOOKBACK_DAYS)).isoformat()),
        ).fetchone()[0]
        if prev is not None:
            for _item, cid, *_ in conn.execute(
                f"SELECT p.id, p.contact_id, {cols} FROM plan_items p"
                " LEFT JOIN contacts c ON c.id = p.contact_id"
                f" WHERE p.day = ? AND p.done = 0 AND (c.id IS NULL OR ({LIVE}))"
                " ORDER BY p.side, p.rank",
                (prev,),
            ).fetchall():
                if cid is None:
                    loose += 1
                else:
                    found.append(cid)
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT {cols}, c.next_follow_up, c.next_step FROM contacts c"
                f" WHERE c.next_follow_up <= ? AND {LIVE}"
                " ORDER BY c.next_follow_up, c.ka_score DESC NULLS LAST, c.id LIMIT ?",
                (iso, DATED_REASON_LIMIT),
            )
        ]
        # Class windows: a deal won since the contact entered its class closes the window;
        # the nearest deadlines first, as many as the app proposes.
        dated = []
        for row in conn.execute(
            f"SELECT {cols}, c.class_since, (SELECT max(d.closed_at) FROM deals d"
            " WHERE d.contact_id = c.id AND d.status = 'won') FROM contacts c"
            f" WHERE ({per_class}) AND {LIVE}"
        ):
            since = date.fromisoformat(row[5])
            if row[6] is None or row[6] < epoch(since):
                dated.append((since + timedelta(days=window_days[row[2]]), row[0]))
        found += [cid for _, cid in sorted(dated)[:DATED_REASON_LIMIT]]
        for buyer_ref, buyer_coach in conn.execute(
            "SELECT c.referred_by_id, c.coach_id FROM deals d JOIN contacts c"
            " ON c.id = d.contact_id WHERE d.status = 'won' AND d.closed_at >= ?"
            " AND d.closed_at < ? AND (c.referred_by_id IS NOT NULL OR c.coach_id IS NOT NULL)"
            " AND c.deleted_at IS NULL ORDER BY d.closed_at DESC, d.id LIMIT ?",
            (thanks_lo, thanks_hi, DATED_REASON_LIMIT),
        ):
            found.append(buyer_ref or buyer_coach)
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT {cols} FROM contact_tags t JOIN contacts c ON c.id = t.contact_id"
                f" WHERE t.tag_id = ? AND (c.last_call_at IS NULL OR c.last_call_at < ?)"
                f" AND {LIVE} ORDER BY c.ka_score DESC NULLS LAST, c.last_call_at, c.id LIMIT ?",
                (tags[BuiltinTag.VIP.value], vip_cutoff, BULK_REASON_LIMIT),
            )
        ]
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT {cols} FROM contacts c WHERE c.touch_count IN ({STUCK})"
                " AND +c.last_touch_at < ? AND (c.next_follow_up IS NULL OR c.next_follow_up <= ?)"
                " AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id"
                " AND d.status = 'won') AND NOT EXISTS (SELECT 1 FROM contact_tags t"
                f" WHERE t.contact_id = c.id AND t.tag_id = ?) AND {LIVE}"
                " ORDER BY c.ka_score DESC NULLS LAST, c.last_touch_at, c.id LIMIT ?",
                (quiet, iso, tags[BuiltinTag.M.value], BULK_REASON_LIMIT),
            )
        ]
        found += _coach_checks_floor(conn, stages, cols)
        found += _greetings_and_segments_floor(conn, day, tags, cols)
        planned = {
            cid
            for (cid,) in conn.execute("SELECT contact_id FROM plan_items WHERE day = ?", (iso,))
        }
        return sorted(set(found) - planned), loose

    return run


def _coach_checks_floor(conn: sqlite3.Connection, stages: tuple[str, ...], cols: str) -> list[int]:
    """A coach and an open deal past the needs stage, not planned yet, coach not deleted."""
    if not stages:
        return []
    marks = ",".join("?" * len(stages))
    rows = conn.execute(
        f"SELECT {cols}, c.coach_id, d.id FROM contacts c JOIN deals d ON d.contact_id = c.id"
        f" WHERE c.coach_id > 0 AND d.status = 'open' AND d.stage IN ({marks}) AND {LIVE}"
        " ORDER BY c.ka_score DESC NULLS LAST, c.id, d.id LIMIT ?",
        (*stages, BULK_REASON_LIMIT),
    ).fetchall()
    if not rows:
        return []
    ids = ",".join(str(r[0]) for r in rows)
    coach_ids = ",".join(str(r[5]) for r in rows)
    planned = {
        k for (k,) in conn.execute(f"SELECT origin_key FROM plan_items WHERE contact_id IN ({ids})")
    }
    alive = {
        i
        for (i,) in conn.execute(
            f"SELECT id FROM contacts WHERE id IN ({coach_ids}) AND deleted_at IS NULL"
        )
    }
    return [r[0] for r in rows if coach_check_key(r[0], r[6]) not in planned and r[5] in alive]


def _greetings_and_segments_floor(
    conn: sqlite3.Connection, day: date, tags: dict[str, int], cols: str
) -> list[int]:
    """Repurchases, occasions, a festival's greetings, five bought-before, segment work."""
    found: list[int] = []
    iso = day.isoformat()
    lead = timedelta(days=OCCASION_LEAD_DAYS)
    # Product tags' cycles (the benchmark's tags have none: one small read).
    conn.execute("SELECT id, repurchase_days, name FROM tags WHERE repurchase_days > 0").fetchall()
    for cid, cycle, last_touch, won in conn.execute(
        "SELECT c.id, c.repurchase_days, c.last_touch_at, (SELECT max(d.closed_at) FROM deals d"
        " WHERE d.contact_id = c.id AND d.status = 'won') FROM contacts c"
        f" WHERE c.repurchase_days > 0 AND {LIVE}"
    ):
        if won is None:
            continue
        due = date.fromtimestamp(won) + timedelta(days=cycle)
        if due <= day + lead and (last_touch is None or last_touch < epoch(due - lead)):
            found.append(cid)
    keys = ",".join(str(k) for k in window_keys(day, day + lead))
    found += [
        r[0]
        for r in conn.execute(
            "SELECT o.contact_id FROM contact_occasions o JOIN contacts c ON c.id = o.contact_id"
            f" WHERE o.month_day IN ({keys}) AND {LIVE} LIMIT ?",
            (DATED_REASON_LIMIT,),
        )
    ]
    vip, bought = tags[BuiltinTag.VIP.value], tags[BuiltinTag.M.value]
    if festivals_between(day, day + lead):
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT {cols} FROM contacts c WHERE EXISTS (SELECT 1 FROM contact_tags t"
                f" WHERE t.contact_id = c.id AND t.tag_id IN (?, ?)) AND {LIVE}"
                " ORDER BY c.ka_score DESC NULLS LAST, c.id LIMIT ?",
                (vip, bought, BULK_REASON_LIMIT),
            )
        ]
    rest = epoch(day - timedelta(days=SEGMENT_REST_DAYS))
    resting = (
        f"(c.last_touch_at IS NULL OR c.last_touch_at < {rest}) AND (c.next_follow_up IS NULL"
        f" OR c.next_follow_up <= '{iso}') AND {LIVE} AND NOT EXISTS (SELECT 1 FROM"
        f" contact_tags v WHERE v.contact_id = c.id AND v.tag_id = {vip})"
    )
    five: list[int] = []
    for (cid,) in conn.execute(
        "SELECT c.id FROM deals d JOIN contacts c ON c.id = d.contact_id WHERE d.status = 'won'"
        f" AND d.closed_at < {rest} AND NOT EXISTS (SELECT 1 FROM deals l WHERE"
        f" l.contact_id = c.id AND l.status = 'won' AND l.closed_at >= {rest}) AND {resting}"
        " ORDER BY d.closed_at DESC, d.id DESC"
    ):
        if cid not in five:
            five.append(cid)
            if len(five) == FIVE_A_DAY:
                break
    found += five
    for needed in ((BuiltinTag.N,), (BuiltinTag.Y, BuiltinTag.O), (BuiltinTag.Y, BuiltinTag.M)):
        has = " AND ".join(
            f"EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id"
            f" AND t.tag_id = {tags[t.value]})"
            for t in needed
        )
        found += [
            r[0]
            for r in conn.execute(
                f"SELECT {cols} FROM contacts c WHERE {has} AND {resting}"
                " ORDER BY c.ka_score DESC NULLS LAST, c.id DESC LIMIT ?",
                (SEGMENT_REASON_LIMIT,),
            )
        ]
    return found


def _asks_and_upkeep_floor(
    conn: sqlite3.Connection, day: date, times: AskTimes, capacity: int, skip: set[int]
) -> list[int]:
    """Referral asks (VIPs, customers, then decliners; a few) and going-cold upkeep, for
    contacts no other line names."""
    tags = _builtin(conn)
    others = f"c.id NOT IN ({','.join(str(i) for i in sorted(skip))})"
    iso = day.isoformat()
    rest = epoch(day - timedelta(days=SEGMENT_REST_DAYS))
    touched = epoch(day - timedelta(days=REFERRAL_ASK_QUIET_DAYS))
    quiet = (
        f"(c.last_touch_at IS NULL OR c.last_touch_at < {touched}) AND (c.next_follow_up IS NULL"
        f" OR c.next_follow_up <= '{iso}') AND NOT EXISTS (SELECT 1 FROM deals w WHERE"
        f" w.contact_id = c.id AND w.status = 'won' AND w.closed_at >= {rest})"
        " AND (c.referral_asked_at IS NULL OR c.referral_asked_at <"
        f" {epoch(day - timedelta(days=times.interval))}) AND {others}"
    )
    asks: list[int] = []
    for tag in (BuiltinTag.VIP, BuiltinTag.M):
        asks += [
            r[0]
            for r in conn.execute(
                "SELECT c.id FROM contact_tags t JOIN contacts c ON c.id = t.contact_id"
                f" WHERE t.tag_id = ? AND {quiet} AND {LIVE} ORDER BY t.contact_id DESC LIMIT ?",
                (tags[tag.value], REFERRAL_ASK_LIMIT),
            )
        ]
    asks += [
        r[0]
        for r in conn.execute(
            "SELECT c.id FROM deals d JOIN contacts c ON c.id = d.contact_id"
            " WHERE d.status = 'lost' AND d.closed_at >= ? AND d.closed_at < ?"
            f" AND {quiet} AND c.deleted_at IS NULL ORDER BY d.closed_at DESC LIMIT ?",
            (
                epoch(day - timedelta(days=times.window)),
                epoch(day - timedelta(days=times.rest)),
                REFERRAL_ASK_LIMIT * 2,
            ),
        )
    ]
    found = list(dict.fromkeys(asks))[:REFERRAL_ASK_LIMIT]
    others = f"c.id NOT IN ({','.join(str(i) for i in sorted(skip | set(found)))})"
    now = epoch(day)
    found += [
        r[0]
        for r in conn.execute(
            f"SELECT c.id FROM contacts c WHERE c.touch_count >= {closeness.COLD_MIN_TOUCHES}"
            " AND +c.last_touch_at < ? AND +c.last_touch_at >= ? AND c.first_touch_at IS NOT NULL"
            f" AND ({now} - c.last_touch_at) * (c.touch_count - 1)"
            f" > {closeness.COLD_GAP_FACTOR} * (c.last_touch_at - c.first_touch_at)"
            " AND (EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id"
            f" AND t.tag_id = {tags[BuiltinTag.M.value]}) OR EXISTS (SELECT 1 FROM deals w"
            f" WHERE w.contact_id = c.id AND w.status = 'won')) AND {others} AND {LIVE}"
            " ORDER BY c.ka_score DESC NULLS LAST, c.id DESC LIMIT ?",
            (
                epoch(day - timedelta(days=closeness.COLD_MIN_DAYS)),
                epoch(day - timedelta(days=closeness.COLD_MAX_DAYS)),
                going_cold_limit(capacity),
            ),
        )
    ]
    return found


def draft_case(db: Database, conn: sqlite3.Connection, scale: int, repeat: int) -> Result:
    day = db.today() + timedelta(days=1)

    def app() -> tuple[list[int], int]:
        lines = plan_draft.draft(db, day)
        linked = sorted({s.contact_id for s in lines if s.contact_id is not None})
        return linked, sum(1 for s in lines if s.contact_id is None)

    windows = ClassWindows.from_settings(db.get_setting)
    base = _draft_floor(conn, day, windows, after_needs(db.get_setting("deal.stages")))
    times, capacity = AskTimes.read(db.get_settings), plan_draft.capacity(db)

    def floor() -> tuple[list[int], int]:
        found, loose = base()
        planned = {
            cid
            for (cid,) in conn.execute(
                "SELECT contact_id FROM plan_items WHERE day = ?", (day.isoformat(),)
            )
        }
        named = set(found) | planned
        return sorted(
            set(found) | set(_asks_and_upkeep_floor(conn, day, times, capacity, named))
        ), loose

    return compare(
        "plan: draft tomorrow",
        scale,
        app,
        floor,
        repeat=repeat,
        target_ratio=INTERACTIVE_RATIO,
        target_ms=INTERACTIVE_MS,
    )


# ---- case 7: every chart series --------------------------------------------------------


def _spans_epoch(period: Period, grain: Grain) -> list[int]:
    """Bucket start instants plus the period's end, for bisecting a few rows into buckets."""
    edges = epoch_spans(spans(period, grain))
    return [lo for lo, _ in edges] + [edges[-1][1]]


class ChartFloors:
    """One raw-sqlite3 query (or a few) per chart series, answering what the app shows."""

    def __init__(self, conn: sqlite3.Connection, period: Period, today: date, db: Database):
        self.conn = conn
        self.period = period
        self.today = today
        self.lo, self.hi = epoch(period.start), epoch(period.stop)
        self.tags = _builtin(conn)
        self.stages = tuple(db.get_setting("deal.stages"))

    def touches(self) -> tuple[int, ...]:
        # The per-day counts the schema keeps (touch_days, by triggers), read directly.
        # Counting the touches themselves instead takes ~60 ms (90 days) / ~230 ms (365).
        lead = self.period.start - timedelta(days=touches.LEAD_DAYS)
        totals = [0] * (self.period.days + touches.LEAD_DAYS)
        for day, _kind, n in self.conn.execute(
            "SELECT day, kind, sum(n) FROM touch_days WHERE day >= ? AND day <= ?"
            " GROUP BY day, kind",
            (lead.isoformat(), self.period.end.isoformat()),
        ):
            totals[(date.fromisoformat(day) - lead).days] += n
        return tuple(totals[touches.LEAD_DAYS :])

    def closes(self) -> tuple[tuple[int, int], ...]:
        edges = _spans_epoch(self.period, auto_grain(self.period))
        out = [[0, 0] for _ in edges[:-1]]
        for at, amount in self.conn.execute(
            "SELECT closed_at, amount_cents FROM deals WHERE status = 'won' AND closed_at >= ?"
            f" AND closed_at < ? AND contact_id NOT IN {TRASHED}",
            (self.lo, self.hi),
        ):
            b = out[bisect_right(edges, at) - 1]
            b[0] += 1
            b[1] += amount
        return tuple((n, a) for n, a in out)

    def funnel(self) -> int:
        order = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(self.stages))
        rows = self.conn.execute(
            "SELECT d.stage, d.status, d.lost_reason, (SELECT max(CASE h.stage"
            f" {order} END) FROM deal_stage_changes h WHERE h.deal_id = d.id) FROM deals d"
            f" WHERE d.created_at >= ? AND d.created_at < ? AND d.contact_id NOT IN {TRASHED}",
            (self.lo, self.hi),
        ).fetchall()
        return len(rows)

    def touches_before_close(self) -> tuple[tuple[int, ...], int, int]:
        bins = [0] * (TOP_BIN + 1)
        for (n,) in self.conn.execute(
            "SELECT (SELECT count(*) FROM touches t WHERE t.contact_id = d.contact_id"
            " AND t.at <= d.closed_at AND t.at > coalesce((SELECT max(e.closed_at) FROM deals e"
            " WHERE e.contact_id = d.contact_id AND e.status = 'won'"
            " AND e.closed_at < d.closed_at), -1)) FROM deals d WHERE d.status = 'won'"
            f" AND d.closed_at >= ? AND d.closed_at < ? AND d.contact_id NOT IN {TRASHED}",
            (self.lo, self.hi),
        ):
            bins[min(n, TOP_BIN)] += 1
        open_where = (
            "c.deleted_at IS NULL AND c.touch_count >= 1 AND NOT c.declined AND NOT EXISTS"
            " (SELECT 1 FROM deals d WHERE d.contact_id = c.id AND d.status = 'won')"
            " AND NOT EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id"
            " AND t.tag_id = ?)"
        )
        quiet = epoch(self.today - timedelta(days=ABANDONED_AFTER_DAYS))
        m = self.tags[BuiltinTag.M.value]
        open_n, abandoned = self.conn.execute(
            f"SELECT count(*), sum(c.touch_count <= ? AND c.last_touch_at < ? AND"
            f" (c.next_follow_up IS NULL OR c.next_follow_up < ?)) FROM contacts c"
            f" WHERE {open_where}",
            (QUIT_AT, quiet, self.today.isoformat(), m),
        ).fetchone()
        return tuple(bins), open_n, abandoned or 0

    def conversion(self) -> tuple[tuple[int, int], ...]:
        out = []
        for lo, hi in epoch_spans(spans(self.period, Grain.MONTH)):
            called = self.conn.execute(
                "SELECT count(DISTINCT contact_id) FROM touches WHERE kind = 'call'"
                f" AND at >= ? AND at < ? AND contact_id NOT IN {TRASHED}",
                (lo, hi),
            ).fetchone()[0]
            paying = self.conn.execute(
                "SELECT count(DISTINCT d.contact_id) FROM deals d WHERE d.status = 'won'"
                f" AND d.closed_at >= ? AND d.closed_at < ? AND d.contact_id NOT IN {TRASHED}"
                " AND EXISTS (SELECT 1 FROM touches t WHERE t.contact_id = d.contact_id"
                " AND t.kind = 'call' AND t.at <= d.closed_at)",
                (lo, hi),
            ).fetchone()[0]
            out.append((called, paying))
        return tuple(out)

    def classes(self) -> dict[str | None, int]:
        counts = dict(
            self.conn.execute(
                "SELECT class_code, count(*) FROM contacts WHERE deleted_at IS NULL"
                " GROUP BY class_code"
            ).fetchall()
        )
        # The overdue ones: windows past, no win since (few rows; the rule decides the rest).
        self.conn.execute(
            "SELECT c.id, c.class_code, c.class_since, (SELECT max(d.closed_at) FROM deals d"
            " WHERE d.contact_id = c.id AND d.status = 'won') FROM contacts c"
            " WHERE c.deleted_at IS NULL AND c.class_code IN ('A', 'B', 'C')"
            " AND c.class_since < ?",
            (self.today.isoformat(),),
        ).fetchall()
        return counts

    def referrals(self) -> int:
        # Per source: referred contacts and how many of them bought (the chart shows both).
        rows = self.conn.execute(
            "SELECT c.referrer_kind, count(*), sum(EXISTS (SELECT 1 FROM deals d"
            " WHERE d.contact_id = c.id AND d.status = 'won')) FROM contacts c"
            " WHERE c.deleted_at IS NULL AND c.referred_by_id > 0 AND c.created_at >= ?"
            " AND c.created_at < ? GROUP BY c.referrer_kind",
            (self.lo, self.hi),
        ).fetchall()
        edges = _spans_epoch(self.period, Grain.WEEK)
        self.conn.execute(
            "SELECT created_at FROM contacts WHERE deleted_at IS NULL AND referred_by_id > 0"
            " AND created_at >= ? AND created_at < ?",
            (edges[0], edges[-1]),
        ).fetchall()
        return sum(n for _, n, _won in rows)

    def plan(self) -> int:
        first = self.period.start - timedelta(days=self.period.start.weekday())
        last = self.period.end + timedelta(days=6 - self.period.end.weekday())
        rows = self.conn.execute(
            "SELECT day, side, done, count(*) FROM plan_items WHERE day >= ? AND day <= ?"
            " GROUP BY day, side, done",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        self.conn.execute(
            "SELECT closed_at FROM deals WHERE status = 'won' AND closed_at >= ? AND closed_at < ?",
            (epoch(first), epoch(last + timedelta(days=1))),
        ).fetchall()
        return sum(r[3] for r in rows)

    def ranking(self) -> list[int]:
        previous = self.period.previous()
        rows = self.conn.execute(
            "SELECT d.contact_id, c.name, c.company,"
            " coalesce(sum(CASE WHEN d.closed_at >= :split THEN d.amount_cents ELSE 0 END), 0)"
            " AS cur, coalesce(sum(CASE WHEN d.closed_at < :split THEN d.amount_cents ELSE 0"
            " END), 0) AS prev FROM deals d JOIN contacts c ON c.id = d.contact_id"
            " WHERE d.status = 'won' AND d.closed_at >= :lo AND d.closed_at < :hi"
            " AND c.deleted_at IS NULL GROUP BY d.contact_id",
            {"split": self.lo, "lo": epoch(previous.start), "hi": self.hi},
        ).fetchall()
        top = sorted((r for r in rows if r[3] > 0), key=lambda r: (-r[3], r[0]))
        return [r[0] for r in top[: ranking.TOP_CUSTOMERS]]

    def industries(self) -> dict[str, int]:
        # From touch_days as well; counting touches per contact on ix_touches_contact_at
        # instead takes ~170 ms (90 days) / ~210 ms (365).
        per = dict(
            self.conn.execute(
                "SELECT industry, sum(n) AS n FROM touch_days WHERE day >= ? AND day <= ?"
                " GROUP BY industry HAVING n > 0",
                (self.period.start.isoformat(), self.period.end.isoformat()),
            ).fetchall()
        )
        self.conn.execute(
            "SELECT c.industry, count(*), coalesce(sum(d.amount_cents), 0) FROM deals d"
            " JOIN contacts c ON c.id = d.contact_id WHERE d.status = 'won'"
            " AND d.closed_at >= ? AND d.closed_at < ? AND c.deleted_at IS NULL"
            " GROUP BY c.industry",
            (self.lo, self.hi),
        ).fetchall()
        return per

    def walk_ins(self) -> tuple[int, int]:
        recorded = self.conn.execute(
            "SELECT count(*) FROM contacts WHERE created_at >= ? AND created_at < ?"
            " AND import_batch_id IS NULL AND deleted_at IS NULL",
            (self.lo, self.hi),
        ).fetchone()[0]
        unrecorded = self.conn.execute(
            "SELECT coalesce(sum(unrecorded), 0) FROM walk_in_days WHERE day >= ? AND day <= ?",
            (self.period.start.isoformat(), self.period.end.isoformat()),
        ).fetchone()[0]
        return recorded, unrecorded

    def my_calls(self) -> tuple[tuple[Any, ...], ...]:
        # Two grouped reads per bucket (as the conversion floor does per month) on the
        # partial indexes of calls; the talk share computed from the details' JSON in SQL,
        # the medians from the few counts.
        reached = ",".join(f"'{o}'" for o in sorted(REACHED))
        rep, customer = (
            "json_extract(details, '$.talk.rep')",
            "json_extract(details, '$.talk.customer')",
        )
        grain = auto_grain(self.period)
        buckets = spans(self.period, grain)
        hook_rows, share_rows = [], []
        for i, (lo, hi) in enumerate(epoch_spans(buckets)):
            hook_rows += [
                (i, *row)
                for row in self.conn.execute(
                    f"SELECT outcome IN ({reached}), next_step <> '', count(*) FROM touches"
                    " WHERE at >= ? AND at < ? AND kind = 'call'"
                    f" AND contact_id NOT IN {TRASHED} GROUP BY 1, 2",
                    (lo, hi),
                )
            ]
            share_rows += [
                (i, *row)
                for row in self.conn.execute(
                    f"SELECT CAST(round(100.0 * r / (r + c)) AS INTEGER), count(*) FROM"
                    f" (SELECT {rep} AS r, {customer} AS c FROM touches"
                    " WHERE at >= ? AND at < ? AND kind = 'call' AND details <> ''"
                    f" AND contact_id NOT IN {TRASHED} AND json_valid(details)"
                    " AND json_type(details, '$.talk.rep') = 'integer'"
                    " AND json_type(details, '$.talk.customer') = 'integer')"
                    f" WHERE r >= 0 AND c >= 0 AND r + c >= {BALANCE_MIN_S} GROUP BY 1",
                    (lo, hi),
                )
            ]
        result = my_calls.summarize(self.period, grain, buckets, hook_rows, share_rows)
        return _calls_pick(result)


def _calls_pick(r: my_calls.MyCalls) -> tuple[tuple[Any, ...], ...]:
    return tuple((b.calls, b.reached, b.hooks, b.timed, b.median_talk) for b in r.buckets)


# Each series: how the app computes it alone, and what of its answer the floor must match.
SERIES: dict[str, tuple[Callable[[Database, Period], Any], Callable[[Any], Any]]] = {
    "touches": (touches.touches_per_day, lambda r: r.totals),
    "closes": (
        lambda db, p: closes.closes(db, p, auto_grain(p)),
        lambda r: tuple((b.count, b.amount_cents) for b in r.buckets),
    ),
    "funnel": (funnel.deal_funnel, lambda r: r.funnel.total),
    "touches_before_close": (
        touches_to_close.touches_before_close,
        lambda r: (tuple(b.won for b in r.bins), r.open_contacts, r.abandoned),
    ),
    "conversion": (
        conversion.conversion,
        lambda r: tuple((m.rate.called, m.rate.paying) for m in r.months),
    ),
    "classes": (
        lambda db, p: classes.class_stats(db),
        lambda r: (
            {c.code: c.contacts for c in r.classes if c.contacts}
            | ({None: r.unclassified} if r.unclassified else {})
        ),
    ),
    "referrals": (referrals.referral_stats, lambda r: r.referred),
    "plan": (plan_balance.plan_balance, lambda r: r.planned),
    "ranking": (ranking.customer_ranking, lambda r: [c.contact_id for c in r.top]),
    "industries": (
        ranking.industry_stats,
        lambda r: {i.industry: i.touches for i in r.rows if i.touches},
    ),
    "walk_ins": (stats_walk_ins.walk_ins, lambda r: (r.recorded, r.unrecorded)),
    "my_calls": (my_calls.my_calls, _calls_pick),
}
DASHBOARD_PART = {"touches_before_close": "touches_before_close", "plan": "plan"}


def _industries_match(app: dict[str, int], floor: dict[str, int]) -> bool:
    # The app lists the busiest industries only.
    return all(floor.get(k) == v for k, v in app.items())


def _same(name: str) -> Callable[[Any, Any], bool]:
    if name == "industries":
        return _industries_match
    return lambda a, b: bool(a == b)


def chart_cases(db: Database, conn: sqlite3.Connection, scale: int, repeat: int) -> list[Result]:
    results: list[Result] = []
    for preset in ("last_90", "last_365"):
        period = preset_period(preset, db.today())
        floors = ChartFloors(conn, period, db.today(), db)
        label = f"{period.days}d"

        def whole_app(period: Period = period) -> dict[str, Any]:
            board: Dashboard = dashboard(db, period)
            return {
                name: pick(getattr(board, DASHBOARD_PART.get(name, name)))
                for name, (_, pick) in SERIES.items()
            }

        def whole_floor(floors: ChartFloors = floors) -> dict[str, Any]:
            return {name: getattr(floors, name)() for name in SERIES}

        def same_board(a: dict[str, Any], b: dict[str, Any]) -> bool:
            return all(_same(name)(a[name], b[name]) for name in SERIES)

        results.append(
            compare(
                f"charts {label}: all series (dashboard)",
                scale,
                whole_app,
                whole_floor,
                repeat=repeat,
                target_ratio=INTERACTIVE_RATIO,
                target_ms=INTERACTIVE_MS,
                same=same_board,
            )
        )
        for name, (series, pick) in SERIES.items():

            def app(series: Any = series, pick: Any = pick, period: Period = period) -> Any:
                return pick(series(db, period))

            results.append(
                compare(
                    f"  chart {label}: {name}",
                    scale,
                    app,
                    getattr(floors, name),
                    repeat=repeat,
                    target_ratio=INTERACTIVE_RATIO,
                    target_ms=INTERACTIVE_MS,
                    same=_same(name),
                )
            )
    return results


# ---- case 9: the call screen's story of a contact with 500 touches ---------------------


def _story_floor(conn: sqlite3.Connection, contact_id: int) -> Callable[[], Any]:
    """What the call screen shows, read the most direct way: the contact, its phones,
    tags (with groups), latest touches with their call details, deals, the contacts it
    referred, what decides its class (M tag, last win), the nine answers, its script."""
    m_tag = _builtin(conn)[BuiltinTag.M.value]

    def run() -> tuple[int, list[int], int]:
        contact = conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        conn.execute(
            "SELECT t.id, t.name, t.builtin, t.color, g.name FROM contact_tags ct"
            " JOIN tags t ON t.id = ct.tag_id LEFT JOIN tag_groups g ON g.id = t.group_id"
            " WHERE ct.contact_id = ?",
            (contact_id,),
        ).fetchall()
        conn.execute(
            "SELECT raw, e164, extension, label FROM contact_phones WHERE contact_id = ?"
            " ORDER BY position",
            (contact_id,),
        ).fetchall()
        latest = conn.execute(
            "SELECT id, kind, at, outcome, notes, next_step, next_follow_up, details"
            " FROM touches WHERE contact_id = ? ORDER BY at DESC, id DESC LIMIT ?",
            (contact_id, calls.STORY_TOUCHES),
        ).fetchall()
        for row in latest:
            if row[7]:
                json.loads(row[7])
        deals = conn.execute(
            "SELECT id, title, amount_cents, stage, status, lost_reason, created_at, closed_at"
            " FROM deals WHERE contact_id = ? ORDER BY created_at DESC, id DESC",
            (contact_id,),
        ).fetchall()
        conn.execute(
            "SELECT id, name FROM contacts WHERE referred_by_id = ? AND deleted_at IS NULL",
            (contact_id,),
        ).fetchall()
        conn.execute(
            "SELECT 1 FROM contact_tags WHERE contact_id = ? AND tag_id = ?", (contact_id, m_tag)
        ).fetchone()
        conn.execute(
            "SELECT max(closed_at) FROM deals WHERE contact_id = ? AND status = 'won'",
            (contact_id,),
        ).fetchone()
        conn.execute(
            "SELECT question, state, note FROM qualification_answers WHERE contact_id = ?",
            (contact_id,),
        ).fetchall()
        return contact[0], [r[0] for r in latest], len(deals)

    return run


def story_case(db: Database, conn: sqlite3.Connection, scale: int, repeat: int) -> Result:
    cid = HEAVY_CONTACT
    n = conn.execute("SELECT count(*) FROM touches WHERE contact_id = ?", (cid,)).fetchone()[0]

    def app() -> tuple[int, list[int], int]:
        story = calls.call_story(db, cid)
        return story.contact.id, [t.touch.id for t in story.touches], len(story.method.deals)

    return compare(
        f"call: story of a contact with {n} touches",
        scale,
        app,
        _story_floor(conn, cid),
        repeat=repeat,
        target_ratio=INTERACTIVE_RATIO,
        target_ms=INTERACTIVE_MS,
    )


# ---- targets: a month's attainment (`deskcrm stats`), the plan header's day -------------

TARGETS = "targets: this month's closes, amount and touches vs targets"
DAY_FIGURES = "plan header: today's touches vs target and walk-ins"


def _attainment_floor(conn: sqlite3.Connection, period: Period) -> Callable[[], Any]:
    def run() -> tuple[int, int, int]:
        n, amount = conn.execute(
            "SELECT count(*), coalesce(sum(amount_cents), 0) FROM deals WHERE status = 'won'"
            f" AND closed_at >= ? AND closed_at < ? AND contact_id NOT IN {TRASHED}",
            (epoch(period.start), epoch(period.stop)),
        ).fetchone()
        (touched,) = conn.execute(
            "SELECT coalesce(sum(n), 0) FROM touch_days WHERE day >= ? AND day <= ?",
            (period.start.isoformat(), period.end.isoformat()),
        ).fetchone()
        return n, amount, touched

    return run


def _day_floor(conn: sqlite3.Connection, day: date) -> Callable[[], Any]:
    def run() -> tuple[int, int]:
        (touched,) = conn.execute(
            "SELECT coalesce(sum(n), 0) FROM touch_days WHERE day = ?", (day.isoformat(),)
        ).fetchone()
        row = conn.execute(
            "SELECT unrecorded FROM walk_in_days WHERE day = ?", (day.isoformat(),)
        ).fetchone()
        return touched, 0 if row is None else row[0]

    return run


def target_cases(db: Database, conn: sqlite3.Connection, scale: int, repeat: int) -> list[Result]:
    today = db.today()
    month = Period(today.replace(day=1), today)

    def month_app() -> tuple[int, int, int]:
        got = attainment(db, month)
        return got.closes.done, got.amount_cents.done, got.touches.done

    def day_app() -> tuple[int, int]:
        got = day_figures(db, today)
        return got.touches.done, got.unrecorded

    return [
        compare(
            TARGETS,
            scale,
            month_app,
            _attainment_floor(conn, month),
            repeat=repeat,
            target_ratio=INTERACTIVE_RATIO,
            target_ms=INTERACTIVE_MS,
        ),
        compare(
            DAY_FIGURES,
            scale,
            day_app,
            _day_floor(conn, today),
            repeat=repeat,
            target_ratio=INTERACTIVE_RATIO,
            target_ms=INTERACTIVE_MS,
        ),
    ]


def run(db: Database, path: str, scale: int, repeat: int) -> list[Result]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        results = [draft_case(db, conn, scale, repeat)]
        results += chart_cases(db, conn, scale, repeat)
        results.append(story_case(db, conn, scale, repeat))
        results += target_cases(db, conn, scale, repeat)
    finally:
        conn.close()
    return results
