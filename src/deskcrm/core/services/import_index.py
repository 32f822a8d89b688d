"""Duplicate lookups for one import, from memory instead of two queries per row.

Gives the same answers as contacts.duplicates_of (live contacts; phone by E.164
first, else exact name + non-empty company; ids sorted), for a snapshot read once
inside the import's own transaction and kept up to date as the import creates and
merges contacts, so duplicates within the same file are caught too. At 100,000
rows the per-row queries were about half of an import's time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskcrm.core.rules.phones import Phone
from deskcrm.db.models import Contact, ContactPhone


class DuplicateIndex:
    def __init__(self) -> None:
        self.by_phone: dict[str, set[int]] = defaultdict(set)
        self.by_name: dict[tuple[str, str], set[int]] = defaultdict(set)
        # Every indexed contact's name, so a duplicate's summary names its match without
        # a query (an import never renames a contact).
        self.names: dict[int, str] = {}

    @classmethod
    def load(cls, s: Session) -> DuplicateIndex:
        index = cls()
        live = Contact.deleted_at.is_(None)
        for cid, e164 in s.execute(
            select(ContactPhone.contact_id, ContactPhone.e164)
            .join(Contact, Contact.id == ContactPhone.contact_id)
            .where(live, ContactPhone.e164 != "")
        ):
            index.by_phone[e164].add(cid)
        for cid, name, company in s.execute(
            select(Contact.id, Contact.name, Contact.company).where(live)
        ):
            index.names[cid] = name
            if company:
                index.by_name[(name, company)].add(cid)
        return index

    def add(self, contact_id: int, name: str, company: str, e164s: Iterable[str]) -> None:
        """Register a contact created or changed by the import (its current values)."""
        self.names[contact_id] = name
        for e164 in e164s:
            if e164:
                self.by_phone[e164].add(contact_id)
        if company:
            self.by_name[(name, company)].add(contact_id)

    def lookup(self, phones: list[Phone], name: str, company: str) -> tuple[list[int], str]:
        """Same contract as contacts.duplicates_of(s, phones, name, company)."""
        found: set[int] = set()
        for phone in phones:
            if phone.e164:
                found |= self.by_phone.get(phone.e164, set())
        if found:
            return sorted(found), "phone"
        if company:
            same = self.by_name.get((name, company))
            if same:
                return sorted(same), "name_company"
        return [], ""
