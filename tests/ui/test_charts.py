"""The charts screen: every chart drawn from demo data, empty states, period, exports, clicks."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.rules.stats_period import Grain, Period, Preset
from deskcrm.core.services import contacts, touches
from deskcrm.core.services.database import Database
from deskcrm.core.services.demo import seed_demo
from deskcrm.core.services.stats import funnel
from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.charts.card import ChartCard
from deskcrm.ui.screens.charts.screen import ChartsScreen

TODAY = date(2026, 3, 4)


def _screen(qtbot: Any, bridge: Any) -> ChartsScreen:
    screen = ChartsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1300, 900)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.on_shown()
    return screen


def _drawn_bars(card: ChartCard) -> int:
    """Bars pyqtgraph really holds (not what the spec says)."""
    items = card.plot.getPlotItem().items
    bars = [i for i in items if isinstance(i, pg.BarGraphItem)]
    # Horizontal charts (the customer ranking) place their bars along y.
    return sum(len(i.opts["x"] if i.opts["x"] is not None else i.opts["y"]) for i in bars)


def _drawn_lines(card: ChartCard) -> list[int]:
    """Points of each drawn line, left and right axes."""
    boxes = [card.plot.getPlotItem().vb]
    if card.plot.right_box is not None:
        boxes.append(card.plot.right_box)
    lines = [i for box in boxes for i in box.addedItems if isinstance(i, pg.PlotDataItem)]
    return sorted(len(line.getData()[0]) for line in lines)


def _nonzero(values: Any) -> int:
    return sum(1 for v in values if v)


def test_every_chart_is_drawn_from_demo_data(qtbot: Any, bridge: Any, db: Database) -> None:
    seed_demo(db)
    screen = _screen(qtbot, bridge)
    dash = screen.dashboard
    assert isinstance(dash, Dashboard)
    assert dash.period == Period(date(2025, 12, 5), TODAY)  # the default: last 90 days
    assert all(not card.is_empty for card in screen.cards)

    t = dash.touches
    assert len(screen.touches.spec.ticks) == 90  # type: ignore[union-attr]
    assert _drawn_bars(screen.touches) == sum(_nonzero(k.counts) for k in t.kinds)
    assert _drawn_lines(screen.touches) == [90]  # the 7-day average

    c = dash.closes
    assert c.grain == Grain.WEEK and len(c.buckets) == 14
    assert _drawn_bars(screen.closes) == _nonzero(b.count for b in c.buckets)
    # The count on the right axis, the demo's amount and closes targets per week.
    assert _drawn_lines(screen.closes) == [14, 14, 14]

    stages = dash.funnel.funnel.stages
    assert len(stages) == 8
    # Walk-ins, those who left a name, and those who did not come first.
    assert dash.walk_ins.unrecorded > 0
    assert _drawn_bars(screen.funnel) == 3 + 8 + _nonzero(st.lost_here for st in stages)

    bins = dash.touches_before_close.bins
    assert len(screen.persistence.spec.ticks) == 13  # type: ignore[union-attr]
    assert _drawn_bars(screen.persistence) == _nonzero(b.won for b in bins)
    assert _drawn_lines(screen.persistence) == [13, 13]  # own cumulative share, the method

    months = dash.conversion.months
    assert len(months) == 4
    assert _drawn_bars(screen.conversion) == _nonzero(m.rate.called for m in months)

    k = dash.classes.classes
    assert _drawn_bars(screen.classes) == 4 + _nonzero(x.overdue for x in k)

    kinds = dash.referrals.kinds
    assert _drawn_bars(screen.referral_sources) == _nonzero(x.referred for x in kinds) + (
        _nonzero(x.closed for x in kinds)
    )
    weeks = dash.referrals.weeks
    assert _drawn_bars(screen.referral_weeks) == _nonzero(w.added for w in weeks)

    plan_weeks = dash.plan.weeks
    assert _drawn_bars(screen.plan) == sum(
        _nonzero(
            (
                w.counts.sales_planned,
                w.counts.sales_done,
                w.counts.non_sales_planned,
                w.counts.non_sales_done,
            )
        )
        for w in plan_weeks
    )

    r = dash.ranking
    people = screen.ranking.customers(dash)
    assert len(people) == len(r.top) + len(
        [f for f in r.fallen if f.contact_id not in {x.contact_id for x in r.top}]
    )
    assert _drawn_bars(screen.ranking) == _nonzero(p.amount_cents for p in people) + _nonzero(
        p.previous_cents for p in people
    )

    rows = dash.industries.rows
    assert _drawn_bars(screen.industries) == _nonzero(x.touches for x in rows)
    assert _drawn_lines(screen.industries) == [len(rows)]


def test_empty_database_says_what_to_record(qtbot: Any, bridge: Any) -> None:
    screen = _screen(qtbot, bridge)
    for card in screen.cards:
        assert card.is_empty
        assert card.stack.currentWidget() is card.empty
        assert card.empty.title.text() and card.empty.hint.text()
        assert not card.png_button.isEnabled() and not card.csv_button.isEnabled()
        assert _drawn_bars(card) == 0
    assert screen.touches.empty.title.text() == "No touches in this period"
    assert "Log each call" in screen.touches.empty.hint.text()


def _people(db: Database) -> tuple[int, int, int]:
    ids = [
        contacts.create_contact(db, ContactInput(name=name))[0] for name in ("赵敏", "钱伟", "孙丽")
    ]
    now = db.now()
    for cid, kind in ((ids[0], TouchKind.CALL), (ids[1], TouchKind.CALL), (ids[2], "wechat")):
        touches.log_touch(
            db, touches.TouchInput(contact_id=cid, kind=kind, at=now - timedelta(hours=1))
        )
    return ids[0], ids[1], ids[2]


def _click(qtbot: Any, card: ChartCard, x: float, y: float) -> None:
    point = card.plot.widget_point(x, y).toPoint()
    QTest.mouseClick(
        card.plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )


def test_clicking_a_bar_opens_the_contacts_behind_it(qtbot: Any, bridge: Any, db: Database) -> None:
    a, b, c = _people(db)
    screen = _screen(qtbot, bridge)
    today = len(screen.dashboard.touches.days) - 1  # type: ignore[union-attr]
    # Today's stacked bar: 2 calls at the bottom (0..2), 1 WeChat on top (2..3).
    with qtbot.waitSignal(bridge.navigate) as sent:
        _click(qtbot, screen.touches, today, 1.0)
    key, params = sent.args
    assert key == "contacts"
    assert params["contact_ids"] == [a, b]
    assert params["title"]
    with qtbot.waitSignal(bridge.navigate) as sent:
        _click(qtbot, screen.touches, today, 2.5)
    assert sent.args[1]["contact_ids"] == [c]
    assert screen.touches.plot.hover_at(today, 2.5).endswith("WeChat: 1")


def test_clicking_a_funnel_stage_lists_its_deals_contacts(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    seed_demo(db)
    screen = _screen(qtbot, bridge)
    stage = screen.dashboard.funnel.funnel.stages[2]  # type: ignore[union-attr]
    walk_ins = 2  # the demo counts walk-ins: "walk-ins" and "left a name" come first
    x = walk_ins + 2 - 0.1  # the "reached" bar sits left of the stage's centre
    with qtbot.waitSignal(bridge.navigate) as sent:
        _click(qtbot, screen.funnel, x, stage.reached / 2)
    expected = funnel.funnel_contacts(db, screen.period(), stage.stage, "reached")
    assert sent.args[1]["contact_ids"] == list(expected)
    assert len(expected) > 0


def test_a_click_on_nothing_navigates_nowhere(qtbot: Any, bridge: Any, db: Database) -> None:
    _people(db)
    screen = _screen(qtbot, bridge)
    seen: list[Any] = []
    bridge.navigate.connect(lambda *args: seen.append(args))
    _click(qtbot, screen.touches, 3, 1.0)  # a day without touches: the slot lists nobody
    assert seen == []


def test_period_choice_and_custom_dates(qtbot: Any, bridge: Any, db: Database) -> None:
    _people(db)
    screen = _screen(qtbot, bridge)
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.period_bar.set_preset(Preset.THIS_MONTH)
    assert screen.dashboard.period == Period(date(2026, 3, 1), TODAY)  # type: ignore[union-attr]
    assert len(screen.touches.spec.ticks) == 4  # type: ignore[union-attr]
    assert screen.period_bar.start_edit.isHidden()
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.period_bar.set_custom(TODAY, TODAY)
    assert screen.dashboard.period == Period(TODAY, TODAY)  # type: ignore[union-attr]
    assert not screen.period_bar.start_edit.isHidden()
    assert screen.dashboard.touches.totals == (3,)  # type: ignore[union-attr]
    # The end can never go before the start.
    screen.period_bar.end_edit.setDate(screen.period_bar.start_edit.date().addDays(-5))
    period = screen.period_bar.period()
    assert period.start <= period.end


def test_closes_per_month_on_request(qtbot: Any, bridge: Any, db: Database) -> None:
    seed_demo(db)
    screen = _screen(qtbot, bridge)
    screen.closes.grain_box.setCurrentIndex(screen.closes.grain_box.findData(Grain.MONTH))
    closes = screen.dashboard.closes  # type: ignore[union-attr]
    assert closes.grain == Grain.MONTH and len(closes.buckets) == 4
    assert len(screen.closes.spec.ticks) == 4  # type: ignore[union-attr]


def test_new_work_refreshes_the_visible_charts(qtbot: Any, bridge: Any, db: Database) -> None:
    a, _, _ = _people(db)
    screen = _screen(qtbot, bridge)
    assert screen.dashboard.touches.total == 3  # type: ignore[union-attr]
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        visit = touches.TouchInput(contact_id=a, kind=TouchKind.VISIT)
        Op(bridge, lambda d: touches.log_touch(d, visit)).run()
    assert screen.dashboard.touches.total == 4  # type: ignore[union-attr]


def test_exports_png_and_excel_friendly_csv(
    qtbot: Any, bridge: Any, db: Database, tmp_path: Path
) -> None:
    _people(db)
    screen = _screen(qtbot, bridge)
    png = tmp_path / "touches.png"
    screen.touches.export_png(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    target = tmp_path / "touches.csv"
    screen.touches.export_csv(target)
    raw = target.read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"  # the BOM Excel needs to read UTF-8 Chinese
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"))))
    assert rows[0] == ["Date", "Call", "WeChat", "Total", "7-day average"]
    assert len(rows) == 1 + 90
    assert rows[-1] == [TODAY.isoformat(), "2", "1", "3", "0.43"]


def test_export_to_an_unwritable_place_is_reported(
    qtbot: Any, bridge: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    _people(db)
    screen = _screen(qtbot, bridge)
    missing = tmp_path / "no such folder" / "touches.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    screen.touches.ask_csv()
    assert len(warned) == 1 and str(missing) in warned[0]
    assert not missing.exists()


def test_pyqtgraph_loads_only_with_the_charts_screen() -> None:
    code = "import sys; import deskcrm.ui.mainwindow; print('pyqtgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_times_are_local_days(qtbot: Any, bridge: Any, db: Database) -> None:
    """A touch at 00:30 in Beijing is the previous day in UTC but today on the chart."""
    cid = contacts.create_contact(db, ContactInput(name="周芳"))[0]
    early = datetime(2026, 3, 3, 16, 30, tzinfo=UTC)  # 3-4 00:30 in Beijing
    touches.log_touch(db, touches.TouchInput(contact_id=cid, kind=TouchKind.CALL, at=early))
    screen = _screen(qtbot, bridge)
    assert screen.dashboard.touches.totals[-2:] == (0, 1)  # type: ignore[union-attr]
