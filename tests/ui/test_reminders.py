"""Follow-ups due at start-up and the evening reminder: once a day, only when switched on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.rules.plan_reminder import reminder_due
from deskcrm.core.services import contacts, settings_store, touches
from deskcrm.core.services.database import Database
from deskcrm.ui.reminders import Reminders


def test_rule() -> None:
    evening = datetime(2026, 3, 4, 20, 0)
    assert reminder_due(evening, "20:00", True, None)
    assert not reminder_due(evening - timedelta(minutes=1), "20:00", True, None)
    assert not reminder_due(evening, "20:00", False, None)
    assert not reminder_due(evening, "20:00", True, date(2026, 3, 4))


def test_due_today_and_evening(qtbot: Any, bridge: Any, db: Database, clock: Any) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    touches.log_touch(
        db,
        touches.TouchInput(contact_id=cid, kind=TouchKind.CALL, next_follow_up=date(2026, 3, 4)),
    )
    reminders = Reminders(bridge)
    status: list[str] = []
    bridge.status.connect(status.append)
    assert reminders.due_today() == 1
    assert "1 follow-up(s) due" in status[-1]
    assert not reminders.check_evening()  # off by default
    settings_store.set_values(db, {"plan.reminder_enabled": True, "plan.reminder_time": "19:30"})
    clock.now = datetime(2026, 3, 4, 11, 29, tzinfo=UTC)  # 19:29 in Beijing
    assert not reminders.check_evening()
    clock.now = datetime(2026, 3, 4, 11, 30, tzinfo=UTC)
    assert reminders.check_evening()
    assert "plan tomorrow" in status[-1]
    assert not reminders.check_evening()  # once a day
