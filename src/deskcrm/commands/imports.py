"""`deskcrm import FILE` and `deskcrm undo-import ID`: contacts from vCard, CSV/text or XLSX.

Usage::

    deskcrm [--data-dir DIR] import FILE [--dry-run] [--on-duplicate skip|merge|create]
                                         [--encoding ENC] [--delimiter D] [--sheet NAME]
    deskcrm [--data-dir DIR] undo-import ID

The format is read from the file's content (then its name): vCard 2.1/3.0/4.0,
XLSX, or a text table (CSV, semicolon or tab separated; the encoding and the
delimiter are detected unless given). Columns are mapped as last time for the
same layout of headers, else guessed from the headers.

Duplicates of existing contacts (same phone, else same name and company) are
skipped by default; ``--on-duplicate merge`` folds them into the existing
contact (empty fields filled, phones and tags added, notes joined) and
``create`` stores them anyway. ``--dry-run`` prints what would happen and
stores nothing. The whole import is one transaction: it is stored entirely or
not at all.

Output (stable; scripts may rely on it), one ``key: value`` per line:

- ``file: PATH``
- ``format: csv (encoding utf-8, delimiter ",")``, ``format: xlsx (sheet NAME)``
  or ``format: vcard``
- ``columns: HEADER=field, ...`` (tables only; fields: name, nickname,
  family_name, given_name, phone, email, company, title, industry, city,
  region, wechat_id, notes, tags, source; unmapped columns are left out)
- ``rows``, ``new``, ``merged``, ``skipped``, ``errors``: counts (rows with
  errors are left out; the others are stored)
- one line per noteworthy row, in row order:
  ``row N: KIND: CODE (key: value, ...)`` where KIND is error, skipped,
  merged or warning (e.g. ``row 4: error: validation (field: name, reason:
  required)``, ``row 7: skipped: duplicate (contact_id: 12, by: phone)``);
  N is the spreadsheet row (the header being row 1) or the card's position
- finally ``dry run: nothing was stored`` or ``stored: import ID``.

Exit status: 0 when the file was read (even if some rows had errors), 1 when it
could not be read or stored at all (a message on stderr names the reason, e.g.
``not_vcard``, ``empty``, ``no_rows``, ``no_name_column``, ``not_xlsx``),
2 for bad arguments; a second stderr line says the same in the user's language
(``--lang``, else the setting). Only regular files are read (a named pipe is
refused). A line of a text file that cannot be decoded is an error of its row
(``undecodable``), a line in the other encoding of UTF-8/GB18030 a warning
(``other_encoding``); an XLSX cell longer than 32,767 characters leaves its row
out (``cell_too_long``), and sheets past the row, column or size limits are
refused (``too_many_rows``, ``too_many_columns``, ``too_large``).
``undo-import`` prints ``undone: import ID`` and exits 0, or 1 if the import is
unknown or undone already.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from deskcrm.commands import CommandContext, add_command
from deskcrm.core.errors import DeskCRMError, StorageError
from deskcrm.core.io.records import Field
from deskcrm.core.io.tabular import DELIMITERS, FileKind
from deskcrm.core.services import imports
from deskcrm.core.services.database import Database
from deskcrm.core.services.imports import (
    DuplicatePolicy,
    ImportSource,
    ImportSummary,
    ReadOptions,
    RowIssue,
)

_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "import",
        _import,
        "import contacts from a vCard, CSV/text or XLSX file (prints a summary)",
    )
    parser.add_argument("file", metavar="FILE", help="the file to import")
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would happen; store nothing"
    )
    parser.add_argument(
        "--on-duplicate",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help="rows matching an existing contact: skip (default), merge, or create anyway",
    )
    parser.add_argument("--encoding", help="text encoding, e.g. utf-8, gb18030 (default: detect)")
    parser.add_argument(
        "--delimiter",
        choices=sorted(_DELIMITER_NAMES),
        help="column separator of a text file (default: detect)",
    )
    parser.add_argument("--sheet", help="XLSX sheet to read (default: the first)")
    undo = add_command(
        subparsers, "undo-import", _undo, "take back a stored import (new contacts removed)"
    )
    undo.add_argument("batch_id", type=int, metavar="ID", help="the import's id")


def _fail(path: str, exc: DeskCRMError, args: argparse.Namespace, db: Database) -> int:
    reason = exc.data.get("reason", exc.code)
    detail = f" ({exc.detail})" if exc.detail and exc.detail not in (reason, path) else ""
    print(f"deskcrm: error: cannot import {path}: {reason}{detail}", file=sys.stderr)
    # Then the same sentence the import wizard shows, in the user's language.
    from deskcrm.commands.language import speaking
    from deskcrm.ui.i18n import error_message

    with speaking(args, db):
        print(f"deskcrm: {error_message(exc)}", file=sys.stderr)
    return 1


def _format_line(source: ImportSource) -> str:
    if source.kind is FileKind.VCARD or source.table is None:
        return "format: vcard"
    if source.kind is FileKind.XLSX:
        return f"format: xlsx (sheet {source.table.sheet})"
    delimiter = {"\t": "\\t"}.get(source.table.delimiter, source.table.delimiter)
    return f'format: csv (encoding {source.table.encoding}, delimiter "{delimiter}")'


def _one_line(value: Any) -> str:
    if isinstance(value, list | tuple):
        value = ", ".join(map(str, value))
    return " ".join(str(value).split())


def issue_line(issue: RowIssue) -> str:
    details = ", ".join(f"{k}: {_one_line(v)}" for k, v in issue.data.items())
    tail = f" ({details})" if details else ""
    return f"row {issue.row}: {issue.kind.value}: {issue.code}{tail}"


def summary_lines(source: ImportSource, summary: ImportSummary) -> list[str]:
    lines = [f"file: {source.path}", _format_line(source)]
    if source.table is not None:
        pairs = [
            f"{h}={f.value}"
            for h, f in zip(source.table.headers, source.mapping, strict=True)
            if f is not Field.IGNORE
        ]
        lines.append("columns: " + ", ".join(pairs))
    lines += [
        f"rows: {summary.rows}",
        f"new: {summary.new}",
        f"merged: {summary.merged}",
        f"skipped: {summary.skipped}",
        f"errors: {summary.errors}",
    ]
    lines += [issue_line(i) for i in summary.issues]
    if summary.dry_run:
        lines.append("dry run: nothing was stored")
    else:
        lines.append(f"stored: import {summary.batch_id}")
    return lines


def _import(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = Path(args.file)
    delimiter = _DELIMITER_NAMES.get(args.delimiter) if args.delimiter else None
    assert delimiter is None or delimiter in DELIMITERS
    options = ReadOptions(encoding=args.encoding, delimiter=delimiter, sheet=args.sheet)
    policy = DuplicatePolicy(args.on_duplicate)
    db = ctx.open_db()
    try:
        preview = imports.preview_file(db, path, options)
        if preview.table is not None:
            options = ReadOptions(
                encoding=preview.table.encoding,
                delimiter=preview.table.delimiter,
                sheet=preview.table.sheet or None,
                header_row=preview.table.header_row,
                mapping=preview.mapping,
            )
        source = imports.read_file(path, options)
        if args.dry_run:
            summary = imports.dry_run(db, source, policy)
        else:
            summary, _ = imports.commit(db, source, policy)
            # Committed is not enough (as for seed-demo): on a full disk the rows stay in
            # the write-ahead log, and "imported" must not be printed as if all were well.
            ctx.settle()
    except StorageError:
        raise  # said by cli.main's handler: "the disk is full", and where
    except DeskCRMError as exc:
        return _fail(str(path), exc, args, db)
    print("\n".join(summary_lines(source, summary)))
    return 0


def _undo(args: argparse.Namespace, ctx: CommandContext) -> int:
    db = ctx.open_db()
    try:
        imports.undo_import(db, args.batch_id)
    except StorageError:
        raise
    except DeskCRMError as exc:
        reason = exc.data.get("reason", exc.code)
        print(f"deskcrm: error: cannot undo import {args.batch_id}: {reason}", file=sys.stderr)
        return 1
    print(f"undone: import {args.batch_id}")
    return 0
