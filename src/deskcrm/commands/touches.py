"""`deskcrm log`: log a touch from a script, through the same writer as the after-visit dialog.

    deskcrm log CONTACT [--kind visit] [--outcome connected] [--notes TEXT]
                [--next-step TEXT] [--follow-up DATE|+N|tomorrow|none] [--tags TEXT]
                [--untag T]...

CONTACT is a contact id written ``#12`` (as `deskcrm contacts` lists them) or a search
(name, pinyin, phone digits) that finds exactly one contact. ``--tags`` is typed as in
the dialog ("北京、意向A, vip"); new names become tags. A visit tags Y, a won touch M,
as on screen. One transaction: on any error nothing is stored.

Prints ``logged: touch ID for NAME`` and exits 0; exit status 2 for bad arguments or a
CONTACT that names no contact or several (message on stderr), 1 when the touch cannot
be stored.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.commands.contacts import UsageError, resolve_tag
from deskcrm.core.errors import DeskCRMError, NotFound, ValidationError
from deskcrm.core.model import ContactQuery, Outcome, TouchKind
from deskcrm.core.services import contact_list, contacts, touches
from deskcrm.core.services.database import Database
from deskcrm.core.services.touches import TouchInput


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers, "log", _log, "log a touch (visit, call, message) with its hook and tags"
    )
    parser.add_argument("contact", metavar="CONTACT", help="#ID, or a search finding one contact")
    parser.add_argument(
        "--kind", default=TouchKind.VISIT.value, choices=[k.value for k in TouchKind]
    )
    parser.add_argument(
        "--outcome",
        default=Outcome.CONNECTED.value,
        choices=[o.value for o in Outcome if o.value],
    )
    parser.add_argument("--notes", default="", metavar="TEXT")
    parser.add_argument("--next-step", default="", metavar="TEXT", help="the promised next step")
    parser.add_argument(
        "--follow-up",
        default="+7",
        metavar="WHEN",
        help="YYYY-MM-DD, +N days, tomorrow or none (default: +7)",
    )
    parser.add_argument("--tags", default="", metavar="TEXT", help="tags to add, as typed")
    parser.add_argument(
        "--untag", action="append", default=[], metavar="T", help="a tag to remove (repeatable)"
    )


def follow_up_day(text: str, today: date) -> date | None:
    word = text.strip().lower()
    if word in ("", "none"):
        return None
    if word == "tomorrow":
        return today + timedelta(days=1)
    if word.startswith("+") and word[1:].isdigit():
        return today + timedelta(days=int(word[1:]))
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise UsageError(f"not a date: {text!r} (YYYY-MM-DD, +N, tomorrow or none)") from None


def find_contact(db: Database, text: str) -> int:
    """The one contact CONTACT names."""
    word = text.strip()
    if word.startswith("#") and word[1:].isdigit():
        word = word[1:]
        try:
            return contacts.get_contact(db, int(word), timeline=0).id
        except NotFound:
            raise UsageError(f"no contact with id {word}") from None
    ids = contact_list.contact_ids(db, ContactQuery(text=text))
    if not ids:
        raise UsageError(f"no contact matches {text!r}")
    if len(ids) > 1:
        raise UsageError(f"{len(ids)} contacts match {text!r}; give the id (deskcrm contacts)")
    return ids[0]


def _log(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    try:
        cid = find_contact(db, args.contact)
        data = TouchInput(
            contact_id=cid,
            kind=args.kind,
            outcome=args.outcome,
            notes=args.notes,
            next_step=args.next_step,
            next_follow_up=follow_up_day(args.follow_up, db.today()),
            new_tags=args.tags,
            remove_tags=tuple(resolve_tag(db, t) for t in args.untag),
        )
    except UsageError as exc:
        print(f"deskcrm: error: {exc}", file=sys.stderr)
        return 2
    try:
        touch_id, _ = touches.log_touch(db, data)
    except ValidationError as exc:
        print(f"deskcrm: error: cannot log the touch: {exc}", file=sys.stderr)
        return 2
    except DeskCRMError as exc:
        print(f"deskcrm: error: cannot log the touch: {exc}", file=sys.stderr)
        return 1
    name = contacts.get_contact(db, cid, timeline=0).name
    print(f"logged: touch {touch_id} for {name}")
    return 0
