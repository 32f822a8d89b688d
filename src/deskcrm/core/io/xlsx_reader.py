"""Reading the rows of an XLSX sheet as text, streamed, with limits a hostile file cannot pass.

openpyxl trusts a workbook: it pads every row to the declared dimension (a 1.7 KB
file declaring A1:XFD1048576 becomes 17 billion empty cells), yields every empty
row up to the last one, loads every shared string whole and keeps a cell of any
length. This reader parses the XML parts with expat as they are decompressed and
stops with ImportFailed as soon as a limit is passed: uncompressed bytes per
part (counted as read, never taken from the zip's declared sizes), rows, the
column of a non-empty cell; a cell longer than Excel's own limit leaves its row
out (a NotedRow with a problem). Only rows with a filled cell are handed on, as
written (no padding for missing rows or columns), so their numbers may skip.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.parsers import expat

from deskcrm.core.errors import ImportFailed
from deskcrm.core.io.records import ImportCancelled, NotedRow

# Excel itself holds at most 32,767 characters in a cell.
MAX_CELL_CHARS = 32_767
# Contacts sheets are a few dozen columns wide; a filled cell further right is refused.
MAX_COLUMNS = 1_024
# <row> elements of a sheet, empty ones included (the importer takes 200,000 contacts).
MAX_ROWS = 250_000
# Uncompressed bytes of one sheet, and of the shared strings held in memory.
MAX_SHEET_BYTES = 512 << 20
MAX_SHARED_STRINGS = 128 << 20
# workbook.xml, its relationships and the styles are small in any real file.
MAX_SMALL_PART = 16 << 20
_CHUNK = 64 * 1024

_REF = re.compile(r"([A-Z]{1,3})(\d*)")
# Built-in number formats that show dates or times (ECMA-376 18.8.30).
_DATE_FORMAT_IDS = frozenset({*range(14, 23), 45, 46, 47})
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_NOT_DATE_PARTS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')

Progress = Callable[[int, int], bool]


def _local(name: str) -> str:
    """An element's name without its namespace prefix (some writers use "x:row")."""
    return name.rpartition(":")[2]


def _column(ref: str) -> int:
    """0-based column of a cell reference ("C7" -> 2); -1 when the reference is malformed."""
    match = _REF.match(ref)
    if match is None:
        return -1
    n = 0
    for ch in match.group(1):
        n = n * 26 + ord(ch) - 64
    return n - 1


def _too_large(path: Path, part: str) -> ImportFailed:
    return ImportFailed(part, reason="too_large", path=str(path))


def _parse(
    path: Path,
    z: zipfile.ZipFile,
    part: str,
    parser: Any,
    limit: int,
    after_chunk: Callable[[int], None] | None = None,
) -> None:
    """Feed one zip member to an expat parser, counting the bytes as they come out."""
    done = 0
    try:
        with z.open(part) as f:
            while chunk := f.read(_CHUNK):
                done += len(chunk)
                if done > limit:
                    raise _too_large(path, part)
                parser.Parse(chunk, False)
                if after_chunk is not None:
                    after_chunk(done)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise ImportFailed(f"{part}: {exc}", reason="not_xlsx", path=str(path)) from None


def _attributes(path: Path, z: zipfile.ZipFile, part: str, element: str) -> list[dict[str, str]]:
    """The attributes of every `element` in a small part (workbook, relationships)."""
    found: list[dict[str, str]] = []
    parser = expat.ParserCreate()

    def start(name: str, attrs: dict[str, str]) -> None:
        if _local(name) == element:
            found.append({_local(k): v for k, v in attrs.items()})

    parser.StartElementHandler = start
    _parse(path, z, part, parser, MAX_SMALL_PART)
    return found


@dataclass
class Workbook:
    """Where a workbook's parts are, read from workbook.xml and its relationships."""

    path: Path
    sheets: dict[str, str] = field(default_factory=dict)  # name -> part
    shared_strings: str = ""
    styles: str = ""
    date1904: bool = False


def _resolve(target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join("xl", target))


