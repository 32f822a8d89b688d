"""CSV/text and XLSX tables: file kind, encoding and delimiter detection, header row, rows.

Encodings are detected by hand rather than with a statistical detector because
the files reps bring are nearly always one of a few and the order matters:
a byte-order mark first, then strict UTF-8 over the whole file (fast, and
almost never valid by accident for GBK text), then the UTF-16 signature of
many NUL bytes at odd or even offsets, then GB18030 (the superset of GBK and
GB2312 that Chinese Excel saves). Statistical detectors label short GBK files
as Big5 or a Western code page, and sample only the start of big files; a
wrong guess here is still fixable because the wizard lets the user choose.

Text is decoded line by line (except UTF-16), strictly: a line that is not
valid in the file's encoding is tried in the other of UTF-8 and GB18030 (a
warning on its row), else its row is left out as "undecodable" with the text
quoted. Nothing is replaced by U+FFFD behind the user's back. XLSX sheets are
streamed by core.io.xlsx_reader, within limits a hostile file cannot pass.
"""

from __future__ import annotations

import codecs
import csv
import io
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from deskcrm.core.errors import ImportFailed
from deskcrm.core.io import xlsx_reader
from deskcrm.core.io.columns import header_score
from deskcrm.core.io.records import ImportCancelled, NotedRow

# (done, total) in bytes; returning False asks the reader to stop (ImportFailed "cancelled").
Progress = Callable[[int, int], bool]


class FileKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    VCARD = "vcard"


# Encodings the wizard offers; Python codec names.
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "big5", "latin-1")
DELIMITERS = (",", ";", "\t", "|")
PREVIEW_ROWS = 20
HEADER_SEARCH_ROWS = 10
SNIFF_CHARS = 64 * 1024
SCAN_CHUNK = 1 << 20
# A quote left open swallows the rest of the file into one field; past this the file is
# reported as malformed instead of growing one string without end.
FIELD_LIMIT = 4 << 20
csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))

_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) container
_TEXT_EXT = {".csv", ".txt", ".tsv", ".tab", ".text", ""}


