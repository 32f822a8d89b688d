"""The settings page built from the declarations: words, the wheel, and leaving unsaved edits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QSpinBox

from deskcrm.core.services import settings_store
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.core.settings import CONTEXT, DECLARATIONS
from deskcrm.paths import DataPaths
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.mainwindow import MainWindow
from deskcrm.ui.screens.settings.screen import SettingsScreen


@pytest.fixture
def chinese(qapp: Any) -> Iterator[None]:
    from deskcrm.ui import i18n

    i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_each_declaration_shows_its_translated_title_and_words(
    chinese: None, qtbot: Any, bridge: Bridge
) -> None:
    from PySide6.QtCore import QCoreApplication

    screen = SettingsScreen(bridge)
    qtbot.addWidget(screen)
    shown = {label.text() for label in screen.findChildren(QLabel)}
    for decl in DECLARATIONS:
        title = QCoreApplication.translate(CONTEXT, decl.title)
        assert title in shown, decl.key
        assert title != decl.title, f"{decl.key} has no Chinese title"
        assert QCoreApplication.translate(CONTEXT, decl.description) in shown, decl.key
    assert "语言" in shown and "A 类客户成交期限（天）" in shown
    stages = screen.editors["deal.stages"].widget
    reasons = screen.editors["deal.lost_reasons"].widget
    assert isinstance(stages, QLineEdit) and isinstance(reasons, QLineEdit)
    assert stages.text().startswith("已登记，")
    assert "recorded" not in stages.text() and "needs_found" not in stages.text()
    assert "price" not in reasons.text() and "competitor" not in reasons.text()
    # Shown in words, stored as codes: saving without an edit changes nothing.
    assert screen.edited() == {}
    reasons.setText(reasons.text() + "、太远")
    assert screen.save()
    assert settings_store.get(bridge.db, "deal.lost_reasons")[-2:] == ["no_response", "太远"]
    assert settings_store.get(bridge.db, "deal.stages")[0] == "recorded"


def test_numbers_get_the_declared_range(qtbot: Any, bridge: Bridge) -> None:
    screen = SettingsScreen(bridge)
    qtbot.addWidget(screen)
    spin = screen.editors["class.window_a_days"].widget
    share = screen.editors["plan.non_sales_warn_share"].widget
    assert isinstance(spin, QSpinBox) and isinstance(share, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (3, 10)
    assert (share.minimum(), share.maximum(), share.value()) == (0, 100, 40)
    assert screen.editors["plan.non_sales_warn_share"].value() == pytest.approx(0.4)


def _wheel(widget: Any, down: bool = True) -> None:
    """A real (spontaneous) wheel turn over the middle of `widget`, as the window receives it."""
    top = widget.window()
    point = widget.mapTo(top, widget.rect().center())
    QTest.wheelEvent(top.windowHandle(), QPointF(point), QPoint(0, -120 if down else 120))
    QApplication.processEvents()


def test_the_wheel_scrolls_the_page_and_never_changes_a_number(qtbot: Any, bridge: Bridge) -> None:
    screen = SettingsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(900, 500)
    screen.show()
    qtbot.waitExposed(screen)
    bar = screen.page.verticalScrollBar()
    assert bar.maximum() > 0
    spin = screen.editors["plan.evening_hour"].widget
    assert isinstance(spin, QSpinBox)
    before = spin.value()
    _wheel(spin)
    assert spin.value() == before
    assert bar.value() > 0, "the page scrolled"
    # Focused (typed into), the field still leaves the wheel to the page.
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    scrolled = bar.value()
    _wheel(spin)
    assert spin.value() == before
    assert bar.value() > scrolled
    combo = screen.editors["ui.language"].widget
    index = combo.currentIndex()  # type: ignore[attr-defined]
    _wheel(combo, down=False)
    assert combo.currentIndex() == index  # type: ignore[attr-defined]


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    paths = DataPaths(tmp_path / "data").ensure()
    db: Database = open_database(paths.default_db_url())
    bridge = Bridge(db, paths=paths)
    win = MainWindow(bridge, paths)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        bridge.pool.waitForDone(5000)
        db.dispose()


def _answer_with(key: Qt.Key, seen: list[str]) -> None:
    """Once the question is up and has the focus, press `key` on its focused button."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        if focus is None or not box.isAncestorOf(focus):
            box.activateWindow()  # the window manager does this; offscreen has none
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        QTest.keyClick(focus, key)

    QTimer.singleShot(0, press)


def test_leaving_with_unsaved_edits_asks(window: MainWindow, qtbot: Any) -> None:
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings"
    screen = window.screens["settings"]
    assert isinstance(screen, SettingsScreen)
    spin = screen.editors["class.window_b_days"].widget
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert screen.edited() == {"class.window_b_days": 21}

    asked: list[str] = []
    _answer_with(Qt.Key.Key_Escape, asked)  # stay here
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert asked and "without saving" in asked[0]
    assert window.current_key() == "settings"
    assert window.nav_actions["settings"].isChecked()
    assert settings_store.get(window.bridge.db, "class.window_b_days") == 20

    # The question gave the focus back to the window (a window manager does it in the app).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is spin)
    _answer_with(Qt.Key.Key_Return, asked)  # the default answer: save
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
    assert window.current_key() == "contacts"
    assert settings_store.get(window.bridge.db, "class.window_b_days") == 21

    # Nothing edited: no question.
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "contacts" and len(asked) == 2
