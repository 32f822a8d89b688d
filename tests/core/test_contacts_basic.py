"""Contacts service: create, validate, duplicates, tags, touches, merge, trash."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from deskcrm.core.errors import DuplicateContact, ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, TouchKind
from deskcrm.core.services import contacts, tagging, touches
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact, ContactTag, Touch


def _builtins(db: Database) -> dict[BuiltinTag, int]:
    with db.reading() as s:
        return tagging.builtin_ids(s)


def test_create_normalises_phone_and_pinyin(db: Database) -> None:
    cid, _ = contacts.create_contact(
        db, ContactInput(name=" 曾伟 ", phones=("138-0013-8001",), company="华为")
    )
    detail = contacts.get_contact(db, cid)
    assert detail.name == "曾伟"
    assert detail.phones[0].e164 == "+8613800138001"
    with db.reading() as s:
        c = s.get(Contact, cid)
        assert c is not None
        assert (c.name_pinyin, c.name_initials) == ("zengwei", "zw")


@pytest.mark.parametrize(
    ("data", "field", "reason"),
    [
        (ContactInput(name="  "), "name", "required"),
        (ContactInput(name="a", email="not-an-email"), "email", "invalid"),
        (ContactInput(name="a", phones=("12",)), "phone", "too_short"),
        (ContactInput(name="a", phones=("abc",)), "phone", "not_a_number"),
        (ContactInput(name="x" * 201), "name", "too_long"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(
    db: Database, data: ContactInput, field: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as err:
        contacts.create_contact(db, data)
    assert (err.value.field, err.value.reason) == (field, reason)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_duplicate_by_phone_and_by_name_company(db: Database) -> None:
    first, _ = contacts.create_contact(
        db, ContactInput(name="张伟", phones=("+86 138 0013 8001",), company="甲公司")
    )
    with pytest.raises(DuplicateContact) as err:
        contacts.create_contact(db, ContactInput(name="Zhang", phones=("13800138001",)))
    assert err.value.matches == [first] and err.value.by == "phone"
    with pytest.raises(DuplicateContact) as err2:
        contacts.create_contact(db, ContactInput(name="张伟", company="甲公司"))
    assert err2.value.by == "name_company"
    other, _ = contacts.create_contact(
        db, ContactInput(name="张伟", company="甲公司"), allow_duplicate=True
    )
    assert other != first


def test_exclusive_pairs(db: Database) -> None:
    b = _builtins(db)
    cid, _ = contacts.create_contact(db, ContactInput(name="李娜"), tag_ids=(b[BuiltinTag.N],))
    tagging.tag_contacts(db, [cid], add=[b[BuiltinTag.Y], b[BuiltinTag.O]])
    names = {t.builtin for t in contacts.get_contact(db, cid).tags}
    assert names == {"Y", "O"}
    with pytest.raises(ValidationError):
        tagging.tag_contacts(db, [cid], add=[b[BuiltinTag.M], b[BuiltinTag.O]])


def test_visit_logs_touch_tags_y_and_sets_hook(db: Database) -> None:
    b = _builtins(db)
    cid, _ = contacts.create_contact(db, ContactInput(name="王芳"), tag_ids=(b[BuiltinTag.N],))
    touches.log_touch(
        db,
        touches.TouchInput(
            contact_id=cid,
            kind=TouchKind.VISIT,
            notes="liked the red one",
            next_step="bring samples",
            next_follow_up=date(2026, 3, 11),
            add_tags=(b[BuiltinTag.VIP],),
        ),
    )
    d = contacts.get_contact(db, cid)
    assert {t.builtin for t in d.tags} == {"Y", "VIP"}
    assert d.touch_count == 1
    assert d.next_step == "bring samples"
    assert d.next_follow_up == date(2026, 3, 11)
    assert d.touches[0].notes == "liked the red one"


def test_follow_up_in_the_past_is_refused(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="王芳"))
    with pytest.raises(ValidationError) as err:
        touches.log_touch(
            db,
            touches.TouchInput(contact_id=cid, kind="call", next_follow_up=date(2020, 1, 1)),
        )
    assert err.value.reason == "in_past"
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Touch)) == 0


def test_merge_keeps_everything(db: Database) -> None:
    b = _builtins(db)
    keep, _ = contacts.create_contact(
        db, ContactInput(name="刘洋", phones=("13800138001",)), tag_ids=(b[BuiltinTag.N],)
    )
    other, _ = contacts.create_contact(
        db,
        ContactInput(name="刘洋", phones=("13900139002",), company="乙公司", email="l@y.cn"),
        tag_ids=(b[BuiltinTag.Y], b[BuiltinTag.VIP]),
    )
    ref, _ = contacts.create_contact(
        db, ContactInput(name="被推荐", referred_by_id=other, referrer_kind="customer")
    )
    for cid in (keep, other, other):
        touches.log_touch(db, touches.TouchInput(contact_id=cid, kind="call"))
    contacts.merge_contacts(db, keep, other)
    d = contacts.get_contact(db, keep)
    assert d.touch_count == 3
    assert {p.e164 for p in d.phones} == {"+8613800138001", "+8613900139002"}
    assert {t.builtin for t in d.tags} == {"Y", "VIP"}
    assert d.company == "乙公司" and d.email == "l@y.cn"
    assert [r.id for r in d.referrals] == [ref]
    with db.reading() as s:
        assert s.get(Contact, other) is None
        assert s.scalar(select(func.count()).select_from(ContactTag)) == 2


def test_trash_and_restore(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="赵敏"))
    contacts.trash_contacts(db, [cid])
    assert contacts.get_contact(db, cid).deleted_at is not None
    contacts.restore_contacts(db, [cid])
    assert contacts.get_contact(db, cid).deleted_at is None
