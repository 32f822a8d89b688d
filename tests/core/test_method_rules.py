"""The sales-method rules against the figures in docs/method.md §2 and §4-§10."""

from __future__ import annotations

from datetime import date

import pytest

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import AnswerState, ContactClass, DealStatus, KpLevel, ReferrerKind
from deskcrm.core.rules import cadence, classes, funnel, qualification, referrals, scoring
from deskcrm.core.settings import declaration

# ---- §2 follow-up curve --------------------------------------------------------------


@pytest.mark.parametrize(
    ("touches", "share"),
    [
        (0, 0.0),
        (1, 0.02),
        (3, 0.05),
        (4, 0.10),
        (5, 0.80),
        (8, 0.80),
        (11, 0.80),
    ],
)
def test_curve_matches_the_method(touches: int, share: float) -> None:
    assert cadence.conversion_at(touches) == share


def test_curve_step_counts_to_the_average_of_twelve() -> None:
    step = cadence.curve_step(3)
    assert (step.touches, step.conversion, step.next_conversion) == (3, 0.05, 0.10)
    assert step.to_average == 9
    assert cadence.curve_step(12).to_average == 0
    assert cadence.curve_step(4).next_conversion == 0.80


@pytest.mark.parametrize(
    ("touches", "expected"),
    [
        (0, None),
        (2, None),
        (3, cadence.Nudge.KEEP_GOING),
        (4, cadence.Nudge.KEEP_GOING),
        (5, cadence.Nudge.DECIDE),
        (11, cadence.Nudge.DECIDE),
    ],
)
def test_nudge_at_three_four_and_decide_from_five(
    touches: int, expected: cadence.Nudge | None
) -> None:
    assert cadence.nudge(touches, closed=False) == expected
    assert cadence.nudge(touches, closed=True) is None


# ---- §5 ABCD classes ------------------------------------------------------------------


def _klass(
    first: bool, need: bool, power: bool, kp: str | None = None, declined: bool = False
) -> ContactClass | None:
    return classes.derive_class(
        met_first_kp=first, has_need=need, has_power=power, kp_level=kp, declined=declined
    )


def test_class_from_the_three_flags() -> None:
    assert _klass(True, True, True) == ContactClass.A
    assert _klass(False, True, True, KpLevel.FIRST) == ContactClass.A
    # Need and power, but only a 2nd/3rd key person met.
    assert _klass(False, True, True, KpLevel.SECOND_THIRD) == ContactClass.B
    # The head of the using department, who must report up.
    assert _klass(False, True, False, KpLevel.DEPT_HEAD) == ContactClass.C
    # Missing any of need / power with the first key person: not an A.
    assert _klass(True, True, False) is None
    assert _klass(True, False, True) is None
    assert _klass(False, False, False) is None


def test_an_a_that_does_not_buy_goes_straight_to_d() -> None:
    assert _klass(True, True, True, declined=True) == ContactClass.D
    assert _klass(False, True, True, KpLevel.SECOND_THIRD, declined=True) == ContactClass.D


def test_window_defaults_and_limits_from_the_method() -> None:
    windows = classes.ClassWindows.from_settings(lambda k: declaration(k).default)
    assert (windows.a, windows.b, windows.c) == (7, 20, 30)
    assert windows.days(ContactClass.D) is None and windows.days(None) is None
    a = declaration("class.window_a_days")
    # A: close within 3-7 days, 10 at most.
    assert (a.minimum, a.maximum) == (3, 10)
    assert a.validate(3) == 3 and a.validate(10) == 10
    for wrong in (2, 11):
        with pytest.raises(ValidationError):
            a.validate(wrong)


