"""Call queue (today's planned calls, then the call list), scripts, and saving a call."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import ContactInput
from deskcrm.core.services import calls, contacts, plan
from deskcrm.core.services.database import Database
from deskcrm.core.services.demo import seed_demo
from deskcrm.db.models import Contact, Touch

TODAY = date(2026, 3, 4)


def test_queue_puts_todays_planned_calls_first(db: Database) -> None:
    a, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    b, _ = contacts.create_contact(db, ContactInput(name="李娜"))
    c, _ = contacts.create_contact(db, ContactInput(name="王芳"))
    plan.add_item(db, TODAY, "sales", "回访李娜", contact_id=b)
    done, _ = plan.add_item(db, TODAY, "sales", "回访王芳", contact_id=c)
    plan.set_done(db, done.id, True)
    queue = calls.call_queue(db, TODAY)
    assert [(q.name, q.planned) for q in queue[:1]] == [("李娜", True)]
    assert {q.contact_id for q in queue[1:]} >= {a}
    assert len({q.contact_id for q in queue}) == len(queue)


def test_save_call_stores_one_touch_with_the_hook(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    calls.save_call(
        db,
        cid,
        duration_s=95,
        outcome="connected",
        notes="聊了预算",
        next_step="寄样品",
        next_follow_up=date(2026, 3, 6),
    )
    with db.reading() as s:
        touch = s.scalars(select(Touch)).one()
        contact = s.get(Contact, cid)
        assert contact is not None
        assert (touch.kind, touch.duration_s, touch.outcome) == ("call", 95, "connected")
        assert (touch.next_step, touch.next_follow_up) == ("寄样品", date(2026, 3, 6))
        assert (contact.touch_count, contact.next_follow_up) == (1, date(2026, 3, 6))


def test_connected_call_needs_a_hook_and_bad_input_stores_nothing(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    with pytest.raises(ValidationError):
        calls.save_call(db, cid, duration_s=30, outcome="connected")
    with pytest.raises(ValidationError):
        calls.save_call(db, cid, duration_s=30, outcome="shouting")
    with pytest.raises(ValidationError):
        calls.save_call(db, cid, duration_s=-1, outcome="no_answer")
    calls.save_call(db, cid, duration_s=20, outcome="no_answer")
    with db.reading() as s:
        assert len(s.scalars(select(Touch)).all()) == 1


def test_demo_scripts_have_ordered_sections(db: Database) -> None:
    seed_demo(db)
    found = calls.scripts(db)
    assert found and all(s.sections for s in found)
    assert found[0].sections[0].stage == "prepare"
