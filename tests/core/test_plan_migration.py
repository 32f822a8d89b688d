"""Revision 0006: drafted plan lines of an existing database get their reason as data; a
title that is only the draft's generated wording (English or Chinese) is cleared so it
reads in the current language, a title the rep reworded stays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from deskcrm.core.services import plan
from deskcrm.core.services.startup import open_database
from deskcrm.db import migrate
from deskcrm.db.engine import make_engine


def test_drafted_lines_get_their_reason_and_lose_only_generated_words(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0005")
    rows = [
        # title, origin, origin_key
        ("Follow up with 杨静怡: 带样品", "follow_up", "follow_up:1:2026-03-03"),
        ("杨静怡：送报价单（已约定）", "next_step", "next_step:1:2026-03-05"),
        ("2026-03-06 前与杨静怡（B 类）成交", "class_deadline", "class_deadline:1:B:2026-03-06"),
        ("Call VIP 杨静怡", "vip_call", "vip_call:1:never"),
        ("再跟进杨静怡（已跟进 3 次，别放弃）", "stuck", "stuck:1:3"),
        ("周五带样品给杨静怡看", "follow_up", "follow_up:1:2026-03-02"),  # reworded
        ("交周报", "manual", ""),
    ]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contacts (id, name, name_pinyin, name_initials, company, title,"
                " industry, city, region, wechat_id, email, notes, source, is_coach,"
                " met_first_kp, has_need, has_power, declined, trigger_event,"
                " sold_in_industry, has_reference, personally_involved, touch_count,"
                " next_step, created_at, updated_at) VALUES (1, '杨静怡', '', '', '', '', '',"
                " '', '', '', '', '', '', 0, 0, 0, 0, 0, '', 0, 0, 0, 0, '', 0, 0)"
            )
        )
        for n, (title, origin, key) in enumerate(rows):
            conn.execute(
                text(
                    "INSERT INTO plan_items (day, side, rank, title, done, contact_id, origin,"
                    " origin_key, created_at) VALUES ('2026-03-05', 'sales', :rank, :title, 0,"
                    " 1, :origin, :key, 0)"
                ),
                {"rank": n, "title": title, "origin": origin, "key": key},
            )
    engine.dispose()
    db = open_database(url)
    try:
        sales, _ = plan.items_for_day(db, date(2026, 3, 5))
        got = [(i.title, i.reason, i.detail, i.due and i.due.isoformat()) for i in sales]
    finally:
        db.dispose()
    assert got == [
        ("", "follow_up", "带样品", "2026-03-03"),
        ("", "next_step", "送报价单", "2026-03-05"),
        ("", "class_deadline", "B", "2026-03-06"),
        ("", "vip_call", "", None),
        ("", "stuck", "3", None),
        ("周五带样品给杨静怡看", "follow_up", "", "2026-03-02"),
        ("交周报", "", "", None),
    ]