def check_regular(path: Path) -> None:
    """Refuse what is not a regular file before opening it: a named pipe or a device blocks."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ImportFailed(str(path), reason="not_found", path=str(path)) from None
    except OSError as exc:
        raise ImportFailed(str(exc), reason="unreadable", path=str(path)) from None
    if stat.S_ISDIR(mode):
        raise ImportFailed(str(path), reason="not_a_file", path=str(path))
    if not stat.S_ISREG(mode):
        raise ImportFailed(str(path), reason="not_regular", path=str(path))


def _head(path: Path, size: int = 4096) -> bytes:
    check_regular(path)
    try:
        with path.open("rb") as f:
            return f.read(size)
    except FileNotFoundError:
        raise ImportFailed(str(path), reason="not_found", path=str(path)) from None
    except IsADirectoryError:
        raise ImportFailed(str(path), reason="not_a_file", path=str(path)) from None
    except OSError as exc:
        raise ImportFailed(str(exc), reason="unreadable", path=str(path)) from None


def file_kind(path: Path) -> FileKind:
    """What a file holds, by its first bytes first and its extension second."""
    head = _head(path)
    if not head:
        raise ImportFailed(str(path), reason="empty", path=str(path))
    if head.startswith(_XLSX_MAGIC):
        return FileKind.XLSX
    if head.startswith(_OLE_MAGIC):
        raise ImportFailed(str(path), reason="xls_unsupported", path=str(path))
    if _looks_like_vcard(head):
        return FileKind.VCARD
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        # Named like a vCard but nothing in it reads as one.
        raise ImportFailed(str(path), reason="not_vcard", path=str(path))
    if suffix in (".xlsx", ".xlsm"):
        raise ImportFailed(str(path), reason="not_xlsx", path=str(path))
    if suffix == ".xls":
        raise ImportFailed(str(path), reason="xls_unsupported", path=str(path))
    if _looks_binary(head):
        raise ImportFailed(str(path), reason="not_text", path=str(path))
    return FileKind.CSV


def _looks_like_vcard(head: bytes) -> bool:
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            text = head[len(bom) :].decode(codec, errors="ignore")
            return "BEGIN:VCARD" in text.upper()
    return b"BEGIN:VCARD" in head.upper()


def _looks_binary(head: bytes) -> bool:
    """Control bytes in plenty (not just a stray NUL) mean this is no text file."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_guess(head):
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return controls > max(8, len(head) // 10)


def _utf16_guess(head: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text has NUL in every other byte."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _decodes(path: Path, encoding: str, progress: Progress | None) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    total = path.stat().st_size
    done = 0
    try:
        with path.open("rb") as f:
            while chunk := f.read(SCAN_CHUNK):
                decoder.decode(chunk)
                done += len(chunk)
                if progress is not None and progress(done, total) is False:
                    raise ImportCancelled()
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path, progress: Progress | None = None) -> str:
    """The encoding of a text file (a Python codec name); see the module docstring.

    A file that is not wholly valid in one encoding (one damaged line, or lines
    pasted from a GBK file into a UTF-8 one) gets the encoding most of its
    non-ASCII lines read in; `_text_rows` then reads it line by line and names
    the lines that needed the other encoding or could not be read.
    """
    head = _head(path, 64 * 1024)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    guess = _utf16_guess(head)
    if guess is not None:
        return guess
    if _decodes(path, "utf-8", progress):
        return "utf-8"
    utf8, gbk, neither = _line_votes(path)
    if utf8 >= gbk and utf8 >= neither:
        return "utf-8"
    if gbk >= neither:
        return "gb18030"
    return "latin-1"


def _line_votes(path: Path) -> tuple[int, int, int]:
    """How many non-ASCII lines read as UTF-8, as GB18030 only, and as neither."""
    utf8 = gbk = neither = 0
    with path.open("rb") as f:
        for line in f:
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
                utf8 += 1
                continue
            except UnicodeDecodeError:
                pass
            try:
                line.decode("gb18030")
                gbk += 1
            except UnicodeDecodeError:
                neither += 1
    return utf8, gbk, neither


def _parse_sample(sample: str, delimiter: str) -> list[list[str]]:
    lines = sample.splitlines(keepends=True)
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample cut the last line short
    try:
        return list(csv.reader(lines[:50], delimiter=delimiter))
    except csv.Error:
        return []


def _delimiter_score(rows: list[list[str]]) -> tuple[float, int]:
    """(share of rows with the usual column count, that count) for rows split one way."""
    counts = [len(r) for r in rows if any(c.strip() for c in r)]
    if not counts:
        return 0.0, 1
    usual = max(set(counts), key=counts.count)
    if usual < 2:
        return 0.0, usual
    return counts.count(usual) / len(counts), usual


def detect_delimiter(sample: str) -> str:
    """The column separator of a text table: csv.Sniffer checked by column counts.

    Sniffer guesses from character frequencies and fails or errs on short or
    ragged files and on Chinese text; so every candidate is also tried and the
    one giving the most rows of one width (more than one column) wins. The
    Sniffer's choice settles ties. A single-column file gets ",".
    """
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _delimiter_score(_parse_sample(sample, d)) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (scores[d], d == sniffed))
    if scores[best][0] == 0.0:
        return ","
    if sniffed in scores and scores[sniffed] == scores[best]:
        return sniffed
    return best


@dataclass(frozen=True)
class TableInfo:
    """How a table file will be read, and what its first rows look like read that way."""

    kind: FileKind
    encoding: str  # "" for XLSX
    delimiter: str  # "" for XLSX
    sheets: tuple[str, ...]  # () for text files
    sheet: str
    header_row: int  # 1-based row number of the header
    headers: tuple[str, ...]
    preview: tuple[tuple[int, tuple[str, ...]], ...]  # (row number, cells) after the header


class _Counting(io.RawIOBase):
    """A file wrapper that counts bytes read, for progress on text decoding."""

    def __init__(self, raw: IO[bytes], total: int, progress: Progress | None) -> None:
        self.raw, self.total, self.progress, self.done = raw, total, progress, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.done += n
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ImportCancelled()
        return n


