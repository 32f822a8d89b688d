"""Reads through the driver's cursor agree with SQLAlchemy's own execution, types included."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from deskcrm.core.model import ContactInput
from deskcrm.core.services import settings_store
from deskcrm.core.services.contacts import create_contact
from deskcrm.core.services.database import Database
from deskcrm.db.dialect import among, bulk_rows
from deskcrm.db.models import Contact


def test_bulk_rows_binds_and_converts_like_sqlalchemy(db: Database) -> None:
    for name in ("张伟", "王芳", "李娜"):
        create_contact(db, ContactInput(name=name))
    with db.unit() as s:
        first = s.scalars(select(Contact).order_by(Contact.id)).first()
        assert first is not None
        first.last_touch_at = db.now() - timedelta(days=3)
        first.next_follow_up = date(2026, 3, 5)
    cutoff = db.now() - timedelta(days=1)  # an aware datetime: bound as epoch seconds
    query = (
        select(Contact.id, Contact.name, Contact.last_touch_at, Contact.next_follow_up)
        .where(Contact.last_touch_at < cutoff, Contact.id.in_([1, 2, 3]))
        .order_by(Contact.id)
    )
    with db.reading() as s:
        expected = [tuple(r) for r in s.execute(query)]
        converted = bulk_rows(s, query, convert=True)
        raw = bulk_rows(s, query)
        ids = bulk_rows(s, query, first_column=True)
    assert len(expected) == 1
    assert converted == expected
    row = converted[0]
    assert isinstance(row[2], datetime) and row[2].tzinfo is not None
    assert row[3] == date(2026, 3, 5)
    # Without conversion the stored values come as they are: epoch int, ISO text.
    assert raw[0][2] == int(row[2].timestamp()) and raw[0][3] == "2026-03-05"
    assert ids == [row[0]]


def test_get_settings_reads_several_with_their_defaults(db: Database) -> None:
    keys = ("class.window_a_days", "class.window_b_days", "ui.language")
    assert db.get_settings(keys) == {k: db.get_setting(k) for k in keys}
    settings_store.set_values(db, {"class.window_b_days": 25})
    values = db.get_settings(keys)
    assert values["class.window_b_days"] == 25
    assert values["class.window_a_days"] == 7 and values["ui.language"] == "system"


def test_among_matches_in_for_lists_past_the_bound_value_limit(db: Database) -> None:
    ids = [create_contact(db, ContactInput(name=n))[0] for n in ("张伟", "王芳", "李娜")]
    # 40,000 ids: more than SQLite's 32,766 bound values, so in_() could not take them.
    wanted = [ids[0], ids[2], *range(10_000_000, 10_040_000)]
    with db.reading() as s:
        found = bulk_rows(
            s,
            select(Contact.id, Contact.name)
            .where(among(s, Contact.id, wanted), among(s, Contact.id, ids[:2]))
            .order_by(Contact.id),
        )
        none = bulk_rows(s, select(Contact.id).where(among(s, Contact.id, [])))
    assert found == [(ids[0], "张伟")]  # two lists in one statement keep their own values
    assert none == []
