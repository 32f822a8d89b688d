"""Writing contacts as CSV (UTF-8 with BOM, for Excel), XLSX and vCard 3.0.

Cells a spreadsheet would run as a formula get a leading apostrophe in CSV and
XLSX (core.io.formula, which the importer uses to take it off again); a cell of
tags is joined by core.io.tag_split.join_tags, which quotes a tag the importer
would split; so a file we wrote reads back unchanged. XLSX cells are always
written as text, never as formulas. The header words are the ones our importer (core.io.columns)
recognises, in English or Chinese.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter
from pathlib import Path
from typing import IO

from deskcrm.core.errors import DeskCRMError
from deskcrm.core.io.formula import needs_mark
from deskcrm.core.io.formula import neutralise as neutralise
from deskcrm.core.io.tag_split import join_tags
from deskcrm.core.io.xlsx_writer import write_sheet
from deskcrm.core.rules.pinyin import SURNAME_READINGS


class ExportFailed(DeskCRMError):
    """The export file could not be written (`reason`: unknown_format, unwritable)."""

    code = "export_failed"


class ExportCancelled(DeskCRMError):
    code = "export_cancelled"


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    VCARD = "vcard"


_BY_SUFFIX = {
    ".csv": ExportFormat.CSV,
    ".txt": ExportFormat.CSV,
    ".xlsx": ExportFormat.XLSX,
    ".vcf": ExportFormat.VCARD,
    ".vcard": ExportFormat.VCARD,
}


def format_for(path: Path) -> ExportFormat:
    """The format a file name asks for; ExportFailed("unknown_format") otherwise."""
    found = _BY_SUFFIX.get(path.suffix.lower())
    if found is None:
        raise ExportFailed(path.suffix, reason="unknown_format", suffix=path.suffix)
    return found


@dataclass(frozen=True)
class ExportPhone:
    raw: str
    e164: str = ""
    extension: str = ""
    label: str = ""


@dataclass(frozen=True)
class ExportContact:
    name: str
    phones: tuple[ExportPhone, ...] = ()
    email: str = ""
    company: str = ""
    title: str = ""
    industry: str = ""
    city: str = ""
    region: str = ""
    wechat_id: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    source: str = ""


# (attribute, English header, Chinese header); the importer maps each header back.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "Name", "姓名"),
    ("phones", "Phone", "手机"),
    ("email", "Email", "邮箱"),
    ("company", "Company", "公司"),
    ("title", "Job Title", "职位"),
    ("industry", "Industry", "行业"),
    ("city", "City", "城市"),
    ("region", "Region", "地区"),
    ("wechat_id", "WeChat", "微信"),
    ("tags", "Tags", "标签"),
    ("notes", "Notes", "备注"),
    ("source", "Source", "来源"),
)
PHONE_JOIN = "; "


def headers(lang: str = "en") -> list[str]:
    return [zh if lang.startswith("zh") else en for _, en, zh in COLUMNS]


# All columns in one C-level call per contact; phones and tags come as tuples and are
# joined below. A 100,000-row export reads 1.2 million cells.
FIELDS = tuple(attr for attr, _, _ in COLUMNS)
PHONES_AT = FIELDS.index("phones")
TAGS_AT = FIELDS.index("tags")
_ROW = attrgetter(*FIELDS)


def cells(texts: Sequence[str]) -> list[str]:
    """A row's texts in COLUMNS order as cells: none can run as a formula."""
    return ["'" + t if needs_mark(t) else t for t in texts]


def row_of(contact: ExportContact) -> list[str]:
    texts = list(_ROW(contact))
    texts[PHONES_AT] = PHONE_JOIN.join([p.raw for p in texts[PHONES_AT]])
    texts[TAGS_AT] = join_tags(texts[TAGS_AT])
    return cells(texts)


def write_csv(out: IO[bytes], rows: Iterable[list[str]], lang: str = "en") -> int:
    """CSV in UTF-8 with a BOM (Excel then reads Chinese right), CRLF line ends.

    `rows` are cell rows (`row_of`, `cells`) in COLUMNS order.
    """
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(headers(lang))
        count = 0
        for row in rows:
            writer.writerow(row)
            count += 1
        text.flush()
    finally:
        text.detach()  # leave the caller's file open
    return count


