"""Pinyin search keys for names: full spelling and initials, surnames read as surnames."""

from __future__ import annotations

from functools import lru_cache

# pypinyin reads these characters in their common-word sound; as the first
# character of a person's name they are surnames and sound differently.
# Compound surnames come first so 单于 is not read as 单 + 于.
SURNAME_READINGS: dict[str, list[str]] = {
    "单于": ["chan", "yu"],
    "尉迟": ["yu", "chi"],
    "万俟": ["mo", "qi"],
    "长孙": ["zhang", "sun"],
    "曾": ["zeng"],
    "单": ["shan"],
    "解": ["xie"],
    "仇": ["qiu"],
    "朴": ["piao"],
    "查": ["zha"],
    "区": ["ou"],
    "乐": ["yue"],
    "盖": ["ge"],
    "缪": ["miao"],
    "翟": ["zhai"],
    "覃": ["qin"],
    "尉": ["yu"],
    "繁": ["po"],
    "任": ["ren"],
    "沈": ["shen"],
    "秘": ["bi"],
    "种": ["chong"],
    "员": ["yun"],
    "召": ["shao"],
    "黑": ["he"],
    "过": ["guo"],
    "么": ["yao"],
    "隗": ["wei"],
    "句": ["gou"],
    "华": ["hua"],
    "柏": ["bai"],
    "薄": ["bo"],
    "郇": ["huan"],
    "眭": ["sui"],
    "阚": ["kan"],
    "宓": ["mi"],
    "祭": ["zhai"],
    "燕": ["yan"],
    "纪": ["ji"],
    "令狐": ["ling", "hu"],
}
_COMPOUNDS = sorted((s for s in SURNAME_READINGS if len(s) > 1), key=len, reverse=True)


def _syllables(text: str) -> list[str]:
    """Lower-case syllables; non-Chinese runs (Latin letters, digits) pass through as words."""
    # Imported on first use: loading pypinyin's dictionaries costs ~0.2 s, and the
    # app's start-up (listing and searching contacts) never needs them.
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    out: list[str] = []
    for part in parts:
        out.extend(w for w in part.lower().split() if w)
    return out


@lru_cache(maxsize=65536)
def name_syllables(name: str) -> tuple[str, ...]:
    """The pinyin syllables of a person's name, the surname read as a surname (曾 -> zeng).

    Cached because customer lists repeat names a lot (docs/performance.md §6:
    ~2 s for 100k names uncached).
    """
    name = "".join(name.split())
    if not name:
        return ()
    head: list[str] = []
    rest = name
    for compound in _COMPOUNDS:
        if name.startswith(compound):
            head, rest = list(SURNAME_READINGS[compound]), name[len(compound) :]
            break
    else:
        first = name[0]
        if first in SURNAME_READINGS:
            head, rest = list(SURNAME_READINGS[first]), name[1:]
    return tuple(head + (_syllables(rest) if rest else []))


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) for a person's name, e.g. 曾伟 -> ("zengwei", "zw")."""
    syllables = name_syllables(name)
    return "".join(syllables), "".join(s[0] for s in syllables if s)


def name_sort_key(name: str) -> str:
    """The key names are listed by: syllables with a space between, e.g. "chen jia hao".

    Sorting by the joined search key would put 程春梅 ("chengchunmei") before
    陈家豪 ("chenjiahao") and interleave the two surnames; the space sorts before
    every letter, so all 陈 (chen) come before all 程 (cheng), as in a phone book.
    """
    return " ".join(name_syllables(name))


def text_key(text: str) -> str:
    """Full pinyin of arbitrary text (no surname handling), for companies and tags."""
    return "".join(_syllables(text))


def looks_like_pinyin(query: str) -> bool:
    """True for a query that can be matched against pinyin keys (ASCII letters only)."""
    return query.isascii() and query.isalpha()
