"""The plan sheet: two densely ranked columns, moves within and across, done ticks, undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, plan
from deskcrm.core.services.database import Database
from deskcrm.db.models import PlanItem

DAY = date(2026, 3, 5)


def _titles(db: Database, side: str) -> list[str]:
    sales, non_sales = plan.items_for_day(db, DAY)
    return [i.title for i in (sales if side == "sales" else non_sales)]


def _ranks(db: Database) -> list[tuple[str, int]]:
    with db.reading() as s:
        rows = s.execute(select(PlanItem.side, PlanItem.rank).where(PlanItem.day == DAY))
        return sorted((side, rank) for side, rank in rows)


def test_add_reorder_move_and_tick(db: Database) -> None:
    ids = [plan.add_item(db, DAY, "sales", t)[0].id for t in ("拜访张伟", "电话李娜", "报价王芳")]
    admin = plan.add_item(db, DAY, "non_sales", "交周报")[0].id
    plan.move_item(db, ids[2], "sales", 0)
    assert _titles(db, "sales") == ["报价王芳", "拜访张伟", "电话李娜"]
    plan.move_item(db, ids[0], "non_sales", 1)
    assert _titles(db, "sales") == ["报价王芳", "电话李娜"]
    assert _titles(db, "non_sales") == ["交周报", "拜访张伟"]
    assert _ranks(db) == [("non_sales", 0), ("non_sales", 1), ("sales", 0), ("sales", 1)]
    plan.set_done(db, admin, True)
    counts = plan.counts(db, DAY)
    assert (counts.sales_planned, counts.non_sales_planned, counts.non_sales_done) == (2, 2, 1)
    assert counts.sales_share_planned == 0.5


def test_delete_then_restore_puts_it_back_in_place(db: Database) -> None:
    ids = [plan.add_item(db, DAY, "sales", t)[0].id for t in ("一", "二", "三")]
    gone, _ = plan.delete_item(db, ids[1])
    assert _titles(db, "sales") == ["一", "三"]
    restored, _ = plan.restore_item(db, gone)
    assert restored.id == ids[1]
    assert _titles(db, "sales") == ["一", "二", "三"]


def test_items_link_contacts_and_titles_are_validated(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    item, _ = plan.add_item(db, DAY, "sales", "  回访  ", contact_id=cid)
    assert (item.title, item.contact_name) == ("回访", "张伟")
    with pytest.raises(ValidationError):
        plan.add_item(db, DAY, "sales", "   ")
    with pytest.raises(ValidationError):
        plan.add_item(db, DAY, "sales", "x" * 501)
    with pytest.raises(ValidationError):
        plan.add_item(db, DAY, "elsewhere", "x")
    assert _titles(db, "sales") == ["回访"]
