"""Filling a message template (话术) for one contact: placeholders, forms of address, gaps.

Placeholders (the only ones a template may hold; `unknown_placeholders` names others):

- ``{name}``: the contact's name as stored.
- ``{address}``: a polite form of address (`address`), never empty.
- ``{company}``: the contact's company.
- ``{product}``: the title of the contact's latest deal (what they bought or are buying).
- ``{last_promise}``: the promised next step of the last touch (the hook, docs/method.md §3).
- ``{days_since}``: whole days since the last touch, as a number ("12").

A missing value never leaves a raw placeholder or a dangling phrase: the clause
holding it is dropped. A clause is the text up to one of ``，,。.！!？?；;`` (kept with
it) or a line break. When the dropped clause ended a sentence and the clause before
it ended with a comma, that comma becomes a full stop (。 in Chinese, "." otherwise),
so "王姐您好，好久不见，{product}用得还好吗？" without a product reads
"王姐您好，好久不见。". Put an optional part in a clause of its own:
"上次您说{last_promise}，这周方便吗？" without a promise reads "这周方便吗？".
{name} and {address} are never missing ({address} falls back to the name).

Pure: no database, no clock; the caller passes today's values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from deskcrm.core.rules.pinyin import SURNAME_READINGS

PLACEHOLDERS: tuple[str, ...] = (
    "name",
    "address",
    "company",
    "product",
    "last_promise",
    "days_since",
)

_FIELD = re.compile(r"\{([^{}\s]*)\}")
# A clause ends at one of these marks (kept with the clause) or a line break.
_CLAUSE = re.compile(r"[^，,。.！!？?；;\n]*(?:[，,。.！!？?；;]+|\n|$)")
# Two-character surnames (every one pinyin.py knows a reading for, and the common ones).
_COMPOUND_SURNAMES = frozenset(
    [
        *(k for k in SURNAME_READINGS if len(k) == 2),
        *("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "公孙"),
        *("夏侯", "司徒", "宇文", "轩辕", "端木", "南宫", "独孤", "呼延"),
    ]
)
_SENTENCE_END = frozenset("。.！!？?")
_COMMAS = frozenset("，,；;")

# Titles said after the surname in Chinese, most specific first: 张董, 张总, 张经理.
_ZH_TITLES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("董事长", "董事"), "董"),
    (("总经理", "总监", "总裁", "老板", "总", "ceo", "boss", "owner", "general manager"), "总"),
    (("教授", "professor"), "教授"),
    (("医生", "大夫", "doctor"), "医生"),
    (("律师", "lawyer"), "律师"),
    (("老师", "teacher"), "老师"),
    (("厂长",), "厂长"),
    (("院长",), "院长"),
    (("校长",), "校长"),
    (("局长",), "局长"),
    (("处长",), "处长"),
    (("科长",), "科长"),
    (("部长",), "部长"),
    (("主任",), "主任"),
    (("经理", "manager"), "经理"),
)
# English forms that do not depend on gender.
_EN_TITLES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("教授", "professor"), "Prof."),
    (("医生", "大夫", "doctor", "dr."), "Dr."),
)


class FillData(NamedTuple):
    """What a template can say about one contact; "" (or None) when unknown.

    A NamedTuple rather than a frozen dataclass: a queue builds one per contact, and
    building a tuple is about five times quicker (10,000 contacts of a segment)."""

    name: str
    title: str = ""
    gender: str = ""  # "m", "f" or "" (unknown: the neutral form)
    company: str = ""
    product: str = ""
    last_promise: str = ""
    days_since: int | None = None
    # The name's pinyin syllables, space-separated as contacts.name_sort keeps them
    # ("ou yang na na"), for Chinese surnames in English; split only when used.
    pinyin: str = ""


def placeholders_in(text: str) -> list[str]:
    """The placeholder names in `text`, in order, repeats kept."""
    return _FIELD.findall(text)


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders `text` uses that no contact can fill ("{nmae}"), each once."""
    return list(dict.fromkeys(p for p in placeholders_in(text) if p not in PLACEHOLDERS))


_HAN = re.compile("[\u4e00-\u9fff]")


def is_chinese(text: str) -> bool:
    return _HAN.search(text) is not None


def template_language(text: str) -> str:
    """The language a template is written in: "zh_CN" when it holds Chinese, else "en"."""
    return "zh_CN" if is_chinese(_FIELD.sub("", text)) else "en"


def surname(name: str) -> str:
    """The family name: a Chinese name's first character (or a compound 欧阳); the last
    word of a Western name ("Tom Li" -> "Li"); "" when there is no name."""
    clean = "".join(name.split()) if is_chinese(name) else " ".join(name.split())
    if not clean:
        return ""
    if is_chinese(clean[0]):
        if clean[:2] in _COMPOUND_SURNAMES and len(clean) > 2:
            return clean[:2]
        return clean[0]
    return clean.split(" ")[-1]


