"""Export: CSV with BOM, XLSX as text, vCard 3.0; formulas neutralised; round trip loses nothing."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from deskcrm.core.io import xlsx_writer
from deskcrm.core.io.export import (
    ExportCancelled,
    ExportContact,
    ExportFailed,
    ExportPhone,
    neutralise,
    row_of,
    split_name,
    write_csv,
)
from deskcrm.core.model import ContactInput
from deskcrm.core.services import contacts, exports, imports, tagging
from deskcrm.core.services.database import Database
from deskcrm.core.services.startup import open_database
from deskcrm.db.models import Contact, Tag

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
NASTY = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.mark.parametrize("value", NASTY)
def test_neutralise(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert neutralise("张三") == "张三"
    assert neutralise("a=b") == "a=b"


def test_csv_bytes_bom_crlf_and_neutralised_cells() -> None:
    out = io.BytesIO()
    contact = ExportContact(
        name=NASTY[0],
        phones=(ExportPhone("+86 138 0013 8001"), ExportPhone("010-62345678")),
        company=NASTY[1],
        title=NASTY[2],
        notes=NASTY[3],
        tags=("VIP", "客户"),
        city=NASTY[4],
        region=NASTY[5],
    )
    assert write_csv(out, [row_of(contact)], lang="zh_CN") == 1
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.split("\r\n")[0] == "姓名,手机,邮箱,公司,职位,行业,城市,地区,微信,标签,备注,来源"
    [row] = list(csv.reader(io.StringIO(text)))[1:]
    assert row == [
        '\'=HYPERLINK("http://x")',
        "'+86 138 0013 8001; 010-62345678",
        "",
        "'+1+1",
        "'-2+3",
        "",
        "'\tTAB",
        "'\rCR",
        "",
        "VIP, 客户",
        "'@SUM(A1)",
        "",
    ]


def test_split_name_for_vcard_n() -> None:
    assert split_name("欧阳娜娜") == ("欧阳", "娜娜")
    assert split_name("张伟") == ("张", "伟")
    assert split_name("Anna Maria Smith") == ("Smith", "Anna Maria")
    assert split_name("Madonna") == ("Madonna", "")


def _seed(db: Database) -> None:
    """Contacts with everything an export must carry: several phones, tags, long notes."""
    for name in ("iphone_30.vcf", "google_contacts.csv", "v40.vcf", "wecom_customers.xlsx"):
        imports.commit(db, imports.read_file(DATA / name), imports.DuplicatePolicy.CREATE)
    tags = {t.name: t.id for t in tagging.list_tags(db)}
    contacts.create_contact(
        db,
        ContactInput(
            name="=危险公式",
            phones=("+86 138 0000 5555", "010-62345678 ext. 801"),
            company="-负号公司",
            title="@职位",
            industry="医药",
            city="成都",
            region="四川",
            wechat_id="wx_chengdu;1",
            email="danger@example.com",
            notes="多行\n备注, 带逗号; 分号\\反斜杠\n\t缩进",
            source="展会",
        ),
        tag_ids=(tags["VIP"], tags["N"]),
    )


def _state(db: Database) -> list[tuple[Any, ...]]:
    with db.reading() as s:
        ids = list(s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))))
    rows = []
    for cid in ids:
        c = contacts.get_contact(db, cid, timeline=0)
        rows.append(
            (
                c.name,
                tuple(p.e164 or p.raw for p in c.phones),
                tuple(p.extension for p in c.phones),
                c.email,
                c.company,
                c.title,
                c.industry,
                c.city,
                c.region,
                c.wechat_id,
                c.notes,
                c.source,
                tuple(sorted(t.name for t in c.tags)),
            )
        )
    return sorted(rows)


@pytest.fixture
def empty_db(tmp_path: Path, clock: Any) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}", clock=clock)
    yield database
    database.dispose()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_round_trip_into_an_empty_database(
    db: Database, empty_db: Database, tmp_path: Path, suffix: str, lang: str
) -> None:
    _seed(db)
    path = tmp_path / f"out{suffix}"
    result = exports.export_contacts(db, path, lang=lang)
    assert result.count == len(_state(db)) == 8
    summary, _ = imports.commit(empty_db, imports.read_file(path), imports.DuplicatePolicy.CREATE)
    assert (summary.new, summary.errors) == (8, 0)
    assert _state(empty_db) == _state(db)


def test_xlsx_cells_are_text_never_formulas(db: Database, tmp_path: Path) -> None:
    _seed(db)
    path = tmp_path / "out.xlsx"
    exports.export_contacts(db, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    row = next(r for r in ws.iter_rows(min_row=2) if str(r[0].value).endswith("危险公式"))
    assert [c.value for c in row[:5]] == [
        "'=危险公式",
        "'+86 138 0000 5555; 010-62345678 ext. 801",
        "danger@example.com",
        "'-负号公司",
        "'@职位",
    ]
    assert all(c.data_type == "s" for c in row if c.value is not None)
    assert [c.value for c in ws[1]][:3] == ["Name", "Phone", "Email"]


def test_export_of_chosen_contacts_in_given_order(db: Database, tmp_path: Path) -> None:
    a, _ = contacts.create_contact(db, ContactInput(name="甲"))
    b, _ = contacts.create_contact(db, ContactInput(name="乙"))
    contacts.create_contact(db, ContactInput(name="丙"))
    path = tmp_path / "two.csv"
    assert exports.export_contacts(db, path, contact_ids=[b, a]).count == 2
    names = [r[0] for r in csv.reader(io.StringIO(path.read_text("utf-8-sig")))][1:]
    assert names == ["乙", "甲"]


def test_vcard_output_is_30_and_readable(db: Database, tmp_path: Path) -> None:
    contacts.create_contact(db, ContactInput(name="欧阳娜娜", phones=("13800138001",)))
    path = tmp_path / "one.vcf"
    exports.export_contacts(db, path)
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert "N:欧阳;娜娜;;;\r\n" in text and "FN:欧阳娜娜\r\n" in text
    assert "TEL:13800138001\r\n" in text


def test_failed_or_cancelled_export_leaves_no_file(db: Database, tmp_path: Path) -> None:
    contacts.create_contact(db, ContactInput(name="甲"))
    with pytest.raises(ExportFailed) as err:
        exports.export_contacts(db, tmp_path / "x.pdf")
    assert err.value.data["reason"] == "unknown_format"
    with pytest.raises(ExportFailed) as err:
        exports.export_contacts(db, tmp_path / "no" / "such" / "dir.csv")
    assert err.value.data["reason"] == "unwritable"
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "keep.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        exports.export_contacts(db, target, progress=lambda done, total: False)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in folder.iterdir()] == ["keep.csv"]


def test_xlsx_past_the_zip_limit_fails_and_leaves_no_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(db)
    monkeypatch.setattr(xlsx_writer, "_MAX_PART", 1_000)  # the real one is 2 GiB
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportFailed) as err:
        exports.export_contacts(db, folder / "big.xlsx")
    assert err.value.data["reason"] == "unwritable"
    assert list(folder.iterdir()) == []


def test_vcard_keeps_phone_labels(db: Database, empty_db: Database, tmp_path: Path) -> None:
    imports.commit(db, imports.read_file(DATA / "iphone_30.vcf"))
    path = tmp_path / "labels.vcf"
    exports.export_contacts(db, path)
    text = path.read_bytes().decode("utf-8")
    assert "\r\nTEL;TYPE=CELL:+86 137 0000 1111\r\n" in text
    assert "\r\nitem2.TEL:0755-88889999\r\n" in text
    assert "\r\nitem2.X-ABLABEL:公司\r\n" in text
    imports.commit(empty_db, imports.read_file(path))
    with empty_db.reading() as s:
        phones = s.scalars(select(Contact)).one().phones
        assert [(p.e164, p.label) for p in phones] == [
            ("+8613700001111", "mobile"),
            ("+8675588889999", "公司"),
        ]


@pytest.mark.parametrize("chosen", [False, True])
def test_tags_are_written_in_the_tag_bar_order(db: Database, tmp_path: Path, chosen: bool) -> None:
    zeta, _ = tagging.create_tag(db, "Zeta")
    alpha, _ = tagging.create_tag(db, "Alpha")
    builtin = {t.name: t.id for t in tagging.list_tags(db) if t.builtin}
    mine = (zeta, builtin["VIP"], alpha, builtin["N"])
    cid = contacts.create_contact(db, ContactInput(name="赵六"), tag_ids=mine)[0]
    contacts.create_contact(db, ContactInput(name="钱七"), tag_ids=(alpha,))
    with db.reading() as s:
        order = [
            name
            for tid, name in s.execute(
                select(Tag.id, Tag.name).order_by(Tag.builtin.is_(None), Tag.position, Tag.name)
            )
            if tid in mine
        ]
    assert order[:2] == ["N", "VIP"] and set(order[2:]) == {"Zeta", "Alpha"}
    out = tmp_path / "tags.csv"
    exports.export_contacts(db, out, contact_ids=[cid] if chosen else None)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    tags_of = {row[0]: row[9] for row in rows[1:]}
    assert tags_of["赵六"] == ", ".join(order)
    if not chosen:
        assert tags_of["钱七"] == "Alpha"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_whole_list_fast_path_writes_what_the_contact_path_writes(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    _seed(db)
    contacts.trash_contacts(db, [1])  # the trash is left out of both
    everyone = tmp_path / f"all{suffix}"
    chosen = tmp_path / f"chosen{suffix}"
    assert exports.export_contacts(db, everyone).count >= 6
    with db.reading() as s:
        ids = list(
            s.scalars(
                select(Contact.id)
                .where(Contact.deleted_at.is_(None))
                .order_by(Contact.name_sort, Contact.id)
            )
        )
    exports.export_contacts(db, chosen, contact_ids=ids)
    if suffix == ".csv":
        assert everyone.read_bytes() == chosen.read_bytes()
    else:
        read = [
            [[c.value for c in row] for row in openpyxl.load_workbook(p).active.iter_rows()]
            for p in (everyone, chosen)
        ]
        assert read[0] == read[1] and len(read[0]) == len(ids) + 1
