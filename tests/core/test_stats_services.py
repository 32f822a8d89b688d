"""Every chart series against hand-computed values on small fixed data (Beijing local days)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

import pytest

from deskcrm.core.model import BuiltinTag, ContactClass, PlanSide, ReferrerKind
from deskcrm.core.rules.cadence import conversion_at
from deskcrm.core.rules.stats_period import Grain, Period, Span, preset_period
from deskcrm.core.services.contacts import refresh_touch_summary
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats import (
    classes,
    closes,
    conversion,
    funnel,
    plan_balance,
    ranking,
    referrals,
    touches,
    touches_to_close,
)
from deskcrm.core.services.stats.dashboard import dashboard
from deskcrm.core.services.tagging import apply_tag_changes, builtin_ids
from deskcrm.db.models import Contact, Deal, DealStageChange, PlanItem, Touch

TODAY = date(2026, 3, 4)  # FIXED_NOW is 10:00 in Beijing on this Wednesday
STAGES = (
    "recorded",
    "needs_found",
    "proposal",
    "follow_up",
    "trial",
    "price_talk",
    "contract",
    "delivery",
)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """A Beijing wall-clock moment as aware UTC (the tests run in Asia/Shanghai)."""
    return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


class Data:
    """Writes rows straight into the test database, so each moment is exactly as written."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def contact(
        self,
        name: str,
        *,
        created: datetime | None = None,
        trashed: bool = False,
        **fields: object,
    ) -> int:
        when = created or at(d(1, 1))
        with self.db.unit() as s:
            row = Contact(
                name=name,
                created_at=when,
                updated_at=when,
                deleted_at=at(d(3, 1)) if trashed else None,
                **fields,
            )
            s.add(row)
            s.flush()
            return row.id

    def touches(self, contact_id: int, *moments: datetime, kind: str = "call") -> None:
        with self.db.unit() as s:
            for moment in moments:
                s.add(Touch(contact_id=contact_id, kind=kind, at=moment, created_at=moment))
            s.flush()
            refresh_touch_summary(s, contact_id)

    def deal(
        self,
        contact_id: int,
        status: str = "won",
        *,
        amount: int = 0,
        created: datetime | None = None,
        closed: datetime | None = None,
        history: Sequence[str] = ("recorded",),
        lost_reason: str = "",
    ) -> int:
        made = created or at(d(1, 5))
        with self.db.unit() as s:
            row = Deal(
                contact_id=contact_id,
                amount_cents=amount,
                stage=history[-1],
                status=status,
                lost_reason=lost_reason,
                created_at=made,
                closed_at=closed,
            )
            for i, stage in enumerate(history):
                row.history.append(DealStageChange(stage=stage, at=made + timedelta(hours=i)))
            s.add(row)
            s.flush()
            return row.id

    def tag_m(self, contact_id: int) -> None:
        with self.db.unit() as s:
            apply_tag_changes(s, [contact_id], add=[builtin_ids(s)[BuiltinTag.M]])

    def plan(
        self, day: date, side: str, *, done: bool = False, contact_id: int | None = None
    ) -> None:
        with self.db.unit() as s:
            s.add(
                PlanItem(
                    day=day,
                    side=side,
                    title="x",
                    done=done,
                    contact_id=contact_id,
                    created_at=at(day, 8),
                )
            )


@pytest.fixture
def data(db: Database) -> Data:
    return Data(db)


# ---- 1. touches per day ---------------------------------------------------------------


def test_touches_empty_period(db: Database) -> None:
    got = touches.touches_per_day(db, Period(d(2, 23), TODAY))
    assert got.days == tuple(d(2, 23) + timedelta(days=i) for i in range(10))
    assert got.totals == (0,) * 10
    assert got.kinds == ()
    assert got.average7 == (0.0,) * 10
    assert (got.usual, got.drops, got.total, got.dropping_now) == (None, (), 0, False)


