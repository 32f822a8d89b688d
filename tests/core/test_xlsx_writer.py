"""The hand-written XLSX: a valid package that openpyxl (and so Excel) reads back as written."""

from __future__ import annotations

import errno
import struct
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from openpyxl.cell import WriteOnlyCell

from deskcrm.core.io import xlsx_writer
from deskcrm.core.io.export import headers, write_xlsx
from deskcrm.core.io.xlsx_writer import ILLEGAL_XML, MAX_CELL, write_sheet

HEADER = ["姓名", "Phone", "备注"]


def _write(path: Path, rows: list[list[str]], name: str = "客户") -> int:
    return write_sheet(path, name, HEADER, iter(rows), widths=(14, 22.5, 40))


def test_values_header_widths_and_frozen_row(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [
        ["张伟", "138 0013 8000", "多行\n备注, 带逗号; 分号"],
        ["=1+1", "+86 10", "@SUM(A1)"],
        ["-2+3", '=HYPERLINK("http://x")', "<b>&amp;</b>"],
        ["A & B <c> \"q\" 'x'", "", "  leading and trailing  "],
    ]
    assert _write(path, rows) == 4
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["客户"]
    sheet = book["客户"]
    values = [[c.value if c.value is not None else "" for c in r] for r in sheet.iter_rows()]
    assert values == [HEADER, *rows]
    # Text, never formulas: the cells starting with = + @ stay strings.
    assert all(c.data_type == "s" for r in sheet.iter_rows(min_row=2) for c in r if c.value)
    assert all(c.font.b for c in sheet[1]) and not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    widths = [sheet.column_dimensions[c].width for c in "ABC"]
    assert widths == [14, 22.5, 40]


def test_package_parts_are_listed_and_the_zip_is_sound(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    _write(path, [["a", "b", "c"]])
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        names = set(z.namelist())
        types = z.read("[Content_Types].xml").decode()
    assert {"xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml"} <= names
    for part in names - {"[Content_Types].xml"}:
        assert part.endswith(".rels") or f'PartName="/{part}"' in types, part
    assert {"_rels/.rels", "xl/_rels/workbook.xml.rels", "docProps/core.xml"} <= names
    assert 'Extension="rels"' in types
    with zipfile.ZipFile(path) as z:
        workbook = ElementTree.fromstring(z.read("xl/workbook.xml"))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    # Excel's schema order: bookViews before sheets; the sheet view names view 0.
    assert [child.tag.split("}")[1] for child in workbook] == ["bookViews", "sheets"]
    assert workbook.find("m:bookViews/m:workbookView", ns) is not None


def test_every_part_is_well_formed_xml(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    _write(path, [["A & B <c>", "\"q\" 'x' ]]>", "x\x01y"]], name="A&B <客户>")
    with zipfile.ZipFile(path) as z:
        for part in z.namelist():
            ElementTree.fromstring(z.read(part))  # raises on any malformed part
    assert openpyxl.load_workbook(path).sheetnames == ["A&B <客户>"]


def _openpyxl_write_only(path: Path, rows: list[list[str]]) -> None:
    """The export's earlier writer: openpyxl write-only, every cell typed as text."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    for row in [HEADER, *rows]:
        out = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=ILLEGAL_XML.sub("", value))
            cell.data_type = "s"
            out.append(cell)
        sheet.append(out)
    book.save(path)


def _read(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_same_cell_values_as_the_openpyxl_writer(tmp_path: Path) -> None:
    rows = [
        ["张伟", "+86 138 0013 8000; 010-62345678 ext. 801", "'=1+1"],
        ["a\r\nb\rc", "  spaced  ", "\ttab"],
        ["😀 emoji 𠀀", "\u2028\u00a0nbsp", "A & B <c> \"q\" 'x' ]]>"],
        ["", "x" * (MAX_CELL + 5), "bell\x07"],
        ["_x0041_", "&amp;", "</t></is></c>"],
    ]
    ours, theirs = tmp_path / "ours.xlsx", tmp_path / "openpyxl.xlsx"
    _write(ours, rows)
    _openpyxl_write_only(theirs, rows)
    assert _read(ours) == _read(theirs)


@pytest.mark.parametrize(("lang", "name"), [("en", "Contacts"), ("zh_CN", "客户")])
def test_write_xlsx_sheet_as_the_export_writes_it(tmp_path: Path, lang: str, name: str) -> None:
    path = tmp_path / "export.xlsx"
    assert write_xlsx(path, iter([["'=x", "", "张三"] + [""] * 9]), lang) == 1
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [name]
    sheet = book[name]
    assert [c.value for c in sheet[1]] == headers(lang)
    assert all(c.font.b for c in sheet[1]) and not any(c.font.b for c in sheet[2])
    assert sheet.freeze_panes == "A2"
    widths = [sheet.column_dimensions[chr(ord("A") + i)].width for i in range(12)]
    assert widths == [14, 22, 26, 26, 14, 14, 10, 10, 16, 26, 40, 12]
    assert sheet["A2"].value == "'=x" and sheet["A2"].data_type == "s"
    # Empty texts are blank cells (as openpyxl wrote them), and the next keeps its column.
    assert sheet["B2"].value is None and sheet["C2"].value == "张三"


def test_illegal_characters_dropped_and_long_cells_capped(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    long = "长" * (MAX_CELL - 1) + "尾" + "cut" * 50
    _write(path, [["bell\x07 tab\tend\x1f\ufffe\ud800.", long, "\x00"]])
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].value == "bell tab\tend."
    # Cut at Excel's limit, as openpyxl cut it before.
    assert sheet["B2"].value == long[:MAX_CELL] and sheet["B2"].value.endswith("长尾")
    assert sheet["C2"].value is None  # nothing left once cleaned: blank


def test_header_only_and_many_rows(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    assert _write(empty, [], name="Contacts") == 0
    sheet = openpyxl.load_workbook(empty)["Contacts"]
    assert [c.value for c in sheet[1]] == HEADER and sheet.max_row == 1
    many = tmp_path / "many.xlsx"
    rows = [[f"客户{i}", str(i), ""] for i in range(5_003)]  # crosses the chunk size
    assert _write(many, rows) == 5_003
    book = openpyxl.load_workbook(many, read_only=True)
    try:
        sheet = book.active
        assert sheet is not None
        got = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    assert len(got) == 5_004 and got[-1][:2] == ("客户5002", "5002")


def test_sheet_part_is_a_plain_zip_entry(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    _write(path, [["a", "b", "c"]] * 10)
    data = path.read_bytes()
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            # No Zip64: the local header carries the sizes the central directory has.
            sizes = struct.unpack_from("<II", data, info.header_offset + 18)
            assert sizes == (info.compress_size, info.file_size), info.filename
            assert info.extract_version == 20 and info.compress_type == zipfile.ZIP_DEFLATED


def test_a_sheet_past_the_zip_limit_fails_as_an_os_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_writer, "_MAX_PART", 50_000)
    with pytest.raises(OSError) as err:
        _write(tmp_path / "big.xlsx", [["客户", "x" * 100, ""]] * 5_000)
    assert err.value.errno == errno.EFBIG
