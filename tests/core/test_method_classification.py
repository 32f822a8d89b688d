"""Classification service: flags in, derived class with its clock and countdown out, on SQLite."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, ContactInput, KpLevel, TouchKind
from deskcrm.core.rules.cadence import Nudge
from deskcrm.core.services import classification, contacts, deals, settings_store, tagging
from deskcrm.core.services.classification import ClassFlags
from deskcrm.core.services.database import Database
from deskcrm.core.services.touches import TouchInput, log_touch
from deskcrm.db.models import Contact

TODAY = date(2026, 3, 4)
A_FLAGS = ClassFlags(met_first_kp=True, has_need=True, has_power=True)


def _new(db: Database, name: str = "王芳") -> int:
    cid, _ = contacts.create_contact(db, ContactInput(name=name))
    return cid


def _stored(db: Database, cid: int) -> tuple[str | None, date | None]:
    with db.reading() as s:
        row = s.execute(
            select(Contact.class_code, Contact.class_since).where(Contact.id == cid)
        ).one()
        return row[0], row[1]


def test_new_contact_is_unclassified(db: Database) -> None:
    state = classification.get_state(db, _new(db))
    assert state.class_code is None and state.days_left is None and not state.overdue
    assert state.touch_count == 0 and state.nudge is None


def test_three_flags_make_an_a_with_a_seven_day_countdown(db: Database) -> None:
    cid = _new(db)
    state, changes = classification.set_flags(db, cid, A_FLAGS)
    assert changes.contacts == {cid} and changes.plan
    assert (state.class_code, state.class_since) == ("A", TODAY)
    assert state.window_days == 7 and state.deadline == date(2026, 3, 11)
    assert state.days_left == 7 and not state.overdue
    assert _stored(db, cid) == ("A", TODAY)


def test_class_clock_moves_only_when_the_class_changes(db: Database, clock: Any) -> None:
    cid = _new(db)
    b = ClassFlags(has_need=True, has_power=True, kp_level=KpLevel.SECOND_THIRD)
    classification.set_flags(db, cid, b)
    assert _stored(db, cid) == ("B", TODAY)
    clock.now += timedelta(days=5)
    # Same class again (a note-worthy tick that changes nothing): the 20 days keep counting.
    state, _ = classification.set_flags(db, cid, b)
    assert state.class_since == TODAY and state.days_left == 15
    # Meeting the first key person makes it an A, counted from today.
    state, _ = classification.set_flags(db, cid, ClassFlags(True, True, True, KpLevel.SECOND_THIRD))
    assert (state.class_code, state.class_since, state.days_left) == (
        "A",
        TODAY + timedelta(days=5),
        7,
    )
    # Losing the buying power leaves no class at all.
    state, _ = classification.set_flags(db, cid, ClassFlags(True, True, False))
    assert _stored(db, cid) == (None, None) and state.days_left is None


def test_c_counts_thirty_days_and_overdue_is_flagged(db: Database, clock: Any) -> None:
    cid = _new(db)
    classification.set_flags(db, cid, ClassFlags(has_need=True, kp_level=KpLevel.DEPT_HEAD))
    clock.now += timedelta(days=30)
    state = classification.get_state(db, cid)
    assert state.class_code == "C" and state.days_left == 0 and not state.overdue
    clock.now += timedelta(days=1)
    state = classification.get_state(db, cid)
    assert state.days_left == -1 and state.overdue
    overview = classification.class_overview(db)
    assert overview.counts["C"] == 1 and overview.overdue["C"] == 1


def test_windows_come_from_settings(db: Database) -> None:
    settings_store.set_values(db, {"class.window_a_days": 3, "class.window_b_days": 25})
    cid = _new(db)
    state, _ = classification.set_flags(db, cid, A_FLAGS)
    assert state.days_left == 3
    state, _ = classification.set_flags(
        db, cid, ClassFlags(has_need=True, has_power=True, kp_level=KpLevel.SECOND_THIRD)
    )
    assert state.days_left == 25


def test_an_a_that_declines_goes_to_d_and_can_come_back(db: Database, clock: Any) -> None:
    cid = _new(db)
    classification.set_flags(db, cid, A_FLAGS)
    clock.now += timedelta(days=2)
    state, _ = classification.set_declined(db, cid)
    assert state.class_code == "D" and state.days_left is None and not state.overdue
    assert state.flags.declined and state.flags.met_first_kp  # the flags are kept
    state, _ = classification.set_declined(db, cid, False)
    assert (state.class_code, state.class_since) == ("A", TODAY + timedelta(days=2))


def test_a_won_deal_in_the_window_is_not_overdue(db: Database, clock: Any) -> None:
    cid = _new(db)
    classification.set_flags(db, cid, A_FLAGS)
    deal_id, _ = deals.create_deal(db, deals.DealInput(cid, "样品"))
    clock.now += timedelta(days=3)
    deals.win_deal(db, deal_id)
    clock.now += timedelta(days=10)
    state = classification.get_state(db, cid)
    assert state.days_left == -6 and state.won_in_window and not state.overdue
    assert state.bought and state.nudge is None
    assert classification.class_overview(db).overdue["A"] == 0


def test_follow_up_count_curve_and_nudges(db: Database) -> None:
    cid = _new(db)
    for n in range(1, 6):
        log_touch(db, TouchInput(cid, TouchKind.CALL))
        state = classification.get_state(db, cid)
        assert state.touch_count == n
        if n in (3, 4):
            assert state.nudge == Nudge.KEEP_GOING
        elif n >= 5:
            assert state.nudge == Nudge.DECIDE
        else:
            assert state.nudge is None
    assert state.curve.conversion == 0.80 and state.curve.to_average == 7


def test_bought_contacts_get_no_nudge(db: Database) -> None:
    cid = _new(db)
    for _ in range(3):
        log_touch(db, TouchInput(cid, TouchKind.CALL))
    with db.reading() as s:
        m = tagging.builtin_ids(s)[BuiltinTag.M]
    tagging.tag_contacts(db, [cid], add=[m])
    state = classification.get_state(db, cid)
    assert state.bought and state.nudge is None and state.touch_count == 3


def test_bad_input_and_missing_contact(db: Database) -> None:
    cid = _new(db)
    with pytest.raises(ValidationError) as err:
        classification.set_flags(db, cid, ClassFlags(kp_level="boss"))
    assert err.value.field == "kp_level"
    assert _stored(db, cid) == (None, None)
    with pytest.raises(NotFound):
        classification.get_state(db, 999)
    contacts.trash_contacts(db, [cid])
    with pytest.raises(NotFound):
        classification.set_flags(db, cid, A_FLAGS)


def test_method_view_gathers_the_panel_in_one_read(db: Database) -> None:
    from deskcrm.core.services import method_view, qualification

    cid = _new(db)
    classification.set_flags(db, cid, A_FLAGS)
    qualification.set_answer(db, cid, 4, "yes", "预算已批")
    deal_id, _ = deals.create_deal(db, deals.DealInput(cid, "试用"))
    view = method_view.method_view(db, cid)
    assert view is not None and view.name == "王芳"
    assert view.state.class_code == "A" and view.state.days_left == 7
    assert view.qualification.answered == 1 and view.qualification.answers[3].note == "预算已批"
    assert view.score.score == 0 and not view.score.out_of_target
    assert [d.deal.id for d in view.deals] == [deal_id]
    assert view.deal_options.stages[0] == "recorded"
    contacts.trash_contacts(db, [cid])
    assert method_view.method_view(db, cid) is None
    assert method_view.method_view(db, 12345) is None
