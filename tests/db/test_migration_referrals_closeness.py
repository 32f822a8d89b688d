"""Revision 0010 fills the new referral and closeness columns from the rows already there."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from deskcrm.db import migrate
from deskcrm.db.engine import make_engine

_CONTACT = (
    "INSERT INTO contacts (id, name, name_pinyin, name_initials, company, title, industry,"
    " city, region, wechat_id, email, notes, source, is_coach, met_first_kp, has_need,"
    " has_power, declined, trigger_event, sold_in_industry, has_reference,"
    " personally_involved, touch_count, next_step, created_at, updated_at, referred_by_id)"
    " VALUES (:id, :name, '', '', '', '', '', '', '', '', '', '', '', 0, 0, 0, 0, 0, '', 0, 0,"
    " 0, :n, '', 0, 0, :ref)"
)
_TOUCH = (
    "INSERT INTO touches (contact_id, kind, at, duration_s, outcome, notes, next_step,"
    " details, created_at) VALUES (:cid, :kind, :at, 0, '', '', '', '', :at)"
)


def test_0009_database_gets_first_touch_near_touches_and_stages(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade(engine, revision="0009")
    with engine.begin() as conn:
        people = [(1, "王芳", 3, None), (2, "张伟", 1, 1), (3, "李四", 0, 1), (4, "赵六", 1, 1)]
        for cid, name, n, ref in people:
            conn.execute(text(_CONTACT), {"id": cid, "name": name, "n": n, "ref": ref})
        for cid, kind, at in (
            (1, "wechat", 1000),
            (1, "call", 2000),
            (1, "visit", 3000),
            (2, "call", 5000),
            (4, "meeting", 6000),
        ):
            conn.execute(text(_TOUCH), {"cid": cid, "kind": kind, "at": at})
        conn.execute(
            text(
                "INSERT INTO deals (contact_id, title, amount_cents, stage, status, lost_reason,"
                " created_at, closed_at) VALUES (2, '', 0, 'contract', 'won', '', 0, 9000)"
            )
        )
    migrate.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, first_touch_at, near_touches, referral_stage, referral_asked_at"
                " FROM contacts ORDER BY id"
            )
        ).all()
    engine.dispose()
    assert [tuple(r) for r in rows] == [
        (1, 1000, 2, None, None),  # not referred: no stage; the WeChat is not near
        (2, 5000, 1, "closed", None),  # a won deal
        (3, None, 0, "name_given", None),  # referred, never touched
        (4, 6000, 1, "met", None),  # a meeting
    ]