# Encodings whose lines end in a plain b"\n" byte (no multi-byte character holds one), so
# a file in them can be decoded line by line; UTF-16 cannot.
_LINE_ENCODINGS = frozenset({"utf_8", "utf_8_sig", "gb18030", "gbk", "gb2312", "big5", "latin_1"})
# A line that is not valid in the file's encoding is tried in the other one of the pair
# (a GBK line pasted into a UTF-8 file, or the other way round).
_OTHER_ENCODING = {"utf_8": "gb18030", "utf_8_sig": "gb18030", "gb18030": "utf-8"}
# How much of an unreadable line a row problem quotes, to find it in the file.
_QUOTE_CHARS = 60


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name.replace("-", "_")
    except LookupError:
        raise ImportFailed(encoding, reason="bad_encoding", encoding=encoding) from None


class _LineDecoder:
    """Decodes a file line by line, noting which lines needed the other encoding or failed."""

    def __init__(self, encoding: str) -> None:
        name = _codec_name(encoding)
        self.encoding = "utf-8" if name == "utf_8_sig" else encoding
        self.first = name == "utf_8_sig"
        self.other = _OTHER_ENCODING.get(name)
        self.other_used = False
        self.bad: str | None = None  # the first undecodable line of the current row

    def lines(self, raw: IO[bytes]) -> Iterator[str]:
        encoding, other = self.encoding, self.other
        for line in raw:
            if self.first:
                self.first = False
                line = line.removeprefix(codecs.BOM_UTF8)
            cr = line.find(b"\r")
            if cr != -1 and cr != len(line) - 2:
                # Old Mac line ends (a lone CR): the csv module wants one line at a time.
                parts = line.replace(b"\r\n", b"\n").replace(b"\r", b"\n").splitlines(True)
            else:
                parts = [line]
            for part in parts:
                try:
                    yield part.decode(encoding)
                    continue
                except UnicodeDecodeError:
                    pass
                if other is not None:
                    try:
                        text = part.decode(other)
                        self.other_used = True
                        yield text
                        continue
                    except UnicodeDecodeError:
                        pass
                text = part.decode(encoding, errors="replace")
                if self.bad is None:
                    self.bad = " ".join(text.split())[:_QUOTE_CHARS]
                yield text

    def noted(self, cells: list[str]) -> list[str]:
        """The row as read, or a NotedRow saying what its lines needed."""
        if self.bad is None and not self.other_used:
            return cells
        if self.bad is not None:
            noted = NotedRow(cells, problem="undecodable", data={"text": self.bad})
        else:
            noted = NotedRow(cells, warnings=("other_encoding",))
        self.bad, self.other_used = None, False
        return noted


def _text_rows(
    path: Path, encoding: str, delimiter: str, progress: Progress | None = None
) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of every row; a quoted newline stays inside its row.

    Nothing is replaced silently: a row with a line that cannot be decoded comes as a
    NotedRow with the problem "undecodable" (the importer leaves it out and says
    so), one read in the other encoding of the pair as a NotedRow with a warning.
    """
    by_line = _codec_name(encoding) in _LINE_ENCODINGS
    with path.open("rb") as raw:
        counting = _Counting(raw, path.stat().st_size, progress)
        buffered = io.BufferedReader(counting, buffer_size=SCAN_CHUNK)
        row = 0
        try:
            if by_line:
                decoder = _LineDecoder(encoding)
                reader = csv.reader(decoder.lines(buffered), delimiter=delimiter)
                for cells in reader:
                    row += 1
                    yield row, decoder.noted(cells)
            else:
                text = io.TextIOWrapper(buffered, encoding=encoding, errors="strict", newline="")
                for cells in csv.reader(text, delimiter=delimiter):
                    row += 1
                    yield row, cells
        except csv.Error as exc:
            raise ImportFailed(str(exc), reason="malformed", row=row + 1) from None
        except UnicodeError as exc:
            # A whole-file encoding (UTF-16) that does not fit this file.
            raise ImportFailed(
                str(exc), reason="wrong_encoding", encoding=encoding, row=row + 1
            ) from None


def _cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a user sees (phones stored as numbers stay whole)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def sheet_names(path: Path) -> tuple[str, ...]:
    return tuple(xlsx_reader.open_workbook(path).sheets)


def _xlsx_rows(
    path: Path, sheet: str, progress: Progress | None = None
) -> Iterator[tuple[int, list[str]]]:
    """The rows of a sheet, streamed with limits (core.io.xlsx_reader); never openpyxl's padding."""
    book = xlsx_reader.open_workbook(path)
    return xlsx_reader.iter_rows(book, sheet, _cell_text, progress)


