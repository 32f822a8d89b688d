"""Folding a new-contact form into an existing contact instead of storing a duplicate."""

from __future__ import annotations

import pytest

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput
from deskcrm.core.services import contacts, tagging
from deskcrm.core.services.database import Database


def _builtins(db: Database) -> dict[BuiltinTag, int]:
    with db.reading() as s:
        return tagging.builtin_ids(s)


def test_merge_input_fills_gaps_and_keeps_existing_values(db: Database) -> None:
    b = _builtins(db)
    cid, _ = contacts.create_contact(
        db,
        ContactInput(name="张伟", phones=("13800138001",), company="华为", notes="老客户"),
    )
    changes = contacts.merge_input_into(
        db,
        cid,
        ContactInput(
            name="张伟",
            phones=("138 0013 8001", "010-12345678 ext. 12"),
            company="小米",
            city="北京",
            email="zw@example.com",
            notes="喜欢喝茶",
        ),
        tag_ids=(b[BuiltinTag.VIP],),
    )
    detail = contacts.get_contact(db, cid)
    assert detail.company == "华为"
    assert detail.city == "北京"
    assert detail.email == "zw@example.com"
    assert detail.notes == "老客户\n\n喜欢喝茶"
    assert [(p.e164, p.extension) for p in detail.phones] == [
        ("+8613800138001", ""),
        ("+861012345678", "12"),
    ]
    assert {t.id for t in detail.tags} == {b[BuiltinTag.VIP]}
    assert changes.contacts == {cid}


def test_merge_input_validates_first(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    with pytest.raises(ValidationError) as err:
        contacts.merge_input_into(db, cid, ContactInput(name="张伟", phones=("12",)))
    assert err.value.field == "phone"
    assert contacts.get_contact(db, cid).phones == ()
