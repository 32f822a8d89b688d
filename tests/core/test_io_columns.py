"""Header guessing (Chinese, Google, Outlook, WeCom layouts), rows to records, tag splitting."""

from __future__ import annotations

import pytest

from deskcrm.core.io.columns import (
    clean_cell,
    guess_field,
    guess_mapping,
    join_name,
    layout_key,
    record_from_cells,
    split_phones,
)
from deskcrm.core.io.records import Field, ImportPhone, ImportRecord
from deskcrm.core.io.tag_split import drop_excluded, normalise_tag, split_tags

F = Field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("姓名", F.NAME),
        ("客户名称", F.NAME),
        ("名称", F.NAME),
        ("Name", F.NAME),
        ("First Name", F.GIVEN_NAME),
        ("Last Name", F.FAMILY_NAME),
        ("手机", F.PHONE),
        ("手机号码（必填）", F.PHONE),
        ("电话2", F.PHONE),
        ("Phone 1 - Value", F.PHONE),
        ("Mobile Phone", F.PHONE),
        ("公司", F.COMPANY),
        ("单位", F.COMPANY),
        ("Organization", F.COMPANY),
        ("Organization 1 - Name", F.COMPANY),
        ("职位", F.TITLE),
        ("Job Title", F.TITLE),
        ("城市", F.CITY),
        ("标签", F.TAGS),
        ("Labels", F.TAGS),
        ("Categories", F.TAGS),
        ("Group Membership", F.TAGS),
        ("备注", F.NOTES),
        ("Notes", F.NOTES),
        ("微信号", F.WECHAT),
        ("E-mail 1 - Value", F.EMAIL),
        ("邮箱", F.EMAIL),
        ("客户手机号", F.PHONE),
        ("Phone 1 - Type", F.IGNORE),
        ("Phonetic First Name", F.IGNORE),
        ("Business Fax", F.IGNORE),
        ("添加时间", F.IGNORE),
        ("E-mail Display Name", F.IGNORE),
        ("", F.IGNORE),
        ("Something else", F.IGNORE),
    ],
)
def test_guess_field(header: str, field: Field) -> None:
    assert guess_field(header)[0] is field


def test_chinese_sheet_mapping() -> None:
    assert guess_mapping(
        ["序号", "姓名", "手机", "电话", "公司", "职务", "标签", "备注", "其他"]
    ) == (
        F.IGNORE,
        F.NAME,
        F.PHONE,
        F.PHONE,
        F.COMPANY,
        F.TITLE,
        F.TAGS,
        F.NOTES,
        F.IGNORE,
    )


def test_outlook_job_title_beats_the_honorific_title() -> None:
    mapping = guess_mapping(["First Name", "Last Name", "Title", "Job Title", "Company"])
    assert mapping == (F.GIVEN_NAME, F.FAMILY_NAME, F.IGNORE, F.TITLE, F.COMPANY)
    assert guess_mapping(["Name", "Title"]) == (F.NAME, F.TITLE)


def test_google_nickname_gives_way_to_first_and_last_name() -> None:
    mapping = guess_mapping(["First Name", "Last Name", "Nickname", "Labels"])
    assert mapping == (F.GIVEN_NAME, F.FAMILY_NAME, F.NICKNAME, F.TAGS)
    old_google = guess_mapping(["Name", "Given Name", "Family Name", "Nickname"])
    assert old_google == (F.NAME, F.GIVEN_NAME, F.FAMILY_NAME, F.NICKNAME)


def test_wecom_remark_name_first_then_customer_name() -> None:
    mapping = guess_mapping(["客户名称", "备注名", "企业标签", "个人标签", "备注手机号", "描述"])
    assert mapping == (F.NICKNAME, F.NAME, F.TAGS, F.TAGS, F.PHONE, F.NOTES)
    row = record_from_cells(3, ["Jason", "", "A类", "到店", "186-1111-2222", ""], mapping)
    assert isinstance(row, ImportRecord) and row.name == "Jason"
    row = record_from_cells(4, ["小林", "林小红", "A类", "", "", ""], mapping)
    assert isinstance(row, ImportRecord) and (row.name, row.tags) == ("林小红", ("A类",))


def test_record_from_cells() -> None:
    headers = ["姓", "名", "手机", "邮箱", "标签", "描述", "备注", "公司"]
    mapping = guess_mapping(headers)
    record = record_from_cells(
        7,
        [
            "欧阳",
            "娜娜",
            "138 0013 8001 / 010-62345678",
            "a@example.com; b@example.com",
            "VIP，到店；女",
            "展会",
            "'=老客户",
            "\x00甲公司 ",
            "extra",
        ],
        mapping,
        headers,
    )
    assert record == ImportRecord(
        row=7,
        name="欧阳娜娜",
        phones=(ImportPhone("138 0013 8001"), ImportPhone("010-62345678")),
        emails=("a@example.com", "b@example.com"),
        company="甲公司",
        notes="描述: 展会\n备注: =老客户",
        tags=("VIP", "Y", "女"),
        warnings=("extra_cells",),
    )
    assert record_from_cells(8, ["", " ", ""], mapping) is None
    short = record_from_cells(9, ["张"], mapping)
    assert isinstance(short, ImportRecord) and short.name == "张"


def test_names_phones_and_cells() -> None:
    assert join_name("张", "伟") == "张伟"
    assert join_name("Smith", "Anna") == "Anna Smith"
    assert join_name("", "Anna") == "Anna"
    assert split_phones("+86 138 0013 8001 ::: 139 1234 5678，010-62345678") == [
        "+86 138 0013 8001",
        "139 1234 5678",
        "010-62345678",
    ]
    assert clean_cell("'+86 138") == "+86 138"
    assert clean_cell("'Tis") == "'Tis"
    assert clean_cell(" a\x00b ") == "ab"


def test_layout_key_ignores_spacing_and_case() -> None:
    assert layout_key(["Name", "Phone 1 - Value"]) == layout_key(["name", "phone 1-value"])
    assert layout_key(["Name", "Phone"]) != layout_key(["Phone", "Name"])
    assert len("import.mapping." + layout_key(["x"] * 50)) <= 64


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("VIP、到店, 女", ["VIP", "Y", "女"]),
        ("* myContacts ::: 客户 ::: * starred", ["客户", "starred"]),
        ("a;b；c，d/e|f", ["a", "b", "c", "d", "e", "f"]),
        ("重点客户,vip,VIP", ["VIP"]),
        ("  ,， ;", []),
        ("未到店\n已消费", ["N", "M"]),
        ("Key  Customer", ["VIP"]),
    ],
)
def test_split_tags(text: str, tags: list[str]) -> None:
    assert split_tags(text) == tags


def test_exclusive_builtins_keep_the_stronger() -> None:
    assert drop_excluded(["N", "Y", "O", "M", "VIP", "x"]) == (["Y", "M", "VIP", "x"], ["N", "O"])
    assert drop_excluded(["N", "O"]) == (["N", "O"], [])
    assert normalise_tag("  到店 ") == "Y"
    assert normalise_tag("* myContacts") == ""
