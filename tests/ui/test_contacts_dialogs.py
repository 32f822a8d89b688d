"""Contacts dialogs driven from the screen: contact form, after-the-visit, tag manager."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from deskcrm.core.model import BuiltinTag, ContactInput, Outcome, TouchKind
from deskcrm.core.services import contacts, tagging
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact, ContactTag, Tag, Touch
from deskcrm.ui.screens.contacts.contact_form import ContactForm
from deskcrm.ui.screens.contacts.screen import ContactsScreen
from deskcrm.ui.screens.contacts.tag_manager import PALETTE, TagManager
from deskcrm.ui.screens.contacts.visit_dialog import VisitDialog

TODAY = date(2026, 3, 4)  # the test clock's local day


def builtins(db: Database) -> dict[BuiltinTag, int]:
    with db.reading() as s:
        return tagging.builtin_ids(s)


def tags_of(db: Database, cid: int) -> set[int]:
    with db.reading() as s:
        return set(s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == cid)))


def contact_count(db: Database) -> int:
    with db.reading() as s:
        return len(s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))).all())


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    b = builtins(db)
    zhang, _ = contacts.create_contact(
        db,
        ContactInput(name="张伟", phones=("13800138001",), company="华为"),
        tag_ids=(b[BuiltinTag.VIP],),
    )
    shan, _ = contacts.create_contact(
        db,
        ContactInput(name="单田芳", phones=("13700137003",)),
        tag_ids=(b[BuiltinTag.N], b[BuiltinTag.O]),
    )
    return {"张伟": zhang, "单田芳": shan}


@pytest.fixture
def screen(bridge: Any, qtbot: Any, people: dict[str, int]) -> ContactsScreen:
    s = ContactsScreen(bridge)
    qtbot.addWidget(s)
    s.resize(1280, 760)
    with qtbot.waitExposed(s):
        s.show()
    s.activateWindow()
    qtbot.waitUntil(lambda: not s.is_loading() and s.model.rowCount() == 2)
    return s


def show(screen: ContactsScreen, qtbot: Any, contact_id: int) -> None:
    screen.show_contact(contact_id)
    qtbot.waitUntil(lambda: screen.selected_ids() == [contact_id])


def form_of(screen: ContactsScreen, qtbot: Any) -> ContactForm:
    dialog = screen.active_dialog
    assert isinstance(dialog, ContactForm) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)  # its shortcuts work once it has the keyboard
    return dialog


# Contact form


def test_ctrl_n_opens_the_form_and_a_valid_contact_is_saved(
    qtbot: Any, screen: ContactsScreen, db: Database
) -> None:
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = form_of(screen, qtbot)
    form.name.setText("李娜")
    form.phones.setPlainText("010-1234 5678 ext. 12\n139 0013 9002")
    form.email.setText("lina@example.com")
    form.company.setText("小米")
    qtbot.mouseClick(form.builtin_chips[builtins(db)[BuiltinTag.Y]], Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.active_dialog is None
    with db.reading() as s:
        new = s.scalar(select(Contact).where(Contact.name == "李娜"))
        assert new is not None
        assert [(p.e164, p.extension) for p in new.phones] == [
            ("+861012345678", "12"),
            ("+8613900139002", ""),
        ]
        new_id = new.id
    assert tags_of(db, new_id) == {builtins(db)[BuiltinTag.Y]}
    qtbot.waitUntil(lambda: screen.selected_ids() == [new_id])
    assert screen.detail.name_label.text() == "李娜"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Name is required."),
        ("phones", "12", "“12” has too few digits for a phone number."),
        ("phones", "call me", "“call me” is not a phone number."),
        ("email", "lina@", "Email is not valid: lina@"),
    ],
)
def test_invalid_input_says_why_and_stores_nothing(
    screen: ContactsScreen, db: Database, field: str, value: str, message: str
) -> None:
    form = screen.new_contact()
    form.name.setText("李娜")
    widget = getattr(form, field)
    if field == "phones":
        widget.setPlainText(value)
    else:
        widget.setText(value)
    assert form.save() is False
    assert form.error_text() == message
    assert form.isVisible()
    assert contact_count(db) == 2


def test_duplicate_phone_offers_to_open_the_existing_contact(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    form = screen.new_contact()
    form.name.setText("Zhang Wei")
    form.phones.setPlainText("+86 138 0013 8001")
    assert form.save() is False
    assert form.duplicate_box.isVisibleTo(form)
    assert "张伟 (华为)" in form.duplicate_text.text()
    qtbot.mouseClick(form.open_existing, Qt.MouseButton.LeftButton)
    assert contact_count(db) == 2
    qtbot.waitUntil(lambda: screen.selected_ids() == [people["张伟"]])


def test_duplicate_can_be_merged_into_the_existing_contact(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    form = screen.new_contact()
    form.name.setText("张伟")
    form.company.setText("华为")
    form.city.setText("深圳")
    form.phones.setPlainText("13500135000")
    assert form.save() is False  # same name + company
    qtbot.mouseClick(form.merge_existing, Qt.MouseButton.LeftButton)
    assert contact_count(db) == 2
    detail = contacts.get_contact(db, people["张伟"])
    assert detail.city == "深圳"
    assert [p.e164 for p in detail.phones] == ["+8613800138001", "+8613500135000"]
    assert screen.active_dialog is None


def test_duplicate_can_be_saved_anyway(screen: ContactsScreen, db: Database) -> None:
    form = screen.new_contact()
    form.name.setText("张伟")
    form.company.setText("华为")
    assert form.save() is False
    form.save_anyway.click()
    assert contact_count(db) == 3


def test_edit_then_undo_restores_the_old_values(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    show(screen, qtbot, people["张伟"])
    form = screen.edit_current()
    assert form is not None
    assert form.company.text() == "华为" and form.phones.toPlainText() == "13800138001"
    form.company.setText("华为终端")
    form.referrer.setText("单田")
    form.referrer.textEdited.emit("单田")
    form.referrer.setText("单田芳")
    assert form.save() is True
    detail = contacts.get_contact(db, people["张伟"])
    assert detail.company == "华为终端"
    assert detail.referred_by is not None and detail.referred_by.id == people["单田芳"]
    assert screen.bridge.undo_stack.undoText() == "Edit 张伟"
    screen.bridge.undo_stack.undo()
    detail = contacts.get_contact(db, people["张伟"])
    assert detail.company == "华为" and detail.referred_by is None
    screen.bridge.undo_stack.redo()
    assert contacts.get_contact(db, people["张伟"]).company == "华为终端"


def test_an_unknown_referrer_is_refused_in_the_form(
    screen: ContactsScreen, people: dict[str, int]
) -> None:
    form = screen.new_contact()
    form.name.setText("李娜")
    form.referrer.setText("没有这个人")
    assert form.save() is False
    assert "Pick the referrer" in form.error_text()


# After the visit


def _open_visit(qtbot: Any, screen: ContactsScreen, contact_id: int) -> VisitDialog:
    show(screen, qtbot, contact_id)
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = screen.active_dialog
    assert isinstance(dialog, VisitDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _key(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def test_after_the_visit_with_the_keyboard_alone(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    b = builtins(db)
    shan = people["单田芳"]
    dialog = _open_visit(qtbot, screen, shan)
    qtbot.waitUntil(dialog.notes.hasFocus)  # it opens on the note
    assert dialog.kind.currentData() == TouchKind.VISIT
    assert dialog.builtin_boxes[BuiltinTag.Y].isChecked()  # a visit: met in person
    assert not dialog.builtin_boxes[BuiltinTag.N].isChecked()
    qtbot.keyClicks(QApplication.focusWidget(), "saw the new range")
    _key(qtbot, Qt.Key.Key_Tab)
    assert dialog.next_step.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "bring samples on Wednesday")
    _key(qtbot, Qt.Key.Key_Tab)
    assert dialog.follow_up.hasFocus()
    _key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # +3 days, from anywhere
    _key(qtbot, Qt.Key.Key_Tab)  # the date is ONE stop: on to the kind
    assert dialog.kind.hasFocus()
    _key(qtbot, Qt.Key.Key_Tab)  # outcome
    _key(qtbot, Qt.Key.Key_Tab)  # Y
    _key(qtbot, Qt.Key.Key_Tab)  # N
    _key(qtbot, Qt.Key.Key_Tab)  # M
    assert dialog.builtin_boxes[BuiltinTag.M].hasFocus()
    _key(qtbot, Qt.Key.Key_Space)  # bought: M, which clears O
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.active_dialog is None
    with db.reading() as s:
        touch = s.scalars(select(Touch).where(Touch.contact_id == shan)).one()
        assert (touch.kind, touch.outcome) == (TouchKind.VISIT, Outcome.CONNECTED)
        assert touch.notes == "saw the new range"
        assert touch.next_step == "bring samples on Wednesday"
        assert touch.next_follow_up == TODAY + timedelta(days=3)
        contact = s.get(Contact, shan)
        assert contact is not None
        assert contact.next_follow_up == TODAY + timedelta(days=3)
        assert contact.touch_count == 1
    assert tags_of(db, shan) == {b[BuiltinTag.Y], b[BuiltinTag.M]}
    qtbot.waitUntil(lambda: "bring samples on Wednesday" in screen.detail.timeline.text())


@pytest.mark.parametrize(
    ("key", "days"),
    [
        (Qt.Key.Key_1, 1),
        (Qt.Key.Key_2, 3),
        (Qt.Key.Key_3, 7),
        (Qt.Key.Key_4, 14),
        (Qt.Key.Key_5, None),
    ],
)
def test_each_follow_up_pick_is_one_key_from_the_note(
    qtbot: Any,
    screen: ContactsScreen,
    db: Database,
    people: dict[str, int],
    key: Qt.Key,
    days: int | None,
) -> None:
    dialog = _open_visit(qtbot, screen, people["张伟"])
    qtbot.waitUntil(dialog.notes.hasFocus)
    _key(qtbot, key, Qt.KeyboardModifier.AltModifier)
    assert dialog.notes.hasFocus()  # the pick does not move the cursor out of the note
    expected = None if days is None else TODAY + timedelta(days=days)
    assert dialog.follow_up_date() == expected
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with db.reading() as s:
        touch = s.scalars(select(Touch).where(Touch.contact_id == people["张伟"])).one()
        assert touch.next_follow_up == expected


def _answer_next_box(qtbot: Any, button_text: str) -> list[str]:
    """Click `button_text` on the question box the next key opens; returns its text."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()

    QTimer.singleShot(0, answer)
    return seen


