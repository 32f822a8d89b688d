"""Contact list search, tag filters, views and paging rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, ContactQuery
from deskcrm.core.services import contact_list, contacts, tagging, touches
from deskcrm.core.services.contact_list import View, contact_ids, rows_by_ids
from deskcrm.core.services.contacts import create_contact
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.reading() as s:
        b = tagging.builtin_ids(s)
    spec = [
        ("张伟", "+86 138-0013-8001", "华为技术", (BuiltinTag.Y, BuiltinTag.VIP, BuiltinTag.O)),
        ("曾伟", "13900139002", "小米科技", (BuiltinTag.Y, BuiltinTag.M)),
        ("单田芳", "13700137003", "评书社", (BuiltinTag.N,)),
        ("王芳", "02112345678", "Acme Trading", (BuiltinTag.VIP,)),
        ("Tom Lee", "13600136004", "", ()),
    ]
    ids = {}
    for name, phone, company, tags in spec:
        cid, _ = contacts.create_contact(
            db,
            ContactInput(name=name, phones=(phone,), company=company),
            tag_ids=tuple(b[t] for t in tags),
        )
        ids[name] = cid
    return ids


def _names(db: Database, **kw: object) -> list[str]:
    ids = contact_list.contact_ids(db, ContactQuery(**kw))  # type: ignore[arg-type]
    return [r.name for r in contact_list.rows_by_ids(db, ids)]


def test_live_contact_count_ignores_the_trash(db: Database, people: dict[str, int]) -> None:
    assert contact_list.live_contact_count(db) == 5
    contacts.trash_contacts(db, [people["张伟"]])
    assert contact_list.live_contact_count(db) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("伟", ["曾伟", "张伟"]),
        ("zhangw", ["张伟"]),
        ("zw", ["曾伟", "张伟"]),
        ("zeng", ["曾伟"]),
        ("zengw", ["曾伟"]),
        ("zwei", ["曾伟", "张伟"]),
        ("shantf", ["单田芳"]),
        ("stfang", ["单田芳"]),
        ("dantf", []),
        ("shan", ["单田芳"]),
        ("8001", ["张伟"]),
        ("138 0013", ["张伟"]),
        ("12345678", ["王芳"]),
        ("小米", ["曾伟"]),
        ("acme", ["王芳"]),
        ("tom", ["Tom Lee"]),
        ("nobody", []),
    ],
)
def test_search(db: Database, people: dict[str, int], text: str, expected: list[str]) -> None:
    assert _names(db, text=text) == expected


def test_sorted_by_pinyin(db: Database, people: dict[str, int]) -> None:
    assert _names(db) == ["单田芳", "Tom Lee", "王芳", "曾伟", "张伟"]
    assert _names(db, sort="name", descending=True)[0] == "张伟"


def test_tag_filters(db: Database, people: dict[str, int]) -> None:
    with db.reading() as s:
        b = tagging.builtin_ids(s)
    y, vip, m = b[BuiltinTag.Y], b[BuiltinTag.VIP], b[BuiltinTag.M]
    assert _names(db, require=(y, vip), exclude=(m,)) == ["张伟"]
    assert _names(db, require=(y, vip), any_of=True) == ["王芳", "曾伟", "张伟"]
    assert _names(db, require=(vip,), text="wang") == ["王芳"]
    assert _names(db, exclude=(y, vip)) == ["单田芳", "Tom Lee"]


def test_views(db: Database, people: dict[str, int]) -> None:
    assert _names(db, view=View.VISITED_NOT_BOUGHT) == ["张伟"]
    assert _names(db, view=View.VIP_STALE) == ["王芳", "张伟"]
    touches.log_touch(db, touches.TouchInput(contact_id=people["张伟"], kind="call"))
    assert _names(db, view=View.VIP_STALE) == ["王芳"]
    for _ in range(3):
        touches.log_touch(db, touches.TouchInput(contact_id=people["单田芳"], kind="wechat"))
    assert _names(db, view=View.STUCK_AT_3) == ["单田芳"]
    touches.log_touch(
        db,
        touches.TouchInput(contact_id=people["王芳"], kind="call", next_follow_up=db.today()),
    )
    assert _names(db, view=View.DUE_TODAY) == ["王芳"]
    with db.unit() as s:
        c = s.get(Contact, people["曾伟"])
        assert c is not None
        c.class_code, c.class_since = "A", db.today() - timedelta(days=8)
        c2 = s.get(Contact, people["Tom Lee"])
        assert c2 is not None
        c2.class_code, c2.class_since = "A", db.today() - timedelta(days=7)
    assert _names(db, view=View.CLASS_OVERDUE) == ["曾伟"]
    with pytest.raises(ValidationError):
        _names(db, view="nope")


def test_trash_view_and_rows(db: Database, people: dict[str, int]) -> None:
    contacts.trash_contacts(db, [people["王芳"]])
    assert "王芳" not in _names(db)
    assert _names(db, trash=True) == ["王芳"]
    rows = contact_list.rows_by_ids(db, [people["曾伟"], people["张伟"]])
    assert [r.name for r in rows] == ["曾伟", "张伟"]
    assert len(rows[1].tag_ids) == 3


def test_saved_views_roundtrip(db: Database, people: dict[str, int]) -> None:
    q = ContactQuery(text="伟", require=(1,), any_of=True, view=View.DUE_TODAY)
    vid, _ = contact_list.save_view(db, "  我的 视图 ", q)
    [(got_id, name, got)] = contact_list.saved_views(db)
    assert (got_id, name) == (vid, "我的 视图")
    assert got.text == "伟" and got.require == (1,) and got.any_of and got.view == "due_today"
    contact_list.delete_view(db, vid)
    assert contact_list.saved_views(db) == []
    with pytest.raises(ValidationError):
        contact_list.save_view(db, " ", q)


def test_last_touch_kept_for_rows(db: Database, people: dict[str, int]) -> None:
    at = datetime(2026, 3, 1, 8, 0).astimezone()
    touches.log_touch(db, touches.TouchInput(contact_id=people["曾伟"], kind="visit", at=at))
    [row] = contact_list.rows_by_ids(db, [people["曾伟"]])
    assert row.touch_count == 1 and row.last_touch_at == at
    assert row.next_follow_up is None
    assert date(2026, 3, 4) == db.today()


def test_names_are_listed_like_a_phone_book(db: Database) -> None:
    """All 陈 (chen) before all 程 (cheng), whatever the given names."""
    for name in ("程春梅", "陈家豪", "程伟", "陈安", "曾强", "岑丽"):
        create_contact(db, ContactInput(name=name))
    ids = contact_ids(db, ContactQuery(sort="name"))
    assert [r.name for r in rows_by_ids(db, ids)] == [
        "岑丽",
        "陈安",
        "陈家豪",
        "程春梅",
        "程伟",
        "曾强",
    ]


def test_name_order_is_read_from_its_index(db: Database) -> None:
    from deskcrm.core.services.contact_list import list_query_plan
    from deskcrm.db.dialect import analyze

    with db.unit() as s:
        now = db.now()
        s.add_all(
            Contact(name=f"客户{i}", name_sort=f"ke hu {i}", created_at=now, updated_at=now)
            for i in range(300)
        )
    analyze(db.engine)
    plan = list_query_plan(db, ContactQuery(sort="name"))
    assert "ix_contacts_name_sort" in plan and "TEMP B-TREE" not in plan


def test_typed_syllables_are_read_from_the_initials_index(db: Database) -> None:
    from deskcrm.core.services.contact_list import list_query_plan
    from deskcrm.db.dialect import analyze

    for i in range(60):
        create_contact(db, ContactInput(name=f"张三丰{i}" if i % 20 else "蔡徐洋"))
    analyze(db.engine)
    plan = list_query_plan(db, ContactQuery(text="zhangsf"))
    # Every cut is a search of the (initials, cut key) index, never a scan of the table.
    assert "SEARCH typed USING COVERING INDEX ix_contacts_name_initials_syllables" in plan
    assert "SCAN typed" not in plan
    assert len(contact_ids(db, ContactQuery(text="caixy"))) == 3


def test_a_fixed_set_of_contacts_combines_with_the_rest(db: Database) -> None:
    a, _ = create_contact(db, ContactInput(name="张伟"))
    b, _ = create_contact(db, ContactInput(name="张强"))
    create_contact(db, ContactInput(name="李娜"))
    assert contact_ids(db, ContactQuery(ids=(a, b))) == [b, a]  # zhang qiang < zhang wei
    assert contact_ids(db, ContactQuery(ids=(a, b), text="伟")) == [a]
    assert "ids" not in ContactQuery(ids=(a,)).to_json()


def test_a_very_large_set_of_ids_still_works(db: Database) -> None:
    a, _ = create_contact(db, ContactInput(name="张伟"))
    many = (a, *range(10_000_000, 10_040_000))
    assert contact_ids(db, ContactQuery(ids=many)) == [a]


def test_class_overdue_view_leaves_out_a_window_closed_by_a_win(db: Database, clock: Any) -> None:
    from datetime import timedelta as td

    from deskcrm.core.services import classification, deals
    from deskcrm.core.services.classification import ClassFlags

    flags = ClassFlags(met_first_kp=True, has_need=True, has_power=True)
    late, _ = create_contact(db, ContactInput(name="张伟"))
    won, _ = create_contact(db, ContactInput(name="李娜"))
    for cid in (late, won):
        classification.set_flags(db, cid, flags)
    start = clock.now
    clock.now = start + td(days=5)
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=won, title="净水器"))
    deals.win_deal(db, deal_id)
    clock.now = start + td(days=12)  # past A's 7-day window
    view = ContactQuery(view=contact_list.View.CLASS_OVERDUE.value)
    assert contact_ids(db, view) == [late]
    assert classification.class_overview(db).overdue["A"] == 1
