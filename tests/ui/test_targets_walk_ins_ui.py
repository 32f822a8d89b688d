"""Targets and walk-ins on screen: the walk-in key on the main window (counted, shown, undone),
today's touches against the target in the plan header, and the charts' targets and walk-ins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.core.test_stats_services import TODAY, Data, at, d

from deskcrm.core.services import settings_store, walk_ins
from deskcrm.core.services.database import Database
from deskcrm.paths import DataPaths
from deskcrm.ui.mainwindow import MainWindow
from deskcrm.ui.screens.charts.screen import ChartsScreen
from deskcrm.ui.screens.plan.screen import PlanScreen

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from deskcrm.ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """English with its plural forms ("1 walk-in", "2 walk-ins")."""
    from deskcrm.ui import i18n

    i18n.install("en")
    yield


def _known_data(db: Database) -> None:
    """March 2026 so far: 2 touches today, two wins, 3 recorded walk-ins and 1 unrecorded."""
    data = Data(db)
    a = data.contact("甲", created=at(d(3, 2)))
    b = data.contact("乙", created=at(d(3, 2), 11))
    data.contact("丙", created=at(d(3, 3)))
    data.deal(a, amount=1_000_000, closed=at(d(3, 2)), created=at(d(3, 2)))
    data.deal(b, amount=500_000, closed=at(d(3, 3)), created=at(d(3, 2)))
    data.touches(a, at(TODAY, 8), at(d(3, 2)))
    data.touches(b, at(TODAY, 9))
    walk_ins.add_unrecorded(db, 1, d(3, 2))
    settings_store.set_values(
        db, {"target.day_touches": 5, "target.month_closes": 4, "target.month_amount": 60_000}
    )


def _press_walk_in_key() -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_W, CTRL_SHIFT)


def test_walk_in_key_counts_today_shows_it_and_undoes(
    english: None, qtbot: Any, bridge: Any, db: Database, tmp_path: Path
) -> None:
    _known_data(db)
    window = MainWindow(bridge, DataPaths(tmp_path / "data").ensure())
    qtbot.addWidget(window)
    window.show_screen("plan")
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    plan = window.screens["plan"]
    assert isinstance(plan, PlanScreen)
    header = plan.today_label
    assert header.text() == "Today: 2 of 5 touches (40%) · 0 walk-ins not recorded"
    sales = plan.columns["sales"]
    sales.list.setFocus()
    qtbot.waitUntil(sales.list.hasFocus)
    _press_walk_in_key()
    assert walk_ins.unrecorded_on(db, TODAY) == 1
    assert header.text() == "Today: 2 of 5 touches (40%) · 1 walk-in not recorded"
    assert window.statusBar().currentMessage() == (
        "Counted a walk-in who left no name: 1 today (Ctrl+Z undoes)"
    )
    # From a text field too: the key is no text editing key, and the box keeps its text.
    sales.add_box.setFocus()
    qtbot.waitUntil(sales.add_box.hasFocus)
    sales.add_box.setText("打电话")
    _press_walk_in_key()
    assert walk_ins.unrecorded_on(db, TODAY) == 2 and sales.add_box.text() == "打电话"
    assert header.text().endswith("· 2 walk-ins not recorded")
    # Ctrl+Z where no text field takes it: the last walk-in is taken back.
    sales.list.setFocus()
    qtbot.waitUntil(sales.list.hasFocus)
    QTest.keyClick(sales.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert walk_ins.unrecorded_on(db, TODAY) == 1
    assert header.text().endswith("· 1 walk-in not recorded")
    assert window.statusBar().currentMessage() == "Took back a walk-in who left no name: 1 today"
    # The earlier day's count is untouched.
    assert walk_ins.unrecorded_on(db, d(3, 2)) == 1
    window.close()


def test_plan_header_in_chinese_and_without_a_target(
    lang: str, qtbot: Any, bridge: Any, db: Database
) -> None:
    _known_data(db)
    walk_ins.add_unrecorded(db, 3)
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitExposed(screen)
    expected = {
        "en": "Today: 2 of 5 touches (40%) · 3 walk-ins not recorded",
        "zh_CN": "今日跟进 2 / 5 次（40%） · 到店未登记 3 人",
    }
    assert screen.today_label.text() == expected[lang]
    # The whole header fits: nothing is cut at the right edge.
    label = screen.today_label
    assert label.sizeHint().width() <= label.width()
    assert label.mapTo(screen, label.rect().topRight()).x() <= screen.width()
    from deskcrm.ui.operations import Op

    Op(bridge, lambda db: settings_store.set_values(db, {"target.day_touches": 0})).run()
    no_target = {"en": "Today: 2 touches", "zh_CN": "今日跟进 2 次"}
    assert screen.today_label.text().startswith(no_target[lang])


def _charts(qtbot: Any, bridge: Any) -> ChartsScreen:
    screen = ChartsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.on_shown()
    return screen


def test_charts_show_targets_and_walk_ins(lang: str, qtbot: Any, bridge: Any, db: Database) -> None:
    _known_data(db)
    screen = _charts(qtbot, bridge)  # the last 90 days: 2025-12-05 .. 2026-03-04
    closes_note = screen.closes.note.text()
    touches_note = screen.touches.note.text()
    funnel = screen.funnel
    assert funnel.spec is not None
    if lang == "en":
        # 27 of December's 31 days, January, February, 4 of March's 31: 3 months.
        assert "Target for these days: 2 of 12 closes (17%), amount ¥15,000 of ¥180,000 (8%)." in (
            closes_note
        )
        assert "Mar 2026: 2 of 4 closes (50%), amount ¥15,000 of ¥60,000 (25%)." in closes_note
        assert "Target for these days: 3 of 450 touches (1%)." in touches_note
        assert funnel.spec.ticks[:3] == ("Walk-ins", "Left a name", "Recorded")
        assert funnel.note.text().startswith(
            "4 walk-ins: 3 recorded as contacts (75%), 1 left no name."
        )
        level_text = "Target: 5 a day"
        lines = {"Amount target", "Closes target"}
    else:
        assert "本期目标：成交 2 / 12 笔（17%），金额 ¥15,000 / ¥180,000（8%）。" in closes_note
        assert "成交 2 / 4 笔（50%），金额 ¥15,000 / ¥60,000（25%）。" in closes_note
        assert "本期目标：跟进 3 / 450 次（1%）。" in touches_note
        assert funnel.spec.ticks[:2] == ("到店", "已留资")
        assert funnel.note.text().startswith("到店 4 人：3 人登记为联系人（75%），1 人未留姓名。")
        level_text = "目标：每天 5 次"
        lines = {"金额目标", "成交目标"}
    touches_spec = screen.touches.spec
    assert touches_spec is not None
    assert [lv.name for lv in touches_spec.levels if lv.right] == [level_text]
    labels = [
        item.label.toPlainText()
        for item in screen.touches.plot.getPlotItem().items
        if isinstance(item, pg.InfiniteLine) and item.label is not None
    ]
    assert level_text in labels
    closes_spec = screen.closes.spec
    assert closes_spec is not None
    assert lines <= {line.name for line in closes_spec.lines}
    assert all(name in " ".join(screen.closes.legend.plain_lines()) for name in lines)
    walk_in_bars = funnel.spec.bars[0].bars[:2]
    assert [b.top for b in walk_in_bars] == [4, 3]
