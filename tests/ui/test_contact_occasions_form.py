"""The contact form's occasions typed with the keyboard: a birthday, an own date and a
repurchase cycle are saved as rows; a bad date is refused beside its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact, ContactOccasion
from deskcrm.ui.screens.contacts.contact_form import ContactForm


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(text: str) -> None:
    """Key presses for ASCII; Chinese arrives whole from an input method (a commit)."""
    if text.isascii():
        QTest.keyClicks(_focused(), text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(_focused(), event)


def _open(form: ContactForm, qtbot: Any) -> None:
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)


def test_typed_birthday_and_own_date_are_stored(bridge: Any, qtbot: Any, db: Database) -> None:
    form = ContactForm(bridge)
    _open(form, qtbot)
    form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
    _type("王芳")
    QTest.keyClick(_focused(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # Birt&hday
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.birthday)
    _type("1988-12-31")
    QTest.keyClick(_focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Other &dates
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.occasion_labels[0])
    _type("公司周年")
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is form.occasion_dates[0]
    _type("01-02")
    QTest.keyClick(_focused(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # B&uys again
    qtbot.waitUntil(lambda: form.repurchase.hasFocus())
    QTest.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("90")
    with qtbot.waitSignal(form.saved):
        QTest.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with db.reading() as s:
        cid = s.scalar(select(Contact.id).where(Contact.name == "王芳"))
        rows = s.execute(
            select(
                ContactOccasion.kind,
                ContactOccasion.label,
                ContactOccasion.year,
                ContactOccasion.month_day,
            )
            .where(ContactOccasion.contact_id == cid)
            .order_by(ContactOccasion.position)
        ).all()
        cycle = s.scalar(select(Contact.repurchase_days).where(Contact.id == cid))
    assert [tuple(r) for r in rows] == [
        ("birthday", "", 1988, 1231),
        ("custom", "公司周年", None, 102),
    ]
    assert cycle == 90


def test_a_bad_birthday_is_refused_beside_the_field(bridge: Any, qtbot: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="李雷", birthday="05-20"))
    form = ContactForm(bridge, cid)
    _open(form, qtbot)
    assert form.birthday.text() == "05-20"
    form.birthday.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.birthday)
    QTest.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("02-30")
    QTest.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "02-30" in form.error_text() and "Birthday" in form.error_text()
    assert form.isVisible() and _focused() is form.birthday
    assert contacts.contact_input(db, cid).birthday == "05-20"
