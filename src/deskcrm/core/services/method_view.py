"""Everything the sales-method panel shows about one contact, read from one snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from deskcrm.core.rules.classes import ClassWindows
from deskcrm.core.services.classification import ClassState, state_of
from deskcrm.core.services.database import Database
from deskcrm.core.services.deals import DealDetail, DealOptions, contact_deals, options
from deskcrm.core.services.qualification import Qualification, read_qualification
from deskcrm.core.services.scoring import ContactScore, contact_score, targets
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


def method_view(db: Database, contact_id: int) -> MethodView | None:
    """The class, follow-up count, nine questions, score and deals; None when the contact
    is gone or in the trash (a panel then simply shows nothing)."""
    windows = ClassWindows.read(db.get_settings)
    goal = targets(db)
    opts = options(db)
    today = db.today()
    with db.reading() as s:
        contact = s.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            return None
        return MethodView(
            contact_id=contact_id,
            name=contact.name,
            state=state_of(s, contact, today, windows),
            qualification=read_qualification(s, contact_id),
            score=contact_score(contact, goal),
            deals=tuple(contact_deals(s, contact_id)),
            deal_options=opts,
        )
