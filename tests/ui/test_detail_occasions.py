"""The detail pane shows a contact's birthday, own dates and repurchase cycle: the next
date, how many days are left within a month, the next purchase due."""

from __future__ import annotations

from datetime import date
from typing import Any

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, deals
from deskcrm.core.services.database import Database
from deskcrm.ui.screens.contacts.detail_pane import DetailPane
from deskcrm.ui.vocabulary.dates import date_text
from deskcrm.ui.vocabulary.plurals import days

DAY = date(2026, 3, 4)  # the test clock's local day


def test_dates_and_repurchase_in_the_pane(qtbot: Any, db: Database) -> None:
    cid, _ = contacts.create_contact(
        db,
        ContactInput(
            name="张伟",
            birthday="1985-03-09",
            occasions=(("公司周年", "12-18"),),
            repurchase_days=90,
        ),
    )
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=cid, title="净水器"))
    deals.win_deal(db, deal_id)  # today: the next purchase is due in 90 days
    other, _ = contacts.create_contact(db, ContactInput(name="王丽", repurchase_days=30))
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_contact(contacts.get_contact(db, cid), DAY)
    birthday, own = pane.fields["occasions"].text().split("<br>")
    soon = days(5)
    assert birthday == f"Birthday: {date_text(date(2026, 3, 9))} · <b>in {soon}</b> (born 1985)"
    assert own == f"公司周年: {date_text(date(2026, 12, 18))}"  # months away: no count
    due = date_text(date(2026, 6, 2))
    assert pane.fields["repurchase"].text() == f"every {days(90)} · next due {due}"
    pane.show_contact(contacts.get_contact(db, other), DAY)
    assert pane.fields["occasions"].text() == ""
    assert pane.fields["repurchase"].text() == f"every {days(30)} · no purchase yet"
