"""`deskcrm contacts --json` with the method's facts (coach, verification, qualification,
closeness) and the method's views (ask_referral, not_qualified, going_cold)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from deskcrm.cli import main
from deskcrm.commands import CommandContext
from deskcrm.commands.contacts import JSON_KEYS
from deskcrm.core.model import AnswerState, BuiltinTag, ContactInput, TouchKind
from deskcrm.core.rules.call_details import Verification
from deskcrm.core.rules.qualification import Question
from deskcrm.core.services import (
    contacts,
    own_questions,
    qualification,
    tagging,
    touches,
    verification,
)
from deskcrm.core.services.contact_list import View
from deskcrm.paths import DataPaths


def _calls(db: Any, cid: int, days_ago: list[int]) -> None:
    now = datetime.now().astimezone()
    for d in days_ago:
        touches.log_touch(
            db,
            touches.TouchInput(contact_id=cid, kind=TouchKind.CALL, at=now - timedelta(days=d)),
        )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, int]]]:
    """A coach and the prospect they guide (verified, a "no" on the budget and on an own
    question, three calls), an untouched contact, and two customers (M): one whose
    calls stopped 40 days ago after a 10-day rhythm, one never touched."""
    folder = tmp_path_factory.mktemp("method") / "data"
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        with db.reading() as s:
            m = tagging.builtin_ids(s)[BuiltinTag.M]
        ids: dict[str, int] = {}
        ids["coach"] = contacts.create_contact(db, ContactInput(name="李教练"))[0]
        ids["prospect"] = contacts.create_contact(
            db, ContactInput(name="王建国", coach_id=ids["coach"])
        )[0]
        ids["blank"] = contacts.create_contact(db, ContactInput(name="赵空白"))[0]
        ids["cold"] = contacts.create_contact(db, ContactInput(name="孙老客"), tag_ids=(m,))[0]
        ids["customer"] = contacts.create_contact(db, ContactInput(name="钱客户"), tag_ids=(m,))[0]
        verification.set_verification(
            db, ids["prospect"], Verification("老板和财务", "法务部", "明年三月")
        )
        qualification.set_answer(db, ids["prospect"], Question.BUDGET, AnswerState.NO.value)
        (warehouse,), _ = own_questions.save_own_questions(
            db, [own_questions.OwnQuestionEdit(None, "有自己的仓库吗？")]
        )
        ids["own"] = warehouse.id
        qualification.set_own_answer(db, ids["prospect"], warehouse.id, AnswerState.NO.value)
        _calls(db, ids["prospect"], [20, 10, 1])
        _calls(db, ids["cold"], [60, 50, 40])
    finally:
        ctx.close()
    yield folder, ids


def _rows(
    capsys: pytest.CaptureFixture[str], folder: Path, *argv: str
) -> dict[str, dict[str, Any]]:
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "contacts", "--json", *argv]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    rows = json.loads(out)
    assert all(tuple(r) == JSON_KEYS for r in rows)
    return {r["name"]: r for r in rows}


def test_json_has_coach_verification_qualification_and_closeness(
    seeded: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, ids = seeded
    rows = _rows(capsys, folder)
    prospect = rows["王建国"]
    assert prospect["coach"] == {"id": ids["coach"], "name": "李教练"}
    assert prospect["verification"] == {
        "decider": "老板和财务",
        "veto": "法务部",
        "start": "明年三月",
    }
    # Answered: the coach question (yes, set with the coach) and the budget (no) of the
    # nine, and the one own question (no).
    assert prospect["qualification"] == {
        "answered": 3,
        "total": 10,
        "bad": ["budget", f"own_{ids['own']}"],
    }
    # Three calls over 19 days, the last yesterday: volume 3/12, frequency full (more
    # than twice a month), recency full: 100 * (0.6 * 0.25 + 0.4 * 1) = 55.
    assert prospect["closeness"] == 55
    assert prospect["touches"] == 3
    blank = rows["赵空白"]
    assert (blank["coach"], blank["closeness"]) == (None, 0)
    assert blank["verification"] == {"decider": "", "veto": "", "start": ""}
    assert blank["qualification"] == {
        "answered": 0,
        "total": 10,
        "bad": [],
    }
    # The same three calls, 10 days apart, but silent for 40 days: 30 days past its
    # usual gap, and closeness halves every 60: 55 * 0.5 ** (30 / 60) = 38.9.
    assert rows["孙老客"]["closeness"] == 39


def test_a_coach_in_the_trash_is_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    ctx = CommandContext(DataPaths(folder), None)
    try:
        db = ctx.open_db()
        coach = contacts.create_contact(db, ContactInput(name="李教练"))[0]
        contacts.create_contact(db, ContactInput(name="王建国", coach_id=coach))
        contacts.trash_contacts(db, [coach])
    finally:
        ctx.close()
    assert _rows(capsys, folder)["王建国"]["coach"] is None


@pytest.mark.parametrize(
    ("view", "names"),
    [
        ("not_qualified", {"王建国"}),  # a bad budget (孙老客 bought: no longer a prospect)
        ("ask_referral", {"孙老客", "钱客户"}),  # customers never asked
        ("going_cold", {"孙老客"}),  # bought before, silent past twice its rhythm
    ],
)
def test_method_views(
    view: str,
    names: set[str],
    seeded: tuple[Path, dict[str, int]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, _ = seeded
    assert set(_rows(capsys, folder, "--view", view)) == names
    # The text table lists the same people.
    assert main(["--data-dir", str(folder), "contacts", "--view", view.upper()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert {line.split()[1] for line in lines[1:-1]} == names


def test_help_names_the_views(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["contacts", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for view in View:
        assert view.value in text
    assert {"ask_referral", "not_qualified", "going_cold"} <= {v.value for v in View}