def test_touches_single_day_by_local_day_and_kind(db: Database, data: Data) -> None:
    a = data.contact("甲")
    b = data.contact("乙")
    gone = data.contact("丙", trashed=True)
    # 00:30 in Beijing is the previous UTC day: it belongs to local 3-4.
    data.touches(a, at(TODAY, 0, 30), at(TODAY, 9), kind="wechat")
    data.touches(b, at(TODAY, 9, 30))
    data.touches(b, at(d(3, 3), 23, 59))  # the day before: only in the 7-day average
    data.touches(a, at(d(3, 5), 0, 0))  # tomorrow
    data.touches(gone, at(TODAY, 11))  # in the trash: not counted
    got = touches.touches_per_day(db, Period(TODAY, TODAY))
    assert got.days == (TODAY,)
    assert [(k.kind, k.counts) for k in got.kinds] == [("call", (1,)), ("wechat", (2,))]
    assert got.totals == (3,)
    assert got.average7 == pytest.approx((4 / 7,))
    assert got.usual is None
    assert touches.touched_contacts(db, TODAY, d(3, 5)) == (a, b)
    assert touches.touched_contacts(db, TODAY, d(3, 5), "call") == (b,)
    assert touches.touched_contacts(db, d(3, 3), TODAY) == (b,)


def test_touches_drop_below_the_usual_level(db: Database, data: Data) -> None:
    """4 a day for three weeks (and the lead week), then nothing for the last seven days."""
    cid = data.contact("甲")
    busy_from, quiet_from = d(1, 30), d(2, 26)
    moments = []
    day = busy_from
    while day < quiet_from:
        moments += [at(day, h) for h in (9, 11, 14, 16)]
        day += timedelta(days=1)
    data.touches(cid, *moments)
    got = touches.touches_per_day(db, Period(d(2, 5), TODAY))
    assert len(got.days) == 28
    assert got.totals == (4,) * 21 + (0,) * 7
    assert got.average7[:21] == (4.0,) * 21
    assert got.average7[21:] == pytest.approx(tuple(n / 7 for n in (24, 20, 16, 12, 8, 4, 0)))
    assert got.usual == 4.0
    # Drop line 2.8: 20/7 = 2.86 is above it, 16/7 = 2.29 below.
    assert got.drops == (touches.DropSpan(d(2, 28), TODAY, 0.0),)
    assert got.dropping_now


# ---- 2. closes per week / month -------------------------------------------------------


def _close_data(data: Data) -> tuple[int, int, int]:
    a, b, c = data.contact("甲"), data.contact("乙"), data.contact("丙")
    gone = data.contact("丁", trashed=True)
    data.deal(a, amount=10_000, closed=at(d(2, 24)))
    data.deal(b, amount=5_000, closed=at(d(3, 1), 23, 30))  # Sunday night: week 1
    data.deal(c, amount=7_000, closed=at(d(3, 2), 0, 30))  # Monday 00:30: week 2
    data.deal(a, "lost", amount=9_000, closed=at(d(2, 25)), lost_reason="price")
    data.deal(b, "open", amount=9_000)
    data.deal(c, amount=9_000, closed=at(d(2, 22)))  # before the period
    data.deal(gone, amount=9_000, closed=at(d(2, 26)))
    return a, b, c


def test_closes_per_week_and_month(db: Database, data: Data) -> None:
    a, b, c = _close_data(data)
    period = Period(d(2, 23), TODAY)
    weekly = closes.closes(db, period, Grain.WEEK)
    assert [(x.span, x.count, x.amount_cents) for x in weekly.buckets] == [
        (Span(d(2, 23), d(3, 2)), 2, 15_000),
        (Span(d(3, 2), d(3, 5)), 1, 7_000),
    ]
    assert (weekly.count, weekly.amount_cents) == (3, 22_000)
    monthly = closes.closes(db, period, Grain.MONTH)
    assert [(x.span, x.count, x.amount_cents) for x in monthly.buckets] == [
        (Span(d(2, 23), d(3, 1)), 1, 10_000),
        (Span(d(3, 1), d(3, 5)), 2, 12_000),
    ]
    assert closes.won_contacts(db, d(2, 23), d(3, 2)) == (a, b)
    assert closes.won_contacts(db, d(3, 2), d(3, 5)) == (c,)


