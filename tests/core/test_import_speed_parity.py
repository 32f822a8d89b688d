"""Import parity: a 2,000-row CSV stores exactly the rows the reference import stored.

The golden file holds a full dump (every column of contacts, phones, tag links,
tags, import batches and remembered mappings, plus the summary) made by the
import as it was before it was tuned for speed; every later change to the
import's fast paths must leave it byte for byte the same, under each duplicate
policy and after undo. Regenerate it only for an intended behaviour change:
DESKCRM_WRITE_IMPORT_GOLDEN=1 pytest tests/core/test_import_speed_parity.py
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import random
from dataclasses import asdict, replace
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import text
from tests.conftest import Clock

from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, imports, settings_store
from deskcrm.core.services.database import Database
from deskcrm.core.services.imports import DuplicatePolicy
from deskcrm.core.services.startup import open_database

GOLDEN = Path(__file__).with_name("import_parity_golden.json.gz")
ROWS = 2000

SURNAMES = ["张", "王", "李", "曾", "单", "令狐", "解", "陈", "程", "乐", "区", "欧阳"]
GIVEN = ["伟", "娜", "芳", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超"]
LATIN = ["John Smith", "Anna Lee", "Bob  Stone", "Ünal Kaya"]
COMPANIES = [f"{c}科技" for c in "星辰海岳川云峰林泉石"] + ["Acme Ltd", "北京制造有限公司", ""]
TITLES = ["经理", "采购主管", "总监", "CEO", "厨师长", "工程师", ""]
INDUSTRIES = ["制造", "汽车制造业", "餐饮", "IT", "digital media", "医疗健康", ""]
REGIONS = ["华东", "华南", "华北", "华中", "West", ""]
CITIES = ["北京", "上海", "广州", "深圳", "武汉", ""]
TAGS = ["VIP", "Y", "N", "M", "O", "重点", "来源01", "* myContacts", "x" * 41, "老客户", "y"]
HEADER = [
    "姓名",
    "手机",
    "电话",
    "邮箱",
    "公司",
    "职位",
    "行业",
    "城市",
    "地区",
    "微信",
    "标签",
    "备注",
    "描述",
    "来源",
]


def _phone(rnd: random.Random, used: list[str]) -> str:
    roll = rnd.random()
    if used and roll < 0.04:
        return rnd.choice(used)  # a duplicate by phone
    if roll < 0.75:
        number = f"1{rnd.choice('3456789')}{rnd.randrange(10**9):09d}"
        used.append(number)
        return rnd.choice([number, f"+86 {number}", f"{number[:3]}-{number[3:7]}-{number[7:]}"])
    return rnd.choice(
        [
            "",
            "010-6552 1234",
            f"0755-{rnd.randrange(10**8):08d} 转 {rnd.randrange(100, 999)}",
            "+1 415 555 0100",
            "12345",
            "abc",
            "9" * 70,
            f"138{rnd.randrange(10**8):08d}, 139{rnd.randrange(10**8):08d}",
            "400-800-1234",
        ]
    )


def _row(rnd: random.Random, used: list[str], names: list[str]) -> list[str]:
    if names and rnd.random() < 0.2:
        name = rnd.choice(names)  # a repeated name (maybe a duplicate by name + company)
    elif rnd.random() < 0.05:
        name = rnd.choice(LATIN)
    else:
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.randint(1, 2)))
    names.append(name)
    roll = rnd.random()
    email = ""
    if roll < 0.3:
        email = f"u{rnd.randrange(1000)}@example.com"
    elif roll < 0.35:
        email = "broken@"
    elif roll < 0.4:
        email = f"a{rnd.randrange(99)}@x.cn; b@y.cn"
    tags = ", ".join(rnd.sample(TAGS, rnd.randint(0, 3)))
    note = rnd.choice(["", "", "老客户", "line one\nline two", "'=SUM(A1)", "多次联系, 待跟进"])
    described = rnd.choice(["", "", "", "展会认识"])
    cells = [
        name,
        _phone(rnd, used),
        _phone(rnd, used) if rnd.random() < 0.2 else "",
        email,
        rnd.choice(COMPANIES),
        rnd.choice(TITLES),
        rnd.choice(INDUSTRIES),
        rnd.choice(CITIES),
        rnd.choice(REGIONS),
        rnd.choice(["", "", f"wx_{rnd.randrange(10**6)}"]),
        tags,
        note,
        described,
        rnd.choice(["", "展会", "转介绍"]),
    ]
    special = rnd.random()
    if special < 0.01:
        cells[0] = ""  # no name: an error row
    elif special < 0.015:
        cells[4] = "长" * 201  # too long to store: an error row
    elif special < 0.02:
        cells = [""] * len(cells)  # a blank row, skipped silently
    elif special < 0.03:
        cells.append("extra")
    return cells


def write_csv(path: Path, rows: int = ROWS, seed: int = 20260304) -> None:
    rnd = random.Random(seed)
    used: list[str] = []
    names: list[str] = []
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for _ in range(rows):
            out.writerow(_row(rnd, used, names))


def _seed(db: Database, clock: Clock) -> None:
    """Contacts that exist before the import (one in the trash) and scoring targets."""
    settings_store.set_values(
        db,
        {
            "scoring.industries": ["制造", "IT"],
            "scoring.positions": ["经理", "CEO"],
            "scoring.regions": ["华东", "West"],
        },
    )
    made = []
    for name, phone, company in [
        ("曾伟", "13800138000", "星科技"),
        ("王娜", "", "辰科技"),
        ("李敏", "13900139000", ""),
        ("陈静", "13700137000", "海科技"),
    ]:
        cid, _ = contacts.create_contact(
            db, ContactInput(name=name, phones=(phone,) if phone else (), company=company)
        )
        made.append(cid)
    contacts.trash_contacts(db, [made[-1]])
    clock.now += timedelta(hours=1)


TABLES = {
    "contacts": "id",
    "contact_phones": "contact_id, position",
    "contact_tags": "contact_id, tag_id",
    "tags": "id",
    "import_batches": "id",
}


def dump(db: Database) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with db.reading() as s:
        for table, order in TABLES.items():
            result = s.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))
            out[table] = [list(result.keys())] + [list(r) for r in result]
        out["settings"] = [
            list(r)
            for r in s.execute(
                text("SELECT key, value FROM settings WHERE key LIKE 'import.%' ORDER BY key")
            )
        ]
    return out


def run(tmp_path: Path, policy: DuplicatePolicy) -> dict[str, Any]:
    file = tmp_path / "contacts.csv"
    write_csv(file)
    clock = Clock()
    db = open_database(f"sqlite:///{tmp_path / f'{policy}.sqlite3'}", clock=clock)
    try:
        _seed(db, clock)
        source = imports.read_file(file)
        dry = imports.dry_run(db, source, policy)
        summary, _ = imports.commit(db, source, policy)
        assert dry == replace(summary, dry_run=True, batch_id=None)
        after = dump(db)
        clock.now += timedelta(hours=1)
        assert summary.batch_id is not None
        imports.undo_import(db, summary.batch_id)
        undone = dump(db)
    finally:
        db.dispose()
    dumped = json.dumps(
        {"summary": asdict(summary), "after": after, "undone": undone},
        default=str,
        ensure_ascii=False,
    )
    # The file's path (in the summary and the batch) is the only thing that differs per run.
    return cast(dict[str, Any], json.loads(dumped.replace(json.dumps(str(tmp_path))[1:-1], "TMP")))


POLICIES = list(DuplicatePolicy)


def test_golden_covers_every_case(tmp_path: Path) -> None:
    """The file exercises what the fast paths must keep: duplicates, errors, warnings."""
    got = run(tmp_path, DuplicatePolicy.MERGE)["summary"]
    codes = {issue["code"] for issue in got["issues"]}
    assert {
        "merged",
        "validation",
        "phone_unparsed",
        "phone_dropped",
        "emails_to_notes",
        "email_invalid",
        "tag_too_long",
        "tag_excluded",
        "extra_cells",
    } <= codes
    assert got["new"] > 1000 and got["merged"] > 100 and got["errors"] > 10


@pytest.mark.parametrize("policy", POLICIES)
def test_import_stores_exactly_the_golden_rows(tmp_path: Path, policy: DuplicatePolicy) -> None:
    got = run(tmp_path, policy)
    if os.environ.get("DESKCRM_WRITE_IMPORT_GOLDEN"):
        golden = json.loads(gzip.decompress(GOLDEN.read_bytes())) if GOLDEN.exists() else {}
        golden[str(policy)] = got
        GOLDEN.write_bytes(
            gzip.compress(
                json.dumps(golden, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0
            )
        )
    expected = json.loads(gzip.decompress(GOLDEN.read_bytes()))[str(policy)]
    assert got["summary"] == expected["summary"]
    for state in ("after", "undone"):
        if policy is DuplicatePolicy.MERGE:
            # Phones a merge adds are ORM rows flushed whenever the session next
            # autoflushes, which depends on when the garbage collector last freed a
            # merged contact from the identity map: their surrogate ids are not
            # reproducible, so merges compare phones by (contact, position) only.
            for dumped in (got, expected):
                dumped[state]["contact_phones"] = [r[1:] for r in dumped[state]["contact_phones"]]
        for table, rows in expected[state].items():
            assert got[state][table][:1] == rows[:1], (state, table)
            assert len(got[state][table]) == len(rows), (state, table)
            for mine, theirs in zip(got[state][table], rows, strict=True):
                assert mine == theirs, (state, table)


def test_timestamps_are_stored_as_the_seconds_of_the_clock(tmp_path: Path) -> None:
    """The import binds whole seconds (for speed); EpochSeconds stores no more than that."""
    file = tmp_path / "one.csv"
    file.write_text("姓名,手机\n张伟,13800138000\n", encoding="utf-8")
    late = Clock(Clock().now + timedelta(microseconds=999_999))
    db = open_database(f"sqlite:///{tmp_path / 'late.sqlite3'}", clock=late)
    try:
        imports.commit(db, imports.read_file(file))
        with db.reading() as s:
            stored = s.execute(text("SELECT created_at, updated_at FROM contacts")).one()
    finally:
        db.dispose()
    second = int(Clock().now.timestamp())
    assert tuple(stored) == (second, second)
