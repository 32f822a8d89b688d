"""Call scripts: the shipped files load in both languages and are checked, installed once per
language, restorable; the rep copies, edits, reorders, creates and deletes scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import ContactInput
from deskcrm.core.rules.call_script import STAGES, prompt_lines
from deskcrm.core.services import calls, contacts, scripts
from deskcrm.core.services.calls import CallRecord
from deskcrm.core.services.database import Database
from deskcrm.core.services.scripts import ScriptFileInvalid, ScriptSectionInfo
from deskcrm.db.models import CallScript, Contact, ScriptSection
from deskcrm.paths import resources_dir

FOLDER = resources_dir() / "scripts"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_shipped_scripts_load(lang: str) -> None:
    found = scripts.load_file(FOLDER / f"{lang}.json")
    assert [s.key for s in found] == ["phone_sales", "follow_up", "vip_care"]
    # The general script walks every stage of a call, in the method's order.
    assert [sec.stage for sec in found[0].sections] == list(STAGES)
    for script in found:
        for section in script.sections:
            assert section.title and section.stage in STAGES
    discover = found[0].sections[STAGES.index("discover")]
    questions = [p for p in discover.prompts if p.endswith(("?", "？"))]
    assert len(questions) >= 5  # who decides, who can veto, when it really starts...


def test_both_languages_ship_the_same_shape() -> None:
    zh, en = (scripts.load_file(FOLDER / f"{lang}.json") for lang in ("zh_CN", "en"))
    assert [[x.stage for x in s.sections] for s in zh] == [
        [x.stage for x in s.sections] for s in en
    ]
    assert [[len(x.prompts) for x in s.sections] for s in zh] == [
        [len(x.prompts) for x in s.sections] for s in en
    ]


def test_install_once_in_the_first_language_and_restore(db: Database) -> None:
    assert scripts.install_defaults(db, FOLDER, "zh_CN")[0] == 3
    assert scripts.install_defaults(db, FOLDER, "zh_CN")[0] == 0
    # Started in Chinese, later opened in English: still one set of scripts.
    assert scripts.install_defaults(db, FOLDER, "en")[0] == 0
    names = [s.name for s in scripts.list_scripts(db)]
    assert "电话销售（通用）" in names and "VIP care call" not in names
    zh_only = scripts.list_scripts(db, "zh_CN")
    assert [s.builtin_key for s in zh_only] == ["phone_sales", "follow_up", "vip_care"]
    first = zh_only[0]
    lines = prompt_lines(first.sections[STAGES.index("trust")].prompts)
    assert lines[0].text.startswith("报出姓名") and lines[-1].question
    # A deleted shipped script stays deleted ...
    scripts.delete_script(db, zh_only[2].id)
    assert scripts.install_defaults(db, FOLDER, "zh_CN")[0] == 0
    # ... until the rep restores the shipped ones; edits of the others are kept.
    scripts.save_script(db, first.id, "我的通用话术", first.sections)
    added, changes = scripts.install_defaults(db, FOLDER, "zh_CN", restore=True)
    assert added == 1 and changes.scripts
    assert [s.name for s in scripts.list_scripts(db, "zh_CN")] == [
        "我的通用话术",
        "跟进回访电话",
        "VIP 关怀电话",
    ]
    # Restoring in English adds the English set beside the Chinese one.
    assert scripts.install_defaults(db, FOLDER, "en", restore=True)[0] == 3
    assert "VIP care call" in [s.name for s in scripts.list_scripts(db)]


@pytest.mark.parametrize(
    ("content", "reason", "where"),
    [
        (b"", "not_json", ""),
        (b"\xff\xfe garbage", "not_json", ""),
        (b"{not json", "not_json", ""),
        (b'{"scripts": 3}', "shape", "scripts"),
        (b'{"version": 2, "scripts": []}', "version", "2"),
        (
            b'{"scripts": [{"key": "a", "name": "A", "sections": []}]}',
            "shape",
            "script 1: sections",
        ),
        (
            b'{"scripts": [{"key": "a", "name": "A", "sections": [{"stage": "dance", '
            b'"title": "x"}]}]}',
            "stage",
            "script 1, section 1: dance",
        ),
        (
            b'{"scripts": [{"key": "a", "name": "A", "sections": [{"stage": "close"}]}]}',
            "field",
            "script 1, section 1: title",
        ),
        (
            b'{"scripts": [{"key": "a", "name": "A", "sections": [{"stage": "close", '
            b'"title": "x", "prompts": "one"}]}]}',
            "shape",
            "script 1, section 1: prompt",
        ),
        (
            b'{"scripts": [{"key": "a", "name": "A", "sections": [{"stage": "close", '
            b'"title": "x", "questions": [3]}]}]}',
            "field",
            "script 1, section 1: question",
        ),
        (b'{"scripts": [{"key": "a", "name": "", "sections": []}]}', "field", "script 1: name"),
    ],
)
def test_malformed_file_is_refused_clearly_and_changes_nothing(
    tmp_path: Path, db: Database, content: bytes, reason: str, where: str
) -> None:
    (tmp_path / "en.json").write_bytes(content)
    with pytest.raises(ScriptFileInvalid) as caught:
        scripts.install_defaults(db, tmp_path, "en")
    assert caught.value.data["reason"] == reason
    assert caught.value.data["where"] == where
    assert caught.value.data["path"] == str(tmp_path / "en.json")
    assert scripts.list_scripts(db) == []


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    one = {"key": "a", "name": "A", "sections": [{"stage": "close", "title": "x"}]}
    (tmp_path / "en.json").write_text(json.dumps({"scripts": [one, one]}), encoding="utf-8")
    with pytest.raises(ScriptFileInvalid) as caught:
        scripts.load_file(tmp_path / "en.json")
    assert caught.value.data["where"] == "script 2: key a"


def test_a_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    text = (FOLDER / "zh_CN.json").read_text(encoding="utf-8")
    (tmp_path / "zh_CN.json").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert len(scripts.load_file(tmp_path / "zh_CN.json")) == 3


def test_missing_file(tmp_path: Path, db: Database) -> None:
    with pytest.raises(ScriptFileInvalid) as caught:
        scripts.install_defaults(db, tmp_path, "en")
    assert caught.value.data["reason"] == "unreadable"


SECTIONS = [
    ScriptSectionInfo("prepare", " 准备 ", "看资料\n\n  写目标  "),
    ScriptSectionInfo("close", "成交", "周三还是周四？"),
]


def _stored(db: Database) -> list[tuple[str, list[tuple[int, str, str, str]]]]:
    with db.reading() as s:
        out = []
        for script in s.scalars(select(CallScript).order_by(CallScript.position)):
            rows = s.scalars(
                select(ScriptSection)
                .where(ScriptSection.script_id == script.id)
                .order_by(ScriptSection.position)
            )
            out.append((script.name, [(r.position, r.stage, r.title, r.prompts) for r in rows]))
        return out


def test_create_edit_copy_move_and_delete_scripts(db: Database) -> None:
    a, changes = scripts.save_script(db, None, " 开发 新客户 ", SECTIONS)
    assert changes.scripts
    assert _stored(db) == [
        (
            "开发 新客户",
            [(0, "prepare", "准备", "看资料\n写目标"), (1, "close", "成交", "周三还是周四？")],
        )
    ]
    b, _ = scripts.save_script(db, None, "回访", SECTIONS[1:])
    copy, _ = scripts.copy_script(db, a, "开发（副本）")
    assert [name for name, _ in _stored(db)] == ["开发 新客户", "开发（副本）", "回访"]
    assert _stored(db)[1][1] == _stored(db)[0][1]
    # Editing the copy reorders its sections and leaves the original alone.
    scripts.save_script(db, copy, "开发（副本）", [SECTIONS[1], SECTIONS[0]])
    assert [r[1] for r in _stored(db)[1][1]] == ["close", "prepare"]
    assert [r[1] for r in _stored(db)[0][1]] == ["prepare", "close"]
    scripts.move_script(db, b, 0)
    assert [name for name, _ in _stored(db)] == ["回访", "开发 新客户", "开发（副本）"]
    scripts.move_script(db, b, 99)
    assert [name for name, _ in _stored(db)][-1] == "回访"
    got = scripts.get_script(db, copy)
    assert (got.name, got.lang, got.builtin_key) == ("开发（副本）", "", "")


def test_deleting_a_remembered_script_forgets_it_for_the_contact(db: Database) -> None:
    sid, _ = scripts.save_script(db, None, "回访", SECTIONS)
    cid, _ = contacts.create_contact(db, ContactInput(name="张伟"))
    calls.save_call(db, CallRecord(cid, "busy", script_id=sid))
    assert calls.call_story(db, cid).script_id == sid
    scripts.delete_script(db, sid)
    with db.reading() as s:
        contact = s.get(Contact, cid)
        assert contact is not None and contact.script_id is None
        assert s.scalars(select(ScriptSection)).all() == []
    with pytest.raises(NotFound):
        scripts.get_script(db, sid)


@pytest.mark.parametrize(
    ("name", "sections", "field"),
    [
        ("  ", SECTIONS, "name"),
        ("x" * 201, SECTIONS, "name"),
        ("A", [ScriptSectionInfo("dance", "跳舞", "")], "stage"),
        ("A", [ScriptSectionInfo("close", " ", "")], "title"),
        ("A", [ScriptSectionInfo("close", "成交", "x" * 10_001)], "prompts"),
        ("A", [ScriptSectionInfo("close", "成交", "")] * 51, "sections"),
    ],
)
def test_bad_scripts_are_refused(
    db: Database, name: str, sections: list[ScriptSectionInfo], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        scripts.save_script(db, None, name, sections)
    assert caught.value.field == field
    assert _stored(db) == []
