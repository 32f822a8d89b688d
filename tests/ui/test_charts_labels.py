"""What the charts say: whole legends, readable levels, every ranked name, ¥, years, plurals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from deskcrm.core.services.database import Database
from deskcrm.core.services.demo import seed_demo
from deskcrm.ui.screens.charts.screen import ChartsScreen
from deskcrm.ui.vocabulary.dates import date_text
from deskcrm.ui.vocabulary.numbers import money, money_tick


def _screen(qtbot: Any, bridge: Any, db: Database, width: int = 1200) -> ChartsScreen:
    seed_demo(db)
    screen = ChartsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(width, 800)
    screen.show()
    qtbot.waitExposed(screen)
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.on_shown()
    QApplication.processEvents()
    return screen


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from deskcrm.ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_legends_are_whole_and_levels_readable(
    lang: str, qtbot: Any, bridge: Any, db: Database
) -> None:
    screen = _screen(qtbot, bridge, db)
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    for card in screen.cards:
        if card.is_empty:
            continue
        legend = card.legend
        metrics = QFontMetrics(legend.font())
        shown = legend.plain_lines()
        assert len(shown) == len(legend.lines(legend.width()))
        for line in shown:
            assert metrics.horizontalAdvance(line) <= legend.width(), (card.key, line)
        spec = card.spec
        assert spec is not None
        names = [*(s.name for s in spec.bars if s.bars), *(line.name for line in spec.lines)]
        joined = " ".join(shown)
        assert all(name in joined for name in names), card.key
        for item in card.plot.getPlotItem().items:
            if isinstance(item, pg.InfiniteLine) and item.label is not None:
                assert item.label.color == text  # not the light grey of the dashed line
                assert item.label.fill.color().alpha() > 200
    method = screen.persistence.legend.plain_lines()
    assert any("n" in line for line in method)


def test_every_ranked_name_is_on_the_axis(qtbot: Any, bridge: Any, db: Database) -> None:
    screen = _screen(qtbot, bridge, db)
    people = screen.ranking.customers(screen.dashboard)  # type: ignore[arg-type]
    assert len(people) > 14  # more than a vertical axis could name
    axis = screen.ranking.plot.getPlotItem().getAxis("left")
    named = [label for _, label in axis._tickLevels[0]]
    assert named == [c.name for c in people]
    bottom = screen.ranking.plot.getPlotItem().getAxis("bottom")
    assert bottom.tickStrings([100000.0], 1, 100000) == ["¥100,000"]


def test_category_names_never_touch_in_english(qtbot: Any, bridge: Any, db: Database) -> None:
    screen = _screen(qtbot, bridge, db, width=1000)
    for card in (screen.touches, screen.closes, screen.industries, screen.funnel, screen.plan):
        plot = card.plot
        axis = plot.getPlotItem().getAxis("bottom")
        ticks = axis._tickLevels[0]
        metrics = QFontMetrics(plot.font_)
        room = plot.getPlotItem().vb.width()
        n = len(card.spec.ticks)  # type: ignore[union-attr]
        spacing = room / n * (ticks[1][0] - ticks[0][0]) if len(ticks) > 1 else room
        widest = max(metrics.horizontalAdvance(label) for _, label in ticks)
        assert widest < spacing, card.key


def test_money_years_and_plurals(lang: str, qtbot: Any, bridge: Any, db: Database) -> None:
    from PySide6.QtCore import QCoreApplication

    assert money(378_690_000) == "¥3,786,900"
    assert money(1250) == "¥12.50"
    assert money_tick(350_000) == "¥350,000"
    assert "2026" in date_text(date(2026, 3, 4))
    screen = _screen(qtbot, bridge, db)
    assert "¥" in screen.closes.note.text() and "¥" in screen.ranking.note.text()
    if lang == "en":
        assert "(90 days)" in screen.status.text()
        one = QCoreApplication.translate("ChartsScreen", "%1 – %2 (%n day(s))", "", 1)
        assert one == "%1 – %2 (1 day)"
        assert "funnel" in screen.closes.note.text()
        assert "closes chart" in screen.funnel.note.text()
    else:
        assert "（共 90 天）" in screen.status.text()
        assert "漏斗" in screen.closes.note.text() and "成交图" in screen.funnel.note.text()
