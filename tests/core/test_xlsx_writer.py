"""The hand-written XLSX: a valid package that openpyxl (and so Excel) reads back as written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from deskcrm.core.io.xlsx_writer import MAX_CELL, write_sheet

HEADER = ["姓名", "Phone", "备注"]


def _write(path: Path, rows: list[list[str]], name: str = "客户") -> int:
    return write_sheet(path, name, HEADER, iter(rows), widths=(14, 22.5, 40))


def test_values_header_widths_and_frozen_row(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [
        ["张伟", "138 0013 8000", "多行\n备注, 带逗号; 分号"],
        ["=1+1", "+86 10", "@SUM(A1)"],
        ["A & B <c> \"q\" 'x'", "", "  leading and trailing  "],
    ]
    assert _write(path, rows) == 3
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


def test_illegal_characters_dropped_and_long_cells_capped(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    long = "长" * (MAX_CELL + 100)
    _write(path, [["bell\x07 tab\tend\x1f", long, "\x00"]])
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].value == "bell tab\tend"
    text = sheet["B2"].value
    assert len(text) == MAX_CELL and text.endswith("…") and text.startswith("长长")
    assert sheet["C2"].value in (None, "")


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
