"""The call screen at the room a 1280x800 window leaves it, in both languages: the story with
its recent touches unscrolled, a real outline box, the finish form whole, nothing clipped;
and every call opens at the top of the story."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from sqlalchemy import select

from deskcrm.core.model import BuiltinTag, ContactInput, TouchKind
from deskcrm.core.services import contacts, deals, plan, touches
from deskcrm.core.services.database import Database
from deskcrm.core.services.deals import DealInput
from deskcrm.core.services.tagging import builtin_ids, tag_contacts
from deskcrm.db.models import Tag
from deskcrm.ui import i18n
from deskcrm.ui.screens.call.outline_panel import OUTLINE_LINES
from deskcrm.ui.screens.call.screen import CallScreen

TODAY = date(2026, 3, 4)
# What a 1280x800 window leaves the screen (title, menu and status bars, navigation).
ROOM = (1120, 680)
NOTES = (
    "谈了付款方式：首付五成，安装验收后付尾款。老板下周出差回来再定。",
    "客户老板同意了，下周签合同。",
    "电话占线，稍后再打。",
    "报价已发，客户觉得价格偏高，希望打九折。还要再比较两家供应商。",
    "第一次电话，介绍了公司和产品。",
)


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: Any, qapp: Any) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _busy_contact(db: Database, name: str, phone: str = "13912345678") -> int:
    """A contact with what the demo data gives: company, phone, tags, a deal, five touches."""
    cid, _ = contacts.create_contact(
        db,
        ContactInput(name=name, company="杭州君悦广告传媒有限公司", phones=(phone,), city="杭州"),
    )
    deals.create_deal(db, DealInput(contact_id=cid, title="家用净水器 C3", amount_cents=390000))
    for index, note in enumerate(NOTES):
        touches.log_touch(
            db,
            touches.TouchInput(
                contact_id=cid,
                kind=TouchKind.CALL if index % 2 else TouchKind.VISIT,
                outcome="connected",
                notes=note,
                next_step="约好签约时间" if index < 4 else "",
            ),
        )
    # The newest touch holds the promise the story opens with (a box in a larger font),
    # and tags bring their treatment lines.
    touches.log_touch(
        db,
        touches.TouchInput(
            contact_id=cid,
            kind=TouchKind.CALL,
            outcome="connected",
            notes="合同条款基本确认，等对方法务审核。",
            next_step="等法务审完合同回电",
            next_follow_up=TODAY,
        ),
    )
    with db.reading() as s:
        ids = builtin_ids(s)
    custom = [tag_id(db, name) for name in ("B组", "医疗健康", "滤芯服务")]
    tag_contacts(db, [cid], add=[ids[BuiltinTag.O], *custom])
    return cid


def tag_id(db: Database, name: str) -> int:
    """A custom tag's id (test data: the row itself, whatever the tag service returns)."""
    with db.unit() as s:
        found = s.scalar(select(Tag.id).where(Tag.name == name))
        if found is None:
            tag = Tag(name=name, color="#607d8b")
            s.add(tag)
            s.flush()
            found = tag.id
    return found


def _shown(qtbot: Any, bridge: Any) -> CallScreen:
    screen = CallScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(*ROOM)
    with qtbot.waitExposed(screen):
        screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    return screen


def _inside(widget: QWidget, area: QWidget) -> bool:
    """The whole widget is within `area` on screen (not cut by a scroll area or the window)."""
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(top_left) and area.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )


def test_everything_fits_at_1280x800(qtbot: Any, bridge: Any, db: Database, lang: str) -> None:
    cid = _busy_contact(db, "吴飞")
    plan.add_item(db, TODAY, "sales", "打给吴飞", contact_id=cid)
    screen = _shown(qtbot, bridge)
    assert screen.minimumSizeHint().height() <= ROOM[1]
    assert screen.minimumSizeHint().width() <= ROOM[0]
    screen.open_target({"contact_id": cid})
    QApplication.processEvents()

    # The recent touches are read without scrolling: the whole story fits its column.
    story = screen.story
    assert "约好签约时间" in story.body.text()
    assert story.widget().sizeHint().height() <= story.viewport().height()
    assert _inside(story.body, story.viewport())

    # The outline box shows a real outline, not six lines.
    outline = screen.outline.outline
    assert outline.viewport().height() >= outline.fontMetrics().lineSpacing() * OUTLINE_LINES

    # The finish form is whole, save button included, and no placeholder is cut.
    assert _inside(screen.finish.save_button, screen)
    assert _inside(screen.finish.more_tags, screen)
    field: QLineEdit
    for field in (screen.finish.next_step, screen.finish.more_tags):
        room = field.contentsRect().width() - 8  # the frame's text margins
        assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room, (
            field.placeholderText()
        )
    for button in screen.finish.picks.values():
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    assert "2026" in screen.finish.follow_up.text()  # four-digit year in both languages
    # A long company name is elided in the queue, not scrolled sideways.
    queue = screen.queue.view
    row = queue.model().index(0, 0).data()  # 吴飞 · (why not qualified ·) the company
    assert "吴飞 · " in row and row.endswith(" · 杭州君悦广告传媒有限公司")
    assert queue.visualRect(queue.model().index(0, 0)).width() <= queue.viewport().width()
    tabs = screen.capture.tabBar()
    assert tabs.tabRect(tabs.count() - 1).right() <= tabs.width()  # every tab shown


def test_each_call_opens_at_the_top_of_the_story(qtbot: Any, bridge: Any, db: Database) -> None:
    first = _busy_contact(db, "吴飞")
    second = _busy_contact(db, "朱子轩", "13812345678")
    for cid, title in ((first, "打给吴飞"), (second, "打给朱子轩")):
        plan.add_item(db, TODAY, "sales", title, contact_id=cid)
    screen = _shown(qtbot, bridge)
    screen.resize(900, 420)  # small enough that the story scrolls
    screen.open_target({"contact_id": first})
    bar = screen.story.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the rep read down to the oldest touch

    # A no-answer call saved with Ctrl+Enter from the outcome box.
    screen.finish.outcome.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert screen.contact_id == second
    QApplication.processEvents()
    assert bar.value() == 0
    assert "朱子轩" in screen.story.header.text()
    assert _inside(screen.story.header, screen.story.viewport())

    # Ctrl+N to the next one (the retry at the end) also starts at the top.
    bar.setValue(bar.maximum())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.contact_id == first
    QApplication.processEvents()
    assert bar.value() == 0
