"""SIGTERM and SIGINT end a real GUI process with its clean close: exit backup, mark, log line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_closes_the_gui_cleanly(qtbot: Any, tmp_path: Path, sig: signal.Signals) -> None:
    folder = tmp_path / "data"
    log = folder / "logs" / "deskcrm.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-m", "deskcrm", "--data-dir", str(folder), "--lang", "en"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as gui:
        try:
            qtbot.waitUntil(
                lambda: (
                    gui.poll() is not None
                    or (log.exists() and "started on" in log.read_text(encoding="utf-8"))
                ),
                timeout=30_000,
            )
            assert gui.poll() is None, gui.stderr.read().decode(errors="replace")
            gui.send_signal(sig)
            gui.wait(timeout=30)
        finally:
            if gui.poll() is None:
                gui.kill()
        errors = gui.stderr.read().decode(errors="replace")
    assert gui.returncode == 0, errors
    assert "Traceback" not in errors
    assert list((folder / "backups").glob("deskcrm-*-exit.sqlite3")), "no exit backup"
    assert (folder / "deskcrm.sqlite3.clean").exists(), "no clean-close mark"
    text = log.read_text(encoding="utf-8")
    assert f"received {sig.name}: closing DeskCRM" in text
