"""Pure call rules: the timer and its pause cue, the talk balance, how a call ends, the
captured details as JSON, and script prompt lines."""

from __future__ import annotations

from datetime import date

import pytest

from deskcrm.core.model import Outcome
from deskcrm.core.rules import call_finish
from deskcrm.core.rules.call_details import CallDetails, Objection, Verification
from deskcrm.core.rules.call_finish import QuickPick, carry_hook
from deskcrm.core.rules.call_script import is_question, join_prompts, outline_from, prompt_lines
from deskcrm.core.rules.call_timer import CallTimer, Speaker, balance, clock_text

TODAY = date(2026, 3, 4)


def test_timer_adds_up_runs_and_ignores_time_while_stopped() -> None:
    timer = CallTimer().start(1000.0)
    assert timer.running and timer.seconds(1095.4) == 95
    timer = timer.stop(1095.4)
    assert not timer.running and timer.seconds(5000.0) == 95
    timer = timer.toggle(6000.0)
    assert timer.seconds(6010.0) == 105
    assert timer.start(6005.0) is timer  # starting a running timer changes nothing


def test_pause_cue_once_a_minute_without_tracking() -> None:
    timer = CallTimer().start(0.0)
    assert [timer.cue_mark(t) for t in (59.0, 60.0, 119.0, 125.0)] == [0, 1, 1, 2]
    assert timer.stop(130.0).cue_mark(200.0) == 0


def test_pause_cue_counts_the_reps_stretch_and_the_customer_resets_it() -> None:
    timer = CallTimer().start(0.0).switch(0.0, Speaker.REP)
    assert timer.cue_mark(70.0) == 1
    timer = timer.switch(70.0)  # flips to the customer: that is the pause
    assert timer.speaker == Speaker.CUSTOMER
    assert timer.cue_mark(200.0) == 0
    timer = timer.switch(100.0, Speaker.REP)
    assert timer.cue_mark(150.0) == 0 and timer.cue_mark(160.0) == 1
    assert timer.talk(160.0) == (130.0, 30.0)
    stopped = timer.stop(160.0)
    assert stopped.talk(999.0) == (130.0, 30.0)  # nothing counts while stopped
    assert stopped.seconds(999.0) == 160


def test_balance_warns_only_past_the_tolerance_with_enough_talk() -> None:
    assert balance(10, 10).rep_share is None
    fine = balance(10, 40)
    assert fine.rep_share == pytest.approx(0.2) and not fine.too_much
    assert balance(80, 20).too_much


def test_clock_text() -> None:
    assert [clock_text(s) for s in (0, 95, 3723, -4)] == ["00:00", "01:35", "1:02:03", "00:00"]


def test_hook_rules_per_outcome() -> None:
    assert call_finish.needs_next_step(Outcome.CONNECTED)
    assert not call_finish.needs_next_step(Outcome.CALL_BACK)
    assert call_finish.needs_follow_up(Outcome.CALL_BACK)
    assert not call_finish.needs_follow_up(Outcome.WON)
    assert not call_finish.reached(Outcome.NO_ANSWER) and call_finish.reached(Outcome.LOST)
    picks = [call_finish.quick_pick(TODAY, p) for p in QuickPick]
    assert picks == [
        TODAY,
        date(2026, 3, 5),
        date(2026, 3, 7),
        date(2026, 3, 11),
        date(2026, 3, 18),
    ]
    assert call_finish.default_follow_up(Outcome.CONNECTED, TODAY) == date(2026, 3, 7)
    # Nobody answered: try again later today; asked to call back: tomorrow.
    assert call_finish.default_follow_up(Outcome.BUSY, TODAY) == TODAY
    assert call_finish.default_follow_up(Outcome.NO_ANSWER, TODAY) == TODAY
    assert call_finish.default_follow_up(Outcome.CALL_BACK, TODAY) == date(2026, 3, 5)
    assert call_finish.default_follow_up(Outcome.WON, TODAY) is None


def test_a_call_nobody_answered_keeps_the_promise_made_before() -> None:
    old = ("寄样品", date(2026, 3, 6))
    assert carry_hook(Outcome.NO_ANSWER, "", None, *old, TODAY) == old
    # The old date has passed: try again tomorrow.
    passed = carry_hook(Outcome.BUSY, "", None, "寄样品", date(2026, 3, 1), TODAY)
    assert passed == ("寄样品", date(2026, 3, 5))
    # What the rep typed wins; a call that got through stores exactly what was typed.
    assert carry_hook(Outcome.BUSY, " 换个时间 ", None, *old, TODAY)[0] == "换个时间"
    assert carry_hook(Outcome.WON, "", None, *old, TODAY) == ("", None)


def test_details_round_trip_without_empty_fields() -> None:
    details = CallDetails(
        script_id=3,
        script_name="电话销售",
        outline="目标：约见面",
        sections_done=("准备", "建立信任"),
        key_words=("预算", "老板"),
        objections=(Objection("太贵了").asked("预算不够").asked("老板还没批"),),
        verification=Verification(deciders="老板", start="四月"),
        tone=("smile",),
        rep_talk_s=40,
        customer_talk_s=160,
    )
    raw = details.to_json()
    assert '"veto"' in raw and "null" not in raw and "预算" in raw
    assert CallDetails.from_json(raw) == details
    assert details.objections[0].real == "老板还没批"
    assert Objection("太贵了").real == "太贵了"
    assert Objection("太贵了").asked("  ") == Objection("太贵了")
    assert CallDetails().to_json() == ""


@pytest.mark.parametrize(
    "raw",
    ["", "{", "[]", "3", '{"objections": 3, "talk": "x", "verification": []}', '{"v": 1}'],
)
def test_malformed_details_read_as_nothing(raw: str) -> None:
    assert CallDetails.from_json(raw) == CallDetails()


def test_details_keep_what_is_readable() -> None:
    raw = '{"key_words": ["预算", 3, "", "  老板 "], "objections": [{"said": "贵", "whys": [1]}]}'
    found = CallDetails.from_json(raw)
    assert found.key_words == ("预算", "老板")
    assert found.objections == (Objection("贵"),)


def test_cleaned_trims_and_drops_empty_items() -> None:
    messy = CallDetails(
        key_words=(" 预算 ", "", "预算"),
        objections=(Objection("  "), Objection(" 太贵 ", (" 为什么 ", ""))),
    )
    assert messy.cleaned() == CallDetails(
        key_words=("预算",), objections=(Objection("太贵", ("为什么",)),)
    )


def test_prompt_lines_mark_example_questions() -> None:
    lines = prompt_lines("· 微笑说话\n\n现在怎么解决的？\n- Who else decides?")
    assert [(x.text, x.question) for x in lines] == [
        ("微笑说话", False),
        ("现在怎么解决的？", True),
        ("Who else decides?", True),
    ]
    assert is_question("好吗？ ") and not is_question("好。")
    assert join_prompts(["a ", ""], [" b?"]) == "a\nb?"
    assert outline_from(["准备", "成交"], "寄样品", "：") == "→ 寄样品\n准备：\n成交："
    assert outline_from(["Close"]) == "Close: "
