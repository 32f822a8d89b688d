"""Tables: file kinds, encodings, delimiters, header rows, XLSX cells, and bad files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from deskcrm.core.errors import ImportFailed
from deskcrm.core.io import tabular, xlsx_reader
from deskcrm.core.io.tabular import FileKind, data_rows, detect_delimiter, file_kind, open_table

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
HEADERS = ("姓名", "手机", "公司", "职位", "城市", "标签", "备注")
FIRST = ("张伟", "138 0013 8001", "北京星辰科技", "经理", "北京", "VIP、到店", "老客户")


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("contacts_utf8.csv", "utf-8", ","),
        ("contacts_utf8_bom.csv", "utf-8-sig", ","),
        ("contacts_gbk.csv", "gb18030", ","),
        ("contacts_utf16.txt", "utf-16", "\t"),
        ("contacts_semicolon.csv", "utf-8", ";"),
        ("contacts_tab.tsv", "gb18030", "\t"),
    ],
)
def test_encoding_and_delimiter_detected(name: str, encoding: str, delimiter: str) -> None:
    info = open_table(DATA / name)
    assert (info.kind, info.encoding, info.delimiter) == (FileKind.CSV, encoding, delimiter)
    assert (info.header_row, info.headers) == (1, HEADERS)
    assert info.preview[0] == (2, FIRST)
    # The quoted newline stays inside its cell and its row.
    assert info.preview[2] == (
        4,
        ("王芳", "+86 137 0000 1111", "", "", "深圳", "客户A;客户B", "多行\n备注"),
    )
    assert [n for n, _ in data_rows(DATA / name, info)] == [2, 3, 4]


def test_user_choice_of_encoding_and_delimiter_wins() -> None:
    info = open_table(DATA / "contacts_gbk.csv", encoding="latin-1", delimiter=";")
    assert (info.encoding, info.delimiter) == ("latin-1", ";")
    assert len(info.headers) == 1 and info.headers[0] != "姓名"


def test_unknown_encoding_name_is_a_typed_error() -> None:
    with pytest.raises(ImportFailed) as err:
        open_table(DATA / "contacts_utf8.csv", encoding="no-such-codec")
    assert err.value.data["reason"] == "bad_encoding"


def test_wecom_xlsx_title_row_numbers_and_sheets() -> None:
    info = open_table(DATA / "wecom_customers.xlsx")
    assert (info.kind, info.sheets, info.sheet, info.header_row) == (
        FileKind.XLSX,
        ("客户列表", "说明"),
        "客户列表",
        2,
    )
    assert info.headers[:3] == ("客户名称", "备注名", "客户类型")
    rows = dict(data_rows(DATA / "wecom_customers.xlsx", info))
    assert rows[3][9] == "13800138001"  # a phone typed as a number stays whole
    assert list(rows) == [3, 4, 6]  # row numbers as in the sheet; the blank row 5 is not handed on
    other = open_table(DATA / "wecom_customers.xlsx", sheet="说明")
    assert other.headers == ("本表由企业微信导出",)


def test_xlsx_cell_types(tmp_path: Path) -> None:
    from datetime import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "手机", "日期", "金额", "是否"])
    ws.append(["甲", 13800138001.0, datetime(2026, 3, 1), 12.5, True])
    path = tmp_path / "types.xlsx"
    wb.save(path)
    info = open_table(path)
    assert info.preview == ((2, ("甲", "13800138001", "2026-03-01", "12.5", "TRUE")),)


@pytest.mark.parametrize(
    ("data", "suffix", "reason"),
    [
        (b"", ".csv", "empty"),
        (b"", ".vcf", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls", "xls_unsupported"),
        (b"not a zip at all", ".xlsx", "not_xlsx"),
        (b"PK\x03\x04 broken zip", ".xlsx", "not_xlsx"),
        (bytes(range(256)) * 20, ".csv", "not_text"),
        (b"\x00\x01\x02\x03" * 500, ".vcf", "not_vcard"),
        (b"\n\n  \n", ".csv", "empty"),
    ],
)
def test_unreadable_files_are_typed_errors(
    tmp_path: Path, data: bytes, suffix: str, reason: str
) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(data)
    with pytest.raises(ImportFailed) as err:
        open_table(path)
    assert err.value.data["reason"] == reason


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as err:
        file_kind(tmp_path / "nope.csv")
    assert err.value.data["reason"] == "not_found"
    with pytest.raises(ImportFailed) as err:
        file_kind(tmp_path)
    assert err.value.data["reason"] in ("not_a_file", "unreadable")


def test_file_kind_by_content_before_name(tmp_path: Path) -> None:
    vcf = tmp_path / "contacts.txt"
    vcf.write_bytes(b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n")
    assert file_kind(vcf) is FileKind.VCARD
    xlsx = tmp_path / "sheet.csv"
    xlsx.write_bytes((DATA / "wecom_customers.xlsx").read_bytes())
    assert file_kind(xlsx) is FileKind.XLSX


def test_header_only_ragged_rows_and_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_bytes(
        "姓名,手机,公司\n张\x00三,138 0013 8001\n李四,139 1234 5678,甲,多余\n".encode()
    )
    info = open_table(path)
    assert info.headers == ("姓名", "手机", "公司")
    assert info.preview == (
        (2, ("张三", "138 0013 8001")),
        (3, ("李四", "139 1234 5678", "甲", "多余")),
    )
    header_only = tmp_path / "header.csv"
    header_only.write_text("姓名,手机\n", encoding="utf-8")
    info = open_table(header_only)
    assert (info.headers, info.preview) == (("姓名", "手机"), ())
    assert list(data_rows(header_only, info)) == []


def test_field_of_100k_characters(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    text = "备" * 100_000
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["姓名", "备注"], ["甲", text]])
    info = open_table(path)
    assert info.preview[0][1][1] == text


def test_unclosed_quote_swallowing_a_huge_tail_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "open_quote.csv"
    path.write_text('姓名,备注\n甲,"never closed\n' + "x,y\n" * 50_000, encoding="utf-8")
    old = csv.field_size_limit(100_000)
    try:
        with pytest.raises(ImportFailed) as err:
            open_table(path)
        assert (err.value.data["reason"], err.value.data["row"]) == ("malformed", 2)
    finally:
        csv.field_size_limit(old)


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("a,b,c\n1,2,3\n4,5,6\n", ","),
        ("a;b;c\n1;2,5;3\n4;5;6\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ("name\nbob\nalice\n", ","),
        ('姓名,备注\n张三,"你好;世界;再见"\n李四,"a;b;c"\n', ","),
        ("姓名;手机\n张三;138\n李四;139", ";"),
    ],
)
def test_delimiter_detection(sample: str, expected: str) -> None:
    assert detect_delimiter(sample) == expected


def test_utf16_without_bom_and_gb18030_detection(tmp_path: Path) -> None:
    text = "姓名,手机\nAnna,138 0013 8001\n"
    le = tmp_path / "le.csv"
    le.write_bytes(text.encode("utf-16-le"))
    assert tabular.detect_encoding(le) == "utf-16-le"
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(("姓名,手机\n" + "张三,1\n" * 10).encode("gbk"))
    assert tabular.detect_encoding(gbk) == "gb18030"
    weird = tmp_path / "latin.csv"
    weird.write_bytes(b"name\n\x81\xff\xfe\n")
    assert tabular.detect_encoding(weird) == "latin-1"


def test_progress_can_cancel_a_read(tmp_path: Path) -> None:
    from deskcrm.core.io.records import ImportCancelled

    path = tmp_path / "many.csv"
    path.write_text("姓名\n" + "甲\n" * 200_000, encoding="utf-8")
    info = open_table(path)
    with pytest.raises(ImportCancelled):
        list(data_rows(path, info, lambda done, total: done < total // 2))


def test_stream_of_rows_does_not_hold_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    buf = io.StringIO()
    csv.writer(buf).writerows([["姓名"], *[[f"客户{i}"] for i in range(1000)]])
    path.write_text(buf.getvalue(), encoding="utf-8")
    rows = data_rows(path, open_table(path))
    assert next(rows) == (2, ["客户0"])


def test_workbook_with_huge_shared_strings_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import zipfile

    path = tmp_path / "shared.xlsx"
    shutil.copy(DATA / "wecom_customers.xlsx", path)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/sharedStrings.xml", "<sst>" + "x" * 100 + "</sst>")
    monkeypatch.setattr(xlsx_reader, "MAX_SHARED_STRINGS", 50)
    with pytest.raises(ImportFailed) as err:
        open_table(path)
    assert err.value.data["reason"] == "too_large"
