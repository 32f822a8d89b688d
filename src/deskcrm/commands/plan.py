"""`deskcrm plan DATE|today|tomorrow [--pdf FILE] [--ics FILE] [--days N]`: print or export a plan.

Without --pdf/--ics the day's two columns are printed (sales, then non-sales, numbered by
importance, "[x]" for done). --ics writes RFC 5545 to-dos for DATE and the N-1 days after.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.core.services import plan, plan_export


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers, "plan", _plan, "print a day's plan or export it (PDF, iCalendar)"
    )
    parser.add_argument("day", help="YYYY-MM-DD, today or tomorrow")
    parser.add_argument("--pdf", type=Path, help="write the one-page sheet as PDF")
    parser.add_argument("--ics", type=Path, help="write the plan as iCalendar to-dos")
    parser.add_argument("--days", type=int, default=1, help="days in the .ics file (default 1)")


def _day(text: str, today: date) -> date:
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    return date.fromisoformat(text)


def _plan(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    try:
        day = _day(args.day, db.today())
    except ValueError:
        print(f"deskcrm: error: not a date: {args.day!r} (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    if args.days < 1 or args.days > 366:
        print("deskcrm: error: --days must be between 1 and 366", file=sys.stderr)
        return 2
    sales, non_sales = plan.items_for_day(db, day)
    if args.ics:
        count = plan_export.export_plan(db, args.ics, day, day + timedelta(days=args.days - 1))
        print(f"Wrote {count} to-dos to {args.ics}")
    if args.pdf:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from deskcrm.ui.plan_pdf import write_plan_pdf

        app = QGuiApplication.instance() or QGuiApplication([])
        pages = write_plan_pdf(args.pdf, day, sales, non_sales)
        del app
        print(f"Wrote {pages} page(s) to {args.pdf}")
    if not args.ics and not args.pdf:
        print(f"Plan for {day.isoformat()}")
        for title, items in (("Sales", sales), ("Non-sales", non_sales)):
            print(f"\n{title}")
            for n, item in enumerate(items, start=1):
                mark = "x" if item.done else " "
                who = f" ({item.contact_name})" if item.contact_name else ""
                print(f"  [{mark}] {n}. {item.title}{who}")
    return 0
