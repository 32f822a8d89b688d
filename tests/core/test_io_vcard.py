"""vCard reading: Android 2.1 quoted-printable, GBK, iPhone 3.0, 4.0, Outlook, broken files."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest

from deskcrm.core.errors import ImportFailed
from deskcrm.core.io.records import ImportPhone, ImportRecord, RowProblem
from deskcrm.core.io.vcard import read_vcards

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def _read(data: bytes) -> list[ImportRecord | RowProblem]:
    return list(read_vcards(io.BytesIO(data), len(data)))


def _file(name: str) -> list[ImportRecord | RowProblem]:
    return _read((DATA / name).read_bytes())


def test_fixtures_match_their_generator(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, data in module.fixtures().items():
        assert (DATA / name).read_bytes() == data, f"regenerate {name}: make_fixtures.py"


def test_android_21_quoted_printable_with_soft_line_breaks() -> None:
    assert _file("android_21_qp.vcf") == [
        ImportRecord(
            row=1,
            name="张伟",
            phones=(ImportPhone("138-0013-8001", "mobile"), ImportPhone("010-62345678", "work")),
            company="北京星辰科技有限公司",
            notes="老客户，喜欢喝茶。下周三带样品回访，记得提前一天打电话确认时间。",
        ),
        ImportRecord(
            row=2,
            # The soft break falls between the bytes of one character; the photo is skipped.
            name="欧阳娜娜（华东区域大客户部采购主管）",
            phones=(ImportPhone("+86 139 1234 5678", "mobile"),),
        ),
        ImportRecord(
            row=3,
            name="Li Lei",
            phones=(ImportPhone("021-55556666", "home"),),
            emails=("lilei@example.com",),
        ),
    ]


def test_gbk_cards_with_and_without_charset() -> None:
    assert _file("gbk_21.vcf") == [
        ImportRecord(row=1, name="赵敏", phones=(ImportPhone("136 0000 3333", "mobile"),)),
        ImportRecord(
            row=2,
            name="钱多多",
            phones=(ImportPhone("186 1111 2222", "mobile"),),
            company="杭州茶叶贸易公司",
        ),
        ImportRecord(row=3, name="孙丽", phones=(ImportPhone("150 1234 5678"),), notes="东北客户"),
    ]


def test_iphone_30_grouped_labels_folding_categories_and_photo() -> None:
    [card] = _file("iphone_30.vcf")
    assert card == ImportRecord(
        row=1,
        name="王芳",
        phones=(ImportPhone("+86 137 0000 1111", "mobile"), ImportPhone("0755-88889999", "公司")),
        emails=("wangfang@example.cn", "fang.wang@example.com"),
        company="上海贸易有限公司",
        title="采购经理",
        city="深圳",
        region="广东",
        notes="第一次见面在展会上，对新款很感兴趣。" * 3 + "\n第二行, 有逗号",
        tags=("VIP", "Y", "客户A"),
    )


def test_vcard_40_uri_phones_escapes_and_builtin_categories() -> None:
    [card] = _file("v40.vcf")
    assert card == ImportRecord(
        row=1,
        name="周杰",
        phones=(ImportPhone("+86-135-0000-2222", "mobile"),),
        emails=("zhoujie@example.org",),
        company="广州电子厂",
        notes="地址; 广州, 天河区\\二楼",
        tags=("Y", "M", "电子"),
    )


def test_outlook_gb2312_and_a_company_card_without_a_name() -> None:
    assert _file("outlook_21_gbk.vcf") == [
        ImportRecord(
            row=1,
            name="李娜",
            phones=(ImportPhone("028-85551234", "work"), ImportPhone("139 0000 4444", "mobile")),
            emails=("lina@example.com",),
            company="成都软件园",
            title="总经理",
        ),
        ImportRecord(
            row=2,
            name="重庆火锅餐饮集团",
            phones=(ImportPhone("023-63001234", "work"),),
            company="重庆火锅餐饮集团",
            warnings=("name_from_company",),
        ),
    ]


def test_truncated_file_keeps_the_complete_cards() -> None:
    assert _file("truncated.vcf") == [
        ImportRecord(row=1, name="完整的人", phones=(ImportPhone("138 0013 8001"),)),
        RowProblem(2, "card_truncated"),
    ]


def test_line_endings_cr_only_and_utf16_and_bom() -> None:
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:测试\nTEL:138 0013 8001\nEND:VCARD\n"
    expected = [ImportRecord(row=1, name="测试", phones=(ImportPhone("138 0013 8001"),))]
    assert _read(card.replace("\n", "\r").encode()) == expected
    assert _read(card.encode("utf-16")) == expected
    assert _read(card.encode("utf-8-sig")) == expected


def test_card_begun_again_before_its_end_is_reported_and_the_next_read() -> None:
    data = b"BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n"
    assert _read(data) == [RowProblem(1, "card_truncated"), ImportRecord(row=2, name="B")]


def test_empty_card_and_junk_lines_between_cards() -> None:
    data = b"junk\x00\xff\nBEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n\x01\x02garbage\n"
    assert _read(data) == [RowProblem(1, "empty_card")]


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00" * 100, bytes(range(256)) * 50, b"hello world\n", "姓名,手机\n".encode()],
)
def test_no_vcard_at_all_is_a_typed_error(data: bytes) -> None:
    with pytest.raises(ImportFailed) as err:
        _read(data)
    assert err.value.data["reason"] == "not_vcard"


def test_huge_unfolded_line_is_dropped_without_keeping_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import deskcrm.core.io.vcard as vcard

    monkeypatch.setattr(vcard, "MAX_LINE", 1000)
    monkeypatch.setattr(vcard, "CHUNK", 256)
    data = (
        b"BEGIN:VCARD\r\nFN:Big\r\nNOTE:" + b"x" * 5000 + b"\r\nTEL:138 0013 8001\r\nEND:VCARD\r\n"
    )
    assert _read(data) == [
        ImportRecord(
            row=1, name="Big", phones=(ImportPhone("138 0013 8001"),), warnings=("line_too_long",)
        )
    ]


def test_100k_character_note_survives() -> None:
    note = "长" * 100_000
    data = f"BEGIN:VCARD\nVERSION:3.0\nFN:长备注\nNOTE:{note}\nEND:VCARD\n".encode()
    [card] = _read(data)
    assert isinstance(card, ImportRecord)
    assert card.notes == note


def test_crlf_split_across_read_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    import deskcrm.core.io.vcard as vcard

    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chunky\r\nTEL:138 0013 8001\r\nEND:VCARD\r\n"
    for size in range(1, 20):
        monkeypatch.setattr(vcard, "CHUNK", size)
        assert _read(data) == [
            ImportRecord(row=1, name="Chunky", phones=(ImportPhone("138 0013 8001"),))
        ], size