def write_xlsx(path: Path, rows: Iterable[list[str]], lang: str = "en") -> int:
    """One sheet, bold frozen header, every cell text (never a formula)."""
    return write_sheet(
        path,
        "Contacts" if not lang.startswith("zh") else "客户",
        headers(lang),
        rows,
        widths=(14, 22, 26, 26, 14, 14, 10, 10, 16, 26, 40, 12),
    )


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Common two-character surnames, so N: reads 欧阳;娜娜 and not 欧;阳娜娜.
_MORE_COMPOUNDS = (
    "欧阳 司马 上官 诸葛 东方 皇甫 慕容 司徒 夏侯 公孙 宇文 轩辕 端木 独孤 南宫 西门 "
    "澹台 呼延 赫连 申屠 太史 闻人 钟离 百里 东郭 拓跋 公冶 濮阳 淳于 仲孙 左丘"
)
_COMPOUND_SURNAMES = tuple(
    {s for s in SURNAME_READINGS if len(s) > 1} | set(_MORE_COMPOUNDS.split())
)
_TEL_TYPES = {"mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX", "main": "MAIN"}


def split_name(name: str) -> tuple[str, str]:
    """(family, given) for vCard N: 欧阳娜娜 -> (欧阳, 娜娜), Anna Smith -> (Smith, Anna)."""
    if _CJK.match(name) and " " not in name:
        size = 2 if name.startswith(_COMPOUND_SURNAMES) else 1
        return name[:size], name[size:]
    given, _, family = name.rpartition(" ")
    return family, given


def write_vcards(out: IO[bytes], contacts: Iterable[ExportContact]) -> int:
    """vCard 3.0, one card per contact, UTF-8; tags as CATEGORIES."""
    import vobject

    count = 0
    for contact in contacts:
        card = vobject.vCard()
        card.add("fn").value = contact.name
        family, given = split_name(contact.name)
        card.add("n").value = vobject.vcard.Name(family=family, given=given)
        for i, phone in enumerate(contact.phones, start=1):
            kind = _TEL_TYPES.get(phone.label.lower())
            if kind is None and phone.label:
                # A label of the rep's own ("公司", "微信"): the grouped form phones use.
                tel = card.add("tel", group=f"item{i}")
                card.add("x-ablabel", group=f"item{i}").value = phone.label
            else:
                tel = card.add("tel")
            tel.value = phone.raw
            if kind is not None:
                tel.type_param = kind
        if contact.email:
            email = card.add("email")
            email.value = contact.email
            email.type_param = "INTERNET"
        if contact.company:
            card.add("org").value = [contact.company]
        if contact.title:
            card.add("title").value = contact.title
        if contact.city or contact.region:
            card.add("adr").value = vobject.vcard.Address(city=contact.city, region=contact.region)
        if contact.notes:
            card.add("note").value = contact.notes
        if contact.tags:
            card.add("categories").value = list(contact.tags)
        for prop, value in (
            ("x-wechat", contact.wechat_id),
            ("x-deskcrm-industry", contact.industry),
            ("x-deskcrm-source", contact.source),
        ):
            if value:
                card.add(prop).value = value
        out.write(card.serialize().encode("utf-8"))
        count += 1
    return count


def write_rows(path: Path, fmt: ExportFormat, rows: Iterable[list[str]], lang: str = "en") -> int:
    """CSV or XLSX from cell rows already in COLUMNS order; returns how many."""
    if fmt is ExportFormat.XLSX:
        return write_xlsx(path, rows, lang)
    if fmt is not ExportFormat.CSV:
        raise ValueError(f"{fmt} is not a table format")
    with path.open("wb") as f:
        return write_csv(f, rows, lang)


def write(
    path: Path,
    fmt: ExportFormat,
    contacts: Sequence[ExportContact] | Iterable[ExportContact],
    lang: str = "en",
) -> int:
    """Write `contacts` to `path` in `fmt`; returns how many were written."""
    if fmt is ExportFormat.VCARD:
        with path.open("wb") as f:
            return write_vcards(f, contacts)
    return write_rows(path, fmt, (row_of(c) for c in contacts), lang)
