"""Closeness from the stored touch summary, the going_cold view and the upkeep draft lines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from deskcrm.core.model import BuiltinTag, ContactInput, ContactQuery, TouchKind
from deskcrm.core.rules import plan_draft as draft_rules
from deskcrm.core.rules.closeness import TouchSummary, closeness, going_cold, usual_gap_days
from deskcrm.core.rules.plan_draft import Reason
from deskcrm.core.services import contact_list, contacts, deals, plan_draft, tagging, touches
from deskcrm.core.services.contact_list import View
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact

NOW = datetime(2026, 3, 4, 2, 0, tzinfo=UTC)
TOMORROW = date(2026, 3, 5)


def _summary(touches: int, near: int, first_days_ago: float, last_days_ago: float) -> TouchSummary:
    return TouchSummary(
        touches, near, NOW - timedelta(days=first_days_ago), NOW - timedelta(days=last_days_ago)
    )


def test_closeness_grows_with_count_frequency_kind_and_recency() -> None:
    assert closeness(TouchSummary(0, 0, None, None), NOW) == 0
    # A dozen calls, twice a month, the last a week ago: as close as it gets.
    assert closeness(_summary(12, 12, 165, 7), NOW) == 100
    # The same dozen by WeChat only: half the volume.
    assert closeness(_summary(12, 0, 165, 7), NOW) == 70
    # Fewer touches, further apart: less close.
    assert closeness(_summary(4, 4, 360, 7), NOW) == 25
    # Silence beyond the usual gap halves it every 60 days.
    gap = 158 / 11  # the usual gap of the first example
    assert closeness(_summary(12, 12, 158 + gap + 60, gap + 60), NOW) == 50
    assert closeness(_summary(12, 12, 158 + gap + 120, gap + 120), NOW) == 25
    one = closeness(_summary(1, 1, 10, 10), NOW)
    assert one == 5  # one near touch: a twelfth of the volume, no frequency


def test_going_cold_is_a_silence_over_twice_the_usual_gap() -> None:
    # Every 10 days for 3 touches (first 60 days ago, last 40): gap 10, silent 40 > 20, > 30.
    assert usual_gap_days(_summary(3, 3, 60, 40)) == 10
    assert going_cold(_summary(3, 3, 60, 40), NOW)
    # Within a month of silence: not cold yet, whatever the rhythm.
    assert not going_cold(_summary(3, 3, 40, 25), NOW)
    # A slow rhythm (every 60 days), silent 90 days: under twice its gap.
    assert not going_cold(_summary(3, 3, 210, 90), NOW)
    # Too few touches for a rhythm; gone for over a year.
    assert not going_cold(_summary(2, 2, 100, 90), NOW)
    assert not going_cold(_summary(5, 5, 500, 400), NOW)


def _new(db: Database, name: str, *tags: BuiltinTag) -> int:
    with db.reading() as s:
        ids = tagging.builtin_ids(s)
    return contacts.create_contact(
        db, ContactInput(name=name), tag_ids=tuple(ids[t] for t in tags)
    )[0]


def _touches(db: Database, clock: Any, cid: int, days_ago: list[int], kind: str = "call") -> None:
    start = clock.now
    for d in days_ago:
        clock.now = start - timedelta(days=d)
        touches.log_touch(db, touches.TouchInput(contact_id=cid, kind=kind))
    clock.now = start


def _names(db: Database) -> set[str]:
    ids = contact_list.contact_ids(db, ContactQuery(view=View.GOING_COLD.value))
    return {r.name for r in contact_list.rows_by_ids(db, ids)}


def test_going_cold_view_lists_buyers_past_their_rhythm(db: Database, clock: Any) -> None:
    cold = _new(db, "冷了", BuiltinTag.M)
    _touches(db, clock, cold, [60, 50, 40])
    warm = _new(db, "常联系", BuiltinTag.M)
    _touches(db, clock, warm, [30, 20, 10])
    never_bought = _new(db, "没买过", BuiltinTag.O)
    _touches(db, clock, never_bought, [60, 50, 40])
    won = _new(db, "成交过")  # a won deal, no M tag (removed by hand)
    _touches(db, clock, won, [100, 90, 80, 70])
    deal_id, _ = deals.create_deal(db, deals.DealInput(contact_id=won))
    deals.win_deal(db, deal_id)
    with db.reading() as s:
        m = tagging.builtin_ids(s)[BuiltinTag.M]
    tagging.tag_contacts(db, [won], remove=[m])
    two = _new(db, "两次", BuiltinTag.M)
    _touches(db, clock, two, [60, 50])
    gone = _new(db, "早就断了", BuiltinTag.M)
    _touches(db, clock, gone, [420, 410, 400])
    slow = _new(db, "节奏慢", BuiltinTag.M)
    _touches(db, clock, slow, [250, 130, 70])
    assert _names(db) == {"冷了", "成交过"}
    # The SQL asks what the rule says, contact by contact.
    with db.reading() as s:
        rows = s.query(Contact).all()
        by_rule = {
            c.name
            for c in rows
            if going_cold(
                TouchSummary(c.touch_count, c.near_touches, c.first_touch_at, c.last_touch_at),
                clock.now,
            )
        }
    assert by_rule - {"没买过"} == {"冷了", "成交过"}
    # A touch warms it up again.
    touches.log_touch(db, touches.TouchInput(contact_id=cold, kind=TouchKind.WECHAT))
    assert _names(db) == {"成交过"}


def test_the_touch_writer_keeps_first_touch_and_near_touches(db: Database, clock: Any) -> None:
    cid = _new(db, "张伟")
    _touches(db, clock, cid, [30], kind="wechat")
    _touches(db, clock, cid, [20, 10], kind="visit")
    with db.reading() as s:
        c = s.get(Contact, cid)
        assert c is not None
        assert (c.touch_count, c.near_touches) == (3, 2)
        assert c.first_touch_at == clock.now - timedelta(days=30)
        first_id = min(t.id for t in s.query(touches.Touch).filter_by(contact_id=cid))
    touches.delete_touch(db, first_id)
    with db.reading() as s:
        c = s.get(Contact, cid)
        assert c is not None
        assert (c.touch_count, c.near_touches) == (2, 2)
        assert c.first_touch_at == clock.now - timedelta(days=20)


def test_draft_proposes_a_few_going_cold_lines_low_in_value(db: Database, clock: Any) -> None:
    cold = [_new(db, f"冷{i}", BuiltinTag.M) for i in range(8)]
    for cid in cold:
        _touches(db, clock, cid, [70, 60, 50])
    found = [s for s in plan_draft.draft(db, TOMORROW) if s.reason == Reason.GOING_COLD]
    assert len(found) == draft_rules.going_cold_limit(20) == 5
    assert found[0].detail == "10"  # the usual gap, in days
    assert (
        draft_rules.REASON_POINTS[Reason.GOING_COLD] < draft_rules.REASON_POINTS[Reason.INVITE] + 2
    )
    # A small day gets fewer upkeep lines.
    assert draft_rules.going_cold_limit(8) == 2
    assert draft_rules.going_cold_limit(1) == 1
