"""Template purposes: known words stored as codes, and which templates suit a plan line."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from deskcrm.core.rules.plan_draft import PURPOSES
from deskcrm.core.rules.template_purposes import (
    KNOWN_PURPOSES,
    canonical_purpose,
    known_purpose,
    same_purpose,
    suited,
)
from deskcrm.core.services import templates
from deskcrm.core.services.database import Database


@dataclass(frozen=True)
class T:
    name: str
    purpose: str


def test_every_purpose_the_draft_asks_for_is_known() -> None:
    assert set(PURPOSES.values()) <= set(KNOWN_PURPOSES)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("节日", "festival"),
        ("Festival", "festival"),
        (" 生日 ", "birthday"),
        ("vip", "VIP"),
        ("y + o", "Y+O"),
        ("复购", "repurchase"),
        ("Anniversary", "occasion"),
        ("b类", "B"),
        ("  老 朋友 ", "老 朋友"),  # the rep's own group, tidied
        ("", ""),
    ],
)
def test_canonical_purpose(typed: str, stored: str) -> None:
    assert canonical_purpose(typed) == stored


def test_known_and_same() -> None:
    assert known_purpose("老朋友") is None
    assert same_purpose("Festival", "节日") and same_purpose("老朋友", "老朋友 ")
    assert same_purpose("My Group", "my group") and not same_purpose("", "")


def test_suited_best_match_first_in_the_reps_order() -> None:
    found = [
        T("generic", ""),
        T("holiday en", "Festival"),
        T("vip", "VIP"),
        T("节日问候", "节日"),
        T("own", "老朋友"),
        T("vip 2", "vip"),
    ]
    assert [t.name for t in suited(found, ["festival"])] == ["holiday en", "节日问候"]
    assert [t.name for t in suited(found, ["VIP", "festival"])] == [
        "vip",
        "vip 2",
        "holiday en",
        "节日问候",
    ]
    assert [t.name for t in suited(found, ["老朋友"])] == ["own"]
    assert suited(found, ["birthday"]) == [] and suited(found, []) == []


def test_saved_purposes_are_codes_and_found_by_the_service(db: Database) -> None:
    a, _ = templates.create_template(db, "贺寿", "{address}生日快乐！", "生日")
    b, _ = templates.create_template(db, "Own", "Hi {name}", "Old friends")
    templates.save_template(db, b, "Own", "Hi {name}", "Birthday")
    assert templates.get_template(db, a).purpose == "birthday"
    assert templates.get_template(db, b).purpose == "birthday"
    templates.update_template(db, b, purpose="old friends")
    assert [t.id for t in templates.templates_for(db, ["birthday"])] == [a]
    assert [t.id for t in templates.templates_for(db, ["Old Friends"])] == [b]
