"""`deskcrm plan`: print the day, export it as iCalendar (parsed back) and as a PDF (read back)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.services import contacts, plan, settings_store, touches
from deskcrm.paths import DataPaths

DAY = date(2026, 12, 1)
# The CLI runs on the real clock: promised steps can only be booked from today on.
SOON = date.today() + timedelta(days=2)


@pytest.fixture
def restore_language(qapp: Any) -> Iterator[None]:
    """The command installs the UI language's translators; take them out afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from deskcrm.ui import i18n

    before = QLocale()
    yield
    for translator in i18n._installed:
        QCoreApplication.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(before)


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


def test_a_day_too_full_for_one_page_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _seed(folder, sales=70)
    pdf = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(folder), "plan", DAY.isoformat(), "--pdf", str(pdf)]) == 1
    err = capsys.readouterr().err
    assert "does not fit on one A4 page (70 sales items, 1 other)" in err
    assert not pdf.exists()


def _due_contacts(folder: Path, count: int) -> list[int]:
    """`count` contacts whose follow-up (with a promised step) is due on DAY, phones too."""
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        ids = []
        for n in range(count):
            cid = contacts.create_contact(
                db,
                ContactInput(name=f"客户{n:02d}", company="华联餐饮", phones=[f"138 0013 {n:04d}"]),
            )[0]
            touches.log_touch(
                db,
                touches.TouchInput(
                    contact_id=cid,
                    kind=TouchKind.CALL,
                    next_step="送样品" if n % 2 else "",
                    next_follow_up=SOON,
                ),
            )
            ids.append(cid)
        settings_store.set_values(db, {"plan.daily_capacity": 3})
        return ids
    finally:
        ctx.close()


def test_draft_lists_reasons_within_and_over_capacity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    _due_contacts(folder, 5)
    args = ["--data-dir", str(folder), "--lang", "en", "plan", SOON.isoformat(), "--draft"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Draft for {SOON} · capacity 3 sales items, 0 already planned"
    marks = [line.split("[")[1].split("]")[0] for line in lines if "] " in line]
    assert marks == ["within"] * 3 + ["over"] * 2
    assert any("---- over the capacity of 3" in line for line in lines)
    # Promised steps first (worth more), each with why it is due.
    assert "[within] 客户01 · Promised: 送样品  — you promised this step for the day" in lines[1]
    assert main([*args, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["capacity"], doc["planned_sales"]) == (3, 0)
    assert [r["within_capacity"] for r in doc["lines"]] == [True] * 3 + [False] * 2
    assert {r["reason"] for r in doc["lines"]} == {"next_step", "follow_up"}
    assert doc["lines"][0]["detail"] == "送样品" and doc["lines"][0]["why"]
    # Nothing was written by looking.
    ctx = CommandContext(DataPaths(folder), None)
    try:
        assert plan.items_for_day(ctx.open_db(), SOON) == ([], [])
    finally:
        ctx.close()


def test_draft_accept_adds_what_fits_and_prints_in_the_setting_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_language: None
) -> None:
    folder = tmp_path / "data"
    ids = _due_contacts(folder, 5)
    ctx = CommandContext(DataPaths(folder), None)
    try:
        settings_store.set_values(ctx.open_db(), {"ui.language": "zh_CN"})
    finally:
        ctx.close()
    base = ["--data-dir", str(folder), "plan", SOON.isoformat()]
    assert main([*base, "--draft", "--accept"]) == 0
    out = capsys.readouterr().out
    assert "容量 3 项销售事项" in out and "已将 3 行加入计划" in out
    ctx = CommandContext(DataPaths(folder), None)
    try:
        sales, _ = plan.items_for_day(ctx.open_db(), SOON)
    finally:
        ctx.close()
    assert len(sales) == 3 and {i.contact_id for i in sales} <= set(ids)
    assert all(i.title == "" and i.reason for i in sales)  # reasons as data, no words
    # The sheet prints in Chinese (the setting), each drafted line with why it is there.
    assert main(base) == 0
    out = capsys.readouterr().out
    assert "销售工作" in out and "  [ ] 1. 客户01 · 已约定：送样品  — 约定在这天做的下一步" in out
    assert "Follow up" not in out and "Sales" not in out
    # --lang wins over the setting; the same rows read in English.
    assert main(["--lang", "en", *base]) == 0
    assert "  [ ] 1. 客户01 · Promised: 送样品" in capsys.readouterr().out


def test_the_call_sheet_pdf_has_the_phones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_language: None
) -> None:
    folder = tmp_path / "data"
    _due_contacts(folder, 4)
    base = ["--data-dir", str(folder), "--lang", "en", "plan", SOON.isoformat()]
    assert main([*base, "--draft", "--accept"]) == 0
    pdf = tmp_path / "plan.pdf"
    assert main([*base, "--pdf", str(pdf)]) == 0
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = "".join(reader.pages[0].extract_text().split())
    assert text.count("Result:") == 3, text
    assert all(f"13800130{n:03d}" in text for n in range(4) if n % 2), text


def test_draft_options_need_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(tmp_path / "d"), "plan", DAY.isoformat()]
    assert main([*base, "--accept"]) == 2
    assert main([*base, "--draft", "--pdf", str(tmp_path / "x.pdf")]) == 2
    assert "need --draft" in capsys.readouterr().err


def test_bad_date_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "plan", "2026-13-01"]) == 2
    assert "not a date" in capsys.readouterr().err
