"""Occasions: festival dates from the lunar library, birthdays and own dates across a year
end, stored through the contact form's path, the repurchase cycle and the segment reasons
of the draft (ranked below promised steps, within the capacity), and 0007 → 0009 with data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, TouchKind
from deskcrm.core.rules import occasions
from deskcrm.core.rules.occasions import Festival
from deskcrm.core.rules.plan_draft import Origin, Reason, template_purposes
from deskcrm.core.services import contacts, deals, plan_draft, settings_store, tagging, touches
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.db import migrate
from deskcrm.db.engine import make_engine


def test_lunar_festivals_come_from_the_library() -> None:
    found = occasions.festivals_between(date(2026, 9, 20), date(2026, 10, 2))
    assert found == [
        (date(2026, 9, 25), Festival.MID_AUTUMN),
        (date(2026, 10, 1), Festival.NATIONAL_DAY),
    ]
    spring = occasions.festivals_between(date(2027, 1, 20), date(2027, 2, 25))
    assert spring == [
        (date(2027, 1, 30), Festival.LITTLE_NEW_YEAR),  # 腊月廿三 of the lunar year 2026
        (date(2027, 2, 6), Festival.SPRING),
        (date(2027, 2, 20), Festival.LANTERN),
    ]
    # Across a year end: 元旦 and 腊八 of the lunar year before.
    assert occasions.festivals_between(date(2025, 12, 30), date(2026, 1, 2)) == [
        (date(2026, 1, 1), Festival.NEW_YEAR)
    ]
    assert (date(2026, 1, 26), Festival.LABA) in occasions.festivals_between(
        date(2026, 1, 25), date(2026, 1, 27)
    )


def test_month_day_window_crosses_the_year_end_and_keeps_29_february() -> None:
    window = occasions.window_keys(date(2026, 12, 30), date(2027, 1, 2))
    assert window == {
        1230: date(2026, 12, 30),
        1231: date(2026, 12, 31),
        101: date(2027, 1, 1),
        102: date(2027, 1, 2),
    }
    assert occasions.window_keys(date(2027, 2, 28), date(2027, 2, 28)) == {
        228: date(2027, 2, 28),
        229: date(2027, 2, 28),
    }
    assert occasions.parse_month_day("1985-03-12") == (1985, 3, 12)
    assert occasions.parse_month_day("3月12日") == (None, 3, 12)
    assert occasions.parse_month_day("02/29") == (None, 2, 29)
    for bad in ("13-01", "02-30", "明天", "1985-02-29"):
        with pytest.raises(ValueError):
            occasions.parse_month_day(bad)


def test_occasions_are_stored_through_the_contact_path(db: Database) -> None:
    data = ContactInput(
        name="张伟",
        birthday="1985/3/12",
        occasions=(("公司周年", "6月18日"), ("", "")),
        repurchase_days=90,
    )
    cid, _ = contacts.create_contact(db, data)
    stored = contacts.contact_input(db, cid)
    assert stored.birthday == "1985-03-12"
    assert stored.occasions == (("公司周年", "06-18"),)
    assert stored.repurchase_days == 90
    contacts.update_contact(db, cid, stored.__class__(name="张伟", birthday="", occasions=()))
    cleared = contacts.contact_input(db, cid)
    assert (cleared.birthday, cleared.occasions, cleared.repurchase_days) == ("", (), None)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_occasions").scalar() == 0
    for bad, field in (
        (ContactInput(name="李", birthday="02-30"), "birthday"),
        (ContactInput(name="李", occasions=(("周年", ""),)), "occasion"),
        (
            ContactInput(name="李", occasions=(("a", "01-01"), ("b", "01-02"), ("c", "01-03"))),
            "occasion",
        ),
        (ContactInput(name="李", repurchase_days=-3), "repurchase_days"),
    ):
        with pytest.raises(ValidationError) as err:
            contacts.create_contact(db, bad)
        assert err.value.field == field


def _tag(db: Database, cid: int, *tags: BuiltinTag) -> None:
    with db.reading() as s:
        ids = tagging.builtin_ids(s)
    tagging.tag_contacts(db, [cid], add=[ids[t] for t in tags])


def _new(db: Database, name: str, **kw: Any) -> int:
    return contacts.create_contact(db, ContactInput(name=name, **kw))[0]


def _won(db: Database, cid: int, clock: Any, when: datetime) -> None:
    now = clock.now
    clock.now = when
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=cid, title="订单"))
    deals.win_deal(db, deal_id)
    clock.now = now


def test_birthdays_and_own_dates_a_few_days_ahead_across_a_year_end(
    db: Database, clock: Any
) -> None:
    clock.now = datetime(2026, 12, 29, 2, 0, tzinfo=UTC)
    day = date(2026, 12, 30)
    _new(db, "元旦生日", birthday="1990-01-02")
    _new(db, "周年客户", occasions=(("公司周年", "12-31"),))
    _new(db, "太晚", birthday="01-03")  # four days ahead: not yet
    vip = _new(db, "重点")
    _tag(db, vip, BuiltinTag.VIP)
    found = {s.contact_name: s for s in plan_draft.draft(db, day)}
    assert found["元旦生日"].reason == Reason.BIRTHDAY
    assert found["元旦生日"].due == date(2027, 1, 2)
    assert found["周年客户"].reason == Reason.OCCASION
    assert found["周年客户"].origin() == Origin(Reason.OCCASION, "公司周年", date(2026, 12, 31))
    assert "太晚" not in found
    # 元旦 is within three days: the VIP gets a greeting line (a VIP call is worth more,
    # so the VIP's one line is the call; a bought-before customer gets the greeting).
    assert found["重点"].reason == Reason.VIP_CALL
    buyer = _new(db, "老买家")
    _won(db, buyer, clock, datetime(2026, 6, 1, 2, 0, tzinfo=UTC))
    greet = {s.contact_name: s for s in plan_draft.draft(db, day)}["老买家"]
    assert greet.origin() == Origin(Reason.FESTIVAL, "new_year", date(2027, 1, 1))
    assert template_purposes(greet.origin()) == ("festival",)


def test_repurchase_is_due_when_the_last_purchase_plus_the_cycle_comes(
    db: Database, clock: Any
) -> None:
    today = clock.now.astimezone().date()
    due = _new(db, "复购", repurchase_days=30)
    _won(db, due, clock, clock.now - timedelta(days=31))
    not_yet = _new(db, "还早", repurchase_days=60)
    _won(db, not_yet, clock, clock.now - timedelta(days=31))
    called = _new(db, "已联系", repurchase_days=30)
    _won(db, called, clock, clock.now - timedelta(days=31))
    touches.log_touch(db, touches.TouchInput(contact_id=called, kind=TouchKind.CALL))
    found = {s.contact_name: s for s in plan_draft.draft(db, today)}
    line = found["复购"]
    assert line.reason == Reason.REPURCHASE
    assert line.due == today - timedelta(days=1) and line.overdue_days == 1
    assert line.detail == "30"
    assert found.get("还早") is None or found["还早"].reason != Reason.REPURCHASE
    assert found.get("已联系") is None or found["已联系"].reason != Reason.REPURCHASE


def test_segment_work_ranks_below_promises_and_fits_the_capacity(db: Database, clock: Any) -> None:
    today = clock.now.astimezone().date()
    settings_store.set_values(db, {"plan.daily_capacity": 3})
    invite = _new(db, "未到店")
    _tag(db, invite, BuiltinTag.N)
    new = _new(db, "到店未买")
    _tag(db, new, BuiltinTag.Y, BuiltinTag.O)
    bought = [_new(db, f"老客{i}") for i in range(7)]
    for i, cid in enumerate(bought):
        _tag(db, cid, BuiltinTag.Y)
        _won(db, cid, clock, clock.now - timedelta(days=40 + i))
    recent = _new(db, "刚联系")
    _tag(db, recent, BuiltinTag.N)
    touches.log_touch(db, touches.TouchInput(contact_id=recent, kind=TouchKind.CALL))
    vip = _new(db, "贵宾")
    _tag(db, vip, BuiltinTag.N, BuiltinTag.VIP)
    promised = _new(db, "约好了")
    touches.log_touch(
        db,
        touches.TouchInput(
            contact_id=promised, kind=TouchKind.CALL, next_step="送报价", next_follow_up=today
        ),
    )
    ranked = plan_draft.ranked(db, today)
    reasons = {s.contact_name: s.reason for s in ranked.lines}
    assert reasons["未到店"] == Reason.INVITE
    assert reasons["到店未买"] == Reason.NEW_PRODUCT
    assert reasons["贵宾"] == Reason.VIP_CALL  # VIPs get care, not segment work
    assert "刚联系" not in reasons  # touched lately
    five = [s.contact_name for s in ranked.lines if s.reason == Reason.BOUGHT_BEFORE]
    assert five == ["老客0", "老客1", "老客2", "老客3", "老客4"]  # newest customers first
    assert {reasons["老客5"], reasons["老客6"]} == {Reason.UPGRADE}
    # The promised step first, the VIP call next; segment work below, over the capacity.
    assert [s.contact_name for s in ranked.fitting()] == ["约好了", "贵宾", "老客0"]
    order = [s.reason for s in ranked.lines]
    assert order.index(Reason.BOUGHT_BEFORE) < order.index(Reason.UPGRADE)
    assert order.index(Reason.NEW_PRODUCT) < order.index(Reason.INVITE)


def test_0007_database_with_contacts_upgrades_through_0009_to_occasions(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0007")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contacts (id, name, name_pinyin, name_initials, company, title,"
                " industry, city, region, wechat_id, email, notes, source, is_coach,"
                " met_first_kp, has_need, has_power, declined, trigger_event,"
                " sold_in_industry, has_reference, personally_involved, touch_count,"
                " next_step, created_at, updated_at) VALUES (1, '杨静怡', '', '', '华为', '',"
                " '', '', '', '', '', '', '', 0, 0, 0, 0, 0, '', 0, 0, 0, 0, '', 0, 0)"
            )
        )
    engine.dispose()
    db = open_database(url)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        before = contacts.contact_input(db, 1)
        assert (before.company, before.birthday, before.repurchase_days) == ("华为", "", None)
        contacts.update_contact(db, 1, ContactInput(name="杨静怡", birthday="08-08"))
        assert contacts.contact_input(db, 1).birthday == "08-08"
    finally:
        db.dispose()


def test_merging_keeps_the_other_contacts_occasions_when_none_are_kept(db: Database) -> None:
    keep = _new(db, "张伟")
    other = _new(
        db, "张伟 (2)", birthday="07-07", occasions=(("店庆", "09-09"),), repurchase_days=30
    )
    contacts.merge_contacts(db, keep, other)
    kept = contacts.contact_input(db, keep)
    assert (kept.birthday, kept.occasions, kept.repurchase_days) == (
        "07-07",
        (("店庆", "09-09"),),
        30,
    )
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_occasions").scalar() == 2
