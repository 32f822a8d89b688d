"""Command line: seed-demo and contacts (filters, views, JSON and table output, errors)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from deskcrm.cli import main, parse_args
from deskcrm.commands.contacts import JSON_KEYS
from deskcrm.core.model import ContactQuery
from deskcrm.core.rules.pinyin import name_syllables
from deskcrm.core.services import contact_list
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.db.models import Contact, ContactPhone, ContactTag, Tag
from deskcrm.paths import DataPaths


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder seeded once through the CLI (the read-only tests share it)."""
    folder = tmp_path_factory.mktemp("cli") / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TZ", "Asia/Shanghai")  # the per-test zone fixture has not run yet
        time.tzset()
        assert main(["--data-dir", str(folder), "seed-demo"]) == 0
    time.tzset()
    return folder


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_database(DataPaths(data_dir).default_db_url())
    yield database
    database.dispose()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> list[dict[str, Any]]:
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "contacts", "--json", *argv)
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert isinstance(rows, list)
    return rows


def _with_tag(db: Database, name: str) -> set[int]:
    with db.reading() as s:
        return set(
            s.scalars(
                select(ContactTag.contact_id)
                .join(Tag, Tag.id == ContactTag.tag_id)
                .where(Tag.name == name)
            )
        )


def test_seed_demo_prints_a_summary_and_refuses_a_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    code, out, err = _run(capsys, "--data-dir", str(folder), "seed-demo", "--seed", "5")
    assert code == 0 and err == ""
    assert out.startswith("Seeded demo data: 300 contacts, ") and out.count("\n") == 1
    code, out, err = _run(capsys, "--data-dir", str(folder), "seed-demo")
    assert code == 2 and out == ""
    assert "already has 300 contacts" in err and "--force" in err
    code, out, _ = _run(capsys, "--data-dir", str(folder), "seed-demo", "--force")
    assert code == 0 and "300 contacts" in out
    database = open_database(DataPaths(folder).default_db_url())
    try:
        with database.reading() as s:
            assert s.scalar(select(func.count()).select_from(Contact)) == 600
    finally:
        database.dispose()


def test_json_tag_filter_matches_the_database(
    data_dir: Path, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, data_dir, "--tag", "VIP", "--not-tag", "m")
    expected = _with_tag(db, "VIP") - _with_tag(db, "M")
    assert expected and {r["id"] for r in rows} == expected
    with db.reading() as s:
        people = {c.id: c for c in s.scalars(select(Contact).where(Contact.id.in_(expected)))}
        phones: dict[int, list[str]] = {}
        for p in s.scalars(select(ContactPhone).order_by(ContactPhone.position)):
            phones.setdefault(p.contact_id, []).append(p.e164)
    for r in rows:
        assert tuple(r) == JSON_KEYS
        c = people[r["id"]]
        assert (r["name"], r["company"], r["title"], r["city"], r["notes"]) == (
            c.name,
            c.company,
            c.title,
            c.city,
            c.notes,
        )
        assert r["phones"] == phones[c.id]
        assert "VIP" in r["tags"] and "M" not in r["tags"]
        builtins = [t for t in ("Y", "N", "M", "O", "VIP") if t in r["tags"]]
        assert r["tags"][: len(builtins)] == builtins  # built-ins first, in their order
        assert r["class"] == c.class_code
        assert r["touches"] == c.touch_count
        assert r["last_touch"] == (None if c.last_touch_at is None else c.last_touch_at.isoformat())
        assert r["next_follow_up"] == (
            None if c.next_follow_up is None else c.next_follow_up.isoformat()
        )
    # Sorted by pinyin, like the contacts screen.
    keys = [(people[r["id"]].name_pinyin, r["id"]) for r in rows]
    assert keys == sorted(keys)


