"""Messaging a segment from the contacts screen: the queue driven by keys, the touches it
records (one per sent contact), the daily cap and undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.services import contacts, settings_store, templates
from deskcrm.core.services.database import Database
from deskcrm.core.services.touches import TouchInput, log_touch
from deskcrm.db.models import Touch
from deskcrm.ui.screens.contacts.message_queue import MessageQueueDialog
from deskcrm.ui.screens.contacts.screen import ContactsScreen

TEXT = "{address}您好，{company}最近怎么样？"


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    out = {}
    for name, company, title in (
        ("张伟", "华为", "总经理"),
        ("王丽", "", ""),
        ("李明", "小米", ""),
    ):
        out[name], _ = contacts.create_contact(
            db, ContactInput(name=name, phones=(), company=company, title=title)
        )
    return out


@pytest.fixture
def template_id(db: Database) -> int:
    tid, _ = templates.create_template(db, "问候", TEXT, "Y+O")
    return tid


def wechat(db: Database) -> list[tuple[int, str]]:
    with db.reading() as s:
        return [
            (r.contact_id, r.notes)
            for r in s.execute(
                select(Touch.contact_id, Touch.notes)
                .where(Touch.kind == TouchKind.WECHAT.value)
                .order_by(Touch.id)
            )
        ]


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def open_queue(bridge: Any, qtbot: Any, template_id: int, count: int) -> MessageQueueDialog:
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    with qtbot.waitExposed(screen):
        screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: not screen.is_loading() and screen.model.rowCount() == count)
    screen.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.table)
    press(
        qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = screen.active_dialog
    assert isinstance(dialog, MessageQueueDialog)
    qtbot.waitExposed(dialog)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(template_id))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.queue_list)
    return dialog


def by_name(dialog: MessageQueueDialog) -> dict[str, str]:
    return {e.message.name: e.message.text for e in dialog.entries}


def test_keys_copy_skip_and_record_one_touch_per_sent_contact(
    bridge: Any, qtbot: Any, db: Database, people: dict[str, int], template_id: int
) -> None:
    log_touch(db, TouchInput(people["李明"], TouchKind.WECHAT.value, notes="昨天聊过"))
    dialog = open_queue(bridge, qtbot, template_id, 3)
    texts = by_name(dialog)
    assert texts["张伟"] == "张总您好，华为最近怎么样？"
    assert "{" not in texts["王丽"] and texts["王丽"].startswith("王丽您好")
    # 李明 was messaged recently: flagged and skipped from the start, as the box says.
    assert dialog.skip_recent.isChecked() and "7" in dialog.skip_recent.text()
    first = dialog.entries[dialog.current].message
    assert first.name != "李明"
    assert dialog.counter.text() == "Sent 0 · skipped 1 · left 2"

    press(qtbot, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == first.text
    assert dialog.counter.text() == "Sent 1 · skipped 1 · left 1"
    second = dialog.entries[dialog.current].message
    assert second.name not in (first.name, "李明")
    assert dialog.message_view.toPlainText() == second.text

    press(qtbot, Qt.Key.Key_S)
    assert dialog.counter.text() == "Sent 1 · skipped 2 · left 0"
    assert QGuiApplication.clipboard().text() == first.text  # a skip copies nothing

    # Sending a flagged contact anyway: choose it in the list, Ctrl+C.
    dialog.queue_list.setCurrentRow(
        next(k for k, e in enumerate(dialog.entries) if e.message.name == "李明")
    )
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == texts["李明"]
    assert dialog.counter.text() == "Sent 2 · skipped 1 · left 0"
    assert wechat(db) == [(people["李明"], "昨天聊过")]  # nothing written before Done

    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert wechat(db)[0] == (people["李明"], "昨天聊过")
    assert sorted(wechat(db)[1:]) == sorted(
        [(people[first.name], first.text), (people["李明"], texts["李明"])]
    )
    assert people[second.name] not in [cid for cid, _ in wechat(db)]

    # The batch is one undo step: undo removes both touches, redo records them again.
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert wechat(db) == [(people["李明"], "昨天聊过")]
    assert contacts.get_contact(db, people[first.name], timeline=0).touch_count == 0
    bridge.undo_stack.redo()
    assert len(wechat(db)) == 3
    bridge.undo_stack.undo()
    assert wechat(db) == [(people["李明"], "昨天聊过")]


def test_past_the_daily_cap_nothing_is_written(
    bridge: Any, qtbot: Any, db: Database, people: dict[str, int], template_id: int
) -> None:
    settings_store.set_values(db, {"messages.daily_cap": 1})
    dialog = open_queue(bridge, qtbot, template_id, 3)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.counter.text() == "Sent 2 · skipped 0 · left 1"
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "limit of 1" in dialog.error_label.text() and "Nothing was recorded" in (
        dialog.error_label.text()
    )
    assert wechat(db) == [] and bridge.undo_stack.count() == 0
    # Closing again leaves without recording.
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, Qt.Key.Key_Escape)
    assert wechat(db) == [] and bridge.undo_stack.count() == 0


def test_an_empty_list_says_what_to_do(
    bridge: Any, qtbot: Any, db: Database, people: dict[str, int], template_id: int
) -> None:
    for cid in people.values():
        contacts.trash_contacts(db, [cid])
    dialog = open_queue_empty(bridge, qtbot)
    assert dialog.pages.currentIndex() == 1
    assert "Ctrl+Shift+M" in dialog.empty_hint.text()
    press(qtbot, Qt.Key.Key_Return)  # nothing to copy: no error, nothing written
    assert wechat(db) == []


def open_queue_empty(bridge: Any, qtbot: Any) -> MessageQueueDialog:
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    with qtbot.waitExposed(screen):
        screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: not screen.is_loading())
    screen.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.search)
    press(
        qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = screen.active_dialog
    assert isinstance(dialog, MessageQueueDialog)
    qtbot.waitExposed(dialog)
    return dialog
