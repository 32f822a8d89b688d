"""The plan screen: add, reorder (keys and drag), move across, tick done, edit, delete and
undo, link contacts, the draft dialog and the week review; every check reads the database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit

from deskcrm.core.io.plan_ics import IcsKind
from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.services import contacts, deals, plan, referrals, settings_store, touches
from deskcrm.core.services.database import Database
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.plan.column import CONTACT_ROLE, ID_ROLE, PlanColumn
from deskcrm.ui.screens.plan.link_dialog import LinkDialog
from deskcrm.ui.screens.plan.review_dialog import Column
from deskcrm.ui.screens.plan.screen import PlanScreen, opening_day

DAY = date(2026, 3, 4)  # the test clock's local day (10:00 in Beijing, before 17:00)

Stored = list[tuple[str, bool]]


def _stored(db: Database, day: date = DAY) -> tuple[Stored, Stored]:
    sales, non_sales = plan.items_for_day(db, day)
    return [(i.title, i.done) for i in sales], [(i.title, i.done) for i in non_sales]


def _titles(db: Database, side: int, day: date = DAY) -> list[str]:
    return [t for t, _ in _stored(db, day)[side]]


def _add(qtbot: Any, screen: PlanScreen, side: str, text: str) -> None:
    box = screen.columns[side].add_box
    box.setText(text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _screen(qtbot: Any, bridge: Any) -> PlanScreen:
    screen = PlanScreen(bridge)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _focus(column: PlanColumn, row: int) -> None:
    column.list.setFocus()
    column.select_row(row)


def _shown(column: PlanColumn) -> list[str]:
    m = column.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_opening_day_follows_the_evening_hour() -> None:
    # 16:59 and 17:00 in Beijing (UTC+8).
    assert opening_day(datetime(2026, 3, 4, 8, 59, tzinfo=UTC), 17) == date(2026, 3, 4)
    assert opening_day(datetime(2026, 3, 4, 9, 0, tzinfo=UTC), 17) == date(2026, 3, 5)
    assert opening_day(datetime(2026, 3, 4, 9, 0, tzinfo=UTC), 20) == date(2026, 3, 4)


def test_the_screen_opens_on_tomorrow_in_the_evening(
    qtbot: Any, bridge: Any, db: Database, clock: Any
) -> None:
    clock.now = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)  # 18:00 in Beijing
    assert _screen(qtbot, bridge).day == DAY + timedelta(days=1)
    settings_store.set_values(db, {"plan.evening_hour": 19})
    screen = _screen(qtbot, bridge)
    assert screen.day == DAY and "Today" in screen.day_label.text()


def test_plan_a_day_by_keyboard(qtbot: Any, bridge: Any, db: Database) -> None:
    screen = _screen(qtbot, bridge)
    assert screen.day == DAY
    assert screen.columns["sales"].empty.isVisible()
    for title in ("拜访张伟", "电话李娜", "报价王芳"):
        _add(qtbot, screen, "sales", title)
    _add(qtbot, screen, "non_sales", "交周报")
    assert _stored(db)[0] == [("拜访张伟", False), ("电话李娜", False), ("报价王芳", False)]
    assert screen.columns["sales"].add_box.text() == ""
    sales = screen.columns["sales"]
    _focus(sales, 2)
    qtbot.keyClick(sales.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(sales.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(db, 0) == ["报价王芳", "拜访张伟", "电话李娜"]
    assert sales.current_row() == 0  # the moved item stays selected
    qtbot.keyClick(sales.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(db, 0) == ["拜访张伟", "报价王芳", "电话李娜"]
    _focus(sales, 2)
    qtbot.keyClick(sales.list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _titles(db, 1) == ["交周报", "电话李娜"]
    other = screen.columns["non_sales"]
    assert screen.focusWidget() is other.list and other.current_row() == 1
    qtbot.keyClick(other.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _titles(db, 0) == ["拜访张伟", "电话李娜", "报价王芳"]
    _focus(sales, 0)
    qtbot.keyClick(sales.list, Qt.Key.Key_Space)
    assert _stored(db)[0][0] == ("拜访张伟", True)
    assert sales.counts.text() == "1 of 3 done"
    assert "sales share 75%" in screen.summary.text()
    qtbot.keyClick(sales.list, Qt.Key.Key_Space)
    assert _stored(db)[0][0] == ("拜访张伟", False)
    _focus(sales, 1)
    qtbot.keyClick(sales.list, Qt.Key.Key_Delete)
    assert _titles(db, 0) == ["拜访张伟", "报价王芳"]
    bridge.undo_stack.undo()
    assert _titles(db, 0) == ["拜访张伟", "电话李娜", "报价王芳"]
    assert sales.model.rowCount() == 3 and sales.current_row() == 1
    bridge.undo_stack.redo()
    assert _titles(db, 0) == ["拜访张伟", "报价王芳"]


def test_a_blank_line_is_not_added(qtbot: Any, bridge: Any, db: Database) -> None:
    screen = _screen(qtbot, bridge)
    _add(qtbot, screen, "sales", "   ")
    assert _stored(db) == ([], [])


def test_ticking_the_box_with_the_mouse_is_stored(qtbot: Any, bridge: Any, db: Database) -> None:
    plan.add_item(db, DAY, "non_sales", "交周报")
    screen = _screen(qtbot, bridge)
    model = screen.columns["non_sales"].model
    assert model.setData(
        model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert _stored(db)[1] == [("交周报", True)]
    qtbot.waitUntil(
        lambda: (
            model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        )
    )
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).strikeOut()


def test_edit_in_place(qtbot: Any, bridge: Any, db: Database) -> None:
    plan.add_item(db, DAY, "sales", "拜访张伟")
    screen = _screen(qtbot, bridge)
    sales = screen.columns["sales"]
    _focus(sales, 0)
    qtbot.keyClick(sales.list, Qt.Key.Key_F2)
    editor = sales.list.findChild(QLineEdit)
    assert editor is not None and editor.text() == "拜访张伟"
    editor.setText("拜访张伟，带样品")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: _titles(db, 0) == ["拜访张伟，带样品"])
    qtbot.waitUntil(lambda: _shown(sales) == ["拜访张伟，带样品"])


def test_drag_reorder_and_drag_across_are_stored(qtbot: Any, bridge: Any, db: Database) -> None:
    for title in ("一", "二", "三"):
        plan.add_item(db, DAY, "sales", title)
    plan.add_item(db, DAY, "non_sales", "甲")
    screen = _screen(qtbot, bridge)
    sales, other = screen.columns["sales"].model, screen.columns["non_sales"].model
    move = Qt.DropAction.MoveAction
    # What a drop does: the dragged row's mime data lands at a row of a column.
    assert not sales.dropMimeData(sales.mimeData([sales.index(0, 0)]), move, 3, 0, QModelIndex())
    assert _titles(db, 0) == ["二", "三", "一"]
    sales.dropMimeData(sales.mimeData([sales.index(2, 0)]), move, 1, 0, QModelIndex())
    assert _titles(db, 0) == ["二", "一", "三"]
    # Dropped on an item: it goes before that item.
    sales.dropMimeData(sales.mimeData([sales.index(2, 0)]), move, -1, 0, sales.index(0, 0))
    assert _titles(db, 0) == ["三", "二", "一"]
    # Across: from sales into the other column, between its rows, and back onto empty space.
    other.dropMimeData(sales.mimeData([sales.index(1, 0)]), move, 0, 0, QModelIndex())
    assert (_titles(db, 0), _titles(db, 1)) == (["三", "一"], ["二", "甲"])
    sales.dropMimeData(other.mimeData([other.index(1, 0)]), move, -1, 0, QModelIndex())
    assert (_titles(db, 0), _titles(db, 1)) == (["三", "一", "甲"], ["二"])
    assert _shown(screen.columns["sales"]) == ["三", "一", "甲"]
    assert screen.columns["sales"].current_row() == 2
    assert not other.canDropMimeData(QMimeData(), move, 0, 0, QModelIndex())  # not a plan item


def test_days_change_with_page_keys_and_buttons(qtbot: Any, bridge: Any, db: Database) -> None:
    plan.add_item(db, date(2026, 3, 5), "sales", "明天的事")
    screen = _screen(qtbot, bridge)
    sales = screen.columns["sales"]
    qtbot.keyClick(sales.list, Qt.Key.Key_PageDown)
    assert screen.day == date(2026, 3, 5)
    assert "Tomorrow" in screen.day_label.text()
    assert _shown(sales) == ["明天的事"]
    qtbot.keyClick(sales.list, Qt.Key.Key_PageUp)
    qtbot.keyClick(sales.list, Qt.Key.Key_PageUp)
    assert screen.day == date(2026, 3, 3) and "Yesterday" in screen.day_label.text()
    screen.tomorrow_button.click()
    assert screen.day == date(2026, 3, 5)
    screen.date_edit.setDate(screen.date_edit.date().addDays(10))
    assert screen.day == date(2026, 3, 15) and sales.model.rowCount() == 0
    screen.today_button.click()
    assert screen.day == DAY


def test_another_screens_change_reloads_the_sheet(qtbot: Any, bridge: Any, db: Database) -> None:
    screen = _screen(qtbot, bridge)
    Op(bridge, lambda d: plan.add_item(d, DAY, "sales", "别处加的")).run()
    assert _shown(screen.columns["sales"]) == ["别处加的"]
    screen.hide()
    Op(bridge, lambda d: plan.add_item(d, DAY, "sales", "藏着时加的")).run()
    assert screen.columns["sales"].model.rowCount() == 1  # stale until shown
    screen.show()
    screen.on_shown()
    assert screen.columns["sales"].model.rowCount() == 2


def test_draft_dialog_adds_the_ticked_lines(qtbot: Any, bridge: Any, db: Database) -> None:
    for name in ("钱二", "孙三"):
        cid, _ = contacts.create_contact(db, ContactInput(name=name))
        touches.log_touch(
            db,
            touches.TouchInput(
                contact_id=cid, kind=TouchKind.CALL, next_step="寄样品", next_follow_up=DAY
            ),
        )
    screen = _screen(qtbot, bridge)
    dialog = screen.open_draft()
    assert dialog.model.rowCount() == 2
    first = dialog.model.data(dialog.model.index(0, 0))
    assert "Promised: 寄样品" in first and "you promised this step for the day" in first
    dialog.set_ticked(1, False)
    assert dialog.tally.text() == "1 of 2 lines ticked · sales for the day: 1 of 20"
    dialog.add_button.click()
    sales, _ = plan.items_for_day(db, DAY)
    assert len(sales) == 1 and sales[0].origin == "next_step"
    assert (sales[0].title, sales[0].reason, sales[0].detail) == ("", "next_step", "寄样品")
    assert screen.columns["sales"].model.rowCount() == 1
    # On the sheet the line reads from its reason, and says why once.
    assert _shown(screen.columns["sales"]) == [
        f"{sales[0].contact_name} · Promised: 寄样品  — you promised this step for the day"
    ]
    # The unticked line is still proposed; the added one is not proposed again.
    again = screen.open_draft()
    assert again.model.rowCount() == 1
    assert sales[0].contact_name not in again.model.data(again.model.index(0, 0))
    again.toggle_all()
    assert not again.add_button.isEnabled()
    again.toggle_all()
    again.add_button.click()
    assert len(plan.items_for_day(db, DAY)[0]) == 2
    assert screen.open_draft().model.rowCount() == 0


def test_draft_models_pass_the_model_tester(
    qtbot: Any, qtmodeltester: Any, bridge: Any, db: Database
) -> None:
    plan.add_item(db, DAY - timedelta(days=1), "sales", "昨天没做完")
    plan.add_item(db, DAY, "sales", "今天")
    screen = _screen(qtbot, bridge)
    qtmodeltester.check(screen.open_draft().model)
    qtmodeltester.check(screen.columns["sales"].model)
    qtmodeltester.check(screen.open_review().model)


def test_screen_exports_pdf_and_calendar(
    qtbot: Any, bridge: Any, db: Database, tmp_path: Path
) -> None:
    from icalendar import Calendar
    from pypdf import PdfReader

    plan.add_item(db, DAY, "sales", "拜访张伟")
    plan.add_item(db, DAY + timedelta(days=2), "non_sales", "周五交周报")
    screen = _screen(qtbot, bridge)
    status: list[str] = []
    bridge.status.connect(status.append)
    assert screen.export_pdf(tmp_path / "p.pdf") == 1
    assert "拜访张伟" in "".join(PdfReader(tmp_path / "p.pdf").pages[0].extract_text().split())
    assert status[-1] == f"Saved {tmp_path / 'p.pdf'}"
    assert screen.export_ics(tmp_path / "p.ics") == 1
    todo = Calendar.from_ical((tmp_path / "p.ics").read_bytes()).walk("VTODO")[0]
    assert str(todo["summary"]) == "拜访张伟"
    assert screen.export_ics(tmp_path / "w.ics", week=True, kind=IcsKind.EVENTS) == 2
    events = Calendar.from_ical((tmp_path / "w.ics").read_bytes()).walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == ["N1. 周五交周报", "S1. 拜访张伟"]


def test_a_file_that_cannot_be_written_is_reported(
    qtbot: Any, bridge: Any, db: Database, tmp_path: Path, shown_errors: list[str]
) -> None:
    plan.add_item(db, DAY, "sales", "拜访张伟")
    screen = _screen(qtbot, bridge)
    assert screen.export_pdf(tmp_path / "missing" / "p.pdf") == 0
    assert screen.export_ics(tmp_path / "missing" / "p.ics") == 0
    assert len(shown_errors) == 2
    assert all(e.startswith("The file could not be written") for e in shown_errors)


def test_week_review_shows_counts_and_warning(qtbot: Any, bridge: Any, db: Database) -> None:
    for n in range(2):
        item, _ = plan.add_item(db, DAY, "non_sales", f"报表{n}")
        plan.set_done(db, item.id, True)
    plan.add_item(db, DAY, "sales", "电话")
    screen = _screen(qtbot, bridge)
    dialog = screen.open_review()
    assert dialog.model.rowCount() == 8
    assert dialog.text(0, Column.WEEK) == "W10: 2026-03-02 – 2026-03-08"
    assert dialog.text(0, Column.SALES) == "0 / 1"
    assert dialog.text(0, Column.OTHER) == "2 / 2"
    assert dialog.text(0, Column.SHARE) == "0% / 33%"
    assert dialog.text(0, Column.WARNING) == "too much non-sales work"
    assert dialog.text(1, Column.SHARE) == "– / –"
    dialog.older_button.click()
    assert dialog.text(0, Column.WEEK).startswith("W2: 2026-01-05")
    dialog.close()


def test_linked_contact_is_shown_opens_and_calls(qtbot: Any, bridge: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    plan.add_item(db, DAY, "sales", "回访", contact_id=cid)
    screen = _screen(qtbot, bridge)
    sales = screen.columns["sales"]
    _focus(sales, 0)
    assert _shown(sales) == ["回访 · 张伟"]
    assert sales.model.data(sales.model.index(0, 0), CONTACT_ROLE) == cid
    with qtbot.waitSignal(bridge.navigate) as sent:
        qtbot.keyClick(sales.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent.args == ["contacts", {"contact_id": cid}]
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(bridge.navigate) as sent:
        qtbot.keyClick(sales.list, Qt.Key.Key_Return, mods)
    assert sent.args == ["call", {"contact_id": cid}]


def test_link_and_unlink_a_contact(
    qtbot: Any, bridge: Any, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    wei, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    contacts.create_contact(db, ContactInput(name="李娜"))
    plan.add_item(db, DAY, "sales", "回访")
    screen = _screen(qtbot, bridge)
    sales = screen.columns["sales"]
    _focus(sales, 0)

    def pick(dialog: LinkDialog) -> int:
        dialog.search.setText("zw")
        assert dialog.names.stringList() == ["张伟"]
        return 1

    monkeypatch.setattr(LinkDialog, "exec", pick)
    qtbot.keyClick(sales.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    (item,) = plan.items_for_day(db, DAY)[0]
    assert (item.contact_id, item.contact_name) == (wei, "张伟")
    menu = screen.item_menu(sales)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert "Unlink the contact" in texts and "Call the contact" in texts
    next(a for a in menu.actions() if a.text() == "Unlink the contact").trigger()
    assert plan.items_for_day(db, DAY)[0][0].contact_id is None


def test_context_menu_moves_and_deletes(qtbot: Any, bridge: Any, db: Database) -> None:
    for title in ("一", "二"):
        plan.add_item(db, DAY, "sales", title)
    screen = _screen(qtbot, bridge)
    sales = screen.columns["sales"]
    _focus(sales, 1)

    def act(text: str) -> None:
        next(a for a in screen.item_menu(sales).actions() if a.text() == text).trigger()

    act("Move up")
    assert _titles(db, 0) == ["二", "一"]
    act("Mark done")
    assert _stored(db)[0][0] == ("二", True)
    act("Move to the other column")
    assert _titles(db, 1) == ["二"]
    _focus(sales, 0)
    act("Delete")
    assert _titles(db, 0) == []
    assert sales.model.data(QModelIndex(), ID_ROLE) is None


def test_coach_thanks_are_worded_on_the_sheet(qtbot: Any, bridge: Any, db: Database) -> None:
    coach, _ = contacts.create_contact(db, ContactInput(name="王芳"))
    buyer, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    referrals.set_referral(db, buyer, coach, "customer")
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=buyer, title="净水器"))
    deals.win_deal(db, deal_id)
    screen = _screen(qtbot, bridge)
    (text,) = _shown(screen.columns["sales"])
    assert text == "Thank / reward the coach: 王芳 ← 张伟 · 净水器 · 王芳"
    # Carried to the next day it reads the same.
    screen.set_day(DAY + timedelta(days=1))
    dialog = screen.open_draft()
    assert dialog.model.data(dialog.model.index(0, 0)).startswith(
        "Thank / reward the coach: 王芳 ← 张伟 · 净水器 · 王芳  — not done on 2026-03-04"
    )
    dialog.add_button.click()
    (text,) = _shown(screen.columns["sales"])
    assert text.startswith("Thank / reward the coach: 王芳 ← 张伟 · 净水器")


def test_a_drop_on_the_views_lands_where_the_mouse_is(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    for title in ("一", "二", "三"):
        plan.add_item(db, DAY, "sales", title)
    plan.add_item(db, DAY, "non_sales", "甲")
    screen = _screen(qtbot, bridge)
    screen.resize(900, 600)
    qtbot.waitExposed(screen)
    sales, other = screen.columns["sales"], screen.columns["non_sales"]

    def drop(source: PlanColumn, row: int, target: PlanColumn, on: int, top: bool) -> None:
        rect = target.list.visualRect(target.model.index(on, 0))
        y = rect.top() + 1 if top else rect.bottom() - 1
        # Held in a name: the event does not own the mime data, so it must outlive it.
        mime = source.model.mimeData([source.model.index(row, 0)])
        event = QDropEvent(
            QPointF(rect.center().x(), y),
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        target.list.dropEvent(event)

    drop(sales, 2, other, 0, top=True)  # "三" onto the top edge of "甲": above it
    assert (_titles(db, 0), _titles(db, 1)) == (["一", "二"], ["三", "甲"])
    drop(sales, 0, sales, 1, top=False)  # "一" onto the bottom edge of "二": below it
    assert _titles(db, 0) == ["二", "一"]
    assert _shown(sales) == ["二", "一"] and _shown(other) == ["三", "甲"]


def test_print_uses_the_same_sheet(qtbot: Any, bridge: Any, db: Database, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    plan.add_item(db, DAY, "sales", "拜访客户张伟")
    plan.add_item(db, DAY, "non_sales", "交周报")
    screen = _screen(qtbot, bridge)
    printer = screen.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert screen.print_to(printer) == 1
    reader = PdfReader(tmp_path / "printed.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = "".join(reader.pages[0].extract_text().split())
    assert "Planfor2026-03-04" in text and "1.拜访客" in text and "1.交周报" in text


def test_left_open_into_the_evening_it_moves_on_to_tomorrow(
    qtbot: Any, bridge: Any, db: Database, clock: Any
) -> None:
    screen = _screen(qtbot, bridge)
    assert screen.day == DAY
    clock.now = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)  # 17:30 in Beijing
    screen.on_shown()
    assert screen.day == DAY + timedelta(days=1) and "Tomorrow" in screen.day_label.text()
    # A day the rep picked stays picked.
    screen.set_day(DAY - timedelta(days=3))
    clock.now = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    screen.on_shown()
    assert screen.day == DAY - timedelta(days=3)


def _due(db: Database, count: int, day: date = DAY) -> None:
    for n in range(count):
        cid, _ = contacts.create_contact(db, ContactInput(name=f"客户{n}"))
        touches.log_touch(
            db, touches.TouchInput(contact_id=cid, kind=TouchKind.CALL, next_follow_up=day)
        )


def test_the_draft_ticks_what_fits_and_warns_when_the_rep_goes_over(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    settings_store.set_values(db, {"plan.daily_capacity": 3})
    plan.add_item(db, DAY, "sales", "自己排的")
    _due(db, 4)
    screen = _screen(qtbot, bridge)
    dialog = screen.open_draft()
    qtbot.waitExposed(dialog)
    model = dialog.model
    # Two lines fit (one of three already planned); a line, then the other two, unticked.
    assert model.rowCount() == 5 and model.rule_at == 2
    assert model.ticked == [True, True, False, False]
    rule = model.data(model.index(2, 0))
    assert "Over the day's capacity of 3" in rule
    assert not model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert "follow-up date has come" in model.data(model.index(3, 0))  # its reason, below
    assert "Warning" not in dialog.tally.text()
    # Going over is allowed, with a clear warning: tick a line below by keyboard.
    dialog.list.setFocus()
    dialog.list.setCurrentIndex(model.index(3, 0))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert model.ticked == [True, True, True, False]
    assert "Warning: over the day's capacity by 1" in dialog.tally.text()
    before = screen.reloads
    dialog.add_button.click()
    assert len(plan.items_for_day(db, DAY)[0]) == 4
    # One accept, one reload of the sheet (not one for the broadcast and one for the dialog).
    assert screen.reloads == before + 1
    assert screen.columns["sales"].model.rowCount() == 4


def test_day_keys_work_wherever_the_focus_is_on_the_screen(
    qtbot: Any, bridge: Any, db: Database
) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    plan.add_item(db, DAY, "sales", "今天的事")
    screen = _screen(qtbot, bridge)
    screen.activateWindow()
    qtbot.waitExposed(screen)
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    targets = [
        screen.columns["sales"].list,
        screen.columns["non_sales"].add_box,
        screen.columns["sales"].add_box,
        screen.draft_button,
        screen.date_edit,
    ]
    for widget in targets:
        screen.set_day(DAY)
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is w)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, ctrl)
        assert screen.day == DAY + timedelta(days=1), widget
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, ctrl)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, ctrl)
        assert screen.day == DAY - timedelta(days=1), widget
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ctrl | shift)
        assert screen.day == DAY + timedelta(days=1), widget
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ctrl)
        assert screen.day == DAY, widget
        assert _shown(screen.columns["sales"]) == ["今天的事"]
    # Typing in an add box still types: the keys are not single letters.
    box = screen.columns["sales"].add_box
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    QTest.keyClicks(QApplication.focusWidget(), "tT")
    assert box.text() == "tT" and screen.day == DAY


def test_a_day_too_full_to_print_says_so_and_writes_nothing(
    qtbot: Any, bridge: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    for n in range(70):
        plan.add_item(db, DAY, "sales", f"拜访第{n}位客户")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    screen = _screen(qtbot, bridge)
    path = tmp_path / "plan.pdf"
    assert screen.export_pdf(path) == 0
    assert not path.exists()
    assert said == [
        "The plan does not fit on one A4 page (70 sales items, 0 other). Move or remove "
        "some items, then print again; nothing was printed."
    ]
