"""Hostile import files built in a temporary folder: XLSX bombs, broken encodings, a named pipe."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_and_rows() -> str:
    """Row 1 the header 姓名/手机, rows 2-3 two contacts."""
    return (
        f'<row r="1">{cell("A1", "姓名")}{cell("B1", "手机")}</row>'
        f'<row r="2">{cell("A2", "张三")}{cell("B2", "13800138000")}</row>'
        f'<row r="3">{cell("A3", "李四")}{cell("B3", "13900139000")}</row>'
    )


def write_xlsx(path: Path, sheet_parts: Iterable[str], dimension: str = "A1:B3") -> Path:
    """A minimal workbook whose one sheet is `sheet_parts` (XML text) streamed into the zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f'{_SHEET_HEAD}<dimension ref="{dimension}"/><sheetData>'.encode())
            for part in sheet_parts:
                f.write(part.encode())
            f.write(b"</sheetData></worksheet>")
    return path


def dimension_bomb(path: Path, filled: bool) -> Path:
    """Declares A1:XFD1048576 and writes a last row at 1,048,576 (a cell at XFD if `filled`)."""
    last = cell("XFD1048576", "x") if filled else '<c r="XFD1048576"/>'
    return write_xlsx(path, [header_and_rows(), f'<row r="1048576">{last}</row>'], "A1:XFD1048576")


def empty_rows_bomb(path: Path, rows: int) -> Path:
    """The header and two contacts, then `rows` empty rows: tiny zipped, huge unzipped."""

    def parts() -> Iterator[str]:
        yield header_and_rows()
        chunk = 10_000
        for start in range(4, rows + 4, chunk):
            yield "".join(f'<row r="{n}"/>' for n in range(start, min(start + chunk, rows + 4)))

    return write_xlsx(path, parts(), f"A1:B{rows + 3}")


def long_cell(path: Path, chars: int) -> Path:
    """Two good rows and, between them, a row whose name cell is `chars` characters long."""

    def parts() -> Iterator[str]:
        yield f'<row r="1">{cell("A1", "姓名")}{cell("B1", "手机")}</row>'
        yield f'<row r="2">{cell("A2", "张三")}{cell("B2", "13800138000")}</row>'
        yield '<row r="3"><c r="A3" t="inlineStr"><is><t>'
        block = "x" * 65536
        for _ in range(chars // len(block)):
            yield block
        yield "x" * (chars % len(block))
        yield f"</t></is></c>{cell('B3', '13700137000')}</row>"
        yield f'<row r="4">{cell("A4", "李四")}{cell("B4", "13900139000")}</row>'

    return write_xlsx(path, parts(), "A1:B4")
