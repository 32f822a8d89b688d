"""The printed call sheet: one A4 page, the date on top, sales calls left (name once,
company, phone, why, a line for the result), other work right, Chinese line breaking, a
day too full refused; read back with pypdf."""

from __future__ import annotations

import importlib.util
import io
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFontMetricsF

from deskcrm.core.model import PlanItemInfo
from deskcrm.core.rules.referrals import THANKS_ORIGIN
from deskcrm.ui.plan_pdf import (
    NO_LINE_START,
    SheetTooFull,
    render_plan_pdf,
    sheet_font,
    too_full_text,
    wrap,
    write_plan_pdf,
)

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 3, 5)  # a Thursday

Placed = list[tuple[float, float, str]]  # x, y (points from the bottom left), text


def _item(
    n: int,
    side: str,
    title: str,
    *,
    done: bool = False,
    name: str = "",
    company: str = "",
    phone: str = "",
    **why: Any,
) -> PlanItemInfo:
    return PlanItemInfo(
        id=n,
        day=DAY,
        side=side,
        rank=n,
        title=title,
        done=done,
        contact_id=n if name else None,
        contact_name=name,
        origin=why.get("reason", "manual"),
        origin_key="",
        company=company,
        phone=phone,
        **why,
    )


def _placed(reader: PdfReader, page: int) -> Placed:
    """Every text run of a page with where it starts (Qt scales its 300 dpi drawing by cm)."""
    out: Placed = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((x, y, "".join(text.split())))

    reader.pages[page].extract_text(visitor_text=visit)
    return out


def _x_of(placed: Placed, text: str) -> float:
    return next(x for x, _y, t in placed if text in t)


def _flat(reader: PdfReader, page: int) -> str:
    return "".join(reader.pages[page].extract_text().split())


def test_one_page_with_both_columns_in_chinese(qapp: Any) -> None:
    sales = [
        _item(1, "sales", "拜访王建国，带上净水器样品", name="王建国"),
        _item(2, "sales", "电话回访李娜"),
    ]
    other = [_item(3, "non_sales", "整理发票和报销单", done=True), _item(4, "non_sales", "交周报")]
    data, pages = render_plan_pdf(DAY, sales, other)
    reader = PdfReader(io.BytesIO(data))
    assert pages == len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait
    text = _flat(reader, 0)
    assert "Planfor2026-03-05Thursday" in text
    # Copy/paste and search see what was drawn: spaces (not tabs), 水 and 户 (not the
    # look-alike radicals ⽔ and ⼾ that share their glyphs in the CJK font).
    raw = reader.pages[0].extract_text()
    assert "Plan for 2026-03-05 Thursday" in raw and "\t" not in raw
    assert "净水器" in text and "⽔" not in text
    assert reader.metadata is not None and reader.metadata.title == "Plan for 2026-03-05 Thursday"
    for line in (
        "1.王建国拜访王建国，带上净水器样品Result:",  # the name once, then what to do
        "2.电话回访李娜",
        "整理发票和报销单",
        "交周报",
    ):
        assert line in text
    placed = _placed(reader, 0)
    middle = float(box.width) / 2
    # The date is on top; the sales column left of the middle rule, the other right of it.
    heading_y = next(y for _x, y, t in placed if "2026-03-05" in t)
    assert all(y <= heading_y for _x, y, _t in placed)
    assert _x_of(placed, "Sales") < middle < _x_of(placed, "Non-sales")
    assert _x_of(placed, "拜访王建国") < middle < _x_of(placed, "整理发票")
    assert "✓" in text  # the done line's box is ticked
    resources: Any = reader.pages[0]["/Resources"]
    fonts = resources["/Font"]
    names = " ".join(str(fonts[k]["/BaseFont"]) for k in fonts)
    assert "CJK" in names  # Chinese drawn with an embedded CJK face, not boxes