def test_escape_asks_before_throwing_a_typed_note_away(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    dialog = _open_visit(qtbot, screen, people["张伟"])
    qtbot.waitUntil(dialog.notes.hasFocus)
    qtbot.keyClicks(dialog.notes, "wants samples")
    seen = _answer_next_box(qtbot, "Keep editing")
    _key(qtbot, Qt.Key.Key_Escape)
    assert seen and "Throw away" in seen[0]
    assert dialog.isVisible() and dialog.notes.toPlainText() == "wants samples"
    seen = _answer_next_box(qtbot, "Discard")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert seen
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.reading() as s:
        assert s.scalars(select(Touch)).all() == []


def test_escape_closes_at_once_when_nothing_was_typed(
    qtbot: Any, screen: ContactsScreen, people: dict[str, int]
) -> None:
    dialog = _open_visit(qtbot, screen, people["张伟"])
    qtbot.waitUntil(dialog.notes.hasFocus)
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_every_tag_of_the_contact_is_shown_and_can_be_removed(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    zhang = people["张伟"]
    beijing, _ = tagging.create_tag(db, "北京", group="城市")
    hot, _ = tagging.create_tag(db, "意向A")
    screen.bridge.broadcast(tagging.tag_contacts(db, [zhang], add=[beijing, hot]))
    qtbot.waitUntil(lambda: any(t.id == hot for t in screen.tags))
    dialog = _open_visit(qtbot, screen, zhang)
    assert {box.text() for box in dialog.custom_boxes.values()} == {"北京", "意向A"}
    assert all(box.isChecked() for box in dialog.custom_boxes.values())
    for _ in range(12):  # Tab to the 意向A tick, as a rep would
        if dialog.custom_boxes[hot].hasFocus():
            break
        _key(qtbot, Qt.Key.Key_Tab)
    assert dialog.custom_boxes[hot].hasFocus()
    _key(qtbot, Qt.Key.Key_Space)
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.active_dialog is None
    b = builtins(db)
    assert tags_of(db, zhang) == {b[BuiltinTag.VIP], b[BuiltinTag.Y], beijing}


def test_one_save_is_all_or_nothing(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    zhang = people["张伟"]
    dialog = _open_visit(qtbot, screen, zhang)
    dialog.notes.setPlainText("长" * 100_001)  # over the limit: the touch cannot be stored
    dialog.add_tags.setText("全新标签、beijing")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.error_text()  # said beside the form, in words
    assert dialog.notes.hasFocus()
    with db.reading() as s:
        assert s.scalars(select(Touch)).all() == []
        assert s.scalar(select(Tag.id).where(Tag.name == "全新标签")) is None


def test_a_call_can_untag_and_add_new_tags_and_skip_the_follow_up(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    b = builtins(db)
    zhang = people["张伟"]
    show(screen, qtbot, zhang)
    dialog = screen.log_visit()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(TouchKind.CALL.value))
    dialog.builtin_boxes[BuiltinTag.Y].setChecked(False)
    dialog.builtin_boxes[BuiltinTag.VIP].setChecked(False)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.NO_ANSWER.value))
    dialog.add_tags.setText("回访，北京")
    dialog.set_follow_up(TODAY + timedelta(days=1))
    dialog.follow_up_on.setChecked(False)
    assert dialog.save() is True
    names = {t.name: t.id for t in tagging.list_tags(db)}
    assert tags_of(db, zhang) == {names["回访"], names["北京"]}
    assert b[BuiltinTag.VIP] not in tags_of(db, zhang)
    with db.reading() as s:
        touch = s.scalars(select(Touch).where(Touch.contact_id == zhang)).one()
        assert (touch.kind, touch.outcome, touch.next_follow_up) == ("call", "no_answer", None)


def test_the_visit_needs_a_single_selected_contact(
    qtbot: Any, screen: ContactsScreen, people: dict[str, int]
) -> None:
    screen._select_ids(list(people.values()))
    assert screen.log_visit() is None
    assert screen.active_dialog is None


# Tag manager


def test_tag_manager_create_rename_merge_and_delete_with_count(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    manager = screen.manage_tags()
    assert isinstance(manager, TagManager) and manager.isVisible()
    manager.name.setText("北京")
    manager.group.setEditText("城市")
    manager.colors.buttons()[2].setChecked(True)
    assert manager.create_tag() is True
    with db.reading() as s:
        tag = s.scalar(select(Tag).where(Tag.name == "北京"))
        assert tag is not None and tag.color == PALETTE[2]
        beijing = tag.id
    assert beijing in screen.tag_bar.chips  # the screen heard about it
    assert manager.selected_id() == beijing
    manager.name.setText("北京市")
    assert manager.update_selected() is True
    assert {t.id: t.name for t in tagging.list_tags(db)}[beijing] == "北京市"
    shanghai, _ = tagging.create_tag(db, "上海")
    tagging.tag_contacts(db, list(people.values()), add=[shanghai])
    manager.reload(select=shanghai)
    manager.merge_target.setCurrentIndex(manager.merge_target.findData(beijing))
    assert manager.merge() is True
    for cid in people.values():
        assert beijing in tags_of(db, cid)
    assert shanghai not in {t.id for t in tagging.list_tags(db)}
    manager.reload(select=beijing)
    manager.ask_delete()
    assert manager.confirm_box.isVisibleTo(manager)
    # "2 contacts" with the English .qm installed (the app always has it), the source otherwise.
    assert "“北京市” is on 2 contact" in manager.confirm_text.text()
    qtbot.mouseClick(manager.confirm_delete, Qt.MouseButton.LeftButton)
    assert beijing not in {t.id for t in tagging.list_tags(db)}
    assert all(beijing not in tags_of(db, cid) for cid in people.values())
    qtbot.waitUntil(lambda: beijing not in screen.tag_bar.chips)


def test_tag_manager_protects_built_ins_and_reports_clashes(
    screen: ContactsScreen, db: Database
) -> None:
    manager = screen.manage_tags()
    manager.reload(select=builtins(db)[BuiltinTag.VIP])
    assert not manager.delete_button.isEnabled()
    assert not manager.update_button.isEnabled()
    manager.name.setText("VIP")
    assert manager.create_tag() is False
    assert manager.note.text() == "“VIP” already exists."


def test_a_retry_date_without_a_promise_reads_as_a_follow_up_in_the_timeline(
    qtbot: Any, screen: ContactsScreen, db: Database, people: dict[str, int]
) -> None:
    zhang = people["张伟"]
    dialog = _open_visit(qtbot, screen, zhang)
    qtbot.waitUntil(dialog.notes.hasFocus)
    qtbot.keyClicks(dialog.notes, "no one at the desk")
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # tomorrow, nothing promised
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "no one at the desk" in screen.detail.timeline.text())
    text = screen.detail.timeline.text()
    assert "Promised:" not in text
    assert "Follow up on" in text


def test_a_product_tags_repurchase_cycle_set_by_keyboard(
    qtbot: Any, screen: ContactsScreen, db: Database
) -> None:
    cream, _ = tagging.create_tag(db, "面霜")
    manager = screen.manage_tags()
    manager.reload(select=cream)
    manager.activateWindow()
    qtbot.waitUntil(lambda: manager.isActiveWindow())
    # Alt+R jumps to the cycle; typed digits replace "no cycle"; Alt+S saves.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is manager.cycle
    QTest.keyClicks(manager.cycle, "30")
    QTest.keyClick(manager.cycle, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    # A button's mnemonic clicks it after its short press animation.
    qtbot.waitUntil(lambda: {t.id: t.repurchase_days for t in tagging.list_tags(db)}[cream] == 30)
    # Built-in tags carry no cycle: the box is off for them.
    manager.reload(select=builtins(db)[BuiltinTag.VIP])
    assert not manager.cycle.isEnabled()
    manager.reload(select=cream)
    assert manager.cycle.value() == 30
