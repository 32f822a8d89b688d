"""The import's in-memory duplicate index answers exactly as contacts.duplicates_of."""

from __future__ import annotations

import random

from deskcrm.core.model import ContactInput
from deskcrm.core.rules.phones import parse_phone
from deskcrm.core.services import contacts
from deskcrm.core.services.database import Database
from deskcrm.core.services.import_index import DuplicateIndex

NAMES = ("张伟", "王芳", "李娜", "曾强", "Zhang Wei")
COMPANIES = ("", "华为", "小米", "华为 ")
PHONES = ("13800138001", "+86 138 0013 8002", "010-12345678 ext. 9", "13800138003")


def test_index_agrees_with_the_queries(db: Database) -> None:
    rng = random.Random(5)
    ids = []
    for _ in range(60):
        phones = tuple(rng.sample(PHONES, rng.randint(0, 2)))
        cid, _ = contacts.create_contact(
            db,
            ContactInput(
                name=rng.choice(NAMES), company=rng.choice(COMPANIES).strip(), phones=phones
            ),
            allow_duplicate=True,
        )
        ids.append(cid)
    contacts.trash_contacts(db, rng.sample(ids, 10))
    with db.unit() as s:
        index = DuplicateIndex.load(s)
        for _ in range(200):
            phones = [parse_phone(p, "CN") for p in rng.sample(PHONES, rng.randint(0, 2))]
            name, company = rng.choice(NAMES), rng.choice(COMPANIES).strip()
            assert index.lookup(phones, name, company) == contacts.duplicates_of(
                s, phones, name, company
            )
