"""`deskcrm contacts`: list contacts with the contact screen's search, tag filters and views.

Usage::

    deskcrm [--data-dir DIR] contacts [--search TEXT] [--tag T]... [--not-tag T]...
                                      [--any] [--view NAME] [--json]

Filters are the ones of the contacts screen (core.services.contact_list):

- ``--search TEXT``: name or company contains TEXT, or TEXT is the name's pinyin
  typed from its start, each syllable in full, as a prefix or as its initial
  ("zhangw", "zw", "zhangsf", "zsfeng"), or a phone number contains its digits.
- ``--tag T`` (repeatable): contacts carrying T; all of them, or any of them
  with ``--any``. ``--not-tag T`` (repeatable): contacts carrying none of them.
  T is a built-in tag (Y, N, M, O, VIP, or an alias such as 到店 or "key
  customer"), or a custom tag's name; case does not matter. An unknown tag is
  an error.
- ``--view NAME``: a built-in view (vip_stale, visited_not_bought, stuck_3,
  due_today, class_overdue, not_qualified, ask_referral, going_cold) or the name of a
  saved view; combined with the other options (a contact must match both).
  ask_referral: customers (M or VIP) not asked for a referral in the last
  referral.ask_interval_days, and contacts whose deal was lost between
  referral.decliner_window_days and referral.decliner_rest_days ago, not asked
  either. going_cold: bought before (M or a won deal), 3+ touches, and the time
  since the last touch is over twice their usual gap, over 30 and at most 365
  days.

Contacts in the trash are never listed. Order: by name (pinyin), then id.

Output without ``--json``: an aligned text table for people (columns ID, NAME,
COMPANY, TAGS, CLASS, TOUCHES, LAST TOUCH, NEXT FOLLOW-UP, then a count line);
its layout may change.

Output with ``--json`` (stable; scripts may rely on it): a JSON array (UTF-8,
non-ASCII characters unescaped), one object per contact, with exactly these
keys in this order:

- ``id`` (int): the contact's id.
- ``name`` (str).
- ``phones`` (list of str): E.164 numbers ("+8613800138001"), an extension as
  ";ext=123"; a number that did not parse as typed.
- ``company``, ``title``, ``city`` (str, "" when unknown).
- ``tags`` (list of str): tag names, built-ins first (Y, N, M, O, VIP), then
  custom tags by group.
- ``class`` (str or null): ABCD class "A".."D", null when unclassified.
- ``touches`` (int): number of logged touches.
- ``last_touch`` (str or null): time of the latest touch, ISO 8601 in UTC
  ("2026-03-03T06:20:00+00:00").
- ``next_follow_up`` (str or null): ISO date ("2026-03-05").
- ``notes`` (str).
- ``coach`` (object or null): the contact's coach (the insider who guides the deal,
  usually the referrer) as ``{"id": int, "name": str}``; null when none is set or the
  coach is in the trash.
- ``verification`` (object): what calls verified, in the rep's words, "" when not yet
  known: ``{"decider": who else decides, "veto": who can say no, "start": when it
  would really start}``.
- ``qualification`` (object): ``{"answered": int, "total": int, "bad": [str]}``:
  questions answered (yes or no) of ``total`` (the nine and the rep's own); the bad
  answers, the nine's by name in the method's order (need, fit, blockers, budget,
  finances, timing, coach, volume, margin), then a "no" to one of the rep's own
  questions as "own_ID" (its id). ``--view not_qualified`` lists the prospects the
  answers rule out.
- ``closeness`` (int): 0 (never touched, or long gone) to 100, from the number, kind,
  frequency and recency of the touches (the same measure as the going_cold view's).

Exit status: 0 on success, 2 for an unknown tag or view (message on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.core.model import ContactQuery, ContactRow
from deskcrm.core.services import contact_list, tagging
from deskcrm.core.services.contact_list import View
from deskcrm.core.services.database import Database
from deskcrm.core.services.method_facts import method_facts

PAGE = 500

JSON_KEYS = (
    "id",
    "name",
    "phones",
    "company",
    "title",
    "city",
    "tags",
    "class",
    "touches",
    "last_touch",
    "next_follow_up",
    "notes",
    "coach",
    "verification",
    "qualification",
    "closeness",
)
TABLE_HEADER = (
    "ID",
    "NAME",
    "COMPANY",
    "TAGS",
    "CLASS",
    "TOUCHES",
    "LAST TOUCH",
    "NEXT FOLLOW-UP",
)
RIGHT_ALIGNED = {0, 5}


class UsageError(Exception):
    """A filter that names nothing known; reported on stderr with exit status 2."""


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "contacts",
        _list_contacts,
        "list contacts matching a search, tags or a view (as text or JSON)",
    )
    add_filter_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array with stable keys (documented in the module)",
    )


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """--search, --tag, --not-tag, --any and --view, read back by `matching_ids`."""
    parser.add_argument("--search", default="", metavar="TEXT", help="name, company, pinyin, phone")
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="T",
        help="only contacts with this tag (repeatable; all required unless --any)",
    )
    parser.add_argument(
        "--not-tag",
        action="append",
        default=[],
        metavar="T",
        help="leave out contacts with this tag (repeatable)",
    )
    parser.add_argument("--any", action="store_true", help="any of the --tag tags is enough")
    parser.add_argument(
        "--view",
        metavar="NAME",
        help=f"a built-in view ({', '.join(v.value for v in View)}) or a saved view's name",
    )


def _list_contacts(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    tags = tagging.list_tags(db)
    try:
        ids = matching_ids(db, args)
    except UsageError as exc:
        print(f"deskcrm: error: {exc}", file=sys.stderr)
        return 2
    order = {t.id: i for i, t in enumerate(tags)}
    names = {t.id: t.name for t in tags}
    if args.json:
        print(json.dumps(_json_rows(db, ids, order, names), ensure_ascii=False, indent=2))
    else:
        rows = [r for page in _pages(ids) for r in contact_list.rows_by_ids(db, page)]
        print(_table(rows, order, names))
    return 0


def _pages(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    # One IN list per page: SQLite allows at most 32,766 bound values per statement.
    for start in range(0, len(ids), PAGE):
        yield ids[start : start + PAGE]


def resolve_tag(db: Database, word: str) -> int:
    """The id of the tag `word` names, by the resolver every screen uses (never creating)."""
    found = tagging.find_tag_id(db, word)
    if found is None:
        raise UsageError(f"unknown tag: {word!r}")
    return found


def matching_ids(db: Database, args: argparse.Namespace) -> list[int]:
    """Ids of the contacts the filter arguments select, in list order; UsageError for an
    unknown tag or view."""
    query = ContactQuery(
        text=args.search,
        require=tuple(resolve_tag(db, t) for t in args.tag),
        exclude=tuple(resolve_tag(db, t) for t in args.not_tag),
        any_of=args.any,
    )
    if not args.view:
        return contact_list.contact_ids(db, query)
    wanted = args.view.strip()
    builtin = {v.value: v for v in View}.get(wanted.lower())
    if builtin is not None:
        return contact_list.contact_ids(db, replace(query, view=builtin.value))
    for _vid, name, saved in contact_list.saved_views(db):
        if name.casefold() == wanted.casefold():
            inside = set(contact_list.contact_ids(db, saved))
            return [i for i in contact_list.contact_ids(db, query) if i in inside]
    raise UsageError(f"unknown view: {args.view!r}")


def _tag_names(tag_ids: Sequence[int], order: dict[int, int], names: dict[int, str]) -> list[str]:
    return [names[t] for t in sorted(tag_ids, key=lambda t: order.get(t, len(order))) if t in names]


def _json_rows(
    db: Database, ids: Sequence[int], order: dict[int, int], names: dict[int, str]
) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = []
    for page in _pages(ids):
        extras = contact_list.extras_by_ids(db, page)
        facts = method_facts(db, page)
        for c in contact_list.rows_by_ids(db, page):
            more = extras[c.id]
            fact = facts[c.id]
            checked = fact.verification
            qual = fact.qualification
            values: dict[str, Any] = {
                "id": c.id,
                "name": c.name,
                "phones": [
                    (e164 + (f";ext={ext}" if ext else "")) if e164 else raw
                    for raw, e164, ext in more.phones
                ],
                "company": c.company,
                "title": c.title,
                "city": c.city,
                "tags": _tag_names(c.tag_ids, order, names),
                "class": c.class_code,
                "touches": c.touch_count,
                "last_touch": None if c.last_touch_at is None else c.last_touch_at.isoformat(),
                "next_follow_up": (
                    None if c.next_follow_up is None else c.next_follow_up.isoformat()
                ),
                "notes": more.notes,
                "coach": (
                    None if fact.coach is None else {"id": fact.coach.id, "name": fact.coach.name}
                ),
                "verification": {
                    "decider": checked.deciders,
                    "veto": checked.veto,
                    "start": checked.start,
                },
                "qualification": {
                    "answered": qual.answered,
                    "total": qual.total,
                    "bad": list(qual.bad),
                },
                "closeness": fact.closeness,
            }
            result.append({key: values[key] for key in JSON_KEYS})
    return result


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(rows: Sequence[ContactRow], order: dict[int, int], names: dict[int, str]) -> str:
    cells = [list(TABLE_HEADER)]
    for r in rows:
        cells.append(
            [
                str(r.id),
                r.name,
                r.company or "-",
                ", ".join(_tag_names(r.tag_ids, order, names)) or "-",
                r.class_code or "-",
                str(r.touch_count),
                "-"
                if r.last_touch_at is None
                else r.last_touch_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                "-" if r.next_follow_up is None else r.next_follow_up.isoformat(),
            ]
        )
    widths = [max(_width(row[i]) for row in cells) for i in range(len(TABLE_HEADER))]
    lines = []
    for row in cells:
        parts = []
        for i, text in enumerate(row):
            pad = " " * (widths[i] - _width(text))
            parts.append(pad + text if i in RIGHT_ALIGNED else text + pad)
        lines.append("  ".join(parts).rstrip())
    count = len(rows)
    lines.append(f"{count} contact" + ("" if count == 1 else "s"))
    return "\n".join(lines)
