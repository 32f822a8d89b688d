"""`deskcrm plan --pdf` in the UI language, with an offscreen Qt (read back with pypdf)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.core.services import plan, settings_store
from deskcrm.paths import DataPaths
from deskcrm.ui import i18n

DAY = date(2026, 12, 1)  # a Tuesday


@pytest.fixture
def restore_language(qapp: Any) -> Iterator[None]:
    """The command installs the UI language's translators; take them out afterwards."""
    before = QLocale()
    yield
    for translator in i18n._installed:
        QCoreApplication.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(before)


def _seed(folder: Path, language: str) -> None:
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        settings_store.set_values(db, {"ui.language": language})
        plan.add_item(db, DAY, "sales", "拜访客户王建国，带净水器样品")
        plan.add_item(db, DAY, "non_sales", "整理发票")
    finally:
        ctx.close()


def _pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return "".join(reader.pages[0].extract_text().split())


def test_pdf_in_the_language_setting(
    restore_language: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _seed(folder, "zh_CN")
    pdf = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(folder), "plan", DAY.isoformat(), "--pdf", str(pdf)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 1 page(s) to {pdf}"
    text = _pdf_text(pdf)
    assert "2026-12-01星期二工作计划" in text
    assert "销售工作" in text and "非销售工作" in text
    assert "1.拜访客户王建国，带净水器样品" in text and "1.整理发票" in text


def test_lang_option_wins_over_the_setting(restore_language: None, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _seed(folder, "zh_CN")
    pdf = tmp_path / "plan.pdf"
    args = ["--data-dir", str(folder), "--lang", "en", "plan", DAY.isoformat(), "--pdf", str(pdf)]
    assert main(args) == 0
    text = _pdf_text(pdf)
    assert "Planfor2026-12-01" in text and "Non-sales" in text


def test_an_unwritable_pdf_exits_1(
    restore_language: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _seed(folder, "en")
    target = tmp_path / "missing" / "plan.pdf"
    assert main(["--data-dir", str(folder), "plan", DAY.isoformat(), "--pdf", str(target)]) == 1
    assert capsys.readouterr().err.startswith(f"deskcrm: error: cannot write {target}")
