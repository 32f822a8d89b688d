"""Command line: import (summary, dry run, duplicates, exit codes), undo-import, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from deskcrm.cli import main

DATA = Path(__file__).resolve().parent / "data" / "import"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _contacts(capsys: pytest.CaptureFixture[str], folder: Path) -> list[dict[str, Any]]:
    code, out, _ = _run(capsys, "--data-dir", str(folder), "contacts", "--json")
    assert code == 0
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def test_import_prints_the_summary_and_stores(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, "--data-dir", str(folder), "import", str(DATA / "contacts_gbk.csv")
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"file: {DATA / 'contacts_gbk.csv'}",
        'format: csv (encoding gb18030, delimiter ",")',
        "columns: 姓名=name, 手机=phone, 公司=company, 职位=title, 城市=city, 标签=tags, "
        "备注=notes",
        "rows: 3",
        "new: 3",
        "merged: 0",
        "skipped: 0",
        "errors: 0",
        "stored: import 1",
    ]
    rows = {r["name"]: r for r in _contacts(capsys, folder)}
    assert rows["李娜"]["phones"] == ["+8613912345678", "+861062345678"]
    assert rows["张伟"]["tags"] == ["Y", "VIP"]
    assert rows["王芳"]["notes"] == "多行\n备注"


def test_dry_run_then_duplicates_skipped_or_merged(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(folder), "import")
    code, out, _ = _run(capsys, *base, str(DATA / "contacts_utf8.csv"), "--dry-run")
    assert code == 0 and out.splitlines()[-1] == "dry run: nothing was stored"
    assert _contacts(capsys, folder) == []
    assert _run(capsys, *base, str(DATA / "contacts_utf8.csv"))[0] == 0
    code, out, _ = _run(capsys, *base, str(DATA / "wecom_customers.xlsx"))
    lines = out.splitlines()
    assert code == 0
    assert lines[1] == "format: xlsx (sheet 客户列表)"
    assert lines[3:8] == ["rows: 3", "new: 1", "merged: 0", "skipped: 2", "errors: 0"]
    assert lines[8:10] == [
        "row 3: skipped: duplicate (contact_id: 1, name: 张伟, by: phone)",
        "row 6: skipped: duplicate (contact_id: 2, name: 李娜, by: phone)",
    ]
    code, out, _ = _run(
        capsys, *base, str(DATA / "wecom_customers.xlsx"), "--on-duplicate", "merge"
    )
    assert "row 3: merged: merged (contact_id: 1, name: 张伟, by: phone)" in out.splitlines()
    rows = {r["name"]: r for r in _contacts(capsys, folder)}
    assert rows["张伟"]["tags"] == ["Y", "VIP", "A类", "意向客户"]


def test_row_errors_are_listed_with_exit_status_0(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("姓名,手机\n,138 0013 8001\n好人,12345\n", encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", str(folder), "import", str(path))
    assert (code, err) == (0, "")
    assert "row 2: error: validation (field: name, reason: required)" in out
    assert "row 3: warning: phone_unparsed (value: 12345, reason: invalid)" in out
    assert "errors: 1" in out and "new: 1" in out


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"", "empty.csv", "empty"),
        (bytes(range(256)) * 8, "junk.vcf", "not_vcard"),
        ("姓名,手机\n".encode(), "header.csv", "no_rows"),
        (b"PK\x03\x04junk", "broken.xlsx", "not_xlsx"),
    ],
)
def test_unreadable_file_exits_1_and_stores_nothing(
    folder: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    name: str,
    reason: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = _run(capsys, "--data-dir", str(folder), "import", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"deskcrm: error: cannot import {path}: {reason}")
    assert _contacts(capsys, folder) == []


def test_missing_file_and_bad_arguments(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--data-dir", str(folder), "import", str(tmp_path / "no.csv"))
    assert code == 1 and ": not_found" in err
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(folder), "import", "x.csv", "--on-duplicate", "nope"])
    assert exc.value.code == 2


def test_encoding_and_delimiter_options(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys,
        "--data-dir",
        str(folder),
        "import",
        str(DATA / "contacts_semicolon.csv"),
        "--encoding",
        "utf-8",
        "--delimiter",
        "semicolon",
        "--dry-run",
    )
    assert code == 0 and 'format: csv (encoding utf-8, delimiter ";")' in out and "new: 3" in out


def test_undo_import(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "--data-dir", str(folder), "import", str(DATA / "iphone_30.vcf"))
    assert len(_contacts(capsys, folder)) == 1
    assert _run(capsys, "--data-dir", str(folder), "undo-import", "1") == (
        0,
        "undone: import 1\n",
        "",
    )
    assert _contacts(capsys, folder) == []
    code, _, err = _run(capsys, "--data-dir", str(folder), "undo-import", "1")
    assert code == 1 and "already_undone" in err


def test_export_formats_and_filters(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "--data-dir", str(folder), "import", str(DATA / "contacts_utf8.csv"))
    for suffix in ("csv", "xlsx", "vcf"):
        path = tmp_path / f"all.{suffix}"
        code, out, _ = _run(capsys, "--data-dir", str(folder), "export", str(path))
        fmt = "vcard" if suffix == "vcf" else suffix
        assert (code, out) == (0, f"exported 3 contacts to {path} ({fmt})\n")
        assert path.stat().st_size > 0
    vip = tmp_path / "vip.csv"
    code, out, _ = _run(
        capsys, "--data-dir", str(folder), "export", str(vip), "--tag", "vip", "--lang", "zh_CN"
    )
    assert (code, out) == (0, f"exported 1 contact to {vip} (csv)\n")
    rows = list(csv.reader(io.StringIO(vip.read_text("utf-8-sig"))))
    assert rows[0][:2] == ["姓名", "手机"] and [r[0] for r in rows[1:]] == ["张伟"]
    code, _, err = _run(capsys, "--data-dir", str(folder), "export", str(vip), "--tag", "nope")
    assert code == 2 and "unknown tag" in err
    code, _, err = _run(capsys, "--data-dir", str(folder), "export", str(tmp_path / "x.pdf"))
    assert code == 1 and "unknown_format" in err
