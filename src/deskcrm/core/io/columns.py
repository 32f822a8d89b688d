"""Column headers to contact fields: guessed from Chinese and English headers, then rows to records.

Knows the layouts reps bring: Chinese Excel sheets (姓名, 手机, 公司, 标签...),
Google Contacts CSV (old "Given Name / Phone 1 - Value / Group Membership" and
new "First Name / Labels" exports), Outlook CSV ("Job Title" beside the
honorific "Title", several phone columns) and WeChat Work (WeCom) customer
lists (客户名称, 备注名, 企业标签, 个人标签, 备注手机号, 描述).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter

from deskcrm.core.io.formula import restore
from deskcrm.core.io.records import (
    MULTI_FIELDS,
    Field,
    ImportPhone,
    ImportRecord,
    NotedRow,
    RowProblem,
)
from deskcrm.core.io.tag_split import split_all

F = Field

# Normalised header -> (field, priority). Normalising drops case, spaces, digits and
# punctuation, so "Phone 1 - Value", "phone_value" and "手机 2" find their entry.
# Priorities decide which of several columns feeds a single-valued field.
_EXACT: dict[str, tuple[Field, int]] = {
    # names
    "姓名": (F.NAME, 10),
    "客户姓名": (F.NAME, 10),
    "联系人": (F.NAME, 9),
    "联系人姓名": (F.NAME, 10),
    "备注名": (F.NAME, 11),  # WeCom: the rep's own name for the customer beats the nickname
    "客户名称": (F.NAME, 8),
    "客户名": (F.NAME, 8),
    "名称": (F.NAME, 7),
    "名字": (F.NAME, 9),
    "客户": (F.NAME, 6),
    "昵称": (F.NAME, 3),
    "微信昵称": (F.NAME, 3),
    "name": (F.NAME, 10),
    "fullname": (F.NAME, 10),
    "displayname": (F.NAME, 9),
    "contactname": (F.NAME, 9),
    "customername": (F.NAME, 8),
    "nickname": (F.NAME, 2),
    "fileas": (F.NAME, 1),
    "姓": (F.FAMILY_NAME, 10),
    "姓氏": (F.FAMILY_NAME, 10),
    "名": (F.GIVEN_NAME, 10),
    "familyname": (F.FAMILY_NAME, 10),
    "lastname": (F.FAMILY_NAME, 10),
    "surname": (F.FAMILY_NAME, 10),
    "givenname": (F.GIVEN_NAME, 10),
    "firstname": (F.GIVEN_NAME, 10),
    # phones (several columns feed one contact)
    "手机": (F.PHONE, 10),
    "手机号": (F.PHONE, 10),
    "手机号码": (F.PHONE, 10),
    "电话": (F.PHONE, 10),
    "电话号码": (F.PHONE, 10),
    "联系电话": (F.PHONE, 10),
    "联系方式": (F.PHONE, 8),
    "座机": (F.PHONE, 9),
    "办公电话": (F.PHONE, 9),
    "固定电话": (F.PHONE, 9),
    "移动电话": (F.PHONE, 10),
    "备注手机号": (F.PHONE, 10),
    "phone": (F.PHONE, 10),
    "phonevalue": (F.PHONE, 10),
    "phonenumber": (F.PHONE, 10),
    "telephone": (F.PHONE, 10),
    "tel": (F.PHONE, 10),
    "mobile": (F.PHONE, 10),
    "mobilephone": (F.PHONE, 10),
    "cellphone": (F.PHONE, 10),
    "businessphone": (F.PHONE, 10),
    "homephone": (F.PHONE, 10),
    "otherphone": (F.PHONE, 10),
    "primaryphone": (F.PHONE, 10),
    "companymainphone": (F.PHONE, 10),
    "carphone": (F.PHONE, 10),
    "assistantsphone": (F.PHONE, 8),
    # email
    "邮箱": (F.EMAIL, 10),
    "电子邮件": (F.EMAIL, 10),
    "电子邮箱": (F.EMAIL, 10),
    "邮件": (F.EMAIL, 9),
    "邮箱地址": (F.EMAIL, 10),
    "email": (F.EMAIL, 10),
    "emailvalue": (F.EMAIL, 10),
    "emailaddress": (F.EMAIL, 10),
    "mail": (F.EMAIL, 8),
    # company
    "公司": (F.COMPANY, 10),
    "公司名称": (F.COMPANY, 10),
    "单位": (F.COMPANY, 10),
    "单位名称": (F.COMPANY, 10),
    "工作单位": (F.COMPANY, 10),
    "企业": (F.COMPANY, 9),
    "企业名称": (F.COMPANY, 9),
    "备注企业名称": (F.COMPANY, 11),
    "所在公司": (F.COMPANY, 10),
    "机构": (F.COMPANY, 8),
    "组织": (F.COMPANY, 8),
    "company": (F.COMPANY, 10),
    "companyname": (F.COMPANY, 10),
    "organization": (F.COMPANY, 10),
    "organisation": (F.COMPANY, 10),
    "organizationname": (F.COMPANY, 10),
    "org": (F.COMPANY, 9),
    # title
    "职位": (F.TITLE, 10),
    "职务": (F.TITLE, 10),
    "岗位": (F.TITLE, 9),
    "头衔": (F.TITLE, 8),
    "jobtitle": (F.TITLE, 10),
    "organizationtitle": (F.TITLE, 10),
    "position": (F.TITLE, 9),
    "role": (F.TITLE, 7),
    # Outlook's "Title" is the honorific (Mr., Dr.); it only wins without "Job Title".
    "title": (F.TITLE, 5),
    # industry, city, region
    "行业": (F.INDUSTRY, 10),
    "所属行业": (F.INDUSTRY, 10),
    "industry": (F.INDUSTRY, 10),
    "城市": (F.CITY, 10),
    "所在城市": (F.CITY, 10),
    "所在地": (F.CITY, 8),
    "市": (F.CITY, 8),
    "city": (F.CITY, 10),
    "addresscity": (F.CITY, 9),
    "businesscity": (F.CITY, 10),
    "homecity": (F.CITY, 8),
    "othercity": (F.CITY, 6),
    "地区": (F.REGION, 10),
    "区域": (F.REGION, 10),
    "省份": (F.REGION, 10),
    "省": (F.REGION, 9),
    "所在地区": (F.REGION, 10),
    "region": (F.REGION, 10),
    "addressregion": (F.REGION, 9),
    "province": (F.REGION, 10),
    "state": (F.REGION, 8),
    "businessstate": (F.REGION, 9),
    "homestate": (F.REGION, 7),
    # WeChat
    "微信": (F.WECHAT, 10),
    "微信号": (F.WECHAT, 10),
    "微信id": (F.WECHAT, 10),
    "wechat": (F.WECHAT, 10),
    "wechatid": (F.WECHAT, 10),
    "weixin": (F.WECHAT, 10),
    # notes (several columns are joined)
    "备注": (F.NOTES, 10),
    "描述": (F.NOTES, 10),
    "说明": (F.NOTES, 9),
    "客户描述": (F.NOTES, 10),
    "备忘": (F.NOTES, 9),
    "notes": (F.NOTES, 10),
    "note": (F.NOTES, 10),
    "comment": (F.NOTES, 9),
    "comments": (F.NOTES, 9),
    "memo": (F.NOTES, 9),
    "description": (F.NOTES, 9),
    # tags (several columns are joined)
    "标签": (F.TAGS, 10),
    "企业标签": (F.TAGS, 10),
    "个人标签": (F.TAGS, 10),
    "客户标签": (F.TAGS, 10),
    "分组": (F.TAGS, 8),
    "tags": (F.TAGS, 10),
    "tag": (F.TAGS, 10),
    "labels": (F.TAGS, 10),
    "categories": (F.TAGS, 10),
    "groupmembership": (F.TAGS, 10),
    # source
    "来源": (F.SOURCE, 10),
    "客户来源": (F.SOURCE, 10),
    "添加渠道": (F.SOURCE, 8),
    "source": (F.SOURCE, 10),
}

# Headers that contain a known word but mean something else ("Phone 1 - Type", "传真").
_NOT = re.compile(
    r"(type|label|phonetic|fax|传真|拼音|yomi|时间|日期|date|birthday|生日|性别|gender|"
    r"address|地址|street|postal|邮编|zip|country|国家|department|部门|website|网址|url|"
    r"添加人|负责人|owner|createdby|display|id$|编号|序号)"
)
_CONTAINS: tuple[tuple[str, Field], ...] = (
    ("手机", F.PHONE),
    ("电话", F.PHONE),
    ("phone", F.PHONE),
    ("mobile", F.PHONE),
    ("邮箱", F.EMAIL),
    ("email", F.EMAIL),
    ("姓名", F.NAME),
    ("公司", F.COMPANY),
    ("单位", F.COMPANY),
    ("company", F.COMPANY),
    ("职位", F.TITLE),
    ("职务", F.TITLE),
    ("标签", F.TAGS),
    ("备注", F.NOTES),
    ("note", F.NOTES),
    ("微信", F.WECHAT),
    ("城市", F.CITY),
    ("行业", F.INDUSTRY),
)
_CONTAINS_PRIORITY = 4
_DROP = re.compile(r"[\s\d_\-.·:：*#/\\'\"“”‘’]+")
_PAREN = re.compile(r"[(（\[【].*?[)）\]】]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def normalise_header(header: str) -> str:
    """ "Phone 1 - Value" -> "phonevalue", "手机号码（必填）" -> "手机号码"."""
    text = unicodedata.normalize("NFKC", header).casefold()
    text = _PAREN.sub("", text)
    return _DROP.sub("", text)


def guess_field(header: str) -> tuple[Field, int]:
    """(field, priority) a header stands for; (IGNORE, 0) when unknown."""
    key = normalise_header(header)
    if not key:
        return F.IGNORE, 0
    exact = _EXACT.get(key)
    if exact is not None:
        return exact
    if _NOT.search(key):
        return F.IGNORE, 0
    for word, field in _CONTAINS:
        if word in key:
            return field, _CONTAINS_PRIORITY
    return F.IGNORE, 0


# A name column this weak (nickname, "File As") gives way to first + last name columns.
_WEAK_NAME = 5


def guess_mapping(headers: Sequence[str]) -> tuple[Field, ...]:
    """One field per column; a single-valued field goes to its best column only.

    Of several name columns the best is the name and the next best the fallback
    (NICKNAME), e.g. WeCom's 备注名 then 客户名称 for customers without a remark.
    """
    guesses = [guess_field(h) for h in headers]
    split_name = any(f in (F.FAMILY_NAME, F.GIVEN_NAME) for f, _ in guesses)
    names = sorted(
        (i for i, (f, _) in enumerate(guesses) if f is F.NAME),
        key=lambda i: -guesses[i][1],
    )
    if names and split_name and guesses[names[0]][1] < _WEAK_NAME:
        names.insert(0, -1)  # the first + last name columns come first
    for rank, i in enumerate(names):
        if i >= 0:
            guesses[i] = (F.NICKNAME if rank == 1 else F.NAME if rank == 0 else F.IGNORE, 1)
    best: dict[Field, int] = {}
    for i, (field, priority) in enumerate(guesses):
        if field is F.IGNORE or field in MULTI_FIELDS:
            continue
        if field not in best or priority > guesses[best[field]][1]:
            best[field] = i
    result: list[Field] = []
    for i, (field, _) in enumerate(guesses):
        if field in MULTI_FIELDS or (field is not F.IGNORE and best.get(field) == i):
            result.append(field)
        else:
            result.append(F.IGNORE)
    return tuple(result)


def header_score(cells: Sequence[str]) -> int:
    """How many cells read as known headers (to find the header row under a title row)."""
    return sum(1 for c in cells if guess_field(c)[0] is not F.IGNORE)


def layout_key(headers: Sequence[str]) -> str:
    """A short stable key for a file layout (its normalised headers), for remembered mappings."""
    joined = "\x1f".join(normalise_header(h) or h.strip() for h in headers)
    return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def has_name(mapping: Iterable[Field]) -> bool:
    fields = set(mapping)
    return bool(fields & {F.NAME, F.FAMILY_NAME, F.GIVEN_NAME, F.NICKNAME})


def clean_cell(value: str) -> str:
    """A cell's value: NULs gone, the apostrophe an export put before a formula taken off."""
    return restore(value.replace("\x00", "")).strip()


