"""Creating, editing and merging contacts keeps the derived score and class up to date."""

from __future__ import annotations

from deskcrm.core.model import ContactInput
from deskcrm.core.services import classification, contacts, scoring, settings_store
from deskcrm.core.services.classification import ClassFlags
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact


def _stored_score(db: Database, cid: int) -> int | None:
    with db.reading() as s:
        contact = s.get(Contact, cid)
        assert contact is not None
        return contact.ka_score


def test_score_follows_create_and_edit(db: Database) -> None:
    settings_store.set_values(db, {"scoring.industries": ["制造"], "scoring.positions": ["采购"]})
    cid, _ = contacts.create_contact(
        db, ContactInput(name="王芳", industry="汽车制造业", title="工程师")
    )
    first = _stored_score(db, cid)
    assert first is not None and first > 0
    assert first == scoring.get_score(db, cid).score
    contacts.update_contact(
        db, cid, ContactInput(name="王芳", industry="汽车制造业", title="采购经理")
    )
    second = _stored_score(db, cid)
    assert second == scoring.get_score(db, cid).score
    assert second is not None and second > first


def test_merge_recomputes_class_and_score(db: Database) -> None:
    settings_store.set_values(db, {"scoring.industries": ["餐饮"]})
    keep, _ = contacts.create_contact(db, ContactInput(name="李强"))
    other, _ = contacts.create_contact(
        db, ContactInput(name="李强", company="好味餐饮", industry="餐饮"), allow_duplicate=True
    )
    classification.set_flags(
        db, other, ClassFlags(met_first_kp=True, has_need=True, has_power=True)
    )
    assert classification.get_state(db, keep).class_code is None
    assert _stored_score(db, keep) == 0
    contacts.merge_contacts(db, keep, other)
    assert classification.get_state(db, keep).class_code == "A"
    merged = _stored_score(db, keep)
    assert merged is not None and merged > 0
    assert merged == scoring.get_score(db, keep).score
