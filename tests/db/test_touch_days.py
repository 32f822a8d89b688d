"""The per-day touch counts stay equal to a recount of the touches through every write."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Boolean, Integer, inspect, select, text, update
from sqlalchemy.orm import Session

from deskcrm.core.model import ContactInput
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.services import contacts, touches
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.core.services.stats.ranking import industry_stats
from deskcrm.core.services.stats.touches import touches_per_day
from deskcrm.core.services.touches import TouchInput
from deskcrm.db import touch_days
from deskcrm.db.models import Contact, Touch, TouchDay


def _recount(db: Database) -> Counter[tuple[date, str, str]]:
    """What the counts must be: every touch of a contact not in the trash, by local day."""
    with db.reading() as s:
        rows = s.execute(
            select(Touch.at, Touch.kind, Contact.industry)
            .join(Contact, Contact.id == Touch.contact_id)
            .where(Contact.deleted_at.is_(None))
        ).all()
    return Counter((at.astimezone().date(), kind, industry) for at, kind, industry in rows)


def _stored(db: Database) -> Counter[tuple[date, str, str]]:
    with db.reading() as s:
        rows = s.execute(select(TouchDay.day, TouchDay.kind, TouchDay.industry, TouchDay.n))
        return Counter({(d, k, i): n for d, k, i, n in rows if n})


def _contact(db: Database, name: str, industry: str) -> int:
    return contacts.create_contact(db, ContactInput(name=name, industry=industry))[0]


def _log(db: Database, cid: int, at: datetime, kind: str = "call") -> int:
    return touches.log_touch(db, TouchInput(contact_id=cid, kind=kind, at=at))[0]


def test_counts_follow_every_write(db: Database) -> None:
    now = db.now()
    a = _contact(db, "张伟", "制造")
    b = _contact(db, "王芳", "医药")
    # 16:30 UTC is 00:30 the next day in Beijing: the local day counts, not the UTC one.
    late = datetime(2026, 3, 2, 16, 30, tzinfo=UTC)
    first = _log(db, a, late)
    _log(db, a, late - timedelta(hours=1), "visit")
    _log(db, b, now - timedelta(days=3))
    _log(db, b, now - timedelta(days=3), "wechat")
    assert _stored(db)[(date(2026, 3, 3), "call", "制造")] == 1
    assert _stored(db)[(date(2026, 3, 2), "visit", "制造")] == 1
    assert _stored(db) == _recount(db)

    touches.delete_touch(db, first)
    assert _stored(db) == _recount(db)

    with db.unit() as s:  # a touch moved in time, re-kinded and re-assigned
        s.execute(
            update(Touch)
            .where(Touch.contact_id == b, Touch.kind == "wechat")
            .values(at=now - timedelta(days=40), kind="visit", contact_id=a)
        )
    assert _stored(db) == _recount(db)

    contacts.update_contact(db, a, ContactInput(name="张伟", industry="教育"))
    assert _stored(db) == _recount(db)
    assert not any(i == "制造" for _, _, i in _stored(db))

    contacts.trash_contacts(db, [b])
    assert _stored(db) == _recount(db)
    contacts.restore_contacts(db, [b])
    assert _stored(db) == _recount(db)

    c = _contact(db, "李娜", "医药")
    _log(db, c, now - timedelta(days=1))
    contacts.merge_contacts(db, b, c)
    assert _stored(db) == _recount(db)

    contacts.trash_contacts(db, [b])
    contacts.purge_trash(db)
    assert _stored(db) == _recount(db)
    with db.unit() as s:  # a live contact deleted for good (undo of an import does this)
        s.execute(text("DELETE FROM contacts WHERE id = :id"), {"id": a})
    assert _stored(db) == Counter() == _recount(db)


def test_charts_read_the_counts_and_agree_with_a_scan(db: Database) -> None:
    now = db.now()
    ids = [_contact(db, f"客户{i}", ("制造", "医药", "")[i % 3]) for i in range(6)]
    for i, cid in enumerate(ids):
        for d in range(0, 40, 3 + i):
            _log(db, cid, now - timedelta(days=d, hours=i), ("call", "visit", "wechat")[d % 3])
    contacts.trash_contacts(db, [ids[1]])
    today = db.today()
    period = Period(today - timedelta(days=29), today)
    counted = touches_per_day(db, period)
    industries = industry_stats(db, period)
    # The same series read from the touches themselves.
    with db.reading() as s:
        from deskcrm.core.services.stats.ranking import industries_in
        from deskcrm.core.services.stats.touches import day_touches

        scanned = day_touches(s, period, counted=False)
        scanned_industries = industries_in(s, period, counted=False)
    assert counted == scanned and counted.total > 0
    assert industries == scanned_industries


def test_another_zone_rebuilds_the_counts(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    cid = _contact(db, "张伟", "制造")
    _log(db, cid, datetime(2026, 3, 2, 16, 30, tzinfo=UTC))  # Beijing: 3 March
    assert set(_stored(db)) == {(date(2026, 3, 3), "call", "制造")}
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        today = db.today()
        touches_per_day(db, Period(today - timedelta(days=30), today))
        # Counted again in the new zone: 16:30 in London is still 2 March.
        assert set(_stored(db)) == {(date(2026, 3, 2), "call", "制造")} == set(_recount(db))
    finally:
        monkeypatch.setenv("TZ", "Asia/Shanghai")
        time.tzset()


def test_a_database_from_before_the_counts_gets_them(tmp_path: Path) -> None:
    from deskcrm.db import migrate
    from deskcrm.db.engine import make_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0004")
    at = datetime(2026, 3, 2, 16, 30, tzinfo=UTC)
    with Session(engine) as s, s.begin():
        # The columns revision 0004 has, as reflected: the model has grown since.
        row: dict[str, object] = {
            c["name"]: 0 if isinstance(c["type"], Integer | Boolean) else ""
            for c in inspect(s.connection()).get_columns("contacts")
            if not (c["nullable"] or c.get("default") is not None or c["name"] == "id")
        }
        row.update(id=1, name="张伟", industry="制造", name_pinyin="zhangwei")
        marks = ", ".join(f":{k}" for k in row)
        s.execute(text(f"INSERT INTO contacts ({', '.join(row)}) VALUES ({marks})"), row)
        for _ in range(2):
            s.add(Touch(contact_id=1, kind="call", at=at, created_at=at))
    engine.dispose()
    db = open_database(url)
    try:
        assert _stored(db) == Counter({(date(2026, 3, 3), "call", "制造"): 2}) == _recount(db)
        with db.reading() as s:
            names = {
                r[0]
                for r in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            }
        assert names == set(touch_days.TRIGGERS)
    finally:
        db.dispose()
