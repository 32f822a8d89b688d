"""`deskcrm stats [--month YYYY-MM | --days N] [--json]`, `deskcrm walkin [--count N] [--date D]`.

`stats` prints a period's attainment in the UI language (--lang, else the ui.language
setting): closes, amount and touches against the targets set in Settings (the same
numbers as the charts), the weekly referral goal, and the period's walk-ins (recorded as
contacts, and those who left no name). The period is a calendar month (--month, default
this month: its attainment is against the month's targets) or the last N days up to
today (--days N, 1 to 3660: against the targets' share for those days, as the charts
count it for a period).

--json prints one object (UTF-8, non-ASCII unescaped; stable, scripts may rely on it)::

    {"month": "2026-03",            # null with --days
     "days": 31, "start": "2026-03-01", "end": "2026-03-31",
     "targets": {"month_amount_cents": 6000000, "month_closes": 4, "day_touches": 5,
                 "week_referrals": 1},                     # 0: no target
     "attainment": {"amount_cents": {"done": 1500000, "target": 6000000, "share": 0.25},
                    "closes": {...}, "touches": {...}},    # share null without a target
     "walk_ins": {"recorded": 3, "unrecorded": 1, "total": 4, "recorded_share": 0.75},
     "charts": {...}}

`charts` holds every series of the Charts screen for the period, exactly as the screen
gets them (core/services/stats/dashboard.py: `dashboard`), written out generically
(core/io/plain.py): each object has its fields, then its derived values (shares,
totals); dates are ISO text ("2026-03-05"), kinds, stages and reasons their stored keys.
For a month that holds today the charts stop at today, as the screen's "this month".
Its keys, one per chart (a chart added to the dashboard appears here by itself):

- ``period`` {start, end, days, stop}, ``today``: the days the series cover (a series
  whose own period is this one does not repeat it).
- ``touches``: ``days`` (one date per day), ``kinds`` [{kind, counts per day}],
  ``totals`` per day, ``average7`` (trailing 7-day average), ``usual`` (median 7-day
  average or null), ``drops`` [{start, end, lowest}], ``total``, ``dropping_now``.
- ``closes``: ``grain`` ("week" up to 120 days, else "month"), ``buckets``
  [{span {start, stop, days, last}, count, amount_cents}], ``count``, ``amount_cents``.
- ``funnel``: ``funnel`` {stages [{stage, reached, open_here, lost_here, won_here,
  lost_reasons [[reason, n]]}], total, won, lost, open, unlisted, close_rate},
  ``lost_shares`` per stage, ``top_lost_reasons`` [[reason, n]].
- ``touches_before_close``: ``bins`` [{touches, won, reference, cumulative}], ``won``,
  ``open_contacts``, ``abandoned``, ``abandoned_share``.
- ``conversion``: ``months`` [{span, rate {called, paying, per_ten, meets_aim}}],
  ``aim_per_ten``, ``called``, ``paying``.
- ``classes`` (today, not the period): ``classes`` [{code, contacts, overdue,
  window_days}], ``unclassified``, ``classified``.
- ``referrals``: ``kinds`` [{kind, referred, closed, close_rate}], ``weeks`` [{span,
  added, target, partial}], ``weekly_goal``, ``stages`` [[stage, n]] (asked, name_given,
  contacted, met, closed), ``referred``, ``weeks_met``.
- ``plan``: ``weeks`` [{monday, sunday, iso_year, iso_week, counts {sales_planned,
  sales_done, non_sales_planned, non_sales_done, planned, done, ...shares}, closes,
  non_sales_heavy, few_closes}], ``warn_share``, ``planned``.
- ``ranking``: ``previous`` (the period before), ``top`` and ``fallen`` [{contact_id,
  name, company, amount_cents, previous_cents, fell}].
- ``industries``: ``rows`` [{industry, touches, closes, amount_cents}], ``others``.
- ``walk_ins``: {recorded, unrecorded, total, recorded_share}.
- ``attainment``: the period against its share of the targets; ``month``: the calendar
  month of the period's last day against the month's ({period, targets, amount_cents,
  closes, touches}, each measure {done, target, has_target, share, met, remaining}).

`walkin` counts N visitors (default 1; negative takes some back) who left without a name,
on DATE (YYYY-MM-DD, default today), as the Ctrl+Shift+W key does, and prints the day's
count in the UI language (``Walk-ins who left no name on DATE: COUNT``; DATE in ISO form).

Exit status 2 for bad arguments (stats: N outside 1..3660, a month that is not YYYY-MM,
both --days and --month; walkin: a date that is not YYYY-MM-DD) or a count that cannot be
stored (a future day, below zero); the message in the UI language; nothing is written then.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.commands.language import speaking
from deskcrm.core.errors import ValidationError
from deskcrm.core.io.plain import plain
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.rules.targets import month_of
from deskcrm.core.services import walk_ins
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.dashboard import Dashboard, dashboard
from deskcrm.core.services.stats.targets import Attainment, attainment
from deskcrm.core.services.stats.walk_ins import WalkIns
from deskcrm.core.services.stats.walk_ins import walk_ins as walk_ins_in

# About ten years: a script may want a long report; the Charts screen stops at
# stats_period.MAX_DAYS because daily bars beyond that are unreadable, not slow.
MAX_DAYS = 3660


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "stats",
        _stats,
        "a period's closes, amount and touches against the targets, and every chart series",
    )
    parser.add_argument("--month", metavar="YYYY-MM", help="a calendar month (default: this)")
    parser.add_argument(
        "--days", metavar="N", help=f"the last N days up to today (1 to {MAX_DAYS})"
    )
    parser.add_argument(
        "--json", action="store_true", help="print JSON with every chart series (see the module)"
    )
    walkin = add_command(
        subparsers, "walkin", _walkin, "count visitors who left without a name (Ctrl+Shift+W)"
    )
    walkin.add_argument(
        "--count", type=int, default=1, metavar="N", help="how many (default 1; -1 takes back)"
    )
    walkin.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")


class _BadArgument(Exception):
    """Refused input; `words` gives the message in the UI language once Qt speaks it."""

    def __init__(self, words: Callable[[], str]) -> None:
        super().__init__()
        self.words = words


def _month(text: str) -> Period:
    try:
        year, month = (int(p) for p in text.strip().split("-"))
        return month_of(date(year, month, 1))
    except ValueError:
        from deskcrm.ui.vocabulary.stats_command import bad_month

        raise _BadArgument(lambda: bad_month(text)) from None


def _days(text: str, today: date) -> Period:
    try:
        days = int(text.strip())
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_DAYS:
        from deskcrm.ui.vocabulary.stats_command import bad_days

        raise _BadArgument(lambda: bad_days(text, MAX_DAYS))
    return Period(today - timedelta(days=days - 1), today)


def periods(args: argparse.Namespace, today: date) -> tuple[Period, Period, bool]:
    """The period asked for, the charts' period (a month that holds today stops at it,
    as the screen's "this month"), and whether it is a calendar month."""
    if args.days is not None and args.month is not None:
        from deskcrm.ui.vocabulary.stats_command import days_or_month

        raise _BadArgument(days_or_month)
    if args.days is not None:
        period = _days(args.days, today)
        return period, period, False
    month = month_of(today) if args.month is None else _month(args.month)
    charts = month
    if month.start <= today <= month.end:
        charts = Period(month.start, today)
    return month, charts, True