def _find_header(rows: Sequence[tuple[int, list[str]]]) -> int:
    """Index (in `rows`) of the header: the row with most known headers among the first few.

    Chinese sheets often start with a title row ("客户列表 2026-03") above the header.
    """
    candidates = [(i, r) for i, (_, r) in enumerate(rows) if any(c.strip() for c in r)][
        :HEADER_SEARCH_ROWS
    ]
    if not candidates:
        return 0
    best = max(candidates, key=lambda c: (header_score(c[1]), -c[0]))
    if header_score(best[1]) == 0:
        return candidates[0][0]
    return best[0]


def _strip_row(cells: Sequence[str]) -> tuple[str, ...]:
    """Cells without trailing empties (spreadsheets pad rows to the widest one)."""
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return tuple(c.replace("\x00", "") for c in out)


def _sample(path: Path, encoding: str) -> str:
    """The start of a text file, to guess its delimiter (a bad byte here only blurs the guess)."""
    try:
        with path.open("r", encoding=encoding, errors="replace", newline="") as f:
            return f.read(SNIFF_CHARS)
    except UnicodeError as exc:
        raise ImportFailed(str(exc), reason="wrong_encoding", encoding=encoding, row=1) from None


def open_table(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
) -> TableInfo:
    """Read a table file's layout; None means "detect it"."""
    kind = file_kind(path)
    if kind is FileKind.VCARD:
        raise ImportFailed(str(path), reason="not_a_table", path=str(path))
    head_rows: list[tuple[int, list[str]]] = []
    sheets: tuple[str, ...] = ()
    chosen_sheet = ""
    if kind is FileKind.XLSX:
        sheets = sheet_names(path)
        if not sheets:
            raise ImportFailed(str(path), reason="empty", path=str(path))
        chosen_sheet = sheet if sheet is not None else sheets[0]
        rows_iter: Iterator[tuple[int, list[str]]] = _xlsx_rows(path, chosen_sheet)
        encoding, delimiter = "", ""
    else:
        if encoding is None:
            encoding = detect_encoding(path, progress)
        _codec_name(encoding)
        if delimiter is None:
            delimiter = detect_delimiter(_sample(path, encoding))
        rows_iter = _text_rows(path, encoding, delimiter)
    try:
        for item in rows_iter:
            head_rows.append(item)
            if len(head_rows) >= HEADER_SEARCH_ROWS + PREVIEW_ROWS:
                break
    finally:
        close = getattr(rows_iter, "close", None)
        if close is not None:
            close()
    if not any(any(c.strip() for c in r) for _, r in head_rows):
        raise ImportFailed(str(path), reason="empty", path=str(path))
    if header_row is None:
        index = _find_header(head_rows)
    else:
        index = next((i for i, (n, _) in enumerate(head_rows) if n == header_row), 0)
    number, header_cells = head_rows[index]
    headers = _strip_row(header_cells)
    preview = tuple(
        (n, _strip_row(cells))
        for n, cells in head_rows[index + 1 :]
        if any(c.strip() for c in cells)
    )[:PREVIEW_ROWS]
    return TableInfo(
        kind=kind,
        encoding=encoding,
        delimiter=delimiter,
        sheets=sheets,
        sheet=chosen_sheet,
        header_row=number,
        headers=tuple(h.strip() for h in headers),
        preview=preview,
    )


def data_rows(
    path: Path, info: TableInfo, progress: Progress | None = None
) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of every row after the header."""
    if info.kind is FileKind.XLSX:
        rows = _xlsx_rows(path, info.sheet, progress)
    else:
        rows = _text_rows(path, info.encoding, info.delimiter, progress)
    for number, cells in rows:
        if number > info.header_row:
            yield number, cells
