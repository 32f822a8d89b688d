"""`deskcrm plan DATE|today|tomorrow [--draft [--json] [--accept]] [--pdf FILE]
[--ics FILE [--events] [--days N|--week]]`.

Everything is printed in the UI language (--lang, else the ui.language setting).
Without options the day's two columns are printed (sales, then non-sales, numbered by
importance, "[x]" for done, each drafted line with why it is there). --draft prints the
ranked draft of what is due with each line's reason, marked within or over the day's
capacity (--json: the same as JSON); --accept adds the lines within capacity (what the
plan screen's draft adds unless the rep changes the ticks). --pdf writes the one-page A4
call sheet. --ics writes RFC 5545 to-dos (or, with --events, all-day events for
calendars that ignore to-dos) for DATE and the N-1 days after, or for the
Monday-to-Sunday week holding DATE.

Output: ``Wrote N to-dos to FILE`` / ``Wrote N events to FILE`` / ``Wrote N page(s) to
FILE``. Exit status: 0 on success, 1 when a file cannot be written or the day does not
fit on one page, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.commands.language import speaking
from deskcrm.core.io.export import ExportFailed
from deskcrm.core.io.plan_ics import IcsKind
from deskcrm.core.rules.plan_draft import Draft, template_purposes, value
from deskcrm.core.rules.plan_review import week_bounds
from deskcrm.core.services import plan, plan_draft, plan_export
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
    parser.add_argument(
        "--draft",
        action="store_true",
        help="print the ranked draft of what is due, each line within or over capacity",
    )
    parser.add_argument("--json", action="store_true", help="with --draft: print JSON")
    parser.add_argument(
        "--accept", action="store_true", help="with --draft: add the lines within capacity"
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


def _print_day(db: Database, day: date) -> None:
    from deskcrm.ui.plan_pdf import day_heading
    from deskcrm.ui.plan_pdf import tr as sheet_tr
    from deskcrm.ui.vocabulary.plan_lines import item_text

    sales, non_sales = plan.items_for_day(db, day)
    print(day_heading(day))
    for title, items in ((sheet_tr("Sales"), sales), (sheet_tr("Non-sales"), non_sales)):
        print(f"\n{title}")
        for n, item in enumerate(items, start=1):
            mark = "x" if item.done else " "
            print(f"  [{mark}] {n}. {item_text(item)}")


def _draft_json(found: Draft, day: date) -> str:
    from deskcrm.ui.vocabulary.plan_lines import suggestion_task, suggestion_why

    rows = []
    for n, (s, within) in enumerate(zip(found.lines, found.within, strict=True), start=1):
        why = s.origin()
        rows.append(
            {
                "rank": n,
                "within_capacity": within,
                "side": s.side.value,
                "reason": s.reason.value,
                "origin_reason": why.reason.value,
                "contact_id": s.contact_id,
                "contact_name": s.contact_name,
                "detail": why.detail,
                "due": why.due.isoformat() if why.due else None,
                "value": value(s),
                "origin_key": s.origin_key,
                "task": suggestion_task(s, day),
                "why": suggestion_why(s, day),
                # The message template purposes that suit the line (birthday, festival...).
                "template_purposes": list(template_purposes(why)),
            }
        )
    doc = {
        "day": day.isoformat(),
        "capacity": found.capacity,
        "planned_sales": found.planned_sales,
        "lines": rows,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _print_draft(found: Draft, day: date) -> None:
    from deskcrm.ui.vocabulary.plan_lines import cli_draft_words, suggestion_text

    words = cli_draft_words()
    print(
        words["heading"]
        .replace("%1", day.isoformat())
        .replace("%2", str(found.capacity))
        .replace("%3", str(found.planned_sales))
    )
    ruled = False
    for n, (s, within) in enumerate(zip(found.lines, found.within, strict=True), start=1):
        if not within and not ruled:
            print(words["rule"].replace("%1", str(found.capacity)))
            ruled = True
        mark = words["within"] if within else words["over"]
        print(f"  {n:>3}. [{mark}] {suggestion_text(s, day)}")
    if not found.lines:
        print(words["nothing"])


def _draft(args: argparse.Namespace, db: Database, day: date) -> int:
    from deskcrm.ui.vocabulary.plan_lines import cli_draft_words

    if args.accept:
        found, added, _changes = plan_draft.accept_fitting(db, day)
    else:
        found = plan_draft.ranked(db, day)
    if args.json:
        print(_draft_json(found, day))
    else:
        _print_draft(found, day)
    if args.accept:
        print(cli_draft_words()["added"].replace("%1", str(len(added))))
    return 0


def _cannot_write(path: Path, exc: ExportFailed) -> int:
    print(f"deskcrm: error: cannot write {path}: {exc}", file=sys.stderr)
    return 1


def _write_pdf(args: argparse.Namespace, db: Database, day: date) -> int:
    """The one-page sheet; 0 (and the reason on stderr) when the day does not fit."""
    from deskcrm.ui.plan_pdf import SheetTooFull, too_full_text, write_plan_pdf

    sales, non_sales = plan.items_for_day(db, day)
    try:
        return write_plan_pdf(args.pdf, day, sales, non_sales)
    except SheetTooFull as exc:
        print(f"deskcrm: error: {too_full_text(exc)}", file=sys.stderr)
        return 0


def _plan(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.days < 1 or args.days > 366:
        print("deskcrm: error: --days must be between 1 and 366", file=sys.stderr)
        return 2
    if (args.events or args.week) and not args.ics:
        print("deskcrm: error: --events and --week need --ics FILE", file=sys.stderr)
        return 2
    if (args.json or args.accept) and not args.draft:
        print("deskcrm: error: --json and --accept need --draft", file=sys.stderr)
        return 2
    if args.draft and (args.pdf or args.ics):
        print("deskcrm: error: --draft cannot be combined with --pdf or --ics", file=sys.stderr)
        return 2
    db = ctx.open_db()
    try:
        day = _day(args.day, db.today())
    except ValueError:
        print(f"deskcrm: error: not a date: {args.day!r} (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    with speaking(args, db):
        return _draft(args, db, day) if args.draft else _output(args, db, day)


def _output(args: argparse.Namespace, db: Database, day: date) -> int:
    """The day printed, or written as iCalendar and/or PDF."""
    from deskcrm.ui.vocabulary.plan_lines import line_text

    if args.ics:
        kind = IcsKind.EVENTS if args.events else IcsKind.TODOS
        first, last = week_bounds(day) if args.week else (day, day + timedelta(days=args.days - 1))
        try:
            count = plan_export.export_plan(db, args.ics, first, last, kind, line_text)
        except ExportFailed as exc:
            return _cannot_write(args.ics, exc)
        noun = "events" if args.events else "to-dos"
        print(f"Wrote {count} {noun} to {args.ics}")
    if args.pdf:
        try:
            pages = _write_pdf(args, db, day)
        except ExportFailed as exc:
            return _cannot_write(args.pdf, exc)
        if not pages:
            return 1
        print(f"Wrote {pages} page(s) to {args.pdf}")
    if not args.ics and not args.pdf:
        _print_day(db, day)
    return 0