def document(period: Period, board: Dashboard, is_month: bool) -> dict[str, Any]:
    """What --json prints (the module text lists the keys)."""
    got: Attainment = board.month if is_month else board.attainment
    w: WalkIns = board.walk_ins
    t = got.targets
    return {
        "month": period.start.strftime("%Y-%m") if is_month else None,
        "days": period.days,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "targets": {
            "month_amount_cents": t.month_amount_cents,
            "month_closes": t.month_closes,
            "day_touches": t.day_touches,
            "week_referrals": t.week_referrals,
        },
        "attainment": {
            name: {"done": m.done, "target": m.target, "share": m.share}
            for name, m in (
                ("amount_cents", got.amount_cents),
                ("closes", got.closes),
                ("touches", got.touches),
            )
        },
        "walk_ins": {
            "recorded": w.recorded,
            "unrecorded": w.unrecorded,
            "total": w.total,
            "recorded_share": w.recorded_share,
        },
        "charts": _charts(board),
    }


def _charts(board: Dashboard) -> dict[str, Any]:
    charts: dict[str, Any] = plain(board)
    # Most series repeat the dashboard's period: said once, at the top.
    for series in charts.values():
        if isinstance(series, dict) and series.get("period") == charts["period"]:
            del series["period"]
    return charts


def _print(period: Period, got: Attainment, w: WalkIns, is_month: bool) -> None:
    from deskcrm.ui.vocabulary.dates import month_tick
    from deskcrm.ui.vocabulary.stats_command import last_days_heading
    from deskcrm.ui.vocabulary.targets import (
        amount_attained,
        closes_attained,
        touches_attained,
        walk_ins_summary,
        weekly_referrals,
    )

    if is_month:
        print(month_tick(period.start))
    else:
        print(last_days_heading(period.days, period.start, period.end))
    for line in (
        closes_attained(got.closes),
        amount_attained(got.amount_cents),
        touches_attained(got.touches),
        weekly_referrals(got.targets.week_referrals),
        walk_ins_summary(w),
    ):
        print(f"  {line}")


def _refuse(args: argparse.Namespace, db: Database, bad: _BadArgument) -> int:
    with speaking(args, db):
        print(f"deskcrm: error: {bad.words()}", file=sys.stderr)
    return 2


def _stats(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    try:
        period, charts, is_month = periods(args, db.today())
    except _BadArgument as bad:
        return _refuse(args, db, bad)
    if args.json:
        board = dashboard(db, charts)
        print(json.dumps(document(period, board, is_month), ensure_ascii=False, indent=2))
        return 0
    # The few lines need only two of the dashboard's reads (the same services, so the
    # same numbers): ~10 ms where the whole dashboard takes a few hundred at 100,000.
    got, w = attainment(db, period), walk_ins_in(db, charts)
    with speaking(args, db):
        _print(period, got, w, is_month)
    return 0


def _walkin(args: argparse.Namespace, ctx: CommandContext) -> int:
    from deskcrm.ui.vocabulary import stats_command as words

    db = ctx.open_db()
    with speaking(args, db):
        try:
            day = db.today() if args.date is None else date.fromisoformat(args.date)
        except ValueError:
            print(f"deskcrm: error: {words.bad_date(args.date)}", file=sys.stderr)
            return 2
        try:
            count, _ = walk_ins.add_unrecorded(db, args.count, day)
        except ValidationError as exc:
            why = (
                words.future_day()
                if exc.field == "walk_in_day"
                else words.bad_count(walk_ins.MAX_STEP)
            )
            print(f"deskcrm: error: {why}", file=sys.stderr)
            return 2
        print(words.walk_ins_on(day, count))
    return 0
