"""Undoable tag edits, toggles on a selection, and typed tag names to ids."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput
from deskcrm.core.services import contacts, tagging
from deskcrm.core.services import tag_edits as q
from deskcrm.core.services.database import Database
from deskcrm.db.models import ContactTag, Tag


def _builtins(db: Database) -> dict[BuiltinTag, int]:
    with db.reading() as s:
        return tagging.builtin_ids(s)


def _tags(db: Database, cid: int) -> set[int]:
    with db.reading() as s:
        return set(s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == cid)))


@pytest.fixture
def two(db: Database) -> tuple[int, int]:
    b = _builtins(db)
    a, _ = contacts.create_contact(db, ContactInput(name="张伟"), tag_ids=(b[BuiltinTag.N],))
    c, _ = contacts.create_contact(db, ContactInput(name="李娜"), tag_ids=(b[BuiltinTag.Y],))
    return a, c


def test_toggle_sets_on_all_then_clears_when_all_have_it(
    db: Database, two: tuple[int, int]
) -> None:
    a, c = two
    b = _builtins(db)
    edit, changes = q.toggle_tag(db, [a, c], b[BuiltinTag.Y])
    assert edit.added is True
    assert _tags(db, a) == {b[BuiltinTag.Y]}  # Y cleared N
    assert _tags(db, c) == {b[BuiltinTag.Y]}
    assert edit.before == {a: frozenset({b[BuiltinTag.N]}), c: frozenset({b[BuiltinTag.Y]})}
    assert edit.after == {a: frozenset({b[BuiltinTag.Y]}), c: frozenset({b[BuiltinTag.Y]})}
    assert changes.contacts == {a, c} and changes.tags
    edit2, _ = q.toggle_tag(db, [a, c], b[BuiltinTag.Y])
    assert edit2.added is False
    assert _tags(db, a) == set() and _tags(db, c) == set()


def test_restore_tags_undoes_and_redoes_an_edit(db: Database, two: tuple[int, int]) -> None:
    a, c = two
    b = _builtins(db)
    edit, _ = q.toggle_tag(db, [a, c], b[BuiltinTag.Y])
    q.restore_tags(db, edit.before)
    assert _tags(db, a) == {b[BuiltinTag.N]}
    assert _tags(db, c) == {b[BuiltinTag.Y]}
    q.restore_tags(db, edit.after)
    assert _tags(db, a) == {b[BuiltinTag.Y]}


def test_restore_skips_tags_deleted_since(db: Database, two: tuple[int, int]) -> None:
    a, _c = two
    b = _builtins(db)
    edit, _ = q.change_tags(db, [a], add_names=["北京"])
    with db.reading() as s:
        beijing = s.scalar(select(Tag.id).where(Tag.name == "北京"))
    assert beijing is not None
    assert _tags(db, a) == {b[BuiltinTag.N], beijing}
    tagging.delete_tag(db, beijing)
    q.restore_tags(db, edit.after)
    assert _tags(db, a) == {b[BuiltinTag.N]}


def test_change_tags_understands_builtin_aliases_and_creates_new_names(
    db: Database, two: tuple[int, int]
) -> None:
    a, _c = two
    b = _builtins(db)
    edit, _ = q.change_tags(db, [a], add_names=["vip", "到店", " 女 "])
    with db.reading() as s:
        female = s.scalar(select(Tag.id).where(Tag.name == "女"))
    assert _tags(db, a) == {b[BuiltinTag.VIP], b[BuiltinTag.Y], female}
    assert edit.before[a] == {b[BuiltinTag.N]}


def test_change_tags_on_a_missing_contact_changes_nothing(
    db: Database, two: tuple[int, int]
) -> None:
    a, _c = two
    b = _builtins(db)
    with pytest.raises(NotFound):
        q.change_tags(db, [a, 9999], add=[b[BuiltinTag.VIP]])
    assert _tags(db, a) == {b[BuiltinTag.N]}


def test_toggle_needs_a_selection(db: Database) -> None:
    with pytest.raises(ValidationError):
        q.toggle_tag(db, [], _builtins(db)[BuiltinTag.VIP])


def test_typed_text_adds_and_removes_through_the_one_resolver(
    db: Database, two: tuple[int, int]
) -> None:
    a, c = two
    b = _builtins(db)
    beijing, _ = tagging.create_tag(db, "Beijing")
    edit, _ = q.change_tags(db, [a, c], add_names="beijing、意向A；vip")
    hot = next(t.id for t in tagging.list_tags(db) if t.name == "意向A")
    assert {beijing, hot, b[BuiltinTag.VIP]} <= _tags(db, a)
    assert edit.unknown == ()
    edit, _ = q.change_tags(db, [a], remove_names="BEIJING, 不存在的标签, VIP")
    assert beijing not in _tags(db, a) and b[BuiltinTag.VIP] not in _tags(db, a)
    assert hot in _tags(db, a) and beijing in _tags(db, c)
    assert edit.unknown == ("不存在的标签",)
    assert [t.name for t in tagging.list_tags(db)].count("不存在的标签") == 0
