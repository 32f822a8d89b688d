"""A second start on the same data folder rings the running window and exits 0 at once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from deskcrm.app import start
from deskcrm.cli import build_parser
from deskcrm.ui.mainwindow import MainWindow


# The offscreen platform cannot raise a window (a real one can); it says so as a warning.
@pytest.mark.qt_log_ignore("does not support raise")
def test_second_start_brings_the_first_to_the_front_and_exits(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    session = start(build_parser().parse_args(["--data-dir", str(folder), "--lang", "en"]))
    window = session.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    channel = session.extra["channel"]
    rung: list[bool] = []
    channel.raise_requested.connect(lambda: rung.append(True))  # type: ignore[attr-defined]
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        began = time.monotonic()
        with subprocess.Popen(
            [sys.executable, "-m", "deskcrm", "--data-dir", str(folder), "--lang", "en"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        ) as second:
            try:
                # This process keeps serving its event loop while the second one rings.
                qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
            finally:
                if second.poll() is None:
                    second.kill()
            _, errors = second.communicate()
        elapsed = time.monotonic() - began
        assert second.returncode == 0, errors.decode(errors="replace")
        qtbot.waitUntil(lambda: bool(rung), timeout=2000)
        assert elapsed < 15  # the start-up of a Python process, not a wait on a dialog
    finally:
        window.bridge.pool.waitForDone(5000)
        session.close()
