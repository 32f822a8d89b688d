"""Shipped call scripts load in both languages; a malformed file says what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskcrm.core.services import calls, scripts
from deskcrm.core.services.database import Database
from deskcrm.core.services.scripts import ScriptFileInvalid
from deskcrm.paths import resources_dir

FOLDER = resources_dir() / "scripts"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_shipped_scripts_load(lang: str) -> None:
    found = scripts.load_file(FOLDER / f"{lang}.json")
    assert [s.key for s in found] == ["phone_sales", "follow_up", "vip_care"]
    stages = [sec.stage for sec in found[0].sections]
    assert stages[0] == "prepare" and stages[-1] == "referral" and "close" in stages


def test_install_once_per_language(db: Database) -> None:
    assert scripts.install_defaults(db, FOLDER, "zh_CN")[0] == 3
    assert scripts.install_defaults(db, FOLDER, "zh_CN")[0] == 0
    assert scripts.install_defaults(db, FOLDER, "en")[0] == 3
    names = [s.name for s in calls.scripts(db)]
    assert "电话销售（通用）" in names and "VIP care call" in names
    first = calls.scripts(db)[0]
    assert first.sections[1].prompts.splitlines()[0].startswith("报出姓名")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not_json"),
        (b"\xff\xfe garbage", "not_json"),
        (b'{"scripts": 3}', "shape"),
        (
            b'{"scripts": [{"key": "a", "name": "A", "sections": [{"stage": "dance", '
            b'"title": "x"}]}]}',
            "stage",
        ),
        (b'{"scripts": [{"key": "a", "name": "", "sections": []}]}', "field"),
    ],
)
def test_malformed_file_is_refused_clearly(
    tmp_path: Path, db: Database, content: bytes, reason: str
) -> None:
    (tmp_path / "en.json").write_bytes(content)
    with pytest.raises(ScriptFileInvalid) as caught:
        scripts.install_defaults(db, tmp_path, "en")
    assert caught.value.data["reason"] == reason
    assert calls.scripts(db) == []


def test_missing_file(tmp_path: Path, db: Database) -> None:
    with pytest.raises(ScriptFileInvalid) as caught:
        scripts.install_defaults(db, tmp_path, "en")
    assert caught.value.data["reason"] == "unreadable"
