"""`deskcrm templates` and `deskcrm message`: listing, adding, filling a segment, logging."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskcrm.cli import main
from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.services import contacts, settings_store, tagging
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.db.models import MessageTemplate, Touch
from deskcrm.paths import DataPaths


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    DataPaths(folder).ensure()
    db = open_database(DataPaths(folder).default_db_url())
    female, _ = tagging.create_tag(db, "女")
    wang, _ = contacts.create_contact(db, ContactInput(name="王丽", company="星辰茶餐厅"))
    contacts.create_contact(db, ContactInput(name="张伟", title="总经理"))
    contacts.create_contact(db, ContactInput(name="李明"))
    tagging.tag_contacts(db, [wang], add=[female])
    db.dispose()
    yield folder


def _db(folder: Path) -> Database:
    return open_database(DataPaths(folder).default_db_url())


def _run(folder: Path, *words: str) -> int:
    return main(["--data-dir", str(folder), *words])


def _wechat(folder: Path) -> list[tuple[int, str]]:
    db = _db(folder)
    try:
        with db.reading() as s:
            return [
                (cid, notes)
                for cid, notes in s.execute(
                    select(Touch.contact_id, Touch.notes)
                    .where(Touch.kind == TouchKind.WECHAT.value)
                    .order_by(Touch.id)
                )
            ]
    finally:
        db.dispose()


def test_templates_lists_the_starters_of_the_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(data_dir, "--lang", "zh_CN", "templates", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == [
        *("邀请到店", "新品介绍", "升级复购", "VIP关怀", "节日问候"),
        *("生日祝福", "纪念日问候", "复购提醒", "老客户回访"),
    ]
    assert [r["purpose"] for r in rows][4:6] == ["festival", "birthday"]
    assert set(rows[0]) == {"id", "name", "purpose", "lang", "text", "builtin"}
    assert rows[0]["purpose"] == "N" and rows[0]["builtin"] is True
    # Installed once: listing again (or in text) adds nothing.
    assert _run(data_dir, "--lang", "zh_CN", "templates") == 0
    out = capsys.readouterr().out
    assert "邀请到店  [N]" in out and out.rstrip().endswith("9 templates")


def test_templates_add_and_its_errors(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        _run(
            data_dir,
            "--lang",
            "en",
            "templates",
            "add",
            "Spring",
            "--text",
            "Hi {address}!",
            "--purpose",
            "VIP",
        )
        == 0
    )
    assert capsys.readouterr().out.startswith("added template ")
    assert _run(data_dir, "templates", "add", "SPRING", "--text", "Hello") == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "Traceback" not in err
    assert _run(data_dir, "templates", "add", "Typo", "--text", "Hi {nmae}") == 2
    err = capsys.readouterr().err
    assert "unknown placeholder {nmae}" in err and "{address}" in err
    db = _db(data_dir)
    with db.reading() as s:
        names = list(
            s.scalars(select(MessageTemplate.name).where(MessageTemplate.builtin_key == ""))
        )
    db.dispose()
    assert names == ["Spring"]


def test_message_fills_the_segment_as_json(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _run(data_dir, "templates", "add", "问候", "--text", "{address}您好！{company}最近忙吗？")
        == 0
    )
    capsys.readouterr()
    assert _run(data_dir, "message", "问候", "--not-tag", "女", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {"id": 3, "name": "李明", "message": "李明您好！", "recently_messaged": False},
        {"id": 2, "name": "张伟", "message": "张总您好！", "recently_messaged": False},
    ]
    assert _wechat(data_dir) == []  # without --log nothing is recorded


def test_message_log_records_one_touch_per_contact(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(data_dir, "templates", "add", "问候", "--text", "{address}您好！")
    capsys.readouterr()
    assert _run(data_dir, "message", "问候", "--tag", "女", "--log") == 0
    out = capsys.readouterr().out
    assert "1  王丽\n    王姐您好！" in out and out.rstrip().endswith("logged 1 WeChat touch")
    assert _wechat(data_dir) == [(1, "王姐您好！")]
    # The next run flags her as messaged recently.
    assert _run(data_dir, "message", "问候", "--tag", "女", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["recently_messaged"] is True


def test_message_bad_input_exits_2_and_stores_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(data_dir, "templates", "add", "问候", "--text", "{address}您好！")
    capsys.readouterr()
    assert _run(data_dir, "message", "no such", "--log") == 2
    assert "unknown template" in capsys.readouterr().err
    assert _run(data_dir, "message", "问候", "--tag", "nope", "--log") == 2
    assert "unknown tag" in capsys.readouterr().err
    db = _db(data_dir)
    settings_store.set_values(db, {"messages.daily_cap": 2})
    db.dispose()
    assert _run(data_dir, "message", "问候", "--log") == 2
    captured = capsys.readouterr()
    assert "daily cap of 2" in captured.err and captured.out == ""
    assert "Traceback" not in captured.err
    assert _wechat(data_dir) == []
    db = _db(data_dir)
    with db.reading() as s:
        assert s.scalar(select(func.count(Touch.id))) == 0
    db.dispose()
