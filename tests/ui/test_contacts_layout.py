"""The contacts screen at a small window in both languages: what matters shows whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from tests.ui.test_contacts_screen import (
    people,  # noqa: F401  (a fixture)
    select_rows,
)

from deskcrm.core.services import deals
from deskcrm.core.services.database import Database
from deskcrm.core.services.deals import DealInput
from deskcrm.paths import DataPaths
from deskcrm.ui import i18n
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.screens.contacts.flow_layout import FlowLayout
from deskcrm.ui.screens.contacts.screen import ContactsScreen
from deskcrm.ui.screens.contacts.table_model import Column

# A 1280x800 window less the navigation bar, the frame and the margins.
SCREEN_SIZE = (1100, 720)
MATTER = (
    Column.NAME,
    Column.TAGS,
    Column.CLASS,
    Column.TOUCHES,
    Column.LAST_TOUCH,
    Column.NEXT_FOLLOW_UP,
)


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def shown(qtbot: Any, bridge: Any, size: tuple[int, int] = SCREEN_SIZE) -> ContactsScreen:
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(*size)
    with qtbot.waitExposed(screen):
        screen.show()
    qtbot.waitUntil(lambda: not screen.is_loading())
    return screen


def test_the_columns_that_matter_show_whole_at_1280(
    qtbot: Any,
    bridge: Any,
    lang: str,
    people: dict[str, int],  # noqa: F811
) -> None:
    screen = shown(qtbot, bridge)
    header = screen.table.horizontalHeader()
    room = screen.table.viewport().width()
    titles = screen.model.column_titles()
    metrics = header.fontMetrics()
    for column in MATTER:
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= room, (lang, titles[column], right, room)
        if column != Column.TAGS:  # its title is centred in the widest column
            assert header.sectionSize(column) >= metrics.horizontalAdvance(titles[column]), (
                lang,
                titles[column],
            )
    assert header.sectionSize(Column.TAGS) >= 100  # two chips and a "+n" at least
    if lang == "zh_CN":
        assert titles[Column.NEXT_FOLLOW_UP] == "下次跟进"
    # The search hint is never cut mid-word.
    search = screen.search
    assert search.width() >= search.fontMetrics().horizontalAdvance(search.placeholderText())


def test_the_detail_buttons_stay_on_one_line_and_lost_deals_read_in_words(
    qtbot: Any,
    bridge: Any,
    db: Database,
    lang: str,
    people: dict[str, int],  # noqa: F811
) -> None:
    deal_id, _ = deals.create_deal(db, DealInput(people["王芳"], "净水器", 120_000))
    deals.lose_deal(db, deal_id, "no_need")
    screen = shown(qtbot, bridge)
    select_rows(screen, "王芳")
    qtbot.waitUntil(lambda: screen.current_id == people["王芳"])
    pane = screen.detail
    assert pane.width() >= pane.preferred_width()
    buttons = [pane.edit_button, pane.call_button, pane.visit_button, pane.trash_button]
    assert len({b.y() for b in buttons}) == 1  # one row: Delete does not wrap
    assert buttons[-1].geometry().right() <= pane.button_box.width()
    text = pane.deals.text().replace("\u2060", "")  # (word joiners keep a part on one line)
    assert "no_need" not in text
    # A lost deal reads as lost where it dropped out, never as a stage still in progress.
    lost = "在「已登记」阶段丢单：没有需求" if lang == "zh_CN" else "Lost at Recorded: No need"
    assert lost in text
    assert "跟进中" not in text and "in progress" not in text


def test_a_group_label_never_ends_a_line(qtbot: Any) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box)
    chips = [QLabel("chip chip") for _ in range(3)]
    heading = QLabel("Group:")
    for chip in chips[:2]:
        flow.addWidget(chip)
    flow.add_heading(heading)
    flow.addWidget(chips[2])
    # Wide enough for two chips and the heading, not for the chip after the heading.
    width = sum(w.sizeHint().width() for w in (*chips[:2], heading)) + 3 * flow.spacing()
    box.resize(width, flow.heightForWidth(width))
    flow.setGeometry(box.rect())
    assert heading.y() == chips[2].y() > chips[0].y()
    assert heading.x() == 0


def test_the_tag_bar_shows_whole_lines_of_chips(
    qtbot: Any,
    bridge: Any,
    people: dict[str, int],  # noqa: F811
) -> None:
    from deskcrm.core.services import tagging

    for n in range(40):
        tagging.create_tag(bridge.db, f"标签{n}", group="行业")
    screen = shown(qtbot, bridge, (900, 700))
    bar = screen.tag_bar
    qtbot.waitUntil(lambda: len(bar.chips) > 40)
    step = bar.flow.line_height() + bar.flow.spacing()
    assert bar.scroller.height() == 3 * step - bar.flow.spacing()  # no half-shown fourth line
    assert bar.scroller.verticalScrollBar().maximum() > 0  # the rest scrolls, a line a step
    assert bar.scroller.verticalScrollBar().singleStep() == step


def test_pane_and_column_sizes_are_remembered(
    qtbot: Any,
    db: Database,
    tmp_path: Path,
    people: dict[str, int],  # noqa: F811
) -> None:
    bridge = Bridge(db, paths=DataPaths(tmp_path))
    first = shown(qtbot, bridge)
    sizes = first.splitter.sizes()
    first.splitter.setSizes([sizes[0] - 30, sizes[1] + 30, sizes[2]])
    chosen = first.splitter.sizes()
    assert chosen != sizes
    first.table.horizontalHeader().resizeSection(Column.COMPANY, 150)
    first.save_sizes()
    assert (tmp_path / "ui-state.ini").exists()
    second = shown(qtbot, bridge)
    assert second.splitter.sizes() == chosen
    assert second.table.horizontalHeader().sectionSize(Column.COMPANY) == 150
    bridge.pool.waitForDone(5000)


def test_a_narrow_search_box_gets_a_shorter_hint_not_a_cut_one(
    qtbot: Any,
    bridge: Any,
    people: dict[str, int],  # noqa: F811
) -> None:
    screen = shown(qtbot, bridge, (720, 600))
    search = screen.search
    hint = search.placeholderText()
    assert search.fontMetrics().horizontalAdvance(hint) <= search.width()
    wide = shown(qtbot, bridge)
    assert len(wide.search.placeholderText()) > len(hint)
