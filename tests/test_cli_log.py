"""`deskcrm log`: a touch from the command line goes through the one touch writer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskcrm.cli import main
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, tagging
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.db.models import Contact, ContactTag, Tag, Touch
from deskcrm.paths import DataPaths


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    DataPaths(folder).ensure()
    db = open_database(DataPaths(folder).default_db_url())
    contacts.create_contact(db, ContactInput(name="张三丰", phones=("13800138001",)))
    contacts.create_contact(db, ContactInput(name="张伟"))
    tagging.create_tag(db, "Beijing")
    db.dispose()
    yield folder


def _db(folder: Path) -> Database:
    return open_database(DataPaths(folder).default_db_url())


def _tags(db: Database, name: str) -> set[str]:
    with db.reading() as s:
        cid = s.scalar(select(Contact.id).where(Contact.name == name))
        return set(
            s.scalars(
                select(Tag.name)
                .join(ContactTag, ContactTag.tag_id == Tag.id)
                .where(ContactTag.contact_id == cid)
            )
        )


def test_log_a_visit_with_hook_follow_up_and_typed_tags(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--data-dir",
            str(data_dir),
            "log",
            "8001",  # the phone finds one contact
            "--notes",
            "看了样品",
            "--next-step",
            "周三带报价",
            "--follow-up",
            "+3",
            "--tags",
            "beijing、意向A",
        ]
    )
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "张三丰" in out
    db = _db(data_dir)
    try:
        assert _tags(db, "张三丰") == {"Beijing", "意向A", "Y"}
        with db.reading() as s:
            touch = s.scalars(select(Touch)).one()
            assert (touch.kind, touch.notes, touch.next_step) == ("visit", "看了样品", "周三带报价")
            assert touch.next_follow_up == db.today() + timedelta(days=3)
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["张"], "2 contacts match"),
        (["nobody"], "no contact matches"),
        (["#999"], "no contact with id 999"),
        (["张伟", "--follow-up", "soon"], "not a date"),
        (["张伟", "--untag", "nosuchtag"], "unknown tag"),
        (["张伟", "--follow-up", "2000-01-01", "--tags", "新标签"], "cannot log the touch"),
    ],
)
def test_bad_input_says_why_exits_2_and_stores_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code = main(["--data-dir", str(data_dir), "log", *argv])
    _out, err = capsys.readouterr()
    assert code == 2 and message in err
    assert "Traceback" not in err
    db = _db(data_dir)
    try:
        with db.reading() as s:
            assert s.scalar(select(func.count()).select_from(Touch)) == 0
            assert s.scalar(select(Tag.id).where(Tag.name == "新标签")) is None
    finally:
        db.dispose()


def test_follow_up_words(data_dir: Path) -> None:
    from deskcrm.commands.touches import follow_up_day

    today = date(2026, 3, 4)
    assert follow_up_day("tomorrow", today) == date(2026, 3, 5)
    assert follow_up_day("none", today) is None
    assert follow_up_day("2026-04-01", today) == date(2026, 4, 1)
