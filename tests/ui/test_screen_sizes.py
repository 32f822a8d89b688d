"""Every screen fits a 1280-pixel-wide window in both languages (the first-start size)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from deskcrm.ui import i18n
from deskcrm.ui.mainwindow import SCREENS

WIDEST = 1280 - 100  # the window less the navigation bar and margins


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_screen_is_wider_than_a_small_window(qtbot: Any, bridge: Any, lang: str) -> None:
    i18n.install(lang)
    try:
        widths = {}
        for key, module, name in SCREENS:
            screen = getattr(importlib.import_module(module), name)(bridge)
            qtbot.addWidget(screen)
            widths[key] = screen.minimumSizeHint().width()
    finally:
        i18n.install("en")
    assert all(w <= WIDEST for w in widths.values()), widths