_PHONE_SPLIT = re.compile(r":::|[,，;；、/|\r\n]+")
_EMAIL_SPLIT = re.compile(r":::|[,，;；\s]+")


def split_phones(text: str) -> list[str]:
    """Several numbers in one cell ("138... / 010-..."); spaces inside a number are kept."""
    return [p.strip() for p in _PHONE_SPLIT.split(text) if p.strip()]


def join_name(family: str, given: str) -> str:
    """Chinese names run family-first without a space; others read "Given Family"."""
    if _CJK.search(family + given):
        return f"{family}{given}"
    return " ".join(p for p in (given, family) if p)


# Single-valued fields in the order _RowReader reads them.
_SINGLES = (
    F.NAME,
    F.FAMILY_NAME,
    F.GIVEN_NAME,
    F.NICKNAME,
    F.COMPANY,
    F.TITLE,
    F.INDUSTRY,
    F.CITY,
    F.REGION,
    F.WECHAT,
    F.SOURCE,
)


class _RowReader:
    """Turns the rows of one table into records; the mapping is worked out once, not per row.

    A 100,000-row import spends most of its reading time here, so the common case
    (every single-valued field fed by at most one column, no cell needing more than
    a strip) takes a path without a function call per cell; the answers are the same.
    """

    def __init__(self, mapping: Sequence[Field], headers: Sequence[str]) -> None:
        single: dict[Field, list[int]] = {}
        multi: dict[Field, list[int]] = {}
        for i, field in enumerate(mapping):
            if field is F.IGNORE:
                continue
            (multi if field in MULTI_FIELDS else single).setdefault(field, []).append(i)
        self.width = width = len(mapping)
        self.headers = headers
        # Column index lists per single field; `width` is the index of an empty cell
        # appended to every row, for a field no column feeds.
        self.single = tuple(tuple(single.get(f, ())) or (width,) for f in _SINGLES)
        self.one_each: Callable[[list[str]], tuple[str, ...]] | None = None
        if all(len(cols) == 1 for cols in self.single):
            self.one_each = itemgetter(*(cols[0] for cols in self.single))
        self.phones = tuple(multi.get(F.PHONE, ()))
        self.emails = tuple(multi.get(F.EMAIL, ()))
        self.notes = tuple(multi.get(F.NOTES, ()))
        self.tags = tuple(multi.get(F.TAGS, ()))
        # The tag cells of a customer list repeat a lot: split each distinct text once.
        self.tag_memo: dict[tuple[str, ...], tuple[str, ...]] = {}

    def record(self, row: int, cells: Sequence[str]) -> ImportRecord | RowProblem | None:
        noted: tuple[str, ...] = ()
        if type(cells) is NotedRow:
            if cells.problem:
                return RowProblem(row, cells.problem, data=dict(cells.data))
            noted = cells.warnings
        joined = "".join(cells)
        if "\x00" in joined or "'" in joined:
            values = [clean_cell(c) for c in cells]
        else:
            values = [c.strip() for c in cells]  # what clean_cell leaves of these cells
        if not any(values):
            return None
        width = self.width
        warnings = noted
        if len(values) != width:
            if any(values[width:]):
                warnings += ("extra_cells",)
            values = (values + [""] * width)[:width]
        values.append("")
        if self.one_each is not None:
            firsts = self.one_each(values)
        else:
            firsts = tuple(next((values[i] for i in cols if values[i]), "") for cols in self.single)
        name, family, given, nickname, company, title, industry, city, region, wechat, source = (
            firsts
        )
        name = " ".join(name.split())
        if not name:
            name = join_name(family, given)
        if not name:
            name = " ".join(nickname.split())
        phones = tuple(
            ImportPhone(p) for i in self.phones if values[i] for p in split_phones(values[i])
        )
        emails = tuple(
            e for i in self.emails if values[i] for e in _EMAIL_SPLIT.split(values[i]) if e
        )
        note_cols = [i for i in self.notes if values[i]]
        if len(note_cols) > 1 and self.headers:
            # Several note-like columns (描述 + 备注): say which text came from where.
            notes = "\n".join(f"{self.headers[i].strip()}: {values[i]}" for i in note_cols)
        else:
            notes = "\n".join(values[i] for i in note_cols)
        tag_cells = tuple(values[i] for i in self.tags if values[i])
        tags = self.tag_memo.get(tag_cells)
        if tags is None:
            tags = self.tag_memo[tag_cells] = tuple(split_all(tag_cells))
        return ImportRecord(
            row=row,
            name=name,
            phones=phones,
            emails=emails,
            company=company,
            title=title,
            industry=industry,
            city=city,
            region=region,
            wechat_id=wechat,
            notes=notes,
            tags=tags,
            source=source,
            warnings=warnings,
        )


def record_from_cells(
    row: int, cells: Sequence[str], mapping: Sequence[Field], headers: Sequence[str] = ()
) -> ImportRecord | RowProblem | None:
    """The record of one table row; None for a blank row (skipped without comment).

    A RowProblem when the reader marked the row unusable (a NotedRow, e.g. undecodable).
    """
    return _RowReader(mapping, headers).record(row, cells)


def records_from_rows(
    rows: Iterable[tuple[int, Sequence[str]]], mapping: Sequence[Field], headers: Sequence[str]
) -> Iterator[ImportRecord | RowProblem]:
    """Records of the data rows (blank rows are left out)."""
    reader = _RowReader(mapping, headers)
    for row, cells in rows:
        record = reader.record(row, cells)
        if record is not None:
            yield record
