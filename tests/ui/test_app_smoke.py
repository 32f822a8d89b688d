"""Start the real app on a temp data folder with demo data and visit every screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from deskcrm.app import Session, start
from deskcrm.cli import build_parser
from deskcrm.core.errors import AlreadyRunning
from deskcrm.core.services.demo import seed_demo
from deskcrm.core.services.startup import open_database
from deskcrm.paths import DataPaths
from deskcrm.ui.mainwindow import SCREENS, MainWindow


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    paths = DataPaths(tmp_path / "data").ensure()
    db = open_database(paths.default_db_url())
    try:
        seed_demo(db)
    finally:
        db.dispose()
    return paths.root


def _start(qtbot: Any, *argv: str) -> Iterator[Session]:
    session = start(build_parser().parse_args(list(argv)))
    window = session.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    try:
        yield session
    finally:
        window.bridge.pool.waitForDone(5000)
        window.close()
        session.close()


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_screen_opens_on_demo_data(qtbot: Any, demo_folder: Path, lang: str) -> None:
    for session in _start(qtbot, "--data-dir", str(demo_folder), "--lang", lang):
        window = session.window
        assert isinstance(window, MainWindow)
        assert window.isVisible()
        titles = window.screen_titles()
        for key, _module, _cls in SCREENS:
            window.nav_actions[key].trigger()
            screen = window.screens[key]
            assert window.stack.currentWidget() is screen
            assert screen.isVisible()
            assert window.windowTitle().startswith(titles[key])
        expected = "客户" if lang == "zh_CN" else "Contacts"
        assert titles["contacts"] == expected
        if lang == "zh_CN":
            # Each screen speaks Chinese (placeholders included): some visible label has CJK.
            for key, screen in window.screens.items():
                window.show_screen(key)
                assert any(_has_cjk(t) for t in _texts(screen)), key


def test_second_start_on_the_same_folder_is_refused(qtbot: Any, demo_folder: Path) -> None:
    for _session in _start(qtbot, "--data-dir", str(demo_folder), "--lang", "en"):
        with pytest.raises(AlreadyRunning):
            start(build_parser().parse_args(["--data-dir", str(demo_folder)]))


def test_window_geometry_and_last_screen_are_remembered(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    for session in _start(qtbot, "--data-dir", str(folder), "--lang", "en"):
        window = session.window
        assert isinstance(window, MainWindow)
        # Inside the offscreen platform's 800x600 screen, which restoreGeometry clamps to.
        window.resize(780, 520)
        size = (window.width(), window.height())
        assert size != (1280, 800)
        window.show_screen("settings")
    for session in _start(qtbot, "--data-dir", str(folder), "--lang", "en"):
        window = session.window
        assert isinstance(window, MainWindow)
        assert window.current_key() == "settings"
        assert (window.width(), window.height()) == size


def test_demo_flag_uses_a_throwaway_folder(qtbot: Any, tmp_path: Path) -> None:
    folder: Path | None = None
    for session in _start(qtbot, "--demo", "--lang", "en"):
        folder = session.paths.root
        assert folder.exists()
        assert session.ctx.open_db().get_setting("ui.language") == "system"
    assert folder is not None and not folder.exists()


def test_file_menu_opens_import_and_export(qtbot: Any, demo_folder: Path) -> None:
    for session in _start(qtbot, "--data-dir", str(demo_folder), "--lang", "en"):
        window = session.window
        assert isinstance(window, MainWindow)
        texts = [a.text() for a in window.file_menu.actions()]
        assert "&Import contacts…" in texts and "&Export contacts…" in texts
        wizard = window.open_import()
        assert wizard.isVisible()
        wizard.close()
        dialog = window.open_export()
        assert dialog.isVisible()
        dialog.close()


def test_due_follow_ups_are_announced_after_the_first_paint(qtbot: Any, demo_folder: Path) -> None:
    for session in _start(qtbot, "--data-dir", str(demo_folder), "--lang", "en"):
        reminders = session.extra["reminders"]
        # Not counted before the window is up: start-up does not wait for it.
        assert reminders.shown == []
        qtbot.waitUntil(lambda r=reminders: bool(r.shown), timeout=5000)
        assert "follow-up(s) due today or overdue" in reminders.shown[0]
