"""How drafted lines are worded and how stored lines read (English source, Chinese .ts)."""

from __future__ import annotations

import importlib.util
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from deskcrm.core.model import PlanItemInfo, PlanSide
from deskcrm.core.rules.plan_draft import Reason, Suggestion
from deskcrm.core.rules.referrals import THANKS_ORIGIN
from deskcrm.core.services.plan import MAX_TITLE
from deskcrm.ui.screens.plan.wording import (
    default_title,
    is_thanks,
    reason_text,
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


def test_titles_and_reasons_in_english(qapp: Any) -> None:
    cases = [
        (
            _s(Reason.NEXT_STEP, detail="送报价单", due=DUE),
            "张伟: 送报价单 (promised)",
            "you promised this step for the day",
        ),
        (
            _s(Reason.FOLLOW_UP, detail="寄样品\n再确认", due=DUE, overdue_days=3),
            "Follow up with 张伟: 寄样品 再确认",
            "follow-up date has come (3 days late)",
        ),
        (
            _s(Reason.FOLLOW_UP, due=DUE, overdue_days=1),
            "Follow up with 张伟",
            "follow-up date has come (a day late)",
        ),
        (
            _s(Reason.CLASS_DEADLINE, class_code="A", due=DUE),
            "Close 张伟 (class A) by 2026-03-05",
            "class A window ends 2026-03-05",
        ),
        (
            _s(Reason.CLASS_DEADLINE, class_code="B", due=DUE, overdue_days=2),
            "Close 张伟 or let go (class B, window ended 2026-03-05)",
            "class B window ended 2026-03-05 (2 days late)",
        ),
        (
            _s(Reason.THANK_COACH, detail="李娜 · 净水器", due=DUE),
            "张伟 ← 李娜 · 净水器",
            "someone they referred closed on 2026-03-05",
        ),
        (_s(Reason.VIP_CALL), "Call VIP 张伟", "VIP never called"),
        (
            _s(Reason.VIP_CALL, last_call=date(2025, 8, 1)),
            "Call VIP 张伟",
            "VIP last called 2025-08-01 (over 6 months)",
        ),
        (
            _s(Reason.STUCK, touch_count=3),
            "Follow up 张伟 again (3 touches, don't give up)",
            "stuck at 3 touches: don't stop now",
        ),
        (
            _s(Reason.CARRIED, detail="交周报", contact_id=None, contact_name="", due=DUE),
            "交周报",
            "not done on 2026-03-05",
        ),
    ]
    for suggestion, title, reason in cases:
        assert (default_title(suggestion), reason_text(suggestion)) == (title, reason)


def test_titles_fit_the_column(qapp: Any) -> None:
    title = default_title(_s(Reason.NEXT_STEP, detail="样" * 600, due=DUE))
    assert len(title) == MAX_TITLE and title.endswith("…")


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
    carried = _s(Reason.CARRIED, origin_key=key, detail="王芳 ← 张伟", due=DUE)
    assert suggestion_text(carried, default_title(carried)) == (
        "Thank / reward the coach: 王芳 ← 张伟    — not done on 2026-03-05"
    )


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path) -> Iterator[None]:
    spec = importlib.util.spec_from_file_location("deskcrm_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    qm = tmp_path / "plan_zh_CN.qm"
    subprocess.run(
        [tool._tool("lrelease"), "-silent", str(tool.ts_path("plan", "zh_CN")), "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_titles_in_chinese(chinese: None) -> None:
    assert (
        default_title(_s(Reason.NEXT_STEP, detail="送报价单", due=DUE))
        == "张伟：送报价单（已约定）"
    )
    assert default_title(_s(Reason.FOLLOW_UP, detail="寄样品")) == "跟进张伟：寄样品"
    assert default_title(_s(Reason.VIP_CALL)) == "给 VIP 客户张伟打电话"
    assert reason_text(_s(Reason.FOLLOW_UP, overdue_days=2)) == "到了跟进日期（已晚 2 天）"
