"""The plan sheet: two densely ranked columns, moves within and across, done ticks, undo."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from deskcrm.core.errors import NotFound, ValidationError
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


def test_moves_are_clamped_and_columns_stay_dense(db: Database) -> None:
    ids = [plan.add_item(db, DAY, "sales", t)[0].id for t in ("一", "二", "三")]
    plan.move_item(db, ids[0], "sales", 99)
    assert _titles(db, "sales") == ["二", "三", "一"]
    plan.move_item(db, ids[0], "sales", -5)
    assert _titles(db, "sales") == ["一", "二", "三"]
    plan.move_item(db, ids[1], "non_sales", 99)
    plan.move_item(db, ids[2], "non_sales", 0)
    assert _titles(db, "non_sales") == ["三", "二"]
    assert _ranks(db) == [("non_sales", 0), ("non_sales", 1), ("sales", 0)]
    with pytest.raises(ValidationError):
        plan.move_item(db, ids[0], "elsewhere", 0)
    with pytest.raises(NotFound):
        plan.move_item(db, 999, "sales", 0)


def test_add_at_a_position_and_columns_of_other_days_are_apart(db: Database) -> None:
    plan.add_item(db, DAY, "sales", "一")
    plan.add_item(db, DAY, "sales", "三")
    plan.add_item(db, DAY, "sales", "二", position=1)
    plan.add_item(db, DAY + timedelta(days=1), "sales", "明天")
    assert _titles(db, "sales") == ["一", "二", "三"]
    assert [i.title for i in plan.items_between(db, DAY, DAY + timedelta(days=1))] == [
        "一",
        "二",
        "三",
        "明天",
    ]


def test_done_ticks_and_counts(db: Database, clock: Any) -> None:
    a = plan.add_item(db, DAY, "sales", "电话")[0].id
    b = plan.add_item(db, DAY, "sales", "拜访")[0].id
    plan.add_item(db, DAY, "non_sales", "报销")
    assert plan.counts(db, DAY) == plan.PlanCounts(2, 0, 1, 0)
    plan.set_done(db, a, True)
    plan.set_done(db, a, True)  # twice is still one done
    plan.set_done(db, b, True)
    plan.set_done(db, b, False)
    counts = plan.counts(db, DAY)
    assert (counts.sales_planned, counts.sales_done, counts.planned, counts.done) == (2, 1, 3, 1)
    assert counts.sales_share_planned == pytest.approx(2 / 3)
    assert counts.sales_share_done == 1.0
    with db.reading() as s:
        done_at = {i.id: i.done_at for i in s.scalars(select(PlanItem))}
    assert done_at[a] == clock.now and done_at[b] is None
    assert plan.counts(db, DAY + timedelta(days=1)).sales_share_planned is None


def test_edit_title_and_link(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    item, _ = plan.add_item(db, DAY, "sales", "回访", contact_id=cid)
    edited, changes = plan.edit_item(db, item.id, title=" 回访张伟 ")
    assert (edited.title, edited.contact_id, changes.plan) == ("回访张伟", cid, True)
    unlinked, _ = plan.edit_item(db, item.id, contact_id=None)
    assert (unlinked.contact_id, unlinked.contact_name) == (None, "")
    with pytest.raises(ValidationError):
        plan.edit_item(db, item.id, contact_id=999)
    with pytest.raises(ValidationError):
        plan.edit_item(db, item.id, title="")
    assert plan.get_item(db, item.id).title == "回访张伟"


def test_restore_after_the_column_changed(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    ids = [plan.add_item(db, DAY, "sales", t)[0].id for t in ("一", "二")]
    plan.set_done(db, ids[1], True)
    linked = plan.edit_item(db, ids[1], contact_id=cid)[0]
    gone, _ = plan.delete_item(db, linked.id)
    plan.delete_item(db, ids[0])
    back, _ = plan.restore_item(db, gone)
    assert (back.title, back.done, back.rank, back.contact_id) == ("二", True, 0, cid)
    assert _ranks(db) == [("sales", 0)]


def test_links_to_trashed_contacts_are_refused(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    contacts.trash_contacts(db, [cid])
    with pytest.raises(ValidationError):
        plan.add_item(db, DAY, "sales", "回访", contact_id=cid)