def test_any_and_aliases(data_dir: Path, db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(capsys, data_dir, "--tag", "重点客户", "--tag", "a组", "--any")
    assert {r["id"] for r in rows} == _with_tag(db, "VIP") | _with_tag(db, "A组")
    both = _json(capsys, data_dir, "--tag", "vip", "--tag", "A组")
    assert {r["id"] for r in both} == _with_tag(db, "VIP") & _with_tag(db, "A组")


def test_search_by_pinyin(data_dir: Path, db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.reading() as s:
        name, key = s.execute(select(Contact.name, Contact.name_pinyin).limit(1)).one()
        with_prefix = set(
            s.scalars(
                select(Contact.id).where(
                    (Contact.name_pinyin >= key) & (Contact.name_pinyin < key + "{")
                )
            )
        )
    rows = _json(capsys, data_dir, "--search", key)
    assert name in {r["name"] for r in rows}
    assert {r["id"] for r in rows} >= with_prefix
    upper = _json(capsys, data_dir, "--search", key.upper())
    assert [r["id"] for r in upper] == [r["id"] for r in rows]


def test_search_by_typed_syllables(
    data_dir: Path, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each syllable in full, as a prefix or as its initial: the screen's search."""
    with db.reading() as s:
        names = s.scalars(select(Contact.name).where(Contact.deleted_at.is_(None))).all()
    # Second and third syllables start differently, so skipping the second cannot match.
    name = next(n for n in names if len(k := name_syllables(n)) == 3 and k[1][0] != k[2][0])
    first, second, third = name_syllables(name)
    for typed in (
        first + second[0] + third[0],
        first[0] + second[0] + third,
        first[:2] + second + third[0],
        f" {first.upper()} {second[0].upper()}{third} ",
    ):
        rows = _json(capsys, data_dir, "--search", typed)
        assert name in {r["name"] for r in rows}, typed
        screen = contact_list.contact_ids(db, ContactQuery(text=typed))
        assert [r["id"] for r in rows] == screen
    skipped = _json(capsys, data_dir, "--search", first + third)
    assert not any(name_syllables(r["name"])[:3] == (first, second, third) for r in skipped)


def test_views_built_in_and_saved(
    data_dir: Path, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    due = _json(capsys, data_dir, "--view", "due_today")
    today = date.today()
    assert due and all(
        r["next_follow_up"] and r["next_follow_up"] <= today.isoformat() for r in due
    )
    saved = _json(capsys, data_dir, "--view", "VIP未消费")
    assert {r["id"] for r in saved} == _with_tag(db, "VIP") & _with_tag(db, "O")
    narrowed = _json(capsys, data_dir, "--view", "VIP未消费", "--tag", "Y")
    assert {r["id"] for r in narrowed} == {r["id"] for r in saved} & _with_tag(db, "Y")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--tag", "nosuchtag"), "unknown tag: 'nosuchtag'"),
        (("--not-tag", "VIPP"), "unknown tag: 'VIPP'"),
        (("--view", "nosuchview"), "unknown view: 'nosuchview'"),
    ],
)
def test_unknown_tag_or_view_exits_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "contacts", *argv)
    assert code == 2 and out == ""
    assert err == f"deskcrm: error: {message}\n"


def test_table_output(data_dir: Path, db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    vips = _with_tag(db, "VIP")
    with db.reading() as s:
        names = set(s.scalars(select(Contact.name).where(Contact.id.in_(vips))))
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "contacts", "--tag", "VIP")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == [
        "ID",
        "NAME",
        "COMPANY",
        "TAGS",
        "CLASS",
        "TOUCHES",
        "LAST",
        "TOUCH",
        "NEXT",
        "FOLLOW-UP",
    ]
    assert lines[-1] == f"{len(vips)} contacts"
    assert len(lines) == len(vips) + 2
    assert {line.split()[1] for line in lines[1:-1]} == names
    # Columns line up even with double-width Chinese names: every row's NAME column
    # ends where the header's does.
    header_company = lines[0].index("COMPANY")
    for line in lines[1:-1]:
        name = line.split()[1]
        start = line.index(name)
        width = sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in line[: start + len(name)])
        padding = len(line[start + len(name) :]) - len(line[start + len(name) :].lstrip(" "))
        assert width + padding == header_company


def test_starting_the_window_does_not_load_the_subcommands() -> None:
    # A fresh interpreter: the test session has imported everything already.
    code = (
        "import sys; from deskcrm.cli import parse_args;"
        "a = parse_args(['--data-dir', 'x', '--lang', 'en']);"
        "print(a.command, a.data_dir, a.lang, 'deskcrm.commands.imports' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["None", "x", "en", "False"]
    args = parse_args(["--data-dir", "x", "contacts", "--json"])
    assert args.command == "contacts" and args.data_dir == "x"


def test_a_reader_that_stops_early_gets_no_traceback(data_dir: Path) -> None:
    """`deskcrm contacts --json | head -c 100`: the command stops quietly when the pipe
    closes (the JSON of the demo contacts is larger than a pipe's buffer)."""
    with subprocess.Popen(
        [sys.executable, "-m", "deskcrm", "--data-dir", str(data_dir), "contacts", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.read(100)  # the start, then the reader goes away
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err
