"""Every UI string has a zh_CN translation, and the compiled files really translate."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("deskcrm_i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


@pytest.mark.parametrize("area", sorted(TOOL.areas()))
def test_every_string_of_the_area_is_translated_to_chinese(area: str) -> None:
    assert TOOL.missing(area) == {}, f"run: python tools/i18n.py missing --area {area}"


def test_every_area_has_both_languages() -> None:
    for area in TOOL.areas():
        for lang in ("zh_CN", "en"):
            assert TOOL.ts_path(area, lang).exists(), f"{area}_{lang}.ts"


def test_compiled_chinese_translates_the_shell(qapp: Any, tmp_path: Path) -> None:
    qm = tmp_path / "shell_zh_CN.qm"
    subprocess.run(
        [TOOL._tool("lrelease"), "-silent", str(TOOL.ts_path("shell", "zh_CN")), "-qm", str(qm)],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Contacts") == "客户"
        assert QCoreApplication.translate("", "Phone") == "电话"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_qt_standard_buttons_speak_chinese(qapp: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from deskcrm.ui import i18n

    try:
        loaded = i18n.install("zh_CN")
        assert "qtbase_zh_CN.qm" in loaded
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() != "&Cancel"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in box.buttons()[0].text())
    finally:
        i18n.install("en")
