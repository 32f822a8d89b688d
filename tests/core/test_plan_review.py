"""Weekly review: planned vs done per side, sales share, and both warnings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from deskcrm.core.model import ContactInput
from deskcrm.core.rules.plan_review import (
    FEW_CLOSES_MIN_DONE,
    few_closes,
    non_sales_heavy,
    week_bounds,
)
from deskcrm.core.services import contacts, deals, plan, plan_review, settings_store
from deskcrm.core.services.database import Database
from deskcrm.core.services.plan import PlanCounts

MONDAY = date(2026, 3, 2)  # the test clock's week (Wednesday 2026-03-04)


def test_rules() -> None:
    assert week_bounds(date(2026, 3, 8)) == (MONDAY, date(2026, 3, 8))
    assert non_sales_heavy(5, 10, 0.4) and not non_sales_heavy(4, 10, 0.4)
    assert not non_sales_heavy(0, 0, 0.4)
    assert non_sales_heavy(0, 0, 0.4, non_sales_planned=3, planned=5)
    assert not non_sales_heavy(1, 4, 0.4, non_sales_planned=3, planned=5)  # done decides
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


def test_a_week_with_nothing_ticked_is_judged_on_its_plan(db: Database) -> None:
    plan.add_item(db, MONDAY, "sales", "电话")
    for n in range(2):
        plan.add_item(db, MONDAY, "non_sales", f"报表{n}")
    (week,) = plan_review.weeks_review(db, MONDAY, MONDAY)
    assert week.counts.done == 0 and week.non_sales_heavy
    settings_store.set_values(db, {"plan.non_sales_warn_share": 0.7})
    assert not plan_review.week_review(db, MONDAY).non_sales_heavy


def test_many_sales_items_and_few_closes(db: Database, clock: Any) -> None:
    for n in range(FEW_CLOSES_MIN_DONE):
        item, _ = plan.add_item(db, MONDAY + timedelta(days=n % 7), "sales", f"电话{n}")
        plan.set_done(db, item.id, True)
    week = plan_review.week_review(db, MONDAY + timedelta(days=3))
    assert (week.monday, week.sunday, week.iso_week) == (MONDAY, MONDAY + timedelta(days=6), 10)
    assert week.counts.sales_done == FEW_CLOSES_MIN_DONE and week.few_closes
    assert not week.non_sales_heavy
    # A close late on Sunday evening (local time) counts for that week.
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=cid))
    clock.now = datetime(2026, 3, 8, 15, 30, tzinfo=UTC)  # Sunday 23:30 in Beijing
    deals.win_deal(db, deal_id)
    week = plan_review.week_review(db, MONDAY)
    assert week.closes == 1 and not week.few_closes
    assert plan_review.week_review(db, MONDAY + timedelta(days=7)).closes == 0


def test_empty_weeks_are_listed_oldest_first(db: Database) -> None:
    weeks = plan_review.weeks_review(db, MONDAY - timedelta(days=14), MONDAY + timedelta(days=2))
    assert [w.monday for w in weeks] == [MONDAY - timedelta(days=14 - 7 * n) for n in range(3)]
    assert all(w.counts == PlanCounts() and not w.non_sales_heavy for w in weeks)
