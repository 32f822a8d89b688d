"""The plan screen by keyboard: add, reorder, move across, tick done, delete and undo."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from deskcrm.core.services import plan
from deskcrm.core.services.database import Database
from deskcrm.ui.screens.plan.screen import PlanScreen, opening_day

DAY = date(2026, 3, 4)  # the test clock's local day (10:00 in Beijing, before 17:00)


def _stored(db: Database, day: date) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    sales, non_sales = plan.items_for_day(db, day)
    return [(i.title, i.done) for i in sales], [(i.title, i.done) for i in non_sales]


def _add(qtbot: Any, screen: PlanScreen, side: str, text: str) -> None:
    box = screen.columns[side].add_box
    box.setText(text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_opening_day_follows_the_evening_hour() -> None:
    # 16:59 and 17:00 in Beijing (UTC+8).
    assert opening_day(datetime(2026, 3, 4, 8, 59, tzinfo=UTC), 17) == date(2026, 3, 4)
    assert opening_day(datetime(2026, 3, 4, 9, 0, tzinfo=UTC), 17) == date(2026, 3, 5)


def test_plan_a_day_by_keyboard(qtbot: Any, bridge: Any, db: Database) -> None:
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.day == DAY
    assert screen.columns["sales"].empty.isVisible()
    for title in ("拜访张伟", "电话李娜", "报价王芳"):
        _add(qtbot, screen, "sales", title)
    _add(qtbot, screen, "non_sales", "交周报")
    assert _stored(db, DAY)[0] == [("拜访张伟", False), ("电话李娜", False), ("报价王芳", False)]
    sales = screen.columns["sales"].list
    sales.setFocus()
    sales.setCurrentRow(2)
    qtbot.keyClick(sales, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(sales, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t for t, _ in _stored(db, DAY)[0]] == ["报价王芳", "拜访张伟", "电话李娜"]
    sales.setCurrentRow(2)
    qtbot.keyClick(sales, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert [t for t, _ in _stored(db, DAY)[1]] == ["交周报", "电话李娜"]
    sales.setFocus()
    sales.setCurrentRow(0)
    qtbot.keyClick(sales, Qt.Key.Key_Space)
    assert _stored(db, DAY)[0] == [("报价王芳", True), ("拜访张伟", False)]
    assert "1 of 2 done" in screen.columns["sales"].counts.text()
    sales.setCurrentRow(1)
    qtbot.keyClick(sales, Qt.Key.Key_Delete)
    assert [t for t, _ in _stored(db, DAY)[0]] == ["报价王芳"]
    bridge.undo_stack.undo()
    assert [t for t, _ in _stored(db, DAY)[0]] == ["报价王芳", "拜访张伟"]
    assert sales.count() == 2


def test_days_change_with_page_keys(qtbot: Any, bridge: Any, db: Database) -> None:
    plan.add_item(db, date(2026, 3, 5), "sales", "明天的事")
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    sales = screen.columns["sales"].list
    qtbot.keyClick(sales, Qt.Key.Key_PageDown)
    assert screen.day == date(2026, 3, 5)
    assert "Tomorrow" in screen.day_label.text()
    assert sales.count() == 1 and sales.item(0).text() == "明天的事"


def test_draft_dialog_adds_the_ticked_lines(qtbot: Any, bridge: Any, db: Database) -> None:
    from deskcrm.core.model import ContactInput, TouchKind
    from deskcrm.core.services import contacts, touches

    for name in ("钱二", "孙三"):
        cid, _ = contacts.create_contact(db, ContactInput(name=name))
        touches.log_touch(
            db,
            touches.TouchInput(
                contact_id=cid, kind=TouchKind.CALL, next_step="寄样品", next_follow_up=DAY
            ),
        )
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    dialog = screen.open_draft()
    assert dialog.list.count() == 2
    assert "promised" in dialog.list.item(0).text()
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.add_button.click()
    sales, _ = plan.items_for_day(db, DAY)
    assert len(sales) == 1 and sales[0].origin == "next_step"
    assert sales[0].title in ("钱二: 寄样品 (promised)", "孙三: 寄样品 (promised)")
    assert screen.columns["sales"].list.count() == 1
    # The unticked line is still proposed; the added one is not proposed again.
    again = screen.open_draft()
    assert again.list.count() == 1
    assert sales[0].contact_name not in again.list.item(0).text()


def test_screen_exports_pdf_and_calendar(
    qtbot: Any, bridge: Any, db: Database, tmp_path: Any
) -> None:
    from icalendar import Calendar
    from pypdf import PdfReader

    plan.add_item(db, DAY, "sales", "拜访张伟")
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    assert screen.export_pdf(tmp_path / "p.pdf") == 1
    assert "拜访张伟" in "".join(PdfReader(tmp_path / "p.pdf").pages[0].extract_text().split())
    assert screen.export_ics(tmp_path / "p.ics") == 1
    todo = Calendar.from_ical((tmp_path / "p.ics").read_bytes()).walk("VTODO")[0]
    assert str(todo["summary"]) == "拜访张伟"


def test_week_review_shows_counts_and_warning(qtbot: Any, bridge: Any, db: Database) -> None:
    for n in range(2):
        item, _ = plan.add_item(db, DAY, "non_sales", f"报表{n}")
        plan.set_done(db, item.id, True)
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    dialog = screen.open_review()
    assert dialog.table.rowCount() == 8
    assert dialog.table.item(0, 2).text() == "2 / 2"
    assert dialog.table.item(0, 5).text() == "too much non-sales work"
    dialog.close()


def test_linked_contact_is_shown_and_opens(qtbot: Any, bridge: Any, db: Database) -> None:
    from deskcrm.core.model import ContactInput
    from deskcrm.core.services import contacts

    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    plan.add_item(db, DAY, "sales", "回访", contact_id=cid)
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    sales = screen.columns["sales"].list
    sales.setCurrentRow(0)
    option = QStyleOptionViewItem()
    sales.itemDelegate().initStyleOption(option, sales.model().index(0, 0))
    assert option.text == "回访  · 张伟"
    with qtbot.waitSignal(bridge.navigate) as sent:
        qtbot.keyClick(sales, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent.args == ["contacts", {"contact_id": cid}]


def test_coach_thanks_are_worded_on_the_sheet(qtbot: Any, bridge: Any, db: Database) -> None:
    from deskcrm.core.model import ContactInput
    from deskcrm.core.services import contacts, deals, referrals

    coach, _ = contacts.create_contact(db, ContactInput(name="王芳"))
    buyer, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    referrals.set_referral(db, buyer, coach, "customer")
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=buyer, title="净水器"))
    deals.win_deal(db, deal_id)
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    sales = screen.columns["sales"].list
    option = QStyleOptionViewItem()
    sales.itemDelegate().initStyleOption(option, sales.model().index(0, 0))
    assert option.text.startswith("Thank / reward the coach: 王芳 ← 张伟")


def test_ctrl_shift_enter_calls_the_linked_contact(qtbot: Any, bridge: Any, db: Database) -> None:
    from deskcrm.core.model import ContactInput
    from deskcrm.core.services import contacts

    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    plan.add_item(db, DAY, "sales", "打电话", contact_id=cid)
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    sales = screen.columns["sales"].list
    sales.setCurrentRow(0)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(bridge.navigate) as sent:
        qtbot.keyClick(sales, Qt.Key.Key_Return, mods)
    assert sent.args == ["call", {"contact_id": cid}]


def test_drag_reorder_is_stored(qtbot: Any, bridge: Any, db: Database) -> None:
    for title in ("一", "二", "三"):
        plan.add_item(db, DAY, "sales", title)
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    model = screen.columns["sales"].list.model()
    # What a drop inside the list does: the view moves the row in its model.
    assert model.moveRow(model.index(0, 0).parent(), 2, model.index(0, 0).parent(), 0)
    sales, _ = plan.items_for_day(db, DAY)
    assert [i.title for i in sales] == ["三", "一", "二"]