def test_closes_empty_and_single_day(db: Database, data: Data) -> None:
    empty = closes.closes(db, Period(d(2, 23), TODAY), Grain.WEEK)
    assert [(x.count, x.amount_cents) for x in empty.buckets] == [(0, 0), (0, 0)]
    _close_data(data)
    one = closes.closes(db, Period(d(3, 2), d(3, 2)), Grain.WEEK)
    assert [(x.span, x.count, x.amount_cents) for x in one.buckets] == [
        (Span(d(3, 2), d(3, 3)), 1, 7_000)
    ]


# ---- 3. funnel --------------------------------------------------------------------------


def test_funnel_per_stage_with_lost_share_and_reasons(db: Database, data: Data) -> None:
    a, b, c, e, old = (data.contact(n) for n in ("甲", "乙", "丙", "丁", "戊"))
    made = at(d(2, 25))
    data.deal(a, "open", created=made, history=STAGES[:3])
    data.deal(b, "lost", created=made, history=("recorded", "proposal"), lost_reason="price")
    data.deal(c, "won", created=made, history=STAGES[:7], closed=at(d(3, 1)))
    data.deal(e, "lost", created=made, history=("recorded",), lost_reason="no_need")
    data.deal(old, "lost", created=at(d(2, 1)), history=("recorded",), lost_reason="timing")
    period = Period(d(2, 23), TODAY)
    got = funnel.deal_funnel(db, period)
    assert [(st.stage, st.reached, st.lost_here) for st in got.funnel.stages] == [
        ("recorded", 4, 1),
        ("needs_found", 3, 0),
        ("proposal", 3, 1),
        ("follow_up", 1, 0),
        ("trial", 1, 0),
        ("price_talk", 1, 0),
        ("contract", 1, 0),
        ("delivery", 0, 0),
    ]
    assert got.lost_shares[:7] == pytest.approx((0.25, 0.0, 1 / 3, 0.0, 0.0, 0.0, 0.0))
    assert got.lost_shares[7] is None
    assert (got.funnel.total, got.funnel.won, got.funnel.lost, got.funnel.open) == (4, 1, 2, 1)
    assert got.top_lost_reasons == (("no_need", 1), ("price", 1))
    assert funnel.funnel_contacts(db, period, "proposal", "reached") == (a, b, c)
    assert funnel.funnel_contacts(db, period, "proposal", "lost") == (b,)
    assert funnel.funnel_contacts(db, period, "recorded", "lost") == (e,)
    assert funnel.funnel_contacts(db, period, "delivery", "reached") == ()
    assert funnel.funnel_contacts(db, period, "no such stage", "reached") == ()


def test_funnel_empty(db: Database) -> None:
    got = funnel.deal_funnel(db, Period(TODAY, TODAY))
    assert [st.reached for st in got.funnel.stages] == [0] * 8
    assert got.lost_shares == (None,) * 8
    assert got.top_lost_reasons == ()


# ---- 4. touches before close ------------------------------------------------------------


