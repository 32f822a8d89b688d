"""An error raised in a slot opens the crash dialog (log, report to copy); the window lives."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from deskcrm.app import _crash_dialogs, _report_uncaught
from deskcrm.logs import setup_logging
from deskcrm.ui.dialogs.crash import CrashDialog


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    folder.mkdir()
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(folder)
    yield folder
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_an_error_in_a_slot_opens_the_crash_dialog_and_the_window_keeps_working(
    qtbot: Any, logs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    broken = QPushButton("broken")
    working = QPushButton("working")
    layout.addWidget(broken)
    layout.addWidget(working)
    clicks: list[int] = []

    def fail() -> None:
        raise ValueError("boom in a slot")

    broken.clicked.connect(fail)
    working.clicked.connect(lambda: clicks.append(1))
    window.show()
    qtbot.waitExposed(window)
    # pytest-qt's own capture is off here: the app's hook is what runs in production.
    with qtbot.capture_exceptions():
        monkeypatch.setattr(sys, "excepthook", _report_uncaught)
        QTest.mouseClick(broken, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(_crash_dialogs))
    dialog = _crash_dialogs[-1]
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert "boom in a slot" in dialog.summary.text()
    log_file = logs / "deskcrm.log"
    assert str(log_file) in dialog.where.text()
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError: boom in a slot" in text and "Traceback" in text
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    # The report goes to the clipboard with the trace, by a real click on the button.
    QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    report = QApplication.clipboard().text()
    assert "DeskCRM" in report and "ValueError: boom in a slot" in report
    assert 'in fail\n    raise ValueError("boom in a slot")' in report
    dialog.close()
    qtbot.waitUntil(lambda: not _crash_dialogs)
    # The window was not killed: its other buttons still work.
    assert window.isVisible()
    QTest.mouseClick(working, Qt.MouseButton.LeftButton)
    assert clicks == [1]


def test_a_storage_error_in_a_slot_is_said_in_words(
    qtbot: Any, logs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    button = QPushButton("save")
    qtbot.addWidget(button)

    def fail() -> None:
        raise OSError(28, "No space left on device", "/data/deskcrm.sqlite3")

    button.clicked.connect(fail)
    button.show()
    qtbot.waitExposed(button)
    with qtbot.capture_exceptions():
        monkeypatch.setattr(sys, "excepthook", _report_uncaught)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(_crash_dialogs))
    dialog = _crash_dialogs[-1]
    assert isinstance(dialog, CrashDialog)
    assert "disk is full" in dialog.summary.text() and "/data/deskcrm.sqlite3" in (
        dialog.summary.text()
    )
    dialog.close()
    qtbot.waitUntil(lambda: not _crash_dialogs)