@lru_cache(maxsize=4096)
def _title_form(title: str, table: tuple[tuple[tuple[str, ...], str], ...]) -> str:
    low = title.lower()
    for words, form in table:
        if any(w in low for w in words):
            return form
    return ""


def address(data: FillData, lang: str) -> str:
    """How to address the contact politely; the full name when nothing better is known.

    Chinese: surname + title form when the title says one (总经理/总监/老板 -> 张总,
    董事长 -> 张董, 经理 -> 张经理, 主任, 老师, 医生...); otherwise by gender, 王姐 for
    a woman and 李哥 for a man; otherwise the full name. A name that is not Chinese is
    used as it is.
    English: Prof./Dr. + surname when the title says so; Mr./Ms. + surname by gender
    (a Chinese surname in pinyin, "Ms. Wang", "Mr. Ouyang"); otherwise the full name.
    """
    return _address(data.name, data.title, data.gender, data.pinyin, lang)


# Cached: a customer list repeats names, titles and genders (10,000 fills ~3x faster).
@lru_cache(maxsize=65536)
def _address(name: str, title: str, gender: str, pinyin_text: str, lang: str) -> str:
    """`address` on plain values, so it can be cached."""
    name = " ".join(name.split())
    family = surname(name)
    if not family or family == name:
        return name
    if lang.startswith("zh"):
        if not is_chinese(family):
            return name
        form = _title_form(title, _ZH_TITLES)
        if form:
            return family + form
        if gender in ("m", "f"):
            return family + ("哥" if gender == "m" else "姐")
        return name
    spoken = family
    if is_chinese(family):
        pinyin = pinyin_text.split()
        if len(pinyin) <= len(family):
            return name
        spoken = "".join(pinyin[: len(family)]).capitalize()
    form = _title_form(title, _EN_TITLES)
    if form:
        return f"{form} {spoken}"
    if gender in ("m", "f"):
        return f"{'Mr.' if gender == 'm' else 'Ms.'} {spoken}"
    return name


@dataclass(frozen=True)
class CompiledTemplate:
    """A template cut into clauses once, so filling thousands of contacts is quick."""

    lang: str
    # Per clause: its text and the placeholders in it, each as (name, "{name}") (a clause
    # without any is kept as is).
    clauses: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    used: frozenset[str]  # every placeholder of the text


def compile_template(text: str, lang: str = "") -> CompiledTemplate:
    """`lang` "" means the language the text is written in (`template_language`)."""
    out: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    for clause in _CLAUSE.findall(text):
        if clause:
            names = dict.fromkeys(placeholders_in(clause))
            out.append((clause, tuple((n, "{" + n + "}") for n in names)))
    used = frozenset(n for _, fields in out for n, _field in fields)
    return CompiledTemplate(lang or template_language(text), tuple(out), used)


def values(
    data: FillData, lang: str, wanted: frozenset[str] | tuple[str, ...] = PLACEHOLDERS
) -> dict[str, str]:
    """Each (wanted) placeholder's text for this contact; "" when unknown.

    Written out rather than a table of small functions: a queue fills thousands of
    contacts, and a call per placeholder doubled the cost of a fill."""
    out: dict[str, str] = {}
    if "name" in wanted:
        out["name"] = " ".join(data.name.split())
    if "address" in wanted:
        out["address"] = _address(data.name, data.title, data.gender, data.pinyin, lang)
    if "company" in wanted:
        out["company"] = data.company.strip()
    if "product" in wanted:
        out["product"] = data.product.strip()
    if "last_promise" in wanted:
        out["last_promise"] = data.last_promise.strip().rstrip("。.!！")
    if "days_since" in wanted:
        days = data.days_since
        out["days_since"] = "" if days is None else str(days if days > 0 else 0)
    return out


def fill(template: CompiledTemplate, data: FillData) -> str:
    """The message for one contact; clauses whose values are unknown are left out."""
    found = values(data, template.lang, template.used)
    kept: list[str] = []
    for clause, fields in template.clauses:
        for name, field in fields:
            value = found[name]
            if not value:
                _drop(kept, clause)
                break
            clause = clause.replace(field, value)
        else:
            kept.append(clause)
    return "".join(kept).strip()


def _drop(kept: list[str], clause: str) -> None:
    """Leave out `clause`; when it ended a sentence, the comma before it becomes a stop."""
    mark = clause.rstrip()[-1:]
    if mark not in _SENTENCE_END or not kept:
        return
    before = kept[-1].rstrip()
    if before and before[-1] in _COMMAS:
        stop = "。" if before[-1] in "，；" else "."
        kept[-1] = before[:-1] + stop + kept[-1][len(before) :]


def fill_text(text: str, data: FillData, lang: str = "") -> str:
    """`fill` for a single message (a preview)."""
    return fill(compile_template(text, lang), data)
