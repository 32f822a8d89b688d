"""The contacts screen driven like a rep would: type, click chips, pick views, use the keyboard."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from sqlalchemy import select

from deskcrm.core.model import BuiltinTag, ContactInput, ContactQuery, TouchKind
from deskcrm.core.services import contact_list, contacts, tagging, touches
from deskcrm.core.services.contact_list import View
from deskcrm.core.services.database import Database
from deskcrm.core.services.touches import TouchInput
from deskcrm.db.models import Contact, ContactTag
from deskcrm.ui.screens.contacts.screen import ContactsScreen
from deskcrm.ui.screens.contacts.table_model import Column
from deskcrm.ui.screens.contacts.views_sidebar import ALL, TRASH, builtin_key, saved_key
from deskcrm.ui.widgets.tag_chip import ChipState

SPEC = [
    ("张伟", "+86 138-0013-8001", "华为技术", (BuiltinTag.Y, BuiltinTag.VIP, BuiltinTag.O)),
    ("曾伟", "13900139002", "小米科技", (BuiltinTag.Y, BuiltinTag.M)),
    ("单田芳", "13700137003", "评书社", (BuiltinTag.N,)),
    ("王芳", "02112345678", "Acme Trading", (BuiltinTag.VIP,)),
    ("Tom Lee", "13600136004", "", ()),
]
ALL_NAMES = ["单田芳", "Tom Lee", "王芳", "曾伟", "张伟"]


def builtins(db: Database) -> dict[BuiltinTag, int]:
    with db.reading() as s:
        return tagging.builtin_ids(s)


def tags_of(db: Database, cid: int) -> set[int]:
    with db.reading() as s:
        return set(s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == cid)))


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    b = builtins(db)
    ids = {}
    for name, phone, company, tags in SPEC:
        cid, _ = contacts.create_contact(
            db,
            ContactInput(name=name, phones=(phone,), company=company),
            tag_ids=tuple(b[t] for t in tags),
        )
        ids[name] = cid
    return ids


def open_screen(bridge: Any, qtbot: Any) -> ContactsScreen:
    screen = ContactsScreen(bridge)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    with qtbot.waitExposed(screen):
        screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: not screen.is_loading())
    return screen


@pytest.fixture
def screen(bridge: Any, qtbot: Any, people: dict[str, int]) -> ContactsScreen:
    return open_screen(bridge, qtbot)


def type_text(qtbot: Any, edit: Any, text: str) -> None:
    """Key presses for ASCII; Chinese arrives whole from an input method.

    (setText rather than insert: an offscreen completer popup would warn.)
    """
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setText(edit.text() + text)


def names(screen: ContactsScreen) -> list[str]:
    model = screen.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def wait_names(qtbot: Any, screen: ContactsScreen, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: names(screen) == expected and not screen.is_loading())


def select_rows(screen: ContactsScreen, *who: str) -> None:
    ids = [screen.model.ids()[names(screen).index(n)] for n in who]
    screen._select_ids(ids)


# Search


def test_lists_everyone_sorted_by_pinyin_with_a_count(screen: ContactsScreen) -> None:
    assert names(screen) == ALL_NAMES
    assert "5" in screen.count_label.text()
    assert screen.stack.currentIndex() == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zw", ["曾伟", "张伟"]),
        ("zhangw", ["张伟"]),
        ("伟", ["曾伟", "张伟"]),
        ("8001", ["张伟"]),
        ("小米", ["曾伟"]),
        ("shan", ["单田芳"]),
        ("zeng", ["曾伟"]),
    ],
)
def test_typing_in_the_search_box_filters_as_you_type(
    qtbot: Any, screen: ContactsScreen, typed: str, expected: list[str]
) -> None:
    type_text(qtbot, screen.search, typed)
    assert screen._debounce.isActive()  # one query after the typing pauses, not per key
    wait_names(qtbot, screen, expected)
    assert str(len(expected)) in screen.count_label.text()


def test_enter_in_the_search_box_jumps_to_the_first_match(
    qtbot: Any, screen: ContactsScreen
) -> None:
    qtbot.keyClicks(screen.search, "wang")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    wait_names(qtbot, screen, ["王芳"])
    qtbot.waitUntil(lambda: screen.detail.detail is not None)
    assert screen.detail.detail is not None and screen.detail.detail.name == "王芳"


def test_no_match_says_so_and_offers_to_clear(qtbot: Any, screen: ContactsScreen) -> None:
    qtbot.keyClicks(screen.search, "nobody")
    wait_names(qtbot, screen, [])
    assert screen.stack.currentIndex() == 1
    assert screen.empty.title.text() == "No contact matches"
    assert "5" in screen.empty.hint.text()
    assert screen.empty_clear.isVisibleTo(screen) and not screen.empty_new.isVisibleTo(screen)
    qtbot.mouseClick(screen.empty_clear, Qt.MouseButton.LeftButton)
    wait_names(qtbot, screen, ALL_NAMES)
    assert screen.search.text() == ""


def test_an_empty_database_explains_how_to_add_contacts(
    bridge: Any, qtbot: Any, db: Database
) -> None:
    screen = open_screen(bridge, qtbot)
    assert names(screen) == []
    assert screen.stack.currentIndex() == 1
    assert screen.empty.title.text() == "No contacts yet"
    assert "Ctrl+N" in screen.empty.hint.text()
    assert screen.empty_new.isVisibleTo(screen)


# Tag chips


def test_chip_clicks_require_then_exclude_then_clear(
    qtbot: Any, screen: ContactsScreen, db: Database
) -> None:
    b = builtins(db)
    chip = screen.tag_bar.chip(b[BuiltinTag.Y])
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert chip.state() == ChipState.REQUIRE
    wait_names(qtbot, screen, ["曾伟", "张伟"])
    assert "2" in screen.count_label.text()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert chip.state() == ChipState.EXCLUDE
    wait_names(qtbot, screen, ["单田芳", "Tom Lee", "王芳"])
    assert "3" in screen.count_label.text()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert chip.state() == ChipState.OFF
    wait_names(qtbot, screen, ALL_NAMES)


def test_and_or_switch_and_search_combine_with_chips(
    qtbot: Any, screen: ContactsScreen, db: Database
) -> None:
    b = builtins(db)
    qtbot.mouseClick(screen.tag_bar.chip(b[BuiltinTag.Y]), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.tag_bar.chip(b[BuiltinTag.VIP]), Qt.MouseButton.LeftButton)
    wait_names(qtbot, screen, ["张伟"])
    screen.tag_bar.mode.setCurrentIndex(1)  # any of (OR)
    wait_names(qtbot, screen, ["王芳", "曾伟", "张伟"])
    qtbot.keyClicks(screen.search, "wang")
    wait_names(qtbot, screen, ["王芳"])
    qtbot.mouseClick(screen.tag_bar.clear_button, Qt.MouseButton.LeftButton)
    wait_names(qtbot, screen, ["王芳"])
    assert screen.tag_bar.require() == ()


def test_custom_tags_appear_by_group_after_the_built_ins(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    tid, _ = tagging.create_tag(db, "北京", group="城市")
    tagging.tag_contacts(db, [people["王芳"]], add=[tid])
    screen.reload_tags()
    assert list(screen.tag_bar.chips)[-1] == tid
    qtbot.mouseClick(screen.tag_bar.chip(tid), Qt.MouseButton.LeftButton)
    wait_names(qtbot, screen, ["王芳"])


# Sorting


def test_header_click_sorts_in_sql(qtbot: Any, screen: ContactsScreen, db: Database) -> None:
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.COMPANY) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    expected_ids = contact_list.contact_ids(db, ContactQuery(sort="company"))
    qtbot.waitUntil(lambda: screen.model.ids() == expected_ids and not screen.is_loading())
    assert screen.sort_key == "company"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    expected_ids = contact_list.contact_ids(db, ContactQuery(sort="company", descending=True))
    qtbot.waitUntil(lambda: screen.model.ids() == expected_ids and not screen.is_loading())
    assert names(screen)[-1] == "Tom Lee"  # empty company last, both ways
    tags_x = header.sectionViewportPosition(Column.TAGS) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(tags_x, 5))
    assert header.sortIndicatorSection() == Column.COMPANY  # tags have no order


# Views


def test_built_in_view_filters(qtbot: Any, screen: ContactsScreen) -> None:
    assert screen.sidebar.select_key(builtin_key(View.VISITED_NOT_BOUGHT), emit=True)
    wait_names(qtbot, screen, ["张伟"])
    screen.sidebar.select_key(ALL, emit=True)
    wait_names(qtbot, screen, ALL_NAMES)


def test_save_current_view_then_pick_and_delete_it(
    qtbot: Any, screen: ContactsScreen, db: Database
) -> None:
    b = builtins(db)
    qtbot.keyClicks(screen.search, "wang")
    qtbot.mouseClick(screen.tag_bar.chip(b[BuiltinTag.VIP]), Qt.MouseButton.LeftButton)
    wait_names(qtbot, screen, ["王芳"])
    qtbot.mouseClick(screen.sidebar.save_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, screen.sidebar.name_edit, "王总们")
    qtbot.keyClick(screen.sidebar.name_edit, Qt.Key.Key_Return)
    saved = contact_list.saved_views(db)
    assert [(n, q.text, q.require) for _i, n, q in saved] == [
        ("王总们", "wang", (b[BuiltinTag.VIP],))
    ]
    assert screen.sidebar.saved_names() == ["王总们"]
    screen.sidebar.select_key(ALL, emit=True)
    wait_names(qtbot, screen, ALL_NAMES)
    assert screen.search.text() == "" and screen.tag_bar.require() == ()
    screen.sidebar.select_key(saved_key(saved[0][0]), emit=True)
    wait_names(qtbot, screen, ["王芳"])
    assert screen.search.text() == "wang"
    assert screen.tag_bar.chip(b[BuiltinTag.VIP]).state() == ChipState.REQUIRE
    assert screen.sidebar.delete_button.isEnabled()
    qtbot.mouseClick(screen.sidebar.delete_button, Qt.MouseButton.LeftButton)
    assert contact_list.saved_views(db) == []
    assert screen.sidebar.saved_names() == []


# Detail pane


def test_detail_shows_treatment_timeline_and_referrals(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int], clock: Any
) -> None:
    zhang = people["张伟"]
    touches.log_touch(
        db,
        TouchInput(
            zhang,
            TouchKind.CALL,
            at=datetime(2026, 2, 1, 2, tzinfo=UTC),
            notes="第一次电话",
            next_step="发资料",
        ),
    )
    touches.log_touch(
        db,
        TouchInput(
            zhang,
            TouchKind.VISIT,
            notes="到店看样品",
            next_step="下周三带样品",
            next_follow_up=date(2026, 3, 11),
        ),
    )
    ref, _ = contacts.create_contact(db, ContactInput(name="李娜", referred_by_id=zhang))
    screen.refresh()  # the services above ran outside the bridge: no broadcast
    wait_names(qtbot, screen, ["李娜", *ALL_NAMES])
    select_rows(screen, "张伟")
    detail = screen.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.id == zhang)
    assert detail.name_label.text() == "张伟"
    treatment = detail.treatment.text()
    assert "VIP" in treatment and "dig for the need" in treatment
    timeline = detail.timeline.text()
    assert timeline.index("到店看样品") < timeline.index("第一次电话")  # newest first
    assert "下周三带样品" in timeline and "发资料" in timeline
    assert f"contact:{ref}" in detail.fields["referrals"].text()
    assert detail.builtin_chips[BuiltinTag.VIP].isChecked()
    assert not detail.builtin_chips[BuiltinTag.N].isChecked()
    detail.open_contact.emit(ref)
    qtbot.waitUntil(lambda: screen.current_id == ref)
    assert "张伟" in detail.fields["referred_by"].text()


def test_detail_toggle_sets_y_and_clears_n(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    b = builtins(db)
    select_rows(screen, "单田芳")
    qtbot.waitUntil(lambda: screen.current_id == people["单田芳"])
    qtbot.mouseClick(screen.detail.builtin_chips[BuiltinTag.Y], Qt.MouseButton.LeftButton)
    assert tags_of(db, people["单田芳"]) == {b[BuiltinTag.Y]}
    qtbot.waitUntil(lambda: screen.detail.builtin_chips[BuiltinTag.Y].isChecked())
    assert not screen.detail.builtin_chips[BuiltinTag.N].isChecked()
    screen.bridge.undo_stack.undo()
    assert tags_of(db, people["单田芳"]) == {b[BuiltinTag.N]}


def test_adding_and_removing_a_custom_tag_in_the_detail_pane(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    select_rows(screen, "王芳")
    qtbot.waitUntil(lambda: screen.current_id == people["王芳"])
    type_text(qtbot, screen.detail.tag_edit, "上海，女")
    qtbot.keyClick(screen.detail.tag_edit, Qt.Key.Key_Return)
    tags = {t.name: t.id for t in tagging.list_tags(db)}
    assert {tags["上海"], tags["女"]} <= tags_of(db, people["王芳"])
    assert tags["上海"] in screen.tag_bar.chips  # the filter bar learnt the new tag
    screen.remove_tag_from_current(tags["女"])
    assert tags["女"] not in tags_of(db, people["王芳"])


# Keyboard, trash and undo


def test_keyboard_toggles_status_tags_on_the_selection_and_undo(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    b = builtins(db)
    select_rows(screen, "Tom Lee", "王芳")
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    qtbot.keyClick(screen.table, Qt.Key.Key_M)
    assert b[BuiltinTag.M] in tags_of(db, people["Tom Lee"])
    assert b[BuiltinTag.M] in tags_of(db, people["王芳"])
    qtbot.keyClick(screen.table, Qt.Key.Key_M)  # all have it now: the key clears it
    assert b[BuiltinTag.M] not in tags_of(db, people["王芳"])
    screen.bridge.undo_stack.undo()
    assert b[BuiltinTag.M] in tags_of(db, people["王芳"])
    screen.bridge.undo_stack.undo()
    assert tags_of(db, people["王芳"]) == {b[BuiltinTag.VIP]}
    screen.bridge.undo_stack.redo()
    assert b[BuiltinTag.M] in tags_of(db, people["Tom Lee"])


def test_ctrl_f_focuses_search(qtbot: Any, screen: ContactsScreen) -> None:
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    qtbot.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search.hasFocus()


def test_delete_key_trashes_and_undo_restores(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    select_rows(screen, "王芳")
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    with db.reading() as s:
        assert s.get(Contact, people["王芳"]).deleted_at is not None  # type: ignore[union-attr]
    wait_names(qtbot, screen, ["单田芳", "Tom Lee", "曾伟", "张伟"])
    assert screen.selected_ids() == [people["曾伟"]]  # the next one took its place
    assert screen.bridge.undo_stack.undoText() == "Delete 王芳"
    screen.bridge.undo_stack.undo()
    wait_names(qtbot, screen, ALL_NAMES)
    with db.reading() as s:
        assert s.get(Contact, people["王芳"]).deleted_at is None  # type: ignore[union-attr]


def test_trash_view_lists_and_restores(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    screen.trash([people["张伟"], people["曾伟"]])
    wait_names(qtbot, screen, ["单田芳", "Tom Lee", "王芳"])
    screen.sidebar.select_key(TRASH, emit=True)
    wait_names(qtbot, screen, ["曾伟", "张伟"])
    assert "2" in screen.count_label.text()
    select_rows(screen, "曾伟", "张伟")
    assert screen.bulk.isVisibleTo(screen) and screen.bulk.restore_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.bulk.restore_button, Qt.MouseButton.LeftButton)
    wait_names(qtbot, screen, [])
    assert screen.empty.title.text() == "The trash is empty"
    screen.bridge.undo_stack.undo()  # undo the restore: back in the trash
    wait_names(qtbot, screen, ["曾伟", "张伟"])


def test_bulk_tag_and_untag_the_selection(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    select_rows(screen, "单田芳", "Tom Lee", "王芳")
    assert screen.bulk.isVisibleTo(screen)
    assert "3" in screen.bulk.label.text()
    type_text(qtbot, screen.bulk.tag_edit, "春节活动")
    qtbot.mouseClick(screen.bulk.add_button, Qt.MouseButton.LeftButton)
    tid = next(t.id for t in tagging.list_tags(db) if t.name == "春节活动")
    for who in ("单田芳", "Tom Lee", "王芳"):
        assert tid in tags_of(db, people[who])
    assert tid not in tags_of(db, people["张伟"])
    qtbot.waitUntil(lambda: not screen.is_loading())
    select_rows(screen, "Tom Lee", "王芳")
    type_text(qtbot, screen.bulk.tag_edit, "春节活动")
    qtbot.mouseClick(screen.bulk.remove_button, Qt.MouseButton.LeftButton)
    assert tid not in tags_of(db, people["王芳"])
    assert tid in tags_of(db, people["单田芳"])
    screen.bridge.undo_stack.undo()
    assert tid in tags_of(db, people["王芳"])


def test_open_target_selects_a_contact_outside_the_filter(
    qtbot: Any, screen: ContactsScreen, people: dict[str, int]
) -> None:
    qtbot.keyClicks(screen.search, "zw")
    wait_names(qtbot, screen, ["曾伟", "张伟"])
    screen.open_target({"contact_id": people["王芳"]})
    qtbot.waitUntil(lambda: screen.selected_ids() == [people["王芳"]])
    assert screen.search.text() == ""
    assert screen.detail.detail is not None and screen.detail.detail.name == "王芳"


# Language


@pytest.fixture
def chinese(tmp_path: Path, qapp: Any) -> Iterator[None]:
    root = Path(__file__).resolve().parents[2]
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    translators = []
    # The screen's own words, and the shared vocabulary (tags, kinds, stages) in the shell.
    for area in ("contacts", "shell"):
        qm = tmp_path / f"{area}_zh_CN.qm"
        ts = root / "resources" / "translations" / f"{area}_zh_CN.ts"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_the_screen_speaks_chinese(
    chinese: None, qtbot: Any, bridge: Any, people: dict[str, int]
) -> None:
    screen = open_screen(bridge, qtbot)
    model = screen.model
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "姓名"
    assert model.headerData(Column.NEXT_FOLLOW_UP, Qt.Orientation.Horizontal) == "下次跟进"
    assert screen.count_label.text() == "5 位客户"
    select_rows(screen, "单田芳")
    qtbot.waitUntil(lambda: screen.current_id == people["单田芳"])
    assert "邀请到店" in screen.detail.treatment.text()
    assert screen.sidebar.model.item(0).text() == "全部客户"