def test_countdown_and_overdue_per_class() -> None:
    windows = classes.ClassWindows()
    since = date(2026, 3, 1)
    assert classes.deadline("A", since, windows) == date(2026, 3, 8)
    assert classes.days_left("A", since, date(2026, 3, 4), windows) == 4
    assert classes.days_left("A", since, date(2026, 3, 8), windows) == 0
    assert not classes.is_overdue("A", since, date(2026, 3, 8), windows)
    assert classes.is_overdue("A", since, date(2026, 3, 9), windows)
    assert classes.days_left("B", since, date(2026, 3, 1), windows) == 20
    assert classes.days_left("C", since, date(2026, 3, 1), windows) == 30
    assert classes.days_left("D", since, date(2026, 3, 1), windows) is None
    assert not classes.is_overdue("D", since, date(2027, 1, 1), windows)
    tight = classes.ClassWindows(a=10)
    assert classes.deadline("A", since, tight) == date(2026, 3, 11)


def test_class_clock_restarts_only_on_a_change_of_class() -> None:
    old, today = date(2026, 2, 1), date(2026, 3, 4)
    assert classes.entered_on("B", "B", old, today) == old
    assert classes.entered_on("B", "A", old, today) == today
    assert classes.entered_on(None, "C", None, today) == today
    assert classes.entered_on("A", None, old, today) is None
    assert classes.entered_on("A", "A", None, today) == today


# ---- §4 nine questions ---------------------------------------------------------------


def test_nine_questions_in_the_method_order() -> None:
    q = qualification.Question
    assert [int(x) for x in qualification.QUESTIONS] == list(range(1, 10))
    assert (q.NEED, q.BUDGET, q.COACH, q.MARGIN) == (1, 4, 7, 9)


def test_completeness_and_unanswered() -> None:
    states = {1: AnswerState.YES, 3: AnswerState.NO, 4: AnswerState.UNKNOWN, 7: "yes"}
    done = qualification.completeness(states)
    assert (done.answered, done.total) == (3, 9)
    assert done.share == pytest.approx(3 / 9) and not done.complete
    assert [int(x) for x in qualification.unanswered(states)] == [2, 4, 5, 6, 8, 9]
    full = qualification.completeness(dict.fromkeys(range(1, 10), AnswerState.NO))
    assert full.complete and full.share == 1.0


def test_warning_answers_blockers_is_the_one_where_yes_is_bad() -> None:
    states = {1: AnswerState.NO, 3: AnswerState.YES, 4: AnswerState.YES, 9: AnswerState.NO}
    assert [int(x) for x in qualification.warnings(states)] == [1, 3, 9]
    assert not qualification.is_warning(3, AnswerState.NO)
    assert qualification.known_states([(1, "yes"), (10, "yes"), (2, "maybe")]) == {
        1: AnswerState.YES
    }


# ---- §6 key-account scoring ----------------------------------------------------------

TARGETS = scoring.Targets(
    industries=("制造业", "IT"),
    positions=("采购经理", "CEO"),
    regions=("北京",),
    trigger_events=("并购", "换帅"),
    weight_industry=2,
    weight_position=1,
    weight_region=0,
    weight_trigger=2,
)


def test_score_adds_priorities_and_the_2_1_0_facts() -> None:
    full = scoring.Prospect(
        industry="汽车制造业",
        position="采购经理",
        region="北京",
        trigger_event="宣布并购",
        sold_in_industry=True,
        has_reference=True,
        personally_involved=True,
    )
    result = scoring.score(TARGETS, full)
    # industry 2 + position 1 + region 0 (weighed "not") + trigger 2 + sold 1 + ref 1 + involved 2
    assert result.total == 9
    assert result.parts == (
        ("industry", 2),
        ("position", 1),
        ("region", 0),
        ("trigger", 2),
        ("sold", 1),
        ("reference", 1),
        ("involved", 2),
    )
    assert not result.out_of_target
    assert TARGETS.max_score == 2 + 1 + 0 + 2 + 1 + 1 + 2


def test_score_of_a_bare_prospect_and_no_trigger_found() -> None:
    bare = scoring.Prospect(industry="IT", position="CEO")
    assert scoring.score(TARGETS, bare).total == 3
    assert scoring.score(TARGETS, scoring.Prospect(personally_involved=True)).total == 2
    assert scoring.score(TARGETS, scoring.Prospect(sold_in_industry=True)).total == 1


