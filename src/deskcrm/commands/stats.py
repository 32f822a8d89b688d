"""`deskcrm stats [--month YYYY-MM] [--json]` and `deskcrm walkin [--count N] [--date D]`.

`stats` prints a calendar month's attainment (default: this month) in the UI language
(--lang, else the ui.language setting): closes, amount and touches against the targets
set in Settings (the same numbers as the charts' "this month" line), the weekly referral
goal, and the month's walk-ins (recorded as contacts, and those who left no name).
--json prints::

    {"month": "2026-03", "start": "2026-03-01", "end": "2026-03-31",
     "targets": {"month_amount_cents": 6000000, "month_closes": 4, "day_touches": 5,
                 "week_referrals": 1},                     # 0: no target
     "attainment": {"amount_cents": {"done": 1500000, "target": 6000000, "share": 0.25},
                    "closes": {...}, "touches": {...}},    # share null without a target
     "walk_ins": {"recorded": 3, "unrecorded": 1, "total": 4, "recorded_share": 0.75}}

`walkin` counts N visitors (default 1; negative takes some back) who left without a name,
on DATE (YYYY-MM-DD, default today), as the Ctrl+Shift+W key does, and prints
``walk-ins without a name on DATE: COUNT``. Exit status 2 for bad arguments or a count
that cannot be stored (a future day, below zero).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.commands.plan import _use_language
from deskcrm.core.errors import ValidationError
from deskcrm.core.rules.targets import Measure, month_of
from deskcrm.core.services import walk_ins
from deskcrm.core.services.stats.targets import Attainment, attainment
from deskcrm.core.services.stats.walk_ins import WalkIns
from deskcrm.core.services.stats.walk_ins import walk_ins as walk_ins_in


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers, "stats", _stats, "a month's closes, amount and touches against the targets"
    )
    parser.add_argument("--month", metavar="YYYY-MM", help="the calendar month (default: this)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    walkin = add_command(
        subparsers, "walkin", _walkin, "count visitors who left without a name (Ctrl+Shift+W)"
    )
    walkin.add_argument(
        "--count", type=int, default=1, metavar="N", help="how many (default 1; -1 takes back)"
    )
    walkin.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")


def _month(text: str | None, today: date) -> date:
    if text is None:
        return today
    try:
        year, month = (int(p) for p in text.split("-"))
        return date(year, month, 1)
    except ValueError:
        raise ValueError(f"not a month: {text!r} (use YYYY-MM)") from None


def _measure(m: Measure) -> dict[str, Any]:
    return {"done": m.done, "target": m.target, "share": m.share}


def _as_json(got: Attainment, w: WalkIns) -> str:
    t = got.targets
    doc = {
        "month": got.period.start.strftime("%Y-%m"),
        "start": got.period.start.isoformat(),
        "end": got.period.end.isoformat(),
        "targets": {
            "month_amount_cents": t.month_amount_cents,
            "month_closes": t.month_closes,
            "day_touches": t.day_touches,
            "week_referrals": t.week_referrals,
        },
        "attainment": {
            "amount_cents": _measure(got.amount_cents),
            "closes": _measure(got.closes),
            "touches": _measure(got.touches),
        },
        "walk_ins": {
            "recorded": w.recorded,
            "unrecorded": w.unrecorded,
            "total": w.total,
            "recorded_share": w.recorded_share,
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _print(got: Attainment, w: WalkIns) -> None:
    from deskcrm.ui.vocabulary.dates import month_tick
    from deskcrm.ui.vocabulary.targets import (
        amount_attained,
        closes_attained,
        touches_attained,
        walk_ins_summary,
        weekly_referrals,
    )

    print(month_tick(got.period.start))
    for line in (
        closes_attained(got.closes),
        amount_attained(got.amount_cents),
        touches_attained(got.touches),
        weekly_referrals(got.targets.week_referrals),
        walk_ins_summary(w),
    ):
        print(f"  {line}")


def _stats(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    try:
        period = month_of(_month(args.month, db.today()))
    except ValueError as exc:
        print(f"deskcrm: error: {exc}", file=sys.stderr)
        return 2
    got = attainment(db, period)
    w = walk_ins_in(db, period)
    if args.json:
        print(_as_json(got, w))
        return 0
    app = _use_language(args, db)
    try:
        _print(got, w)
    finally:
        del app
    return 0


def _walkin(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    try:
        day = db.today() if args.date is None else date.fromisoformat(args.date)
    except ValueError:
        print(f"deskcrm: error: not a date: {args.date!r} (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    try:
        count, _ = walk_ins.add_unrecorded(db, args.count, day)
    except ValidationError as exc:
        why = {
            "walk_in_day": "the day is in the future",
            "walk_ins": f"the count must be between -{walk_ins.MAX_STEP} and "
            f"{walk_ins.MAX_STEP}, not 0, and the day's total cannot go below 0",
        }.get(exc.field, str(exc))
        print(f"deskcrm: error: cannot count walk-ins: {why}", file=sys.stderr)
        return 2
    print(f"walk-ins without a name on {day.isoformat()}: {count}")
    return 0