def _call_sheet(count: int) -> list[PlanItemInfo]:
    """A realistic evening's sales side: drafted calls with company, phone and reason."""
    items = []
    for n in range(1, count + 1):
        kind = n % 3
        why: dict[str, Any] = (
            {"reason": "next_step", "detail": "带三种报价方案和净水器样品去食堂", "due": DAY}
            if kind == 0
            else {"reason": "follow_up", "detail": "", "due": date(2026, 3, 1)}
            if kind == 1
            else {"reason": "class_deadline", "detail": "B", "due": date(2026, 3, 6)}
        )
        items.append(
            _item(
                n,
                "sales",
                "",
                name=f"客户{n}号",
                company="北京华联餐饮管理有限公司",
                phone=f"+86 138 0013 {n:04d}",
                **why,
            )
        )
    return items


def test_a_full_day_is_one_page_call_sheet_with_phones(qapp: Any, tmp_path: Path) -> None:
    sales = _call_sheet(22)
    other = [_item(100 + n, "non_sales", f"交周报和报销单第{n}份") for n in range(1, 9)]
    path = tmp_path / "plan.pdf"
    assert write_plan_pdf(path, DAY, sales, other) == 1
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = _flat(reader, 0)
    for n in range(1, 23):
        assert f"+861380013{n:04d}" in text  # every phone, to dial from the paper
        assert text.count(f"客户{n}号") == 1  # the name once
    assert text.count("Result:") == 22  # a line to write each call's result on
    assert "Promised:带三种报价方案和净水器样品去食堂" in text
    assert "follow-updatehascome(4dayslate)" in text
    placed = _placed(reader, 0)
    assert _x_of(placed, "Followup") < _x_of(placed, "交周报和报销单第")


def test_a_day_too_full_for_one_page_says_so_and_writes_nothing(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    with pytest.raises(SheetTooFull) as caught:
        write_plan_pdf(path, DAY, _call_sheet(60), [])
    assert not path.exists()
    assert "60 sales items" in too_full_text(caught.value)


def test_no_line_starts_with_closing_punctuation(qapp: Any) -> None:
    metrics = QFontMetricsF(sheet_font(10))
    text = "拜访王建国（带样品），再问：谁负责采购？" * 4 + "电话 13800138000。"
    step = metrics.horizontalAdvance("字")
    for chars in range(4, 40):
        lines = wrap(text, metrics, step * chars + 0.5)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert not any(line[0] in NO_LINE_START for line in lines)
        assert not any(line[-1] in "（(" for line in lines)
        assert not any(line.startswith(("38000", "0138000")) for line in lines)  # whole number


def test_an_empty_day_still_prints_the_sheet(qapp: Any) -> None:
    data, pages = render_plan_pdf(DAY, [], [])
    reader = PdfReader(io.BytesIO(data))
    assert pages == 1 and "Non-sales" in _flat(reader, 0)


def test_coach_thanks_are_worded_on_paper(qapp: Any) -> None:
    thanks = PlanItemInfo(
        id=1,
        day=DAY,
        side="sales",
        rank=0,
        title="王芳 ← 张伟",
        done=False,
        contact_id=None,
        contact_name="",
        origin=THANKS_ORIGIN,
        origin_key=f"{THANKS_ORIGIN}:7",
    )
    data, _ = render_plan_pdf(DAY, [thanks], [])
    assert "Thank/rewardthecoach:王芳←张伟" in _flat(PdfReader(io.BytesIO(data)), 0)


def _i18n_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("deskcrm_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path) -> Iterator[None]:
    """The plan area's zh_CN translation compiled from the .ts and installed for one test."""
    tool = _i18n_tool()
    qm = tmp_path / "plan_zh_CN.qm"
    subprocess.run(
        [tool._tool("lrelease"), "-silent", str(tool.ts_path("plan", "zh_CN")), "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_the_sheet_speaks_chinese(chinese: None) -> None:
    data, _ = render_plan_pdf(DAY, [_item(1, "sales", "电话回访李娜")], [])
    text = _flat(PdfReader(io.BytesIO(data)), 0)
    assert "2026-03-05星期四" in text and "销售" in text and "非销售" in text
    assert "Sales" not in text
