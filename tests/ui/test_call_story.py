"""The call story's persistence sentence at every touch count, in English and in Chinese."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from deskcrm.core.rules.cadence import curve_step
from deskcrm.ui.screens.call.story_panel import StoryPanel

ROOT = Path(__file__).resolve().parents[2]

ENGLISH = {
    0: "No follow-up yet. The first converts about 2%; a deal takes about 12 on average.",
    1: "1 follow-up so far: about 2% convert by now. 2 more take it to about 5%.",
    2: "2 follow-ups so far: about 2% convert by now. The next one takes it to about 5%.",
    3: "3 follow-ups so far: about 5% convert by now. The next one takes it to about 10%.",
    4: "4 follow-ups so far: about 10% convert by now. The next one takes it to about 80%.",
    **{
        n: f"{n} follow-ups: in the 5–11 range, where about 80% convert. "
        f"A deal takes about 12 on average: {12 - n} more to go."
        for n in range(5, 11)
    },
    11: "11 follow-ups: in the 5–11 range, where about 80% convert. "
    "One more reaches the 12 a deal takes on average.",
    12: "12 follow-ups: as many as a deal takes on average.",
    **{n: f"{n} follow-ups: past the 12 a deal takes on average." for n in range(13, 16)},
}


@pytest.mark.parametrize("touches", range(16))
def test_curve_sentence_in_english(qtbot: Any, touches: int) -> None:
    panel = StoryPanel()
    qtbot.addWidget(panel)
    text = panel.curve_text(curve_step(touches))
    assert text == ENGLISH[touches]
    # Never the same share twice ("80% by now, 80% with one more").
    shares = re.findall(r"(\d+)%", text)
    assert len(shares) == len(set(shares))


def _i18n_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path) -> Iterator[None]:
    tool = _i18n_tool()
    translators = []
    # The call screen's words, and the shared vocabulary's (the curve sentence) in shell.
    for area in ("call", "shell"):
        qm = tmp_path / f"{area}_zh_CN.qm"
        subprocess.run(
            [tool._tool("lrelease"), "-silent", str(tool.ts_path(area, "zh_CN")), "-qm", str(qm)],
            check=True,
        )
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_curve_sentence_in_chinese(qtbot: Any, chinese: None) -> None:
    panel = StoryPanel()
    qtbot.addWidget(panel)
    seen = set()
    for touches in range(16):
        text = panel.curve_text(curve_step(touches))
        assert not re.search(r"[A-Za-z]", text), text  # no English left in the Chinese UI
        shares = re.findall(r"(\d+)%", text)
        assert len(shares) == len(set(shares)), text
        if touches:
            assert f"{touches} 次" in text, text
        seen.add(text)
    assert len(seen) == 16  # every step says where the contact stands
    assert panel.curve_text(curve_step(4)) == "已跟进 4 次：到此约 10% 成交。再跟一次可达约 80%。"
