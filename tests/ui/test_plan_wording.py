"""How drafted lines and stored lines read: worded from their reason in the current
language (English source, Chinese .ts), the rep's own words kept."""

from __future__ import annotations

import importlib.util
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from deskcrm.core.model import PlanItemInfo, PlanSide
from deskcrm.core.rules.plan_draft import Reason, Suggestion
from deskcrm.core.rules.referrals import THANKS_ORIGIN
from deskcrm.ui.vocabulary.plan_lines import (
    is_thanks,
    item_text,
    shown_title,
    suggestion_text,
)
from deskcrm.ui.vocabulary.templates import fill

ROOT = Path(__file__).resolve().parents[2]
DUE = date(2026, 3, 5)


def _s(reason: Reason, **kw: Any) -> Suggestion:
    base: dict[str, Any] = {
        "reason": reason,
        "origin_key": f"{reason.value}:1",
        "side": PlanSide.SALES,
        "contact_id": 1,
        "contact_name": "张伟",
    }
    base.update(kw)
    return Suggestion(**base)


def test_fill_is_one_pass() -> None:
    assert fill("%1 and %2", "a%2b", 7) == "a%2b and 7"
    assert fill("%1 %3", "x") == "x %3"


def test_tasks_and_reasons_in_english(qapp: Any) -> None:
    day = DUE + timedelta(days=3)
    cases = [
        (
            _s(Reason.NEXT_STEP, detail="送报价单", due=day),
            "张伟 · Promised: 送报价单  — you promised this step for the day",
        ),
        (
            _s(Reason.FOLLOW_UP, detail="寄样品\n再确认", due=DUE, overdue_days=3),
            "张伟 · Follow up: 寄样品 再确认  — follow-up date has come (3 days late)",
        ),
        (
            _s(Reason.FOLLOW_UP, due=day - timedelta(days=1), overdue_days=1),
            "张伟 · Follow up  — follow-up date has come (a day late)",
        ),
        (
            _s(Reason.CLASS_DEADLINE, class_code="A", due=day + timedelta(days=1)),
            "张伟 · Close the deal (class A)  — class A window ends 2026-03-09",
        ),
        (
            _s(Reason.CLASS_DEADLINE, class_code="B", due=day - timedelta(days=2), overdue_days=2),
            "张伟 · Close or let go (class B)  — class B window ended 2026-03-06 (2 days late)",
        ),
        (
            _s(Reason.THANK_COACH, detail="李娜 · 净水器", due=DUE),
            "张伟 · Thank / reward the coach: 李娜 · 净水器  — someone they referred closed on "
            "2026-03-05",
        ),
        (_s(Reason.VIP_CALL), "张伟 · Call (VIP)  — VIP never called"),
        (
            _s(Reason.VIP_CALL, last_call=date(2025, 8, 1)),
            "张伟 · Call (VIP)  — VIP last called 2025-08-01 (over 6 months)",
        ),
        (
            _s(Reason.STUCK, touch_count=3),
            "张伟 · Follow up again  — stuck at 3 touches: don't stop now",
        ),
        (
            _s(
                Reason.CARRIED,
                detail="交周报",
                title="交周报",
                contact_id=None,
                contact_name="",
                due=DUE,
            ),
            "交周报  — not done on 2026-03-05",
        ),
    ]
    for suggestion, text in cases:
        assert suggestion_text(suggestion, day) == text


def _stored(**kw: Any) -> PlanItemInfo:
    base: dict[str, Any] = {
        "id": 1,
        "day": DUE,
        "side": "sales",
        "rank": 0,
        "title": "",
        "done": False,
        "contact_id": 7,
        "contact_name": "杨静怡",
        "origin": "follow_up",
        "origin_key": "follow_up:7:2026-03-03",
        "reason": "follow_up",
        "detail": "带样品",
        "due": date(2026, 3, 3),
    }
    base.update(kw)
    return PlanItemInfo(**base)


def test_a_stored_line_reads_from_its_reason_unless_the_rep_worded_it(qapp: Any) -> None:
    item = _stored()
    assert shown_title(item) == "Follow up: 带样品"
    assert item_text(item) == "杨静怡 · Follow up: 带样品  — follow-up date has come (2 days late)"
    # Reworded by the rep: the rep's words stay, the reason still shows once.
    worded = _stored(title="带样品去公司")
    assert item_text(worded) == "带样品去公司 · 杨静怡  — follow-up date has come (2 days late)"
    manual = _stored(origin="manual", origin_key="", reason="", detail="", due=None, title="交周报")
    assert item_text(manual) == "交周报 · 杨静怡"


def test_coach_thanks_read_the_same_wherever_they_came_from(qapp: Any) -> None:
    key = f"{THANKS_ORIGIN}:9"
    assert is_thanks(THANKS_ORIGIN, key) and is_thanks("carried", key)
    assert not is_thanks("manual", key) and not is_thanks("carried", "carried:3")
    item = PlanItemInfo(
        id=1,
        day=DUE,
        side="sales",
        rank=0,
        title="王芳 ← 张伟",
        done=False,
        contact_id=None,
        contact_name="",
        origin="carried",
        origin_key=key,
    )
    assert shown_title(item) == "Thank / reward the coach: 王芳 ← 张伟"
    carried = _s(Reason.CARRIED, origin_key=key, detail="王芳 ← 张伟", title="王芳 ← 张伟", due=DUE)
    assert suggestion_text(carried, DUE) == (
        "Thank / reward the coach: 王芳 ← 张伟 · 张伟  — not done on 2026-03-05"
    )


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path) -> Iterator[None]:
    spec = importlib.util.spec_from_file_location("deskcrm_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    # Plan lines are worded by the shared vocabulary, whose words are in the shell area.
    qm = tmp_path / "shell_zh_CN.qm"
    subprocess.run(
        [tool._tool("lrelease"), "-silent", str(tool.ts_path("shell", "zh_CN")), "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_same_rows_read_in_chinese(chinese: None) -> None:
    day = DUE + timedelta(days=2)
    assert (
        suggestion_text(_s(Reason.NEXT_STEP, detail="送报价单", due=day), day)
        == "张伟 · 已约定：送报价单  — 约定在这天做的下一步"
    )
    assert item_text(_stored()) == "杨静怡 · 跟进：带样品  — 到了跟进日期（已晚 2 天）"
    assert suggestion_text(_s(Reason.VIP_CALL), day) == "张伟 · 打电话（VIP）  — VIP 从未通过电话"
