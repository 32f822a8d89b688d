"""A missed class window decided: extend once (then refused), or move to D through the flags;
the draft stops proposing the line after either, and undo puts the class clock back."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import ContactInput
from deskcrm.core.rules.plan_draft import Reason
from deskcrm.core.services import class_windows, classification, contacts, plan, plan_draft
from deskcrm.core.services.classification import ClassFlags
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact

TODAY = date(2026, 3, 4)
A_FLAGS = ClassFlags(met_first_kp=True, has_need=True, has_power=True)


def _overdue_a(db: Database, clock: Any, name: str = "王芳", late: int = 3) -> int:
    """An A entered on TODAY, with the clock moved `late` days past its 7-day window."""
    cid, _ = contacts.create_contact(db, ContactInput(name=name))
    classification.set_flags(db, cid, A_FLAGS)
    clock.now += timedelta(days=7 + late)
    return cid


def _stored(db: Database, cid: int) -> tuple[Any, ...]:
    with db.reading() as s:
        return tuple(
            s.execute(
                select(
                    Contact.class_code,
                    Contact.class_since,
                    Contact.class_extended_on,
                    Contact.declined,
                ).where(Contact.id == cid)
            ).one()
        )


def _deadline_lines(db: Database, day: date) -> list[int | None]:
    return [s.contact_id for s in plan_draft.draft(db, day) if s.reason == Reason.CLASS_DEADLINE]


def test_extend_restarts_the_window_once_then_refuses(db: Database, clock: Any) -> None:
    cid = _overdue_a(db, clock)
    today = db.today()
    assert classification.get_state(db, cid).overdue
    assert _deadline_lines(db, today) == [cid]
    decision, changes = class_windows.extend_window(db, cid)
    assert changes.contacts == {cid} and changes.plan
    assert _stored(db, cid) == ("A", today, today, False)
    assert decision.state.days_left == 7 and not decision.state.overdue
    assert decision.state.extended_on == today
    assert decision.before.class_since == TODAY and decision.before.extended_on is None
    # The draft no longer proposes the missed deadline (nor today's ones).
    assert _deadline_lines(db, today) == []
    # Missed again: the draft asks again, and a second extension is refused, unchanged.
    clock.now += timedelta(days=8)
    assert _deadline_lines(db, db.today()) == [cid]
    with pytest.raises(ValidationError) as refused:
        class_windows.extend_window(db, cid)
    assert (refused.value.field, refused.value.reason) == ("class_window", "extended_once")
    assert _stored(db, cid) == ("A", today, today, False)


def test_extend_is_refused_inside_the_window_and_without_a_class(db: Database, clock: Any) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="李四"))
    with pytest.raises(ValidationError) as none:
        class_windows.extend_window(db, cid)
    assert none.value.reason == "no_window"
    classification.set_flags(db, cid, A_FLAGS)
    with pytest.raises(ValidationError) as early:
        class_windows.extend_window(db, cid)
    assert early.value.reason == "not_overdue"
    assert _stored(db, cid) == ("A", TODAY, None, False)


def test_move_to_d_sets_the_declined_flag_and_the_class_is_derived(
    db: Database, clock: Any
) -> None:
    cid = _overdue_a(db, clock)
    decision, changes = class_windows.move_to_d(db, cid)
    assert changes.contacts == {cid} and changes.plan and changes.stats
    assert _stored(db, cid)[0] == "D" and _stored(db, cid)[3] is True
    assert decision.state.flags.declined and decision.state.deadline is None
    assert _deadline_lines(db, db.today()) == []
    # Undo puts back the A with its original clock, not a fresh one.
    classification_state, _ = class_windows.undo_decision(db, decision.before)
    assert _stored(db, cid) == ("A", TODAY, None, False)
    assert classification_state.overdue
    assert _deadline_lines(db, db.today()) == [cid]


def test_a_decision_on_a_plan_line_ticks_it_done_and_undo_unticks(db: Database, clock: Any) -> None:
    other, _ = contacts.create_contact(db, ContactInput(name="赵六"))
    classification.set_flags(db, other, A_FLAGS)
    cid = _overdue_a(db, clock)
    today = db.today()
    added, _ = plan_draft.accept(db, today, plan_draft.draft(db, today))
    line = next(i for i in added if i.contact_id == cid)
    decision, _ = class_windows.move_to_d(db, cid, line.id)
    assert plan.get_item(db, line.id).done
    class_windows.undo_decision(db, decision.before)
    assert not plan.get_item(db, line.id).done
    # A line of another contact is not ticked by this contact's decision.
    other_line = next(i for i in added if i.contact_id == other)
    with pytest.raises(ValidationError):
        class_windows.extend_window(db, cid, other_line.id)
    assert not plan.get_item(db, other_line.id).done
    decision, _ = class_windows.extend_window(db, cid, line.id)
    assert plan.get_item(db, line.id).done and _stored(db, cid)[2] == today


def test_a_new_class_gets_its_own_extension(db: Database, clock: Any) -> None:
    cid = _overdue_a(db, clock)
    class_windows.extend_window(db, cid)
    # Losing the first key person makes it a B: a new window, extendable once again.
    b = ClassFlags(has_need=True, has_power=True, kp_level="second_third")
    state, _ = classification.set_flags(db, cid, b)
    assert state.class_code == "B" and state.extended_on is None
    assert _stored(db, cid)[2] is None


def test_the_detail_says_when_the_window_passed(db: Database, clock: Any) -> None:
    cid = _overdue_a(db, clock)
    detail = contacts.get_contact(db, cid)
    assert detail.class_overdue and detail.class_deadline == TODAY + timedelta(days=7)
    assert detail.class_extended_on is None
    class_windows.extend_window(db, cid)
    detail = contacts.get_contact(db, cid)
    assert not detail.class_overdue and detail.class_extended_on == db.today()