def test_trigger_event_counts_any_event_when_none_are_named() -> None:
    no_list = scoring.Targets(weight_trigger=2)
    assert scoring.score(no_list, scoring.Prospect(trigger_event="管理层变动")).total == 2
    assert scoring.score(no_list, scoring.Prospect(trigger_event="  ")).total == 0
    assert scoring.score(TARGETS, scoring.Prospect(trigger_event="新办公室")).part("trigger") == 0


def test_default_weights_from_settings() -> None:
    t = scoring.Targets.from_settings(lambda k: declaration(k).default)
    assert (t.weight_industry, t.weight_position, t.weight_region, t.weight_trigger) == (2, 2, 1, 1)
    assert t.as_settings()["scoring.weight_region"] == 1
    at_most_three = declaration("scoring.industries").check
    assert at_most_three is not None and not at_most_three(["a", "b", "c", "d"])


def test_term_matching() -> None:
    assert scoring.term_matches("IT", "it services")
    assert not scoring.term_matches("IT", "digital")
    assert scoring.term_matches("制造", "汽车制造业")
    assert scoring.term_matches(" Retail ", "retail")
    assert not scoring.term_matches("", "x") and not scoring.term_matches("x", "")


def test_out_of_target_flags_known_misses_only() -> None:
    outside = scoring.Prospect(industry="餐饮", position="CEO", region="上海")
    # Region is weighed 0 here, so being in 上海 does not drop the prospect.
    assert scoring.score(TARGETS, outside).outside == (scoring.Dimension.INDUSTRY,)
    unknown = scoring.Prospect()
    assert not scoring.score(TARGETS, unknown).out_of_target
    assert not scoring.score(scoring.Targets(), outside).out_of_target


def test_conversion_per_ten_against_the_aim() -> None:
    assert scoring.ConversionRate(called=10, paying=1).per_ten == 1.0
    assert scoring.ConversionRate(called=10, paying=1).meets_aim is True
    low = scoring.ConversionRate(called=40, paying=3)
    assert low.per_ten == 0.75 and low.meets_aim is False
    none = scoring.ConversionRate(called=0, paying=0)
    assert none.per_ten is None and none.meets_aim is None


# ---- §7 referrals ----------------------------------------------------------------------


def test_referral_sources_best_first_and_figures() -> None:
    assert referrals.KIND_ORDER == (
        ReferrerKind.SUPPLIER,
        ReferrerKind.CUSTOMER,
        ReferrerKind.DECLINING,
        ReferrerKind.EXCHANGE,
    )
    assert referrals.REFERRED_CLOSE_RATE == 0.54
    assert referrals.REFERRED_REPEAT_RATE == 0.92


def test_kind_stats_counts_and_close_rates() -> None:
    rows = [
        ("supplier", True),
        ("supplier", False),
        ("customer", True),
        ("customer", True),
        (None, False),
    ]
    stats = referrals.kind_stats(rows)
    assert [(s.kind, s.referred, s.closed) for s in stats] == [
        (ReferrerKind.SUPPLIER, 2, 1),
        (ReferrerKind.CUSTOMER, 2, 2),
        (ReferrerKind.DECLINING, 0, 0),
        (ReferrerKind.EXCHANGE, 0, 0),
        (None, 1, 0),
    ]
    assert stats[0].close_rate == 0.5 and stats[2].close_rate is None


def test_thanks_key_and_who_is_thanked() -> None:
    assert referrals.thanks_key(42) == "referral_thanks:42"
    assert referrals.who_to_thank(3, 5) == 3
    assert referrals.who_to_thank(None, 5) == 5
    assert referrals.who_to_thank(None, None) is None
    assert referrals.parse_kind("") is None
    with pytest.raises(ValueError):
        referrals.parse_kind("friend")


