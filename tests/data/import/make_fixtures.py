"""Writes the import fixtures next to this script (run it after changing it; tests check it).

    python tests/data/import/make_fixtures.py [OUT_DIR]

Each file imitates what a real exporter writes: Android's vCard 2.1 with
quoted-printable Chinese split by soft line breaks, GBK vCards from old phones
and Outlook, iPhone vCard 3.0 with grouped labels and a folded photo, vCard
4.0, CSV as Excel saves it in UTF-8, UTF-8 with BOM, GBK and UTF-16 ("Unicode
text"), semicolon and tab separated, Google Contacts and Outlook CSV, and a
WeCom (企业微信) customer list as XLSX with a title row above the header.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"
# A tiny fake JPEG as base64, long enough to need folding.
PHOTO_B64 = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP" + "A" * 180 + "//Z"


def qp_lines(prefix: str, text: str, charset: str = "utf-8") -> str:
    """`prefix:` + the quoted-printable value, wrapped with soft breaks as Android does."""
    encoded = "".join(
        chr(b) if 33 <= b <= 126 and b != ord("=") else f"={b:02X}" for b in text.encode(charset)
    )
    lines: list[str] = []
    current = prefix + ":"
    i = 0
    while i < len(encoded):
        token = encoded[i : i + 3] if encoded[i] == "=" else encoded[i]
        if len(current) + len(token) > 74:
            lines.append(current + "=")
            current = ""
        current += token
        i += len(token)
    lines.append(current)
    return CRLF.join(lines)


def android_21() -> bytes:
    qp = "CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE"
    cards = [
        [
            "BEGIN:VCARD",
            "VERSION:2.1",
            qp_lines(f"N;{qp}", "张;伟;;;"),
            qp_lines(f"FN;{qp}", "张伟"),
            "TEL;CELL:138-0013-8001",
            "TEL;WORK:010-62345678",
            qp_lines(f"ORG;{qp}", "北京星辰科技有限公司"),
            qp_lines(
                f"NOTE;{qp}", "老客户，喜欢喝茶。下周三带样品回访，记得提前一天打电话确认时间。"
            ),
            "END:VCARD",
        ],
        [
            "BEGIN:VCARD",
            "VERSION:2.1",
            qp_lines(f"N;{qp}", "欧阳;娜娜;;;"),
            # A long display name so the soft break falls inside a character's bytes.
            qp_lines(f"FN;{qp}", "欧阳娜娜" + "（华东区域大客户部采购主管）"),
            "TEL;CELL;PREF:+86 139 1234 5678",
            "PHOTO;ENCODING=BASE64;JPEG:" + PHOTO_B64[:60],
            *("  " + PHOTO_B64[i : i + 72] for i in range(60, len(PHOTO_B64), 72)),
            "",
            "END:VCARD",
        ],
        [
            "BEGIN:VCARD",
            "VERSION:2.1",
            "N:Li;Lei;;;",
            "FN:Li Lei",
            "TEL;HOME:021-55556666",
            "EMAIL;INTERNET:lilei@example.com",
            "END:VCARD",
        ],
    ]
    return (CRLF.join(CRLF.join(c) for c in cards) + CRLF).encode("ascii")


def gbk_21() -> bytes:
    parts = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        qp_lines("N;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE", "赵;敏;;;", "gbk"),
        qp_lines("FN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE", "赵敏", "gbk"),
        "TEL;CELL:136 0000 3333",
        "END:VCARD",
    ]
    qp = (CRLF.join(parts) + CRLF).encode("ascii")
    raw = (
        CRLF.join(
            [
                "BEGIN:VCARD",
                "VERSION:2.1",
                "FN;CHARSET=GB2312:钱多多",
                "ORG;CHARSET=GB2312:杭州茶叶贸易公司",
                "TEL;CELL:186 1111 2222",
                "END:VCARD",
                # No CHARSET at all on a GBK file: an old Nokia export.
                "BEGIN:VCARD",
                "VERSION:2.1",
                "N:孙;丽;;;",
                "TEL:150 1234 5678",
                "NOTE:东北客户",
                "END:VCARD",
            ]
        )
        + CRLF
    ).encode("gbk")
    return qp + raw


def iphone_30() -> bytes:
    note = "第一次见面在展会上，对新款很感兴趣。" * 3
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
        "N:王;芳;;;",
        "FN:王芳",
        "ORG:上海贸易有限公司;销售部",
        "TITLE:采购经理",
        "item1.TEL;type=pref:+86 137 0000 1111",
        "item1.X-ABLabel:_$!<Mobile>!$_",
        "item2.TEL:0755-88889999",
        "item2.X-ABLabel:公司",
        "EMAIL;type=INTERNET;type=WORK;type=pref:wangfang@example.cn",
        "item3.EMAIL;type=INTERNET:fang.wang@example.com",
        "item3.X-ABLabel:_$!<Other>!$_",
        "ADR;type=WORK;type=pref:;;科技园路1号;深圳;广东;518000;中国",
        "NOTE:" + note + "\\n第二行\\, 有逗号",
        "CATEGORIES:VIP,到店,客户A",
        "PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO_B64,
        "END:VCARD",
    ]
    data = b""
    for line in lines:
        raw = line.encode("utf-8")
        # Fold at 75 octets, even inside a character, as RFC 2425 allows.
        folded = [raw[:75]] + [b" " + raw[i : i + 74] for i in range(75, len(raw), 74)]
        data += b"\r\n".join(folded) + b"\r\n"
    return data


def v40() -> bytes:
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        "FN:周杰",
        "N:周;杰;;;",
        'TEL;TYPE="cell,voice";VALUE=uri;PREF=1:tel:+86-135-0000-2222',
        "EMAIL;PREF=1:zhoujie@example.org",
        "ORG:广州电子厂",
        "NOTE:地址\\; 广州\\, 天河区\\\\二楼",
        "CATEGORIES:Y,M,电子",
        "END:VCARD",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def outlook_21() -> bytes:
    lines = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;LANGUAGE=zh-cn;CHARSET=gb2312:李;娜",
        "FN;CHARSET=gb2312:李娜",
        "ORG;CHARSET=gb2312:成都软件园",
        "TITLE;CHARSET=gb2312:总经理",
        "TEL;WORK;VOICE:028-85551234",
        "TEL;CELL;VOICE:139 0000 4444",
        "EMAIL;PREF;INTERNET:lina@example.com",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
        "REV:20240101T000000Z",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;LANGUAGE=zh-cn;CHARSET=gb2312:;",
        "ORG;CHARSET=gb2312:重庆火锅餐饮集团",
        "TEL;WORK;VOICE:023-63001234",
        "END:VCARD",
    ]
    return (CRLF.join(lines) + CRLF).encode("gbk")


def truncated() -> bytes:
    good = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:完整的人\r\nTEL:138 0013 8001\r\nEND:VCARD\r\n"
    cut = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:被截断\r\nTEL:139 12"
    return (good + cut).encode("utf-8")


CSV_ROWS: list[list[str]] = [
    ["姓名", "手机", "公司", "职位", "城市", "标签", "备注"],
    ["张伟", "138 0013 8001", "北京星辰科技", "经理", "北京", "VIP、到店", "老客户"],
    ["李娜", "13912345678 / 010-62345678", "上海贸易", "采购", "上海", "未消费, 女", ""],
    ["王芳", "+86 137 0000 1111", "", "", "深圳", "客户A;客户B", "多行\n备注"],
]


def csv_text(rows: Sequence[Sequence[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def google_csv() -> bytes:
    header = [
        "First Name",
        "Middle Name",
        "Last Name",
        "Phonetic First Name",
        "Phonetic Middle Name",
        "Phonetic Last Name",
        "Name Prefix",
        "Name Suffix",
        "Nickname",
        "File As",
        "Organization Name",
        "Organization Title",
        "Organization Department",
        "Birthday",
        "Notes",
        "Photo",
        "Labels",
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "Phone 1 - Label",
        "Phone 1 - Value",
        "Phone 2 - Label",
        "Phone 2 - Value",
    ]
    rows = [
        header,
        [
            "伟",
            "",
            "刘",
            "wei",
            "",
            "liu",
            "",
            "",
            "",
            "",
            "深圳创新科技",
            "CTO",
            "研发",
            "1985-05-01",
            "在微信上聊过",
            "",
            "* myContacts ::: VIP ::: 客户",
            "* Work",
            "liuwei@example.com",
            "Mobile",
            "+86 138 0013 8001 ::: +86 139 1234 5678",
            "Work",
            "0755-88889999",
        ],
        [
            "Anna",
            "",
            "Smith",
            "",
            "",
            "",
            "Ms.",
            "",
            "",
            "",
            "Acme Inc.",
            "Buyer",
            "",
            "",
            "",
            "",
            "* myContacts",
            "",
            "",
            "Mobile",
            "+1 415 555 2671",
            "",
            "",
        ],
    ]
    return csv_text(rows).encode("utf-8")


def outlook_csv() -> bytes:
    rows = [
        [
            "First Name",
            "Middle Name",
            "Last Name",
            "Title",
            "Suffix",
            "Company",
            "Department",
            "Job Title",
            "Business Street",
            "Business City",
            "Business State",
            "Business Phone",
            "Business Phone 2",
            "Business Fax",
            "Mobile Phone",
            "E-mail Address",
            "E-mail Display Name",
            "Notes",
            "Categories",
        ],
        [
            "敏",
            "",
            "陈",
            "女士",
            "",
            "南京医药公司",
            "采购部",
            "主任",
            "中山路1号",
            "南京",
            "江苏",
            "025-84561234",
            "",
            "025-84569999",
            "138 0000 5555",
            "chenmin@example.com",
            "陈敏 (chenmin@example.com)",
            "Outlook 导出",
            "重点客户;医药",
        ],
    ]
    return csv_text(rows).encode("gbk")


def wecom_xlsx() -> bytes:
    """A WeCom customer list as exported: title row, then header, phones as numbers."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "客户列表"
    ws.append(["客户联系 - 客户列表（导出时间：2026-03-01 10:00）"])
    ws.merge_cells("A1:L1")
    ws.append(
        [
            "客户名称",
            "备注名",
            "客户类型",
            "性别",
            "添加人",
            "添加时间",
            "来源",
            "企业标签",
            "个人标签",
            "备注手机号",
            "备注企业名称",
            "描述",
        ]
    )
    ws.append(
        [
            "小林🌸",
            "林小红",
            "微信用户",
            "女",
            "销售一部-王五",
            "2026-02-10 09:30:00",
            "扫描二维码",
            "意向客户,A类",
            "到店",
            13800138001,
            "福州鞋业",
            "展会认识",
        ]
    )
    ws.append(
        [
            "Jason",
            "",
            "微信用户",
            "男",
            "销售一部-王五",
            "2026-02-11 14:00:00",
            "搜索手机号",
            "",
            "",
            "186-1111-2222",
            "",
            "",
        ]
    )
    ws.append([None] * 12)  # a blank row in the middle, as hand-edited sheets have
    ws.append(
        [
            "老周",
            "周大福",
            "企业微信用户",
            "未知",
            "销售一部-王五",
            "2026-02-12 16:45:00",
            "名片分享",
            "VIP",
            "已消费",
            "13912345678",
            "",
            "",
        ]
    )
    second = wb.create_sheet("说明")
    second.append(["本表由企业微信导出"])
    out = io.BytesIO()
    wb.save(out)
    return _stable_zip(out.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same workbook bytes on every run (openpyxl stamps the time into zip entries)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-03-01T00:00:00Z", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()


def fixtures() -> dict[str, bytes]:
    text = csv_text(CSV_ROWS)
    return {
        "android_21_qp.vcf": android_21(),
        "gbk_21.vcf": gbk_21(),
        "iphone_30.vcf": iphone_30(),
        "v40.vcf": v40(),
        "outlook_21_gbk.vcf": outlook_21(),
        "truncated.vcf": truncated(),
        "contacts_utf8.csv": text.encode("utf-8"),
        "contacts_utf8_bom.csv": text.encode("utf-8-sig"),
        "contacts_gbk.csv": text.encode("gbk"),
        "contacts_utf16.txt": csv_text(CSV_ROWS, "\t").encode("utf-16"),
        "contacts_semicolon.csv": csv_text(CSV_ROWS, ";").encode("utf-8"),
        "contacts_tab.tsv": csv_text(CSV_ROWS, "\t").encode("gb18030"),
        "google_contacts.csv": google_csv(),
        "outlook_contacts.csv": outlook_csv(),
        "wecom_customers.xlsx": wecom_xlsx(),
    }


def main(out_dir: Path = HERE) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, data in fixtures().items():
        (out_dir / name).write_bytes(data)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
