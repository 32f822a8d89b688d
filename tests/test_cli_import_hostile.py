"""`deskcrm import` on hostile files: exit status, the stable error line, the sentence in
English and Chinese, row warnings in the dry-run summary, nothing stored on failure."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from tests.core.hostile_files import dimension_bomb, empty_rows_bomb

from deskcrm.cli import main
from deskcrm.core.io import xlsx_reader


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _names(capsys: pytest.CaptureFixture[str], folder: Path) -> list[str]:
    code, out, _ = _run(capsys, "--data-dir", str(folder), "contacts", "--json")
    assert code == 0
    rows: list[dict[str, Any]] = json.loads(out)
    return sorted(r["name"] for r in rows)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _refused(
    capsys: pytest.CaptureFixture[str], folder: Path, path: Path, *more: str
) -> dict[str, list[str]]:
    """stderr lines of a refused import in English and in Chinese (exit 1, nothing stored)."""
    lines: dict[str, list[str]] = {}
    for lang in ("en", "zh_CN"):
        started = time.perf_counter()
        code, out, err = _run(
            capsys, "--data-dir", str(folder), "--lang", lang, "import", str(path), *more
        )
        assert time.perf_counter() - started < 10
        assert (code, out) == (1, "")
        lines[lang] = err.splitlines()
    assert _names(capsys, folder) == []
    return lines


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    lines = _refused(capsys, folder, pipe)
    assert lines["en"] == [
        f"deskcrm: error: cannot import {pipe}: not_regular",
        "deskcrm: This is not an ordinary file (a pipe or a device); only files can be imported.",
    ]
    assert lines["zh_CN"][1] == "deskcrm: 这不是普通文件（而是管道或设备），只能导入普通文件。"


def test_utf16_on_a_utf8_file(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "utf8.csv"
    path.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    lines = _refused(capsys, folder, path, "--encoding", "utf-16")
    assert lines["en"][0].startswith(f"deskcrm: error: cannot import {path}: wrong_encoding")
    assert lines["en"][1].startswith("deskcrm: The file cannot be read as “utf-16” (from row 1)")
    assert lines["zh_CN"][1].startswith("deskcrm: 无法按“utf-16”编码读取该文件（从第 1 行起）")
    assert "Traceback" not in "".join(lines["en"] + lines["zh_CN"])


def test_xlsx_bombs(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wide = _refused(capsys, folder, dimension_bomb(tmp_path / "wide.xlsx", filled=True))
    assert ": too_many_columns" in wide["en"][0]
    assert wide["zh_CN"][1].startswith("deskcrm: 工作表在第 1024 列之后还有内容")
    rows = empty_rows_bomb(tmp_path / "rows.xlsx", xlsx_reader.MAX_ROWS + 10)
    tall = _refused(capsys, folder, rows)
    assert ": too_many_rows" in tall["en"][0]
    assert "250000" in tall["zh_CN"][1]


def test_declared_dimension_imports_what_is_there(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = dimension_bomb(tmp_path / "dimension.xlsx", filled=False)
    code, out, err = _run(capsys, "--data-dir", str(folder), "import", str(path))
    assert (code, err) == (0, "")
    assert "new: 2" in out.splitlines()
    assert _names(capsys, folder) == ["张三", "李四"]


def test_dry_run_names_bad_and_other_encoding_rows(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "姓名,手机\n张三,13800138000\n".encode()
        + b"\xe6\x9d\x8e\xc3(\xe5\x9b\x9b,13900139000\n"
        + "王五,13700137000\n".encode("gbk")
    )
    code, out, err = _run(capsys, "--data-dir", str(folder), "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert 'format: csv (encoding utf-8, delimiter ",")' in lines
    assert "new: 2" in lines and "errors: 1" in lines
    assert "row 3: error: undecodable (text: 李\ufffd(四,13900139000)" in lines
    assert "row 4: warning: other_encoding" in lines
    assert lines[-1] == "dry run: nothing was stored"
    assert _names(capsys, folder) == []
    code, out, _ = _run(capsys, "--data-dir", str(folder), "import", str(path))
    assert code == 0
    assert _names(capsys, folder) == ["张三", "王五"]
