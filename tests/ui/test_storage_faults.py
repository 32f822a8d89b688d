"""Read-only or full storage: the form says so, keeps what was typed, and saves on retry."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, select

from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact
from deskcrm.ui.screens.contacts.screen import ContactsScreen


class Fault:
    """Makes every write transaction fail the way SQLite reports it, until cleared."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.kind: str | None = None
        event.listen(db.engine, "begin", self._begin)
        event.listen(db.engine, "before_cursor_execute", self._execute)

    def _begin(self, conn: Any) -> None:
        writing = not conn.get_execution_options().get("deskcrm_read_only")
        if self.kind == "read_only" and writing:
            # query_only makes SQLite refuse writes exactly like a read-only file
            # (running as root, chmod would not stop us).
            conn.exec_driver_sql("PRAGMA query_only=1")
        else:
            conn.exec_driver_sql("PRAGMA query_only=0")

    def _execute(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # A full disk cannot be made on demand; the driver's own error for it is raised
        # at the first INSERT instead, which is what SQLite does when no page can be added.
        if self.kind == "disk_full" and statement.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")

    def remove(self) -> None:
        event.remove(self.db.engine, "begin", self._begin)
        event.remove(self.db.engine, "before_cursor_execute", self._execute)


@pytest.fixture
def fault(db: Database) -> Iterator[Fault]:
    f = Fault(db)
    yield f
    f.remove()


@pytest.fixture
def screen(bridge: Any, qtbot: Any) -> ContactsScreen:
    s = ContactsScreen(bridge)
    qtbot.addWidget(s)
    s.show()
    qtbot.waitUntil(lambda: not s.is_loading())
    return s


def _count(db: Database) -> int:
    with db.reading() as s:
        return len(s.scalars(select(Contact.id)).all())


@pytest.mark.parametrize(
    ("kind", "words"), [("read_only", "read-only"), ("disk_full", "disk is full")]
)
def test_storage_fault_keeps_the_form_and_retry_saves(
    screen: ContactsScreen,
    db: Database,
    fault: Fault,
    shown_errors: list[str],
    kind: str,
    words: str,
) -> None:
    form = screen.new_contact()
    form.name.setText("李娜")
    form.phones.setPlainText("139 0013 9002")
    fault.kind = kind
    assert form.save() is False
    message = form.error_text() or (shown_errors[-1] if shown_errors else "")
    assert words in message and "kept" in message
    assert form.isVisible()
    assert form.name.text() == "李娜"
    assert form.phones.toPlainText() == "139 0013 9002"
    assert _count(db) == 0
    fault.kind = None
    assert form.save() is not False
    assert _count(db) == 1
