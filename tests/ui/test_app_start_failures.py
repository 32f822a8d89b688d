"""The GUI start refused in one sentence (full disk, bad folder, bad URL), never a trace;
the files it writes are private; killed --demo runs leave nothing behind."""

from __future__ import annotations

import errno
import logging
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from deskcrm import paths as paths_module
from deskcrm.app import DEMO_PREFIX, remove_stale_demo_folders, run_gui, start
from deskcrm.cli import build_parser
from deskcrm.instance_lock import InstanceLock


@pytest.fixture(autouse=True)
def _own_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def critical(parent: Any, title: str, text: str, *args: Any) -> Any:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return said


def _gui(*argv: str) -> int:
    return run_gui(build_parser().parse_args(["--lang", "en", *argv]))


def test_a_full_disk_at_the_instance_lock(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    folder = tmp_path / "data"
    real_open = os.open

    def full(path: Any, flags: int, mode: int = 0o777, **kw: Any) -> int:
        if str(path).endswith("deskcrm.lock"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_open(path, flags, mode, **kw)

    monkeypatch.setattr(paths_module.os, "open", full)
    assert _gui("--data-dir", str(folder)) == 2
    assert len(shown) == 1 and "The disk is full" in shown[0]
    assert str(folder / "deskcrm.lock") in shown[0]
    log = (folder / "logs" / "deskcrm.log").read_text(encoding="utf-8")
    assert "No space left on device" in log and "Traceback" in log
    assert not (folder / "deskcrm.sqlite3").exists()


def test_a_full_disk_at_the_wal_switch(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    import sqlite3

    from deskcrm.db import engine as engine_module

    def refuse(dbapi_connection: Any, record: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(engine_module, "_sqlite_on_connect", refuse)
    folder = tmp_path / "data"
    assert _gui("--data-dir", str(folder)) == 2
    assert len(shown) == 1 and "The disk is full" in shown[0]
    assert "deskcrm.sqlite3" in shown[0]
    # The folder is free again for the next try.
    with InstanceLock(folder / "deskcrm.lock"):
        pass


@pytest.mark.parametrize(
    ("kind", "words"),
    [("file", "This is a file, not a folder"), ("url", "is not a database address")],
)
def test_bad_folders_and_urls(
    qtbot: Any, tmp_path: Path, shown: list[str], kind: str, words: str
) -> None:
    if kind == "file":
        target = tmp_path / "plain"
        target.write_text("x")
        argv = ["--data-dir", str(target)]
    else:
        argv = ["--data-dir", str(tmp_path / "data"), "--db-url", "garbage"]
    assert _gui(*argv) == 2
    assert len(shown) == 1 and words in shown[0]


def test_an_unexpected_start_failure_names_the_log(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[str]
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("nobody foresaw this")

    monkeypatch.setattr("deskcrm.ui.mainwindow.MainWindow.__init__", broken)
    folder = tmp_path / "data"
    assert _gui("--data-dir", str(folder)) == 2
    log = folder / "logs" / "deskcrm.log"
    assert shown == [f"An unexpected error stopped DeskCRM. The details are in the log: {log}"]
    assert "RuntimeError: nobody foresaw this" in log.read_text(encoding="utf-8")


def test_lock_and_window_state_are_private_whatever_the_umask(qtbot: Any, tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        session = start(build_parser().parse_args(["--data-dir", str(tmp_path / "d")]))
        window = session.window
        qtbot.addWidget(window)
        window.close()  # type: ignore[attr-defined]
        session.close(clean=True)
    finally:
        os.umask(old)
    for name in ("deskcrm.lock", "ui-state.ini"):
        file = tmp_path / "d" / name
        assert file.exists(), name
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, name
    assert "main" in (tmp_path / "d" / "ui-state.ini").read_text(encoding="utf-8")


def test_killed_demo_folders_are_removed_at_the_next_start(tmp_path: Path) -> None:
    temp = Path(tempfile.gettempdir())
    old, young, running = (temp / f"{DEMO_PREFIX}{n}" for n in ("old", "young", "running"))
    for folder in (old, young, running):
        (folder / "logs").mkdir(parents=True)
        (folder / "deskcrm.sqlite3").write_bytes(b"demo")
        (folder / "deskcrm.lock").write_text("123\n")
    other = temp / "someone-else"
    other.mkdir()
    an_hour_ago = time.time() - 3600
    for folder in (old, running, other):
        os.utime(folder, (an_hour_ago, an_hour_ago))
    with InstanceLock(running / "deskcrm.lock"):
        removed = remove_stale_demo_folders()
    assert removed == [old]
    assert not old.exists() and young.exists() and running.exists() and other.exists()
