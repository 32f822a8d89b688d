"""The one touch writer and the one tag resolver: all or nothing, one rule for every caller."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, Outcome, TouchKind
from deskcrm.core.services import calls, contacts, tagging, touches
from deskcrm.core.services.calls import CallRecord
from deskcrm.core.services.database import Database
from deskcrm.core.services.touches import TouchInput
from deskcrm.db.models import Contact, ContactTag, Tag, Touch


def _contact(db: Database, name: str = "张伟") -> int:
    cid, _ = contacts.create_contact(db, ContactInput(name=name))
    return cid


def _tag_names(db: Database, cid: int) -> set[str]:
    with db.reading() as s:
        return set(
            s.scalars(
                select(Tag.name)
                .join(ContactTag, ContactTag.tag_id == Tag.id)
                .where(ContactTag.contact_id == cid)
            )
        )


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _builtins(db: Database) -> dict[BuiltinTag, int]:
    with db.reading() as s:
        return tagging.builtin_ids(s)


def test_a_touch_that_cannot_be_stored_leaves_no_new_tag(db: Database) -> None:
    cid = _contact(db)
    tags_before = _count(db, Tag)
    data = TouchInput(
        cid, TouchKind.VISIT, notes="x" * (touches.MAX_TEXT + 1), new_tags="新标签、另一个"
    )
    with pytest.raises(ValidationError):
        touches.log_touch(db, data)
    assert _count(db, Touch) == 0
    assert _count(db, Tag) == tags_before
    assert _tag_names(db, cid) == set()


def test_a_failure_inside_the_transaction_rolls_back_new_tags_too(db: Database) -> None:
    cid = _contact(db)
    tags_before = _count(db, Tag)
    # The second name is too long for a tag: refused inside the unit, after the touch row
    # and the first new tag were written; nothing of it may stay.
    data = TouchInput(cid, TouchKind.VISIT, notes="好", new_tags="北京, " + "长" * 41)
    with pytest.raises(ValidationError):
        touches.log_touch(db, data)
    assert (_count(db, Touch), _count(db, Tag)) == (0, tags_before)


def test_one_save_writes_touch_hook_follow_up_and_typed_tags(db: Database) -> None:
    cid = _contact(db)
    tagging.create_tag(db, "Beijing")
    follow = db.today() + timedelta(days=3)
    touch_id, changes = touches.log_touch(
        db,
        TouchInput(
            cid,
            TouchKind.VISIT,
            outcome=Outcome.CONNECTED,
            notes="看了样品",
            next_step="周三带报价",
            next_follow_up=follow,
            new_tags="beijing、意向A；vip",
        ),
    )
    assert changes.tags and changes.touches and changes.contacts == {cid}
    # "beijing" is the existing "Beijing": no second tag; a visit tags Y.
    assert _tag_names(db, cid) == {"Beijing", "意向A", "VIP", "Y"}
    with db.reading() as s:
        assert s.scalar(select(func.count()).where(func.lower(Tag.name) == "beijing")) == 1
        contact = s.get(Contact, cid)
        assert contact is not None
        assert (contact.next_step, contact.next_follow_up, contact.touch_count) == (
            "周三带报价",
            follow,
            1,
        )
        touch = s.get(Touch, touch_id)
        assert touch is not None and touch.notes == "看了样品"


def test_visit_sets_y_unless_unticked_and_a_won_touch_sets_m(db: Database) -> None:
    b = _builtins(db)
    cid = _contact(db)
    touches.log_touch(db, TouchInput(cid, TouchKind.VISIT, remove_tags=(b[BuiltinTag.Y],)))
    assert _tag_names(db, cid) == set()
    tagging.tag_contacts(db, [cid], add=[b[BuiltinTag.N], b[BuiltinTag.O]])
    touches.log_touch(db, TouchInput(cid, TouchKind.VISIT, outcome=Outcome.WON))
    assert _tag_names(db, cid) == {"Y", "M"}  # Y cleared N, M cleared O


def test_the_call_screen_saves_through_the_same_writer(db: Database) -> None:
    tagging.create_tag(db, "Shanghai")
    cid = _contact(db)
    calls.save_call(
        db,
        CallRecord(
            cid,
            "connected",
            next_step="发报价",
            next_follow_up=db.today() + timedelta(days=1),
            new_tags="shanghai,到店",
        ),
    )
    assert _tag_names(db, cid) == {"Shanghai", "Y"}
    assert _count(db, Tag) == 6  # five built-ins and Shanghai


def test_resolver_splits_every_separator_and_matches_ignoring_case(db: Database) -> None:
    b = _builtins(db)
    existing, changes = tagging.create_tag(db, "Beijing")
    assert changes.tags
    with db.unit() as s:
        ids = tagging.resolve_tags(s, "BEIJING、新客;到店，vip\n新客 / 北京")
        new = s.scalar(select(Tag.id).where(Tag.name == "新客"))
        city = s.scalar(select(Tag.id).where(Tag.name == "北京"))
    assert ids == [existing, new, b[BuiltinTag.Y], b[BuiltinTag.VIP], city]


def test_create_and_rename_refuse_a_name_that_differs_only_in_case(db: Database) -> None:
    tagging.create_tag(db, "Beijing")
    with pytest.raises(ValidationError):
        tagging.create_tag(db, "beijing")
    with pytest.raises(ValidationError):
        tagging.create_tag(db, "vip")  # the built-in's alias
    other, _ = tagging.create_tag(db, "Shanghai")
    with pytest.raises(ValidationError):
        tagging.update_tag(db, other, name="BEIJING")
    tagging.update_tag(db, other, name="SHANGHAI")  # its own name in another case is fine


def test_follow_up_in_the_past_is_refused_before_anything_is_written(db: Database) -> None:
    cid = _contact(db)
    with pytest.raises(ValidationError):
        touches.log_touch(
            db,
            TouchInput(cid, TouchKind.VISIT, next_follow_up=date(2000, 1, 1), new_tags="x"),
        )
    assert (_count(db, Touch), _tag_names(db, cid)) == (0, set())


def test_a_touch_that_keeps_the_hook_leaves_the_promise_and_an_overdue_date(
    db: Database, clock: Any
) -> None:
    cid = _contact(db)
    promised = db.today() + timedelta(days=1)
    touches.log_touch(
        db, TouchInput(cid, TouchKind.VISIT, next_step="带样品", next_follow_up=promised)
    )
    clock.now += timedelta(days=5)  # the follow-up is now overdue
    touches.log_touch(db, TouchInput(cid, TouchKind.WECHAT, notes="节日快乐", keep_hook=True))
    with db.reading() as s:
        contact = s.get(Contact, cid)
        assert contact is not None
        assert (contact.next_step, contact.next_follow_up, contact.touch_count) == (
            "带样品",
            promised,
            2,
        )
