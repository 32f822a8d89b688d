"""`deskcrm plan`: print the day, export it as iCalendar (parsed back) and as a PDF (read back)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.core.services import plan
from deskcrm.paths import DataPaths

DAY = date(2026, 12, 1)


def _seed(folder: Path, sales: int = 3) -> None:
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        for n in range(sales):
            plan.add_item(db, DAY, "sales", f"拜访{n + 1}号 王建国")
        done = plan.add_item(db, DAY, "non_sales", "整理发票和报销单")[0].id
        plan.set_done(db, done, True)
    finally:
        ctx.close()


def test_print_and_ics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    assert main(["--data-dir", str(folder), "plan", DAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "  [ ] 1. 拜访1号 王建国" in out and "  [x] 1. 整理发票和报销单" in out
    ics = tmp_path / "plan.ics"
    assert main(["--data-dir", str(folder), "plan", DAY.isoformat(), "--ics", str(ics)]) == 0
    cal = Calendar.from_ical(ics.read_bytes())
    todos = [c for c in cal.walk("VTODO")]
    assert len(todos) == 4
    summaries = {str(t["summary"]): t for t in todos}
    assert summaries["整理发票和报销单"]["status"] == "COMPLETED"
    first = summaries["拜访1号 王建国"]
    assert first["priority"] == 1 and first["due"].dt == DAY
    assert b"\r\n" in ics.read_bytes()


def test_pdf_has_both_columns_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _seed(folder)
    pdf = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(folder), "plan", DAY.isoformat(), "--pdf", str(pdf)]) == 0
    assert "Wrote 1 page(s)" in capsys.readouterr().out
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    # pypdf breaks lines where the font changes (Latin digits inside Chinese text).
    text = "".join(reader.pages[0].extract_text().split())
    assert f"Planfor{DAY.isoformat()}" in text
    assert "1.拜访1号王建国" in text and "1.整理发票和报销单" in text


def test_long_plan_continues_on_a_second_page(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _seed(folder, sales=70)
    pdf = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(folder), "plan", DAY.isoformat(), "--pdf", str(pdf)]) == 0
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2
    first = "".join(reader.pages[0].extract_text().split())
    last = "".join(reader.pages[-1].extract_text().split())
    assert "拜访1号" in first and "拜访70号" in last
    # Every page repeats the layout: the date and both column headings.
    assert all("Non-sales" in p.extract_text() for p in reader.pages)


def test_bad_date_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "plan", "2026-13-01"]) == 2
    assert "not a date" in capsys.readouterr().err
