"""Import service: exact contacts from every fixture, duplicates, dry run, cancel, undo, errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from deskcrm.core.errors import ImportFailed
from deskcrm.core.io.records import Field, ImportCancelled
from deskcrm.core.model import ContactInput, TouchKind
from deskcrm.core.services import contacts, imports, tagging, touches
from deskcrm.core.services.database import Database
from deskcrm.core.services.imports import DuplicatePolicy, IssueKind, ReadOptions, RowIssue
from deskcrm.db.models import Contact, ContactTag, ImportBatch, Setting, Tag

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def dump(db: Database) -> dict[str, dict[str, Any]]:
    """Every live contact by name: what an import must get exactly right."""
    out: dict[str, dict[str, Any]] = {}
    with db.reading() as s:
        ids = list(s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))))
    for cid in ids:
        c = contacts.get_contact(db, cid, timeline=0)
        assert c.name not in out, f"two contacts called {c.name}"
        out[c.name] = {
            "phones": [p.e164 or p.raw for p in c.phones],
            "email": c.email,
            "company": c.company,
            "title": c.title,
            "city": c.city,
            "tags": sorted(t.name for t in c.tags),
            "notes": c.notes,
        }
    return out


def counts(db: Database) -> tuple[int, ...]:
    with db.reading() as s:
        return tuple(
            int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Contact, Tag, ContactTag, ImportBatch, Setting)
        )


def load(db: Database, name: str, policy: DuplicatePolicy = DuplicatePolicy.SKIP) -> Any:
    summary, _ = imports.commit(db, imports.read_file(DATA / name), policy)
    return summary


def C(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "phones": [],
        "email": "",
        "company": "",
        "title": "",
        "city": "",
        "tags": [],
        "notes": "",
    }
    base.update(kw)
    return base


CSV_CONTACTS = {
    "张伟": C(
        phones=["+8613800138001"],
        company="北京星辰科技",
        title="经理",
        city="北京",
        tags=["VIP", "Y"],
        notes="老客户",
    ),
    "李娜": C(
        phones=["+8613912345678", "+861062345678"],
        company="上海贸易",
        title="采购",
        city="上海",
        tags=["O", "女"],
    ),
    "王芳": C(phones=["+8613700001111"], city="深圳", tags=["客户A", "客户B"], notes="多行\n备注"),
}


@pytest.mark.parametrize(
    "name",
    [
        "contacts_utf8.csv",
        "contacts_utf8_bom.csv",
        "contacts_gbk.csv",
        "contacts_utf16.txt",
        "contacts_semicolon.csv",
        "contacts_tab.tsv",
    ],
)
def test_csv_in_every_encoding_and_delimiter(db: Database, name: str) -> None:
    summary = load(db, name)
    assert (summary.rows, summary.new, summary.errors, summary.issues) == (3, 3, 0, ())
    assert dump(db) == CSV_CONTACTS


def test_android_vcard(db: Database) -> None:
    load(db, "android_21_qp.vcf")
    assert dump(db) == {
        "张伟": C(
            phones=["+8613800138001", "+861062345678"],
            company="北京星辰科技有限公司",
            notes="老客户，喜欢喝茶。下周三带样品回访，记得提前一天打电话确认时间。",
        ),
        "欧阳娜娜（华东区域大客户部采购主管）": C(phones=["+8613912345678"]),
        "Li Lei": C(phones=["+862155556666"], email="lilei@example.com"),
    }


def test_gbk_outlook_iphone_and_v4_vcards(db: Database) -> None:
    for name in ("gbk_21.vcf", "outlook_21_gbk.vcf", "iphone_30.vcf", "v40.vcf"):
        load(db, name)
    assert dump(db) == {
        "赵敏": C(phones=["+8613600003333"]),
        "钱多多": C(phones=["+8618611112222"], company="杭州茶叶贸易公司"),
        "孙丽": C(phones=["+8615012345678"], notes="东北客户"),
        "李娜": C(
            phones=["+862885551234", "+8613900004444"],
            email="lina@example.com",
            company="成都软件园",
            title="总经理",
        ),
        "重庆火锅餐饮集团": C(phones=["+862363001234"], company="重庆火锅餐饮集团"),
        "王芳": C(
            phones=["+8613700001111", "+8675588889999"],
            email="wangfang@example.cn",
            company="上海贸易有限公司",
            title="采购经理",
            city="深圳",
            tags=["VIP", "Y", "客户A"],
            notes="第一次见面在展会上，对新款很感兴趣。" * 3
            + "\n第二行, 有逗号\nE-mail: fang.wang@example.com",
        ),
        "周杰": C(
            phones=["+8613500002222"],
            email="zhoujie@example.org",
            company="广州电子厂",
            tags=["M", "Y", "电子"],
            notes="地址; 广州, 天河区\\二楼",
        ),
    }
    with db.reading() as s:
        labels = [
            p.label for p in s.scalars(select(Contact).where(Contact.name == "王芳")).one().phones
        ]
    assert labels == ["mobile", "公司"]


def test_google_outlook_csv_and_wecom_xlsx(db: Database) -> None:
    for name in ("google_contacts.csv", "outlook_contacts.csv", "wecom_customers.xlsx"):
        summary = load(db, name)
        assert summary.errors == 0
    assert dump(db) == {
        "刘伟": C(
            phones=["+8613800138001", "+8613912345678", "+8675588889999"],
            email="liuwei@example.com",
            company="深圳创新科技",
            title="CTO",
            tags=["VIP", "客户"],
            notes="在微信上聊过",
        ),
        "Anna Smith": C(phones=["+14155552671"], company="Acme Inc.", title="Buyer"),
        "陈敏": C(
            phones=["+862584561234", "+8613800005555"],
            email="chenmin@example.com",
            company="南京医药公司",
            title="主任",
            city="南京",
            tags=["VIP", "医药"],
            notes="Outlook 导出",
        ),
        # WeCom: 刘伟 already has 138 0013 8001, so 林小红's row is a skipped duplicate.
        "Jason": C(phones=["+8618611112222"]),
    }


def test_wecom_rows_and_what_was_skipped(db: Database) -> None:
    summary = load(db, "wecom_customers.xlsx")
    assert (summary.rows, summary.new, summary.skipped, summary.errors) == (3, 3, 0, 0)
    assert dump(db) == {
        "林小红": C(
            phones=["+8613800138001"],
            company="福州鞋业",
            tags=["A类", "Y", "意向客户"],
            notes="展会认识",
        ),
        "Jason": C(phones=["+8618611112222"]),
        "周大福": C(phones=["+8613912345678"], tags=["M", "VIP"]),
    }
    with db.reading() as s:
        assert s.scalar(select(Contact.source).where(Contact.name == "林小红")) == "扫描二维码"


# --- duplicates ------------------------------------------------------------


def _existing(db: Database) -> int:
    """张伟 already known: same mobile, no company, tagged N, with a note and a second phone."""
    ids, _ = tagging.list_tags(db), None
    n_tag = next(t.id for t in ids if t.builtin == "N")
    cid, _ = contacts.create_contact(
        db,
        ContactInput(name="张伟", phones=("13800138001", "021-55556666"), notes="见过一次"),
        tag_ids=(n_tag,),
    )
    return cid


def test_skip_policy_leaves_existing_alone(db: Database) -> None:
    cid = _existing(db)
    before = dump(db)["张伟"]
    summary = load(db, "contacts_utf8.csv", DuplicatePolicy.SKIP)
    assert (summary.new, summary.skipped, summary.merged) == (2, 1, 0)
    assert summary.issues == (
        RowIssue(
            2, IssueKind.SKIPPED, "duplicate", {"contact_id": cid, "name": "张伟", "by": "phone"}
        ),
    )
    assert dump(db)["张伟"] == before


def test_merge_policy_fills_gaps_and_adds_tags(db: Database) -> None:
    cid = _existing(db)
    summary = load(db, "contacts_utf8.csv", DuplicatePolicy.MERGE)
    assert (summary.new, summary.merged) == (2, 1)
    assert summary.issues[0] == RowIssue(
        2, IssueKind.MERGED, "merged", {"contact_id": cid, "name": "张伟", "by": "phone"}
    )
    assert dump(db)["张伟"] == C(
        phones=["+8613800138001", "+862155556666"],
        company="北京星辰科技",
        title="经理",
        city="北京",
        tags=["VIP", "Y"],  # Y from the file clears N
        notes="见过一次\n\n老客户",
    )


def test_create_policy_stores_duplicates_and_says_so(db: Database) -> None:
    cid = _existing(db)
    summary = load(db, "contacts_utf8.csv", DuplicatePolicy.CREATE)
    assert summary.new == 3
    [issue] = summary.issues
    assert (issue.kind, issue.code, issue.data["other_id"]) == (
        IssueKind.WARNING,
        "duplicate_created",
        cid,
    )
    with db.reading() as s:
        assert s.scalar(select(func.count()).where(Contact.name == "张伟")) == 2


def test_duplicates_inside_one_file_and_by_name_and_company(db: Database, tmp_path: Path) -> None:
    contacts.create_contact(db, ContactInput(name="老王", company="甲公司"))
    path = tmp_path / "dups.csv"
    path.write_text(
        "姓名,手机,公司,标签\n"
        "赵一,138 0013 8001,,A\n"
        "赵一 (重复),+86 13800138001,,B\n"
        "老王,,甲公司,C\n"
        "老王,,乙公司,D\n",
        encoding="utf-8",
    )
    summary = imports.dry_run(db, imports.read_file(path), DuplicatePolicy.MERGE)
    assert [(i.row, i.kind, i.data.get("by")) for i in summary.issues] == [
        (3, IssueKind.MERGED, "phone"),
        (4, IssueKind.MERGED, "name_company"),
    ]
    summary, _ = imports.commit(db, imports.read_file(path), DuplicatePolicy.MERGE)
    assert (summary.new, summary.merged) == (2, 2)
    with db.reading() as s:
        found = {
            (c.name, c.company, tuple(sorted(t.name for t in c.tags)))
            for c in s.scalars(select(Contact))
        }
    assert found == {
        ("赵一", "", ("A", "B")),
        ("老王", "甲公司", ("C",)),
        ("老王", "乙公司", ("D",)),
    }


# --- dry run, cancel, undo -------------------------------------------------


def test_dry_run_stores_nothing_and_predicts_the_commit(db: Database) -> None:
    _existing(db)
    source = imports.read_file(DATA / "google_contacts.csv")
    before = counts(db)
    dry = imports.dry_run(db, source, DuplicatePolicy.MERGE)
    assert counts(db) == before
    real, changes = imports.commit(db, source, DuplicatePolicy.MERGE)
    assert (dry.new, dry.merged, dry.skipped, dry.errors, dry.issues, dry.new_tags) == (
        real.new,
        real.merged,
        real.skipped,
        real.errors,
        real.issues,
        real.new_tags,
    )
    assert (dry.dry_run, dry.batch_id, real.dry_run) == (True, None, False)
    assert real.batch_id is not None and changes.contact_list


def test_cancel_midway_stores_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        "姓名,手机\n" + "".join(f"客户{i},1380000{i:04d}\n" for i in range(300)), encoding="utf-8"
    )
    source = imports.read_file(path)
    before = counts(db)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 200

    with pytest.raises(ImportCancelled):
        imports.commit(db, source, progress=progress)
    assert counts(db) == before
    assert seen[-1] == 200 and max(seen) <= 300


def test_undo_removes_new_and_restores_merged(db: Database) -> None:
    cid = _existing(db)
    before = dump(db)
    tags_before = counts(db)[1]
    summary = load(db, "contacts_utf8.csv", DuplicatePolicy.MERGE)
    assert summary.batch_id is not None
    changes = imports.undo_import(db, summary.batch_id)
    assert dump(db) == before
    assert counts(db)[1] == tags_before  # the import's new tags are gone again
    assert cid in changes.contacts and changes.contact_list
    with pytest.raises(imports.UndoImpossible) as err:
        imports.undo_import(db, summary.batch_id)
    assert err.value.data["reason"] == "already_undone"
    with pytest.raises(imports.UndoImpossible):
        imports.undo_import(db, 9999)


def test_undo_trashes_new_contacts_that_got_touches(db: Database) -> None:
    summary = load(db, "contacts_utf8.csv")
    with db.reading() as s:
        zhang = s.scalar(select(Contact.id).where(Contact.name == "张伟"))
    assert zhang is not None
    touches.log_touch(db, touches.TouchInput(zhang, TouchKind.CALL, notes="called after import"))
    imports.undo_import(db, summary.batch_id)
    assert dump(db) == {}
    with db.reading() as s:
        trashed = s.get(Contact, zhang)
        assert trashed is not None and trashed.deleted_at is not None
        assert s.scalar(select(func.count()).select_from(Contact)) == 1


def test_undo_keeps_a_new_tag_someone_else_now_uses(db: Database) -> None:
    summary = load(db, "contacts_utf8.csv")
    other, _ = contacts.create_contact(db, ContactInput(name="别人"))
    with db.reading() as s:
        tag = s.scalar(select(Tag.id).where(Tag.name == "女"))
    assert tag is not None
    tagging.tag_contacts(db, [other], add=[tag])
    imports.undo_import(db, summary.batch_id)
    assert dump(db) == {"别人": C(tags=["女"])}


# --- mapping memory ----------------------------------------------------------


def test_mapping_is_remembered_per_layout_on_commit_only(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("客户,号码,说明\n甲,138 0013 8001,备注甲\n", encoding="utf-8")
    preview = imports.preview_file(db, path)
    assert preview.mapping == (Field.NAME, Field.IGNORE, Field.NOTES)
    assert not preview.remembered
    mine = (Field.NAME, Field.PHONE, Field.TAGS)
    source = imports.read_file(path, ReadOptions(mapping=mine))
    imports.dry_run(db, source)
    assert not imports.preview_file(db, path).remembered
    imports.commit(db, source)
    again = imports.preview_file(db, path)
    assert (again.mapping, again.remembered) == (mine, True)
    assert dump(db) == {"甲": C(phones=["+8613800138001"], tags=["备注甲"])}
    with db.reading() as s:
        key, value = s.execute(select(Setting.key, Setting.value)).one()
    assert key.startswith("import.mapping.")
    assert json.loads(value) == {"headers": ["客户", "号码", "说明"], "fields": list(mine)}


# --- bad rows and bad files -------------------------------------------------------


def test_bad_rows_are_listed_and_the_rest_imports(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad_rows.csv"
    rows = [
        ["姓名", "手机", "公司", "邮箱", "备注", "标签"],
        ["", "138 0013 8001", "无名公司", "", "", ""],
        ["名" * 201, "", "", "", "", ""],
        ["长公司", "", "公" * 201, "", "", ""],
        ["怪号码", "12345 / 无 / +999 1234", "", "not-an-email", "", "标" * 41 + ",Y,N"],
        ["长备注", "", "", "", "注" * 100_000, ""],
        ["太长备注", "", "", "", "注" * 100_001, ""],
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    summary, _ = imports.commit(db, imports.read_file(path))
    assert (summary.rows, summary.new, summary.errors) == (6, 2, 4)
    errors = [
        (i.row, i.data["field"], i.data["reason"]) for i in summary.issues if i.kind == "error"
    ]
    assert errors == [
        (2, "name", "required"),
        (3, "name", "too_long"),
        (4, "company", "too_long"),
        (7, "notes", "too_long"),
    ]
    warnings = [(i.row, i.code) for i in summary.issues if i.kind == "warning"]
    assert warnings == [
        (5, "phone_unparsed"),
        (5, "phone_dropped"),
        (5, "phone_unparsed"),
        (5, "email_invalid"),
        (5, "tag_too_long"),
        (5, "tag_excluded"),
    ]
    got = dump(db)
    assert got["怪号码"] == C(
        phones=["12345", "+999 1234"], tags=["Y"], notes="E-mail: not-an-email"
    )
    assert len(got["长备注"]["notes"]) == 100_000


@pytest.mark.parametrize(
    ("data", "suffix", "reason"),
    [
        (b"", ".csv", "empty"),
        ("姓名,手机\n".encode(), ".csv", "no_rows"),
        ("手机,公司\n138 0013 8001,甲\n".encode(), ".csv", "no_name_column"),
        (bytes(range(256)) * 10, ".vcf", "not_vcard"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, ".csv", "not_text"),
        (b"PK\x03\x04garbage", ".xlsx", "not_xlsx"),
    ],
)
def test_unreadable_files(tmp_path: Path, data: bytes, suffix: str, reason: str) -> None:
    path = tmp_path / f"file{suffix}"
    path.write_bytes(data)
    with pytest.raises(ImportFailed) as err:
        imports.read_file(path)
    assert err.value.data["reason"] == reason


def test_too_many_rows_is_refused_whole(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imports, "MAX_RECORDS", 10)
    path = tmp_path / "eleven.csv"
    path.write_text("姓名\n" + "".join(f"人{i}\n" for i in range(11)), encoding="utf-8")
    with pytest.raises(ImportFailed) as err:
        imports.read_file(path)
    assert (err.value.data["reason"], err.value.data["limit"]) == ("too_many_rows", 10)
    assert counts(db)[0] == 0


def test_big_csv_of_20_mb(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    note = "很长的备注" * 800  # 12 KB of UTF-8 per row
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["姓名", "手机", "备注"])
        for i in range(1700):
            writer.writerow([f"客户{i}", f"1380013{i:04d}", note])
    assert path.stat().st_size > 20_000_000
    source = imports.read_file(path)
    summary, _ = imports.commit(db, source)
    assert (summary.rows, summary.new, summary.errors) == (1700, 1700, 0)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 1700
        assert s.scalar(select(Contact.notes).where(Contact.name == "客户1699")) == note


def test_big_vcard_of_photos(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "photos.vcf"
    photo = "QUJD" * 25_000  # 100 KB of base64, folded as phones write it
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    with path.open("w", encoding="utf-8", newline="") as f:
        for i in range(200):
            f.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:照片{i}\r\nTEL:1390013{i:04d}\r\n"
                f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n"
            )
    assert path.stat().st_size > 20_000_000
    source = imports.read_file(path)
    assert (len(source.records), source.problems) == (200, ())
    summary, _ = imports.commit(db, source)
    assert summary.new == 200