def test_weekly_goal_week_runs_monday_to_monday() -> None:
    # 2026-03-04 is a Wednesday.
    assert referrals.week_of(date(2026, 3, 4)) == (date(2026, 3, 2), date(2026, 3, 9))
    assert referrals.week_of(date(2026, 3, 8)) == (date(2026, 3, 2), date(2026, 3, 9))
    p = referrals.GoalProgress(date(2026, 3, 2), date(2026, 3, 9), done=0, target=1)
    assert not p.met and p.remaining == 1
    assert referrals.GoalProgress(p.start, p.end, done=2, target=1).met
    assert declaration("referral.weekly_goal").default == 1


# ---- §10 funnel ------------------------------------------------------------------------

STAGES = declaration("deal.stages").default


def test_default_stages_follow_the_method() -> None:
    assert STAGES == [
        "recorded",
        "needs_found",
        "proposal",
        "follow_up",
        "trial",
        "price_talk",
        "contract",
        "delivery",
    ]


def test_funnel_of_the_domain_example() -> None:
    """80 of 100 walk-ins recorded, each stage loses about 10, about 8 close."""
    deals: list[funnel.DealPath] = []
    for i, stage in enumerate(STAGES[:-1]):
        # 10 deals drop out at each of the first seven stages, with a reason.
        for _ in range(10):
            deals.append(
                funnel.DealPath(
                    visited=tuple(STAGES[: i + 1]),
                    current=stage,
                    status=DealStatus.LOST,
                    lost_reason="price" if i % 2 else "no_need",
                )
            )
    for n in range(10):
        status = DealStatus.WON if n < 8 else DealStatus.OPEN
        deals.append(funnel.DealPath(tuple(STAGES), STAGES[-1], status))
    result = funnel.funnel(STAGES, deals)
    assert result.total == 80 and result.won == 8 and result.open == 2 and result.lost == 70
    assert [s.reached for s in result.stages] == [80, 70, 60, 50, 40, 30, 20, 10]
    assert [s.lost_here for s in result.stages] == [10] * 7 + [0]
    assert result.stages[-1].won_here == 8 and result.stages[-1].open_here == 2
    assert result.stages[1].lost_reasons == (("price", 10),)
    assert result.stages[1].passed_from(result.stages[0]) == pytest.approx(70 / 80)
    assert result.close_rate == pytest.approx(0.1)


def test_funnel_of_grouped_paths_counts_each_group_as_its_deals() -> None:
    lost = funnel.DealPath(("recorded", "proposal"), "proposal", DealStatus.LOST, "price")
    won = funnel.DealPath(tuple(STAGES), STAGES[-1], DealStatus.WON)
    gone = funnel.DealPath(("gone",), "gone", DealStatus.OPEN)
    grouped = funnel.funnel_of_groups(STAGES, [(lost, 3), (won, 2), (gone, 4)])
    assert grouped == funnel.funnel(STAGES, [lost] * 3 + [won] * 2 + [gone] * 4)
    assert grouped.total == 9 and grouped.unlisted == 4 and grouped.won == 2
    assert grouped.stages[2].lost_reasons == (("price", 3),)
    assert [s.reached for s in grouped.stages][:4] == [5, 5, 5, 2]


def test_funnel_skipped_and_unlisted_stages() -> None:
    deals = [
        # Jumped straight from recorded to trial: it still passed the stages before.
        funnel.DealPath(("recorded",), "trial", DealStatus.OPEN),
        # Its stage was renamed away, but its history shows it reached proposal.
        funnel.DealPath(("recorded", "proposal"), "old stage", DealStatus.LOST, "timing"),
        funnel.DealPath(("gone",), "gone", DealStatus.OPEN),
    ]
    result = funnel.funnel(STAGES, deals)
    assert [s.reached for s in result.stages][:6] == [2, 2, 2, 1, 1, 0]
    assert result.stages[4].open_here == 1
    assert result.stages[2].lost_here == 1 and result.stages[2].lost_reasons == (("timing", 1),)
    assert result.unlisted == 1
    assert funnel.stage_index(STAGES, "contract") == 6
    assert funnel.stage_index(STAGES, "nope") is None
