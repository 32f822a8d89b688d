"""What a call captured, back on screen: the facts line on the contact's timeline and in the
call story (with the ticked voice checks as its tooltip), and the "my calls" chart card."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from tests.core.test_my_calls import MON_1, MON_2, add, contact, details

from deskcrm.core.services import contacts
from deskcrm.core.services.calls import call_story
from deskcrm.core.services.database import Database
from deskcrm.ui.screens.call.story_panel import StoryPanel
from deskcrm.ui.screens.charts.screen import ChartsScreen
from deskcrm.ui.screens.contacts.detail_pane import DetailPane

TODAY = date(2026, 3, 4)
LINE = {
    "en": "Voice 3/8 · I talked 30% · Outline 2/5 · Hook left",
    "zh_CN": "语气 3/8 · 我说 30% · 提纲 2/5 · 留了饵",
}
TIP = {
    "en": "Voice checks ticked: Smile, Normal speed, Patience",
    "zh_CN": "勾选的语气要点：微笑、语速正常、耐心",
}


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from deskcrm.ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _called(db: Database) -> int:
    cid = contact(db, "王芳")
    add(
        db,
        cid,
        MON_2,
        (
            "call",
            "connected",
            "周五前发报价",
            details(
                60,
                140,
                tone=["patience", "smile", "speed"],
                sections_done=["开场", "提问"],
                sections_total=5,
            ),
        ),
        ("call", "no_answer", "周五前发报价", details(sections_done=["开场"])),  # older kind
        ("call", "connected", "", ""),  # logged elsewhere: no line
    )
    return cid


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "\n", html).replace("&nbsp;", " ")


# The offscreen platform cannot raise the tooltip window it shows.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_timeline_line_and_its_tooltip_by_keyboard(qtbot: Any, db: Database, lang: str) -> None:
    cid = _called(db)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_contact(contacts.get_contact(db, cid), TODAY)
    lines = _plain(pane.timeline.text()).split("\n")
    assert LINE[lang] in lines
    older = "Voice 0/8 · Outline: 1 done" if lang == "en" else "语气 0/8 · 提纲完成 1 段"
    assert older in lines  # no hook part: that call did not get through
    assert sum(1 for line in lines if line.startswith(LINE[lang][:2])) == 2
    # Tab reaches the line's link inside the timeline; its tooltip names the checks.
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    pane.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.timeline)
    QToolTip.hideText()
    for _ in range(2):  # the older call's line first (it comes first in the text), then ours
        focused = QApplication.focusWidget()
        assert focused is pane.timeline
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text().startswith(TIP[lang]))
    assert pane.timeline_tips.tip(f"call-facts:{_first_call_id(db, cid)}").startswith(TIP[lang])


def _first_call_id(db: Database, cid: int) -> int:
    return next(t.id for t in contacts.get_contact(db, cid).touches if t.call and t.call.hook)


def test_call_story_shows_the_line(qtbot: Any, db: Database, lang: str) -> None:
    cid = _called(db)
    panel = StoryPanel()
    qtbot.addWidget(panel)
    panel.show_story(call_story(db, cid), TODAY)
    assert LINE[lang] in _plain(panel.text()).split("\n")
    tip = panel.body_tips.tip(f"call-facts:{_first_call_id(db, cid)}")
    assert tip.startswith(TIP[lang])
    if lang == "zh_CN":
        assert not re.search(r"[A-Za-z]", tip)


def test_my_calls_card_with_its_series_and_note(
    qtbot: Any, bridge: Any, db: Database, lang: str
) -> None:
    a = contact(db, "甲")
    add(
        db,
        a,
        MON_1,
        ("call", "connected", "报价", details(20, 80)),
        ("call", "connected", "", details(60, 40)),
        ("call", "no_answer", "报价", ""),
    )
    add(db, a, MON_2, ("call", "connected", "样品", details(50, 50)))
    screen = ChartsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1300, 900)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=20000):
        screen.on_shown()
    card = screen.my_calls
    assert card in screen.cards and not card.is_empty
    spec = card.spec
    assert spec is not None
    assert [round(b.top) for b in spec.bars[0].bars] == [50, 100]  # hooks per call got through
    assert [(x, y) for x, y in zip(spec.lines[0].xs, spec.lines[0].ys, strict=True)] == [
        (len(spec.ticks) - 3, 40.0),
        (len(spec.ticks) - 2, 50.0),
    ]
    assert [lv.y for lv in spec.levels] == [20.0]
    items = card.plot.getPlotItem().items
    assert sum(len(i.opts["x"]) for i in items if isinstance(i, pg.BarGraphItem)) == 2
    note = card.note.text()
    if lang == "en":
        assert card.title.text() == "My calls: talk share and hooks"
        assert note == (
            "You talked 50% of the time (median of 3 timed calls); aim at about 20% and let "
            "them talk. Ask more, and pause so the customer can speak. 2 of 3 calls that got "
            "through left a hook (67%)."
        )
        assert spec.levels[0].name == "Aim: talk 20%"
    else:
        assert card.title.text() == "我的电话：说话占比与留饵"
        assert note == (
            "你说话约占 50%（3 通计时电话的中位数）；目标约 20%，让客户多说。"
            "多提问、多停顿，把话留给客户。接通的 3 通电话中有 2 通留了饵（67%）。"
        )
        assert not re.search(r"[A-Za-z]", note + spec.levels[0].name + card.title.text())
