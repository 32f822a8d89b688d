"""Pinyin search as phone contact apps do it: each syllable in full, as a prefix or its initial."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from deskcrm.core.model import ContactInput, ContactQuery
from deskcrm.core.rules.pinyin import (
    MAX_PIECES,
    SYLLABLES,
    cut_pattern,
    mixed_cuts,
    name_columns,
    name_syllables,
    shared_initials,
    syllable_key,
    typed_cuts,
)
from deskcrm.core.services import contact_list, contacts
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.db.models import Contact

NAMES = (
    "张三丰",
    "张山峰",
    "蔡徐洋",
    "曾伟",
    "单田芳",
    "张伟",
    "周树芬",
    "欧阳娜娜",
    "庄晓明",
    "吕静",
    "Tom Lee",
    "张Tom",
)


def _oracle(query: str, syllables: tuple[str, ...]) -> bool:
    """The rule written out: the whole spelling's or the initials' prefix, or pieces that
    each start the next syllable of the name from its first one."""
    q = "".join(query.lower().split())
    if not q or not (q.isascii() and q.isalpha()):
        return False
    if "".join(syllables).startswith(q) or "".join(s[0] for s in syllables).startswith(q):
        return True

    def walk(rest: str, at: int, pieces: int) -> bool:
        if not rest:
            return True
        if at == len(syllables) or pieces == MAX_PIECES:
            return False
        syllable = syllables[at]
        return any(
            rest.startswith(syllable[:n]) and walk(rest[n:], at + 1, pieces + 1)
            for n in range(1, len(syllable) + 1)
            # A Latin word takes part in a cut only with a piece that starts a syllable.
            if syllable in SYLLABLES or syllable[:n] in {s[:n] for s in SYLLABLES}
        )

    return walk(q, 0, 0)


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[int, str]]]:
    path: Path = tmp_path_factory.mktemp("pinyin") / "people.sqlite3"
    database = open_database(f"sqlite:///{path}")
    ids = {}
    for name in NAMES:
        cid, _ = contacts.create_contact(database, ContactInput(name=name, company="公司"))
        ids[cid] = name
    yield database, ids
    database.dispose()


def _found(people: tuple[Database, dict[int, str]], text: str) -> set[str]:
    database, ids = people
    return {ids[i] for i in contact_list.contact_ids(database, ContactQuery(text=text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each syllable in full, as a prefix or as its initial, in any mix.
        ("zsf", {"张三丰", "张山峰", "周树芬"}),
        ("zsfen", {"张三丰", "张山峰", "周树芬"}),
        ("zhangsf", {"张三丰", "张山峰"}),
        ("zsfeng", {"张三丰", "张山峰"}),
        ("zhsanf", {"张三丰"}),
        ("zhangsanfeng", {"张三丰"}),
        ("zhangshanf", {"张山峰"}),
        ("ZhangSF", {"张三丰", "张山峰"}),
        ("zhang s f", {"张三丰", "张山峰"}),
        ("caixy", {"蔡徐洋"}),
        ("cxyang", {"蔡徐洋"}),
        ("caixuyang", {"蔡徐洋"}),
        ("oyangnn", {"欧阳娜娜"}),
        ("zhuangxm", {"庄晓明"}),
        ("lvj", {"吕静"}),
        # Surnames read as surnames.
        ("zengw", {"曾伟"}),
        ("zwei", {"曾伟", "张伟"}),
        ("cengw", set()),
        ("shantf", {"单田芳"}),
        ("stfang", {"单田芳"}),
        ("dantf", set()),
        # A piece never skips a syllable, and matching starts at the full name.
        ("zf", set()),
        ("sanfeng", set()),
        # Latin words: the whole spelling, the initials, or a piece that starts a syllable.
        ("tomle", {"Tom Lee"}),
        ("zhangto", {"张Tom"}),
        ("zt", {"张Tom"}),
    ],
)
def test_typed_syllables(
    people: tuple[Database, dict[int, str]], text: str, expected: set[str]
) -> None:
    assert _found(people, text) == expected


def test_chinese_text_and_company_still_match(people: tuple[Database, dict[int, str]]) -> None:
    assert _found(people, "三丰") == {"张三丰"}
    assert _found(people, "公司") == set(NAMES)


def test_keys_of_a_name() -> None:
    assert name_columns("张三丰") == {
        "name_pinyin": "zhangsanfeng",
        "name_initials": "zsf",
        "name_sort": "zhang san feng",
        "name_syllables": "zhang san   feng",
    }
    assert name_columns("曾伟")["name_syllables"] == "zeng  wei"
    assert name_columns("Tom Lee")["name_syllables"] == "tomlee"
    assert syllable_key(("zhuang", "xiao")) == "zhuangxiao"


def test_cuts() -> None:
    assert typed_cuts("zsf") == [("z", "s", "f")]
    assert ("zhang", "s", "f") in mixed_cuts("zhangsf")
    # One piece and all-initials cuts are answered by the two prefix ranges.
    assert mixed_cuts("zsf") == [] and mixed_cuts("zh") == []
    assert cut_pattern(("zhang", "s", "f")) == "zhang_s_____f%"
    assert typed_cuts("iu") == []


def test_the_stored_keys_are_kept_on_rename(db: Database) -> None:
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    contacts.update_contact(db, cid, ContactInput(name="蔡徐洋"))
    with db.reading() as s:
        contact = s.get(Contact, cid)
        assert contact is not None
        assert contact.name_syllables == "cai   xu    yang"
    assert contact_list.contact_ids(db, ContactQuery(text="caixy")) == [cid]
    assert contact_list.contact_ids(db, ContactQuery(text="zhangw")) == []


_SYLLABLES_OF = {name: name_syllables(name) for name in NAMES}


@st.composite
def typed(draw: st.DrawFn) -> str:
    """What a person types for a name: from the first syllable on, each piece the
    syllable in full, a prefix of it or its initial; sometimes a stray letter."""
    syllables = _SYLLABLES_OF[draw(st.sampled_from(NAMES))]
    count = draw(st.integers(1, len(syllables)))
    pieces = [s[: draw(st.integers(1, len(s)))] for s in syllables[:count]]
    if draw(st.booleans()):
        pieces.append(draw(st.sampled_from("abcdefghjklmnopqrstwxyz")))
    return "".join(pieces)


def _expected(text: str) -> set[str]:
    """By the rule, plus names holding the letters as text (the company "公司" holds none)."""
    by_pinyin = {n for n, syllables in _SYLLABLES_OF.items() if _oracle(text, syllables)}
    return by_pinyin | {n for n in NAMES if text.lower() in n.lower()}


FAST = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FAST
@given(typed())
def test_search_finds_exactly_the_names_the_rule_matches(
    people: tuple[Database, dict[int, str]], text: str
) -> None:
    assert _found(people, text) == _expected(text)


@FAST
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9))
def test_any_letters_match_as_the_rule_says(
    people: tuple[Database, dict[int, str]], text: str
) -> None:
    assert _found(people, text) == _expected(text)


def test_pickers_find_by_the_same_rule(people: tuple[Database, dict[int, str]]) -> None:
    database, _ = people
    assert [r.name for r in contacts.find_by_name(database, "zhangsf")] == ["张三丰", "张山峰"]
    assert [r.name for r in contacts.find_by_name(database, "caixy")] == ["蔡徐洋"]
    assert [r.name for r in contacts.find_by_name(database, "三丰")] == ["张三丰"]


def test_migration_fills_the_key_of_existing_contacts(tmp_path: Path) -> None:
    from sqlalchemy import Boolean, Integer, inspect, text

    from deskcrm.db import migrate
    from deskcrm.db.engine import make_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0005")
    with engine.begin() as conn:
        # The columns of revision 0005 as the file has them, not today's models.
        row: dict[str, object] = {}
        for col in inspect(conn).get_columns("contacts"):
            if not (col["nullable"] or col.get("default") is not None or col["name"] == "id"):
                row[col["name"]] = 0 if isinstance(col["type"], Integer | Boolean) else ""
        row.update(name="张三丰", name_pinyin="zhangsanfeng", name_initials="zsf")
        marks = ", ".join(f":{k}" for k in row)
        conn.execute(text(f"INSERT INTO contacts ({', '.join(row)}) VALUES ({marks})"), row)
    engine.dispose()
    database = open_database(url)
    try:
        with database.reading() as s:
            assert s.scalars(select(Contact.name_syllables)).all() == ["zhang san   feng"]
        assert len(contact_list.contact_ids(database, ContactQuery(text="zhangsf"))) == 1
    finally:
        database.dispose()


def test_shared_initials() -> None:
    assert shared_initials([("z", "z", "qiang"), ("z", "z", "q", "iang")]) == "zzq"
    assert shared_initials([("zhang", "w"), ("z", "ha", "ng", "w")]) == "z"
    assert shared_initials([("zhang", "s", "f")]) == "zsf"
