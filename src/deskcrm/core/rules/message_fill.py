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
_COMPOUND_SURNAMES = tuple(
    dict.fromkeys(
        [
            *(k for k in SURNAME_READINGS if len(k) > 1),
            *("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "公孙"),
            *("夏侯", "司徒", "宇文", "轩辕", "端木", "南宫", "独孤", "呼延"),
        ]
    )
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


@dataclass(frozen=True)
class FillData:
    """What a template can say about one contact; "" (or None) when unknown."""

    name: str
    title: str = ""
    gender: str = ""  # "m", "f" or "" (unknown: the neutral form)
    company: str = ""
    product: str = ""
    last_promise: str = ""
    days_since: int | None = None
    # The name's pinyin syllables ("ou yang na na" split), for Chinese surnames in English.
    pinyin: tuple[str, ...] = ()


def placeholders_in(text: str) -> list[str]:
    """The placeholder names in `text`, in order, repeats kept."""
    return _FIELD.findall(text)


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders `text` uses that no contact can fill ("{nmae}"), each once."""
    return list(dict.fromkeys(p for p in placeholders_in(text) if p not in PLACEHOLDERS))


def is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


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
        for known in _COMPOUND_SURNAMES:
            if clean.startswith(known) and len(clean) > len(known):
                return known
        return clean[0]
    return clean.split(" ")[-1]


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
    name = " ".join(data.name.split())
    family = surname(name)
    if not family or family == name:
        return name
    if lang.startswith("zh"):
        if not is_chinese(family):
            return name
        form = _title_form(data.title, _ZH_TITLES)
        if form:
            return family + form
        if data.gender in ("m", "f"):
            return family + ("哥" if data.gender == "m" else "姐")
        return name
    spoken = family
    if is_chinese(family):
        if len(data.pinyin) <= len(family):
            return name
        spoken = "".join(data.pinyin[: len(family)]).capitalize()
    form = _title_form(data.title, _EN_TITLES)
    if form:
        return f"{form} {spoken}"
    if data.gender in ("m", "f"):
        return f"{'Mr.' if data.gender == 'm' else 'Ms.'} {spoken}"
    return name


@dataclass(frozen=True)
class CompiledTemplate:
    """A template cut into clauses once, so filling thousands of contacts is quick."""

    lang: str
    # Per clause: its text and the placeholders in it (a clause without any is kept as is).
    clauses: tuple[tuple[str, tuple[str, ...]], ...]


def compile_template(text: str, lang: str = "") -> CompiledTemplate:
    """`lang` "" means the language the text is written in (`template_language`)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for clause in _CLAUSE.findall(text):
        if clause:
            out.append((clause, tuple(dict.fromkeys(placeholders_in(clause)))))
    return CompiledTemplate(lang or template_language(text), tuple(out))


def values(data: FillData, lang: str) -> dict[str, str]:
    """Each placeholder's text for this contact; "" when unknown."""
    return {
        "name": " ".join(data.name.split()),
        "address": address(data, lang),
        "company": data.company.strip(),
        "product": data.product.strip(),
        "last_promise": data.last_promise.strip().rstrip("。.!！"),
        "days_since": "" if data.days_since is None else str(max(0, data.days_since)),
    }


def fill(template: CompiledTemplate, data: FillData) -> str:
    """The message for one contact; clauses whose values are unknown are left out."""
    found = values(data, template.lang)
    kept: list[str] = []
    for clause, names in template.clauses:
        if not names:
            kept.append(clause)
            continue
        if any(not found.get(n) for n in names):
            _drop(kept, clause)
            continue
        for n in names:
            clause = clause.replace("{" + n + "}", found[n])
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
