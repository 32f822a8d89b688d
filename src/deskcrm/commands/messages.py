"""`deskcrm templates` and `deskcrm message`: message templates (话术) and messaging a segment.

Usage::

    deskcrm [--data-dir DIR] [--lang zh_CN|en] templates [--json]
    deskcrm [--data-dir DIR] templates add NAME --text TEXT [--purpose P]
    deskcrm [--data-dir DIR] message TEMPLATE [--search TEXT] [--tag T]... [--not-tag T]...
                                              [--any] [--view NAME] [--json] [--log]

``templates`` lists the templates in the rep's order. The first time a language is
used, its starter templates (resources/templates/<lang>.json) are installed: the
language is ``--lang``, else the ui.language setting, else the system's. With
``--json``: a JSON array of objects with the keys ``id`` (int), ``name``,
``purpose``, ``lang`` ("" for the rep's own), ``text`` (str) and ``builtin`` (bool).

``templates add`` stores a new template. TEXT may use the placeholders {name},
{address} (a polite form such as 张总, 王姐, Mr. Li), {company}, {product} (the
latest deal's title), {last_promise} (the promised next step) and {days_since}
(days since the last touch); a clause whose value is unknown is left out of the
message (core/rules/message_fill.py). Prints ``added template ID: NAME``.

``message TEMPLATE`` (a template's name, ignoring case, or its id) fills the
template for every contact the filters select — the filters of ``deskcrm
contacts``, in its order — and prints each contact with its message; a contact
sent a WeChat message within messages.quiet_days days is marked. With ``--json``:
a JSON array of objects with the keys ``id`` (int), ``name``, ``message`` (str)
and ``recently_messaged`` (bool). ``--log`` records one WeChat touch per listed
contact, the message as its note, in one transaction, and prints ``logged N
WeChat touches`` (on stderr with ``--json``, so stdout stays JSON); it refuses a
batch that would pass the messages.daily_cap setting for today, writing nothing.

Exit status: 0 on success; 2 for bad input (an unknown template, tag or view, a
duplicate name, an unknown placeholder, the daily cap), with the reason on stderr
and nothing stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.commands.contacts import UsageError, add_filter_arguments, matching_ids
from deskcrm.core.errors import DeskCRMError, NotFound, ValidationError
from deskcrm.core.model import ContactQuery
from deskcrm.core.rules.message_fill import PLACEHOLDERS
from deskcrm.core.services import messaging, templates
from deskcrm.core.services.database import Database
from deskcrm.core.services.templates import TemplateFileInvalid, TemplateInfo
from deskcrm.paths import resources_dir

LANGUAGES = ("zh_CN", "en")


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers, "templates", _templates, "list message templates (话术), or add one"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    actions = parser.add_subparsers(dest="templates_action", metavar="ACTION")
    add = actions.add_parser("add", help="add a message template")
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--text",
        required=True,
        help="the message; placeholders: " + ", ".join("{" + p + "}" for p in PLACEHOLDERS),
    )
    add.add_argument("--purpose", default="", metavar="P", help="e.g. N, Y+O, Y+M, VIP, 节日")

    message = add_command(
        subparsers,
        "message",
        _message,
        "fill a template for every contact of a segment; --log records them as sent",
    )
    message.add_argument("template", metavar="TEMPLATE", help="a template's name or id")
    add_filter_arguments(message)
    message.add_argument("--json", action="store_true", help="print a JSON array")
    message.add_argument(
        "--log", action="store_true", help="record a WeChat touch per contact (one transaction)"
    )


def _fail(text: str) -> int:
    print(f"deskcrm: error: {text}", file=sys.stderr)
    return 2


def _language(args: argparse.Namespace, db: Database) -> str:
    if args.lang in LANGUAGES:
        return str(args.lang)
    setting = str(db.get_setting("ui.language"))
    if setting in LANGUAGES:
        return setting
    # Only "follow the system" needs Qt's idea of the system language.
    from deskcrm.ui.i18n import resolve_language

    return resolve_language(None, setting)


def _install(args: argparse.Namespace, db: Database) -> None:
    """The starters of the language in use, once (as the call screen does for scripts)."""
    try:
        templates.install_defaults(db, resources_dir() / "templates", _language(args, db))
    except TemplateFileInvalid as exc:
        print(f"deskcrm: warning: starter templates not installed: {exc}", file=sys.stderr)


def _validation_text(exc: ValidationError) -> str:
    data = exc.data
    if exc.field == "name" and exc.reason == "duplicate":
        return f"a template named {data.get('value')!r} already exists"
    if exc.field == "text" and exc.reason == "unknown_placeholder":
        unknown = ", ".join("{" + n + "}" for n in data.get("names", []))
        known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        return f"unknown placeholder {unknown}; a template may use {known}"
    if exc.reason == "required":
        return f"the {exc.field} is empty"
    if exc.reason == "too_long":
        return f"the {exc.field} is longer than {data.get('limit')} characters"
    if exc.reason == "daily_cap":
        return (
            f"logging {data.get('count')} messages would pass the daily cap of "
            f"{data.get('limit')} ({data.get('already')} WeChat touches logged today); "
            "nothing was logged"
        )
    return str(exc)


def _templates(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    _install(args, db)
    if args.templates_action == "add":
        try:
            new_id, _ = templates.create_template(db, args.name, args.text, args.purpose)
        except ValidationError as exc:
            return _fail(_validation_text(exc))
        print(f"added template {new_id}: {templates.get_template(db, new_id).name}")
        return 0
    found = templates.list_templates(db)
    if args.json:
        rows = [
            {
                "id": t.id,
                "name": t.name,
                "purpose": t.purpose,
                "lang": t.lang,
                "text": t.text,
                "builtin": bool(t.builtin_key),
            }
            for t in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for t in found:
        print(f"{t.id}  {t.name}" + (f"  [{t.purpose}]" if t.purpose else ""))
        print(f"    {t.text}")
    print(f"{len(found)} template" + ("" if len(found) == 1 else "s"))
    return 0


def _find(db: Database, word: str) -> TemplateInfo:
    found = templates.find_template(db, word)
    if found is None:
        raise UsageError(f"unknown template: {word!r} (see deskcrm templates)")
    return found


def _message(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    _install(args, db)
    try:
        template = _find(db, args.template)
        ids = matching_ids(db, args)
    except UsageError as exc:
        return _fail(str(exc))
    # The contact list's own ids (a saved view is intersected there), in its order.
    queue = messaging.segment_messages(db, ContactQuery(ids=tuple(ids)), template.id) if ids else []
    logged = 0
    if args.log:
        try:
            written, _ = messaging.log_sent(
                db, template.id, [(m.contact_id, m.text) for m in queue]
            )
            logged = len(written)
        except ValidationError as exc:
            return _fail(_validation_text(exc))
        except NotFound as exc:
            return _fail(str(exc))
        except DeskCRMError as exc:
            print(f"deskcrm: error: cannot log the messages: {exc}", file=sys.stderr)
            return 1
    if args.json:
        rows = [
            {
                "id": m.contact_id,
                "name": m.name,
                "message": m.text,
                "recently_messaged": m.recently_messaged,
            }
            for m in queue
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for m in queue:
            mark = "  (messaged recently)" if m.recently_messaged else ""
            print(f"{m.contact_id}  {m.name}{mark}")
            print(f"    {m.text}")
        print(f"{len(queue)} contact" + ("" if len(queue) == 1 else "s"))
    if args.log:
        noun = "touch" if logged == 1 else "touches"
        print(f"logged {logged} WeChat {noun}", file=sys.stderr if args.json else sys.stdout)
    return 0
