"""A minimal streaming XLSX writer: one sheet of text cells, a bold frozen header row.

Written by hand because no library reaches the export target (50,000 rows/s at
100,000 contacts, issue 10) on this machine: openpyxl's write-only mode manages
~10,000 rows/s and XlsxWriter's constant_memory mode ~15,500 (both measured on
the same 12 text columns). A contacts sheet needs little of the format: the parts
below, rows of inline strings (no shared-string table to hold in memory), one
bold font, column widths and a frozen first row. Rows are streamed into the zip
in chunks, so memory does not grow with the file. Reading XLSX stays with
openpyxl (core/io/tabular.py).
"""

from __future__ import annotations

import errno
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

# Excel's limit per cell; a longer text makes Excel "repair" the file on opening.
# Longer texts are cut there, as openpyxl (our earlier writer) cut them.
MAX_CELL = 32_767
# Characters XML 1.0 (and so XLSX) cannot hold at all; a lone surrogate would also
# fail the UTF-8 encoding of a whole chunk of rows.
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CHUNK_ROWS = 2_000
_MAX_PART = zipfile.ZIP64_LIMIT  # bytes of one part without Zip64

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_CONTENT_TYPES = (
    _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.extended-properties+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
    'package.core-properties+xml"/></Types>'
)
_ROOT_RELS = (
    _HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL_NS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    _HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL_NS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# Two cell formats: 0 plain, 1 bold (the header row).
_STYLES = (
    _HEAD + f'<styleSheet xmlns="{_NS}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_APP = (
    _HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>DeskCRM</Application></Properties>'
)
_CORE = (
    _HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<dc:creator>DeskCRM</dc:creator></cp:coreProperties>"
)


def text_of(value: str) -> str:
    """A cell's text as XLSX can hold it: no XML-illegal characters, Excel's length cap."""
    return ILLEGAL_XML.sub("", value)[:MAX_CELL]


_BOLD = ' s="1"'  # the header's cell format (see _STYLES)


_OPEN = '<c t="inlineStr"><is><t xml:space="preserve">'
_CLOSE = "</t></is></c>"
_SEP = "\x1f"  # XML-illegal, so no cleaned text holds it
# An empty text becomes a cell without a value: blank to Excel (ISBLANK, COUNTA,
# Ctrl+arrow), as openpyxl left it, where an empty inline string would not be. The
# cell stays in the row, so the cells after it keep their columns without references.
_BLANK = "<c/>"
_ILLEGAL_BUT_SEP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1e\ud800-\udfff\ufffe\uffff]")


def _cells(values: Sequence[str], style: str = "") -> str:
    # Inline strings keep text as text: "=1+1" stays a string, never a formula.
    if not style:
        # The common row: clean and short. One escape over the joined row, not one
        # per cell (a 100,000-row export has 1.2 million cells).
        raw = _SEP.join(values)
        if (
            len(raw) <= MAX_CELL
            and raw.count(_SEP) == len(values) - 1
            and not _ILLEGAL_BUT_SEP.search(raw)
        ):
            text = escape(raw)
            if "" not in values:
                return _OPEN + text.replace(_SEP, _CLOSE + _OPEN) + _CLOSE
            # Split only rows with a blank: cheaper than replacing empty cells afterwards.
            return "".join([_OPEN + t + _CLOSE if t else _BLANK for t in text.split(_SEP)])
    open_tag = f'<c t="inlineStr"{style}><is><t xml:space="preserve">'
    texts = [text_of(v) for v in values]
    return "".join(f"{open_tag}{escape(t)}{_CLOSE}" if t else f"<c{style}/>" for t in texts)


def _sheet_start(widths: Sequence[float], header: Sequence[str]) -> str:
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
        for i, w in enumerate(widths, start=1)
    )
    return (
        _HEAD + f'<worksheet xmlns="{_NS}" xmlns:r="{_REL_NS}">'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2"'
        ' activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + f'<sheetData><row r="1">{_cells(header, _BOLD)}</row>'
    )


def write_sheet(
    path: Path,
    sheet_name: str,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[float] = (),
) -> int:
    """Write one sheet: `header` in bold and frozen, then `rows` of text; returns the rows."""
    count = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("docProps/app.xml", _APP)
        book.writestr("docProps/core.xml", _CORE)
        book.writestr(
            "xl/workbook.xml",
            # bookViews is optional in the schema, but the sheet view names workbook
            # view 0 and Excel's print preview is known to fail without one.
            _HEAD + f'<workbook xmlns="{_NS}" xmlns:r="{_REL_NS}">'
            "<bookViews><workbookView/></bookViews><sheets>"
            f'<sheet name={quoteattr(sheet_name)} sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        book.writestr("xl/styles.xml", _STYLES)
        # A plain (not Zip64) entry, as openpyxl and XlsxWriter write: a forced Zip64
        # entry gets sizes in the local header that the central directory does not
        # repeat, which strict readers reject. So the sheet must stay under zipfile's
        # limit; checked before each write, else zipfile fails on closing the part.
        with book.open("xl/worksheets/sheet1.xml", "w") as sheet:
            size = 0

            def put(text: str) -> None:
                nonlocal size
                data = text.encode("utf-8")
                size += len(data)
                if size > _MAX_PART:
                    # ~4 million rows here; Excel shows 1,048,576 at most.
                    raise OSError(errno.EFBIG, "the sheet is too large for one XLSX part")
                sheet.write(data)

            put(_sheet_start(widths, header))
            chunk: list[str] = []
            for count, values in enumerate(rows, start=1):
                chunk.append(f'<row r="{count + 1}">{_cells(values)}</row>')
                if len(chunk) >= _CHUNK_ROWS:
                    put("".join(chunk))
                    chunk.clear()
            put("".join(chunk) + "</sheetData></worksheet>")
    return count
