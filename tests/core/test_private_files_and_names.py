"""Exports are private files (0600 whatever the umask); a name that prints nothing is refused."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, exports
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("name", ["out.csv", "out.xlsx", "out.vcf"])
def test_exports_are_0600_even_under_umask_000(db: Database, tmp_path: Path, name: str) -> None:
    contacts.create_contact(db, ContactInput(name="张伟", phones=("13800138001",)))
    target = tmp_path / name
    old = os.umask(0)
    try:
        result = exports.export_contacts(db, target)
        chosen = exports.export_contacts(db, tmp_path / f"chosen-{name}", contact_ids=[1])
    finally:
        os.umask(old)
    assert result.count == 1 and chosen.count == 1
    for file in (target, tmp_path / f"chosen-{name}"):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
        assert file.stat().st_size > 0
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    "name", ["\u200b", "\u200b\u200b\u200b", " \u200c\u200d\ufeff ", "\u2060", "\u3164"]
)
def test_a_name_of_invisible_characters_is_refused(db: Database, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(db, ContactInput(name=name))
    assert caught.value.field == "name" and caught.value.reason == "required"
    with db.reading() as s:
        assert s.scalar(select(Contact.id)) is None


def test_invisible_characters_around_a_name_are_taken_off(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="\u200b 张伟\ufeff"))
    # Inside a name a joiner may be meant (emoji, some scripts): kept.
    cid2, _ = contacts.create_contact(db, ContactInput(name="王\u200d芳"))
    with db.reading() as s:
        assert s.get(Contact, cid).name == "张伟"  # type: ignore[union-attr]
        assert s.get(Contact, cid2).name == "王\u200d芳"  # type: ignore[union-attr]