def open_workbook(path: Path) -> Workbook:
    """The sheet names and part names of a workbook; ImportFailed("not_xlsx") if it has none."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "xl/workbook.xml" not in names:
                raise ImportFailed("no xl/workbook.xml", reason="not_xlsx", path=str(path))
            rels: dict[str, tuple[str, str]] = {}
            if "xl/_rels/workbook.xml.rels" in names:
                for rel in _attributes(path, z, "xl/_rels/workbook.xml.rels", "Relationship"):
                    rels[rel.get("Id", "")] = (
                        rel.get("Type", "").rpartition("/")[2],
                        _resolve(rel.get("Target", "")),
                    )
            book = Workbook(path)
            for pr in _attributes(path, z, "xl/workbook.xml", "workbookPr"):
                book.date1904 = pr.get("date1904", "").lower() in ("1", "true")
            for sheet in _attributes(path, z, "xl/workbook.xml", "sheet"):
                _, part = rels.get(sheet.get("id", ""), ("", ""))
                if part in names:
                    book.sheets[sheet.get("name", "")] = part
            for kind, part in rels.values():
                if kind == "sharedStrings" and part in names:
                    book.shared_strings = part
                elif kind == "styles" and part in names:
                    book.styles = part
            if not book.shared_strings and "xl/sharedStrings.xml" in names:
                book.shared_strings = "xl/sharedStrings.xml"
            return book
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError, zlib.error) as exc:
        raise ImportFailed(str(exc), reason="not_xlsx", path=str(path)) from None


def _shared_strings(book: Workbook, z: zipfile.ZipFile) -> list[str | None]:
    """Every shared string; None for one longer than a cell may be."""
    strings: list[str | None] = []
    parts: list[str] = []
    size = 0
    depth_t = 0  # inside <t> of the string itself (not of a phonetic <rPh> run)
    in_phonetic = 0
    parser = expat.ParserCreate()

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth_t, in_phonetic, size
        tag = _local(name)
        if tag == "si":
            parts.clear()
            size = 0
        elif tag == "t" and not in_phonetic:
            depth_t += 1
        elif tag == "rPh":
            in_phonetic += 1

    def end(name: str) -> None:
        nonlocal depth_t, in_phonetic
        tag = _local(name)
        if tag == "si":
            strings.append("".join(parts) if size <= MAX_CELL_CHARS else None)
        elif tag == "t" and depth_t and not in_phonetic:
            depth_t -= 1
        elif tag == "rPh":
            in_phonetic -= 1

    def text(data: str) -> None:
        nonlocal size
        if depth_t:
            size += len(data)
            if size <= MAX_CELL_CHARS:
                parts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.buffer_text = True
    _parse(book.path, z, book.shared_strings, parser, MAX_SHARED_STRINGS)
    return strings


def _date_styles(book: Workbook, z: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles (the `s` of a cell) that show a number as a date."""
    if not book.styles:
        return set()
    custom: dict[int, str] = {}
    formats: list[int] = []
    in_xfs = False
    parser = expat.ParserCreate()

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal in_xfs
        tag = _local(name)
        if tag == "numFmt":
            with contextlib.suppress(ValueError):
                custom[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
        elif tag == "cellXfs":
            in_xfs = True
        elif tag == "xf" and in_xfs:
            try:
                formats.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                formats.append(0)

    def end(name: str) -> None:
        nonlocal in_xfs
        if _local(name) == "cellXfs":
            in_xfs = False

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _parse(book.path, z, book.styles, parser, MAX_SMALL_PART)

    def is_date(fmt: int) -> bool:
        if fmt in custom:
            return _DATE_CODE.search(_NOT_DATE_PARTS.sub("", custom[fmt])) is not None
        return fmt in _DATE_FORMAT_IDS

    return {i for i, fmt in enumerate(formats) if is_date(fmt)}


def _excel_date(value: float, date1904: bool) -> datetime | None:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    try:
        result = from_excel(value, CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900)
    except (ValueError, OverflowError):
        return None
    return result if isinstance(result, datetime) else None


def _number_text(text: str) -> str:
    """A number cell as a user sees it: 13800138000 stays whole, 1.5 stays 1.5."""
    text = text.strip()
    try:
        if not any(c in text for c in ".eE"):
            return str(int(text))
        value = float(text)
    except ValueError:
        return text
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def iter_rows(
    book: Workbook,
    sheet: str,
    cell_text: Callable[[datetime], str],
    progress: Progress | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of every row written in the sheet, as text."""
    path = book.path
    part = book.sheets.get(sheet)
    if part is None:
        raise ImportFailed(sheet, reason="no_sheet", sheet=sheet)
    try:
        z = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFailed(str(exc), reason="not_xlsx", path=str(path)) from None
    with z:
        try:
            total = z.getinfo(part).file_size  # for progress only
            shared = _shared_strings(book, z) if book.shared_strings else []
            dates = _date_styles(book, z)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError, zlib.error) as exc:
            raise ImportFailed(str(exc), reason="not_xlsx", path=str(path)) from None
        yield from _sheet_rows(book, z, part, shared, dates, cell_text, progress, total)


def _sheet_rows(
    book: Workbook,
    z: zipfile.ZipFile,
    part: str,
    shared: list[str | None],
    dates: set[int],
    cell_text: Callable[[datetime], str],
    progress: Progress | None,
    total: int,
) -> Iterator[tuple[int, list[str]]]:
    path = book.path
    ready: list[tuple[int, list[str]]] = []
    state: dict[str, Any] = {"rows": 0, "number": 0, "row": None, "next": 0, "too_long": False}
    cell: dict[str, Any] = {}
    chars: list[str] = []
    size = 0
    collecting = False
    in_inline = False
    in_phonetic = 0
    parser = expat.ParserCreate()

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal collecting, in_inline, in_phonetic, size
        if ":" in tag:
            tag = _local(tag)
        if tag == "c":
            # A cell without a reference is the one after the previous cell, filled or not.
            ref = attrs.get("r", "")
            col = _column(ref) if ref else -1
            if col < 0:
                col = state["next"]
            state["next"] = col + 1
            cell.clear()
            cell.update(col=col, t=attrs.get("t", "n"), s=attrs.get("s"))
            chars.clear()
            size = 0
        elif tag == "v" or (tag == "t" and in_inline and not in_phonetic):
            collecting = True
        elif tag == "is":
            in_inline = True
        elif tag == "rPh":
            in_phonetic += 1
        elif tag == "row":
            state["rows"] += 1
            if state["rows"] > MAX_ROWS:
                raise ImportFailed("too many rows", reason="too_many_rows", limit=MAX_ROWS)
            try:
                state["number"] = int(attrs["r"])
            except (KeyError, ValueError):
                state["number"] += 1
            state["row"] = []
            state["next"] = 0
            state["too_long"] = False

    def end(tag: str) -> None:
        nonlocal collecting, in_inline, in_phonetic
        if ":" in tag:
            tag = _local(tag)
        if tag in ("v", "t"):
            collecting = False
        elif tag == "is":
            in_inline = False
        elif tag == "rPh":
            in_phonetic -= 1
        elif tag == "c":
            _end_cell()
        elif tag == "row":
            finished = _finish_row()
            # An empty row is blank to the importer: not handed on (one left out is).
            if finished[1] or type(finished[1]) is NotedRow:
                ready.append(finished)

    def _end_cell() -> None:
        row: list[str] | None = state["row"]
        if row is None:
            return
        if size > MAX_CELL_CHARS:
            state["too_long"] = True
            return
        text = _value("".join(chars))
        if text is None:
            state["too_long"] = True
            return
        if not text:
            return
        col = cell["col"]
        if col >= MAX_COLUMNS:
            raise ImportFailed("too many columns", reason="too_many_columns", limit=MAX_COLUMNS)
        if col >= len(row):
            row.extend([""] * (col + 1 - len(row)))
        row[col] = text

    def _value(raw: str) -> str | None:
        kind = cell["t"]
        if kind == "s":
            try:
                return shared[int(raw)]
            except (ValueError, IndexError):
                return ""
        if kind == "b":
            return "TRUE" if raw.strip() in ("1", "true") else "FALSE"
        if kind in ("str", "inlineStr", "e", "d"):
            return raw
        if not raw:
            return ""
        style = cell["s"]
        if style is not None and dates:
            try:
                is_date = int(style) in dates
            except ValueError:
                is_date = False
            if is_date:
                try:
                    when = _excel_date(float(raw), book.date1904)
                except ValueError:
                    when = None
                if when is not None:
                    return cell_text(when)
        return _number_text(raw)

    def _finish_row() -> tuple[int, list[str]]:
        row: list[str] = state["row"] or []
        state["row"] = None
        number: int = state["number"]
        if state["too_long"]:
            return number, NotedRow(
                row, problem="cell_too_long", data={"limit": str(MAX_CELL_CHARS)}
            )
        return number, row

    def text(data: str) -> None:
        nonlocal size
        if collecting:
            size += len(data)
            if size <= MAX_CELL_CHARS:
                chars.append(data)

    def after_chunk(done: int) -> None:
        if progress is not None and progress(min(done, total), total) is False:
            raise ImportCancelled()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.buffer_text = True
    # Feed the part chunk by chunk and hand out the rows each chunk completed, so rows
    # stream and every limit is checked while reading.
    done = 0
    try:
        with z.open(part) as f:
            while chunk := f.read(_CHUNK):
                done += len(chunk)
                if done > MAX_SHEET_BYTES:
                    raise _too_large(path, part)
                parser.Parse(chunk, False)
                after_chunk(done)
                if ready:
                    yield from ready
                    ready.clear()
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise ImportFailed(f"{part}: {exc}", reason="not_xlsx", path=str(path)) from None
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise ImportFailed(str(exc), reason="not_xlsx", path=str(path)) from None
    yield from ready
