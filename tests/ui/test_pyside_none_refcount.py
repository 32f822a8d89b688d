"""Regression guard: PySide6 6.12.0 on CPython < 3.12 leaked a reference to None per void call.

After a few thousand calls the interpreter aborted ("none_dealloc"). pyproject.toml pins
PySide6 below 6.12 on those Pythons; this test keeps an upgrade from bringing it back.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget


def test_void_qt_calls_keep_none_alive(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.update()
        QApplication.processEvents()
    after = sys.getrefcount(None)
    # Other threads may hold a few extra references meanwhile; a leak loses 40,000.
    assert after >= before - 100
