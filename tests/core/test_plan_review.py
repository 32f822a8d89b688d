"""Weekly review: planned vs done per side, sales share, and both warnings."""

from __future__ import annotations

from datetime import date, timedelta

from deskcrm.core.model import ContactInput
from deskcrm.core.rules.plan_review import few_closes, non_sales_heavy, week_bounds
from deskcrm.core.services import contacts, deals, plan, plan_review
from deskcrm.core.services.database import Database

MONDAY = date(2026, 3, 2)  # the test clock's week (Wednesday 2026-03-04)


def test_rules() -> None:
    assert week_bounds(date(2026, 3, 8)) == (MONDAY, date(2026, 3, 8))
    assert non_sales_heavy(5, 10, 0.4) and not non_sales_heavy(4, 10, 0.4)
    assert not non_sales_heavy(0, 0, 0.4)
    assert few_closes(20, 0) and not few_closes(20, 1) and not few_closes(19, 0)


def test_week_figures_and_warnings(db: Database) -> None:
    for n in range(3):
        item, _ = plan.add_item(db, MONDAY + timedelta(days=n), "sales", f"电话{n}")
        plan.set_done(db, item.id, True)
    for n in range(4):
        item, _ = plan.add_item(db, MONDAY, "non_sales", f"报表{n}")
        plan.set_done(db, item.id, n < 3)
    plan.add_item(db, MONDAY + timedelta(days=7), "sales", "下周的事")
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=cid, title="净水器"))
    deals.win_deal(db, deal_id)
    weeks = plan_review.weeks_review(db, MONDAY, MONDAY + timedelta(days=7))
    assert [w.monday for w in weeks] == [MONDAY, MONDAY + timedelta(days=7)]
    this = weeks[0]
    c = this.counts
    assert (c.sales_planned, c.sales_done, c.non_sales_planned, c.non_sales_done) == (3, 3, 4, 3)
    assert this.closes == 1
    assert this.non_sales_heavy  # 3 of 6 done items were non-sales, over the 40% default
    assert not this.few_closes
    assert weeks[1].counts.sales_planned == 1 and weeks[1].closes == 0
