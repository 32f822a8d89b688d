"""Shortcuts are made one way, so none loses its context (PySide drops a context passed
with a slot, and such a shortcut fires in the whole window)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from deskcrm.ui.shortcuts import add_shortcut

UI = Path(__file__).resolve().parents[2] / "src" / "deskcrm" / "ui"


def test_no_module_builds_a_qshortcut_itself() -> None:
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name == "shortcuts.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QShortcut":
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []


def test_a_widget_key_fires_only_while_its_widget_has_the_focus(qtbot: Any) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    # A button does not swallow letters as a text field does: a window-wide V would fire.
    field, other = QPushButton("x"), QLineEdit()
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    fired: list[str] = []
    add_shortcut(other, "V", lambda: fired.append("v"), Qt.ShortcutContext.WidgetShortcut)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_V)
    assert fired == []
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClick(other, Qt.Key.Key_V, Qt.KeyboardModifier.NoModifier)
    assert other.text() == "v"  # a text field keeps its letters