def test_touches_before_close_against_the_curve(db: Database, data: Data) -> None:
    x, y, z = data.contact("甲"), data.contact("乙"), data.contact("丙")
    first, second = at(d(2, 25)), at(d(3, 2))
    # Three touches up to the first close (the one at the closing moment counts) ...
    data.touches(x, at(d(2, 20)), at(d(2, 22)), first)
    data.deal(x, closed=first)
    # ... and two more before the repeat purchase: only those count for it.
    data.touches(x, at(d(2, 27)), at(d(3, 1)))
    data.deal(x, closed=second)
    data.deal(y, closed=at(d(2, 26)))  # a walk-in: no touch at all
    data.touches(z, *(at(d(1, 1) + timedelta(days=i)) for i in range(14)))
    data.deal(z, closed=at(d(3, 1)))
    data.touches(x, at(d(3, 3)))  # after every close: never counted
    period = Period(d(2, 23), TODAY)
    got = touches_to_close.touches_before_close(db, period)
    assert got.won == 4
    assert [b.touches for b in got.bins] == list(range(13))
    assert [b.won for b in got.bins] == [1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert [b.cumulative for b in got.bins] == [0.25, 0.25, 0.5] + [0.75] * 9 + [1.0]
    assert [b.reference for b in got.bins] == [conversion_at(n) for n in range(13)]
    assert got.bins[5].reference == 0.8
    assert touches_to_close.contacts_closed_after(db, period, 12) == (z,)
    assert touches_to_close.contacts_closed_after(db, period, 40) == (z,)
    assert touches_to_close.contacts_closed_after(db, period, 0) == (y,)
    assert touches_to_close.contacts_closed_after(db, period, 3) == (x,)


def test_abandoned_open_contacts(db: Database, data: Data) -> None:
    long_ago, recently = at(d(1, 20)), at(d(2, 27))
    gave_up = data.contact("放弃")
    data.touches(gave_up, at(d(1, 10)), long_ago)
    planned = data.contact("已约")
    data.touches(planned, at(d(1, 5)), at(d(1, 10)), long_ago)
    with db.unit() as s:
        s.get_one(Contact, planned).next_follow_up = d(3, 10)
    fresh = data.contact("新近")
    data.touches(fresh, recently)
    keeps_going = data.contact("坚持")
    data.touches(keeps_going, *(at(d(1, 10 + i)) for i in range(4)))
    declined = data.contact("拒绝", declined=True)
    data.touches(declined, long_ago)
    bought = data.contact("买过")
    data.touches(bought, long_ago)
    data.tag_m(bought)
    won = data.contact("成交")
    data.touches(won, long_ago)
    data.deal(won, closed=long_ago)
    data.contact("未联系")
    gone = data.contact("回收站", trashed=True)
    data.touches(gone, long_ago)
    got = touches_to_close.touches_before_close(db, Period(d(2, 23), TODAY))
    assert (got.open_contacts, got.abandoned) == (4, 1)
    assert got.abandoned_share == 0.25
    assert touches_to_close.abandoned_contacts(db) == (gave_up,)


def test_touches_before_close_empty(db: Database) -> None:
    got = touches_to_close.touches_before_close(db, Period(TODAY, TODAY))
    assert got.won == 0 and got.open_contacts == 0 and got.abandoned_share is None
    assert [b.won for b in got.bins] == [0] * 13
    assert all(b.cumulative is None for b in got.bins)


# ---- 5. conversion ----------------------------------------------------------------------


def test_conversion_per_month_against_the_aim(db: Database, data: Data) -> None:
    c1, c2, c3, c4 = (data.contact(n) for n in ("甲", "乙", "丙", "丁"))
    gone = data.contact("戊", trashed=True)
    data.touches(c1, at(d(1, 16)), at(d(1, 17)))
    data.touches(c2, at(d(1, 31), 23, 50))
    data.deal(c1, closed=at(d(1, 20)))  # called before: paying in January
    data.touches(c3, at(d(2, 1), 0, 10))  # just after local midnight: February
    data.touches(c4, at(d(2, 3)), kind="visit")
    data.deal(c4, closed=at(d(2, 5)))  # bought without a call: not counted as paying
    data.deal(c2, closed=at(d(2, 10)))  # called in January, paying in February
    data.touches(gone, at(d(2, 3)))
    period = Period(d(1, 15), TODAY)
    got = conversion.conversion(db, period)
    assert [m.span for m in got.months] == [
        Span(d(1, 15), d(2, 1)),
        Span(d(2, 1), d(3, 1)),
        Span(d(3, 1), d(3, 5)),
    ]
    assert [(m.rate.called, m.rate.paying) for m in got.months] == [(2, 1), (1, 1), (0, 0)]
    assert [m.rate.per_ten for m in got.months] == [5.0, 10.0, None]
    assert [m.rate.meets_aim for m in got.months] == [True, True, None]
    assert (got.called, got.paying, got.aim_per_ten) == (3, 2, 1.0)
    assert conversion.called_contacts(db, d(1, 15), d(2, 1)) == (c1, c2)
    assert conversion.called_contacts(db, d(2, 1), d(3, 1)) == (c3,)
    assert conversion.paying_contacts(db, d(2, 1), d(3, 1)) == (c2,)


# ---- 6. classes -------------------------------------------------------------------------


def test_classes_and_overdue(db: Database, data: Data) -> None:
    def klass(code: str, since: date, name: str, trashed: bool = False) -> int:
        return data.contact(name, class_code=code, class_since=since, trashed=trashed)

    a_late = klass("A", d(2, 20), "甲")  # 7-day window ended 2-27
    klass("A", d(3, 1), "乙")
    a_won = klass("A", d(2, 1), "丙")
    data.deal(a_won, closed=at(d(2, 10)))  # won within: the window is closed, not overdue
    klass("A", d(2, 25), "丁")  # deadline is today: not overdue yet
    b_late = klass("B", d(2, 1), "戊")
    klass("C", d(2, 10), "己")
    klass("D", d(1, 1), "庚")
    data.contact("辛")
    klass("A", d(1, 1), "壬", trashed=True)
    got = classes.class_stats(db)
    assert [(c.code, c.contacts, c.overdue, c.window_days) for c in got.classes] == [
        ("A", 4, 1, 7),
        ("B", 1, 1, 20),
        ("C", 1, 0, 30),
        ("D", 1, 0, None),
    ]
    assert (got.unclassified, got.classified) == (1, 7)
    assert classes.class_contacts(db, "A", overdue=True) == (a_late,)
    assert classes.class_contacts(db, "B", overdue=True) == (b_late,)
    assert len(classes.class_contacts(db, "A")) == 4
    assert classes.class_contacts(db, ContactClass.D, overdue=True) == ()


# ---- 7. referrals -----------------------------------------------------------------------


def test_referrals_per_kind_and_weekly_goal(db: Database, data: Data) -> None:
    src = data.contact("介绍人")

    def referred(name: str, kind: str | None, day: date, trashed: bool = False) -> int:
        return data.contact(
            name, created=at(day), referred_by_id=src, referrer_kind=kind, trashed=trashed
        )

    r1 = referred("甲", "supplier", d(2, 17))
    data.deal(r1, closed=at(d(2, 20)))
    r2 = referred("乙", "supplier", d(2, 24))
    r3 = referred("丙", "customer", d(2, 25))
    r4 = referred("丁", None, d(3, 3))
    referred("戊", "declining", d(1, 10))  # before the period
    referred("己", "customer", d(2, 26), trashed=True)
    data.contact("自己来的", created=at(d(2, 24)))
    period = Period(d(2, 16), TODAY)
    got = referrals.referral_stats(db, period)
    assert [(k.kind, k.referred, k.closed) for k in got.kinds] == [
        (ReferrerKind.SUPPLIER, 2, 1),
        (ReferrerKind.CUSTOMER, 1, 0),
        (ReferrerKind.DECLINING, 0, 0),
        (ReferrerKind.EXCHANGE, 0, 0),
        (None, 1, 0),
    ]
    assert got.kinds[0].close_rate == 0.5
    assert [(w.span.start, w.added, w.target, w.partial) for w in got.weeks] == [
        (d(2, 16), 1, 1, False),
        (d(2, 23), 2, 1, False),
        (d(3, 2), 1, 1, True),
    ]
    assert (got.referred, got.weeks_met, got.weekly_goal) == (4, 2, 1)
    assert referrals.referred_contacts(db, d(2, 23), d(3, 2)) == (r2, r3)
    assert referrals.referred_by_kind(db, period, "supplier") == (r1, r2)
    assert referrals.referred_by_kind(db, period, None) == (r4,)


def test_referrals_empty(db: Database) -> None:
    got = referrals.referral_stats(db, Period(TODAY, TODAY))
    assert [k.referred for k in got.kinds] == [0, 0, 0, 0]
    assert [(w.added, w.partial) for w in got.weeks] == [(0, True)]


# ---- 8. plan balance --------------------------------------------------------------------


def test_plan_balance_per_week(db: Database, data: Data) -> None:
    cid = data.contact("甲")
    data.plan(d(2, 23), PlanSide.SALES, done=True)
    data.plan(d(2, 24), PlanSide.SALES)
    data.plan(d(2, 28), PlanSide.NON_SALES, done=True)
    data.plan(d(3, 3), PlanSide.SALES, contact_id=cid)
    data.plan(d(2, 20), PlanSide.SALES)  # the week before
    got = plan_balance.plan_balance(db, Period(d(2, 25), TODAY))
    assert [w.monday for w in got.weeks] == [d(2, 23), d(3, 2)]
    assert [
        (c.sales_planned, c.sales_done, c.non_sales_planned, c.non_sales_done)
        for c in (w.counts for w in got.weeks)
    ] == [(2, 1, 1, 1), (1, 0, 0, 0)]
    assert (got.planned, got.warn_share) == (4, 0.4)
    assert plan_balance.plan_contacts(db, d(3, 2), d(3, 8), "sales") == (cid,)
    assert plan_balance.plan_contacts(db, d(3, 2), d(3, 8), "sales", done=True) == ()
    assert plan_balance.plan_contacts(db, d(2, 23), d(3, 1), "non_sales") == ()


# ---- 9. ranking and industries ----------------------------------------------------------


def test_ranking_flags_sharp_falls(db: Database, data: Data) -> None:
    k1 = data.contact("甲", industry="餐饮", company="一号店")
    k2 = data.contact("乙", industry="制造业")
    k3 = data.contact("丙")
    k4 = data.contact("丁", industry="餐饮")
    data.deal(k1, amount=300, closed=at(d(2, 26)))
    data.deal(k1, amount=100, closed=at(d(2, 15)))
    data.deal(k2, amount=100, closed=at(TODAY))
    data.deal(k2, amount=1_000, closed=at(d(2, 13)))
    data.deal(k3, amount=800, closed=at(d(2, 22), 23, 59))
    data.deal(k4, amount=200, closed=at(d(2, 23), 0, 1))
    data.deal(k3, amount=5_000, closed=at(d(2, 12)))  # before the previous period
    data.deal(k4, "lost", amount=9_000, closed=at(d(2, 25)), lost_reason="price")
    period = Period(d(2, 23), TODAY)
    got = ranking.customer_ranking(db, period)
    assert got.previous == Period(d(2, 13), d(2, 22))
    assert [(c.contact_id, c.amount_cents, c.previous_cents, c.fell) for c in got.top] == [
        (k1, 300, 100, False),
        (k4, 200, 0, False),
        (k2, 100, 1_000, True),
    ]
    assert (got.top[0].name, got.top[0].company) == ("甲", "一号店")
    assert [(c.contact_id, c.amount_cents, c.previous_cents) for c in got.fallen] == [
        (k2, 100, 1_000),
        (k3, 0, 800),
    ]


def test_industries_touches_and_closes(db: Database, data: Data) -> None:
    k1 = data.contact("甲", industry="餐饮")
    k2 = data.contact("乙", industry="制造业")
    k3 = data.contact("丙")
    k4 = data.contact("丁", industry="餐饮")
    data.touches(k1, at(d(2, 24)), at(d(3, 1)))
    data.touches(k2, at(d(3, 2)))
    data.touches(k3, at(d(2, 1)))
    data.touches(k4, at(d(2, 25)), kind="visit")
    data.deal(k1, amount=300, closed=at(d(2, 26)))
    data.deal(k4, amount=200, closed=at(d(3, 3)))
    data.deal(k2, amount=100, closed=at(TODAY))
    period = Period(d(2, 23), TODAY)
    got = ranking.industry_stats(db, period)
    assert [(r.industry, r.touches, r.closes, r.amount_cents) for r in got.rows] == [
        ("餐饮", 3, 2, 500),
        ("制造业", 1, 1, 100),
    ]
    assert got.others == 0
    assert ranking.industry_contacts(db, period, "餐饮") == (k1, k4)
    assert ranking.industry_contacts(db, period, "") == ()


# ---- everything at once -----------------------------------------------------------------


def test_dashboard_on_an_empty_database(db: Database) -> None:
    period = preset_period("last_90", TODAY)
    got = dashboard(db, period)
    assert got.period == period
    assert len(got.touches.days) == 90 and got.touches.total == 0
    assert got.closes.grain == Grain.WEEK and got.closes.count == 0
    assert len(got.closes.buckets) == 14
    assert got.funnel.funnel.total == 0
    assert got.touches_before_close.won == 0
    assert [m.span.start for m in got.conversion.months] == [
        d(12, 5, 2025),
        d(1, 1),
        d(2, 1),
        d(3, 1),
    ]
    assert got.classes.classified == 0 and got.classes.unclassified == 0
    assert got.referrals.referred == 0
    assert got.plan.planned == 0
    assert got.ranking.top == () and got.ranking.fallen == ()
    assert got.industries.rows == ()
    assert dashboard(db, period, Grain.MONTH).closes.grain == Grain.MONTH
