"""`deskcrm plan DATE|today|tomorrow [--pdf FILE] [--ics FILE [--events] [--days N|--week]]`.

Without --pdf/--ics the day's two columns are printed (sales, then non-sales, numbered by
importance, "[x]" for done). --pdf writes the one-page A4 sheet (in the UI language:
--lang, else the ui.language setting). --ics writes RFC 5545 to-dos (or, with --events,
all-day events for calendars that ignore to-dos) for DATE and the N-1 days after, or
for the Monday-to-Sunday week holding DATE.

Output: ``Wrote N to-dos to FILE`` / ``Wrote N events to FILE`` / ``Wrote N page(s) to
FILE``. Exit status: 0 on success, 1 when a file cannot be written, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.core.io.export import ExportFailed
from deskcrm.core.io.plan_ics import IcsKind
from deskcrm.core.model import PlanItemInfo
from deskcrm.core.rules.plan_review import week_bounds
from deskcrm.core.rules.referrals import THANKS_ORIGIN
from deskcrm.core.services import plan, plan_export
from deskcrm.core.services.database import Database


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers, "plan", _plan, "print a day's plan or export it (PDF, iCalendar)"
    )
    parser.add_argument("day", help="YYYY-MM-DD, today or tomorrow")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="write the one-page sheet as PDF")
    parser.add_argument(
        "--ics", type=Path, metavar="FILE", help="write the plan as iCalendar to-dos"
    )
    parser.add_argument(
        "--events",
        action="store_true",
        help="with --ics: all-day events instead of to-dos (Google / iPhone calendars)",
    )
    span = parser.add_mutually_exclusive_group()
    span.add_argument(
        "--days", type=int, default=1, metavar="N", help="days in the .ics file (default 1)"
    )
    span.add_argument(
        "--week", action="store_true", help="with --ics: the Monday-to-Sunday week of DATE"
    )


def _day(text: str, today: date) -> date:
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    return date.fromisoformat(text)


def _cli_title(item: PlanItemInfo) -> str:
    # The stored title of a coach thank-you holds only names; say what the line is for.
    if item.origin_key.startswith(f"{THANKS_ORIGIN}:"):
        return f"Thank / reward the coach: {item.title}"
    return item.title


def _cannot_write(path: Path, exc: ExportFailed) -> int:
    print(f"deskcrm: error: cannot write {path}: {exc}", file=sys.stderr)
    return 1


def _write_pdf(args: argparse.Namespace, db: Database, day: date) -> int:
    # Qt is needed only here (fonts, QPdfWriter): an offscreen application, no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from deskcrm.ui import i18n
    from deskcrm.ui.plan_pdf import write_plan_pdf

    app = QGuiApplication.instance() or QGuiApplication(["deskcrm"])
    lang = i18n.resolve_language(args.lang, str(db.get_setting("ui.language")))
    if lang != "en":  # the source strings are English; nothing to load for it
        i18n.install(lang)
    sales, non_sales = plan.items_for_day(db, day)
    pages = write_plan_pdf(args.pdf, day, sales, non_sales)
    del app
    return pages


def _plan(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.days < 1 or args.days > 366:
        print("deskcrm: error: --days must be between 1 and 366", file=sys.stderr)
        return 2
    if (args.events or args.week) and not args.ics:
        print("deskcrm: error: --events and --week need --ics FILE", file=sys.stderr)
        return 2
    db = ctx.open_db()
    try:
        day = _day(args.day, db.today())
    except ValueError:
        print(f"deskcrm: error: not a date: {args.day!r} (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    if args.ics:
        kind = IcsKind.EVENTS if args.events else IcsKind.TODOS
        first, last = week_bounds(day) if args.week else (day, day + timedelta(days=args.days - 1))
        try:
            count = plan_export.export_plan(db, args.ics, first, last, kind, _cli_title)
        except ExportFailed as exc:
            return _cannot_write(args.ics, exc)
        noun = "events" if args.events else "to-dos"
        print(f"Wrote {count} {noun} to {args.ics}")
    if args.pdf:
        try:
            pages = _write_pdf(args, db, day)
        except ExportFailed as exc:
            return _cannot_write(args.pdf, exc)
        print(f"Wrote {pages} page(s) to {args.pdf}")
    if not args.ics and not args.pdf:
        sales, non_sales = plan.items_for_day(db, day)
        print(f"Plan for {day.isoformat()}")
        for title, items in (("Sales", sales), ("Non-sales", non_sales)):
            print(f"\n{title}")
            for n, item in enumerate(items, start=1):
                mark = "x" if item.done else " "
                who = f" ({item.contact_name})" if item.contact_name else ""
                print(f"  [{mark}] {n}. {_cli_title(item)}{who}")
    return 0
