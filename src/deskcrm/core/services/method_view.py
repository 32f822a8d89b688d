"""Everything the sales-method panel shows about one contact, read from one snapshot."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskcrm.core.model import ContactRef
from deskcrm.core.rules.call_details import Verification
from deskcrm.core.rules.classes import ClassWindows
from deskcrm.core.services.classification import ClassState, state_of
from deskcrm.core.services.database import Database
from deskcrm.core.services.deals import DealDetail, DealOptions, contact_deals, options
from deskcrm.core.services.qualification import Qualification, read_qualification
from deskcrm.core.services.scoring import ContactScore, contact_score, targets
from deskcrm.core.services.verification import of_contact, unverified
from deskcrm.db.models import Contact


@dataclass(frozen=True)
class MethodView:
    contact_id: int
    name: str
    state: ClassState
    qualification: Qualification
    score: ContactScore
    deals: tuple[DealDetail, ...]
    deal_options: DealOptions
    coach: ContactRef | None = None
    referrer: ContactRef | None = None  # the coach usually suggested
    verification: Verification = field(default_factory=Verification)
    # The checks still missing while an open deal is past the needs stage (flagged).
    unverified: tuple[str, ...] = ()


def _live_ref(s: Session, contact_id: int | None) -> ContactRef | None:
    """A linked contact by name; None when unset or in the trash."""
    if contact_id is None:
        return None
    row = s.execute(
        select(Contact.name).where(Contact.id == contact_id, Contact.deleted_at.is_(None))
    ).first()
    return ContactRef(contact_id, row[0]) if row is not None else None


def method_view(db: Database, contact_id: int) -> MethodView | None:
    """The class, follow-up count, nine questions, score, deals, coach and what calls
    verified; None when the contact is gone or in the trash (a panel then shows nothing)."""
    windows = ClassWindows.read(db.get_settings)
    goal = targets(db)
    opts = options(db)
    today = db.today()
    with db.reading() as s:
        contact = s.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            return None
        found = tuple(contact_deals(s, contact_id))
        kept = of_contact(contact)
        return MethodView(
            contact_id=contact_id,
            name=contact.name,
            state=state_of(s, contact, today, windows),
            qualification=read_qualification(s, contact_id),
            score=contact_score(contact, goal),
            deals=found,
            deal_options=opts,
            coach=_live_ref(s, contact.coach_id),
            referrer=_live_ref(s, contact.referred_by_id),
            verification=kept,
            unverified=unverified(
                kept, [(d.deal.status, d.deal.stage) for d in found], opts.stages
            ),
        )
