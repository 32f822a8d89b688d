"""What calls verified about a contact (who else decides, who can veto, the real start),
kept on the contact: read, merged from a call, edited by hand, and flagged when missing."""

from __future__ import annotations

from collections.abc import Sequence

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import DealStatus
from deskcrm.core.rules.call_details import MAX_ITEM, VERIFICATION_FIELDS, Verification
from deskcrm.core.rules.deal_stages import past_needs
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact


def of_contact(contact: Contact) -> Verification:
    return Verification(contact.verify_deciders, contact.verify_veto, contact.verify_start)


def _store(contact: Contact, kept: Verification) -> None:
    contact.verify_deciders, contact.verify_veto, contact.verify_start = (
        kept.deciders,
        kept.veto,
        kept.start,
    )


def keep_captured(contact: Contact, captured: Verification) -> bool:
    """Inside the touch writer's unit: what a call verified, over what was known (an
    answer the call did not give keeps the earlier one). True when something changed."""
    before = of_contact(contact)
    after = captured.cleaned().over(before)
    if after == before:
        return False
    _store(contact, after)
    return True


def unverified(
    kept: Verification, deals: Sequence[tuple[str, str]], stages: Sequence[str]
) -> tuple[str, ...]:
    """The checks still missing (field names) when an open deal is past the needs stage;
    () otherwise. `deals` are (status, stage) pairs of the contact's deals."""
    if any(s == DealStatus.OPEN and past_needs(stage, stages) for s, stage in deals):
        return kept.missing()
    return ()


def set_verification(db: Database, contact_id: int, value: Verification) -> Changes:
    """The rep's own words for the three checks (the method panel); "" clears one."""
    clean = Verification(*(" ".join(getattr(value, f).split()) for f in VERIFICATION_FIELDS))
    for name in VERIFICATION_FIELDS:
        if len(getattr(clean, name)) > MAX_ITEM:
            raise ValidationError(f"verify_{name}", "too_long", limit=MAX_ITEM)
    with db.unit() as s:
        contact = s.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFound(f"contact {contact_id}", contact_id=contact_id)
        if of_contact(contact) == clean:
            return Changes()
        _store(contact, clean)
        contact.updated_at = db.now()
    return Changes(contacts=frozenset({contact_id}))
