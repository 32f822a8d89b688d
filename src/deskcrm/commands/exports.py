"""`deskcrm export FILE`: write contacts as CSV, XLSX or vCard 3.0 (format from the extension).

Usage::

    deskcrm [--data-dir DIR] export FILE [--search TEXT] [--tag T]... [--any]
                                         [--lang en|zh_CN]

FILE ends in .csv (UTF-8 with BOM, for Excel), .xlsx or .vcf. Without filters
every contact outside the trash is written, ordered by name (pinyin); the
filters are those of ``deskcrm contacts``. ``--lang zh_CN`` writes Chinese
column headers in CSV and XLSX. Cells that a spreadsheet would run as formulas
get a leading apostrophe. The file is written whole or not at all.

Output: ``exported N contacts to FILE (FORMAT)``. Exit status: 0 on success,
1 when the file cannot be written or its extension is unknown, 2 for an
unknown tag.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.commands.contacts import UsageError, resolve_tag
from deskcrm.core.io.export import ExportFailed
from deskcrm.core.model import ContactQuery
from deskcrm.core.services import contact_list, exports


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers, "export", _export, "export contacts to a .csv, .xlsx or .vcf file"
    )
    parser.add_argument("file", metavar="FILE", help="where to write (.csv, .xlsx or .vcf)")
    parser.add_argument("--search", default="", metavar="TEXT", help="name, company, pinyin, phone")
    parser.add_argument(
        "--tag", action="append", default=[], metavar="T", help="only contacts with this tag"
    )
    parser.add_argument("--any", action="store_true", help="any of the --tag tags is enough")
    parser.add_argument(
        "--lang", choices=("en", "zh_CN"), default="en", help="language of the column headers"
    )


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    ids: list[int] | None = None
    if args.search or args.tag:
        try:
            require = tuple(resolve_tag(db, t) for t in args.tag)
        except UsageError as exc:
            print(f"deskcrm: error: {exc}", file=sys.stderr)
            return 2
        query = ContactQuery(text=args.search, require=require, any_of=args.any)
        ids = contact_list.contact_ids(db, query)
    path = Path(args.file)
    try:
        result = exports.export_contacts(db, path, contact_ids=ids, lang=args.lang)
    except ExportFailed as exc:
        reason = exc.data.get("reason", exc.code)
        print(f"deskcrm: error: cannot export to {path}: {reason}", file=sys.stderr)
        return 1
    noun = "contact" if result.count == 1 else "contacts"
    print(f"exported {result.count} {noun} to {path} ({result.format.value})")
    return 0
