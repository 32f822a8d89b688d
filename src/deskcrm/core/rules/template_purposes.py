"""What a message template is for: the known purposes as stored codes, the words a rep may
type for them, and which templates suit a plan line's purposes (best match first).

A purpose is stored as a code when it is a known one ("festival", "N", "Y+M", "A"...):
the codes are what the plan draft asks for (rules/plan_draft.PURPOSES), so a template
written in either language matches. Any other text is the rep's own group, kept as typed
and matched ignoring case. The screens show a known code in words (ui/vocabulary).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

CLASS_PURPOSES: tuple[str, ...] = ("A", "B", "C")
# Every known purpose, in the order a list of them is offered: segments, classes, dates.
KNOWN_PURPOSES: tuple[str, ...] = (
    "N",
    "Y+O",
    "Y+M",
    "M",
    "VIP",
    *CLASS_PURPOSES,
    "birthday",
    "occasion",
    "festival",
    "repurchase",
)

# Words a rep may type (or an older version stored) for a known purpose, lower-cased and
# without spaces; the codes themselves match ignoring case and spaces ("y + m", "vip").
PURPOSE_ALIASES: dict[str, str] = {
    "未到店": "N",
    "邀约": "N",
    "邀请到店": "N",
    "notvisited": "N",
    "invite": "N",
    "到店未消费": "Y+O",
    "新品": "Y+O",
    "visitednotbought": "Y+O",
    "newproduct": "Y+O",
    "到店已消费": "Y+M",
    "升级": "Y+M",
    "升级复购": "Y+M",
    "upgrade": "Y+M",
    "visitedbought": "Y+M",
    "visitedandbought": "Y+M",
    "消费过": "M",
    "已消费": "M",
    "老客户": "M",
    "bought": "M",
    "boughtbefore": "M",
    "重点客户": "VIP",
    "vip关怀": "VIP",
    "keycustomer": "VIP",
    "a类": "A",
    "b类": "B",
    "c类": "C",
    "classa": "A",
    "classb": "B",
    "classc": "C",
    "生日": "birthday",
    "生日祝福": "birthday",
    "纪念日": "occasion",
    "周年": "occasion",
    "anniversary": "occasion",
    "owndate": "occasion",
    "节日": "festival",
    "节日问候": "festival",
    "节假日": "festival",
    "holiday": "festival",
    "复购": "repurchase",
    "回购": "repurchase",
    "再次购买": "repurchase",
    "rebuy": "repurchase",
    "repeatpurchase": "repurchase",
}
_BY_KEY: dict[str, str] = {
    **{code.casefold(): code for code in KNOWN_PURPOSES},
    **PURPOSE_ALIASES,
}


def _key(word: str) -> str:
    return "".join(word.split()).casefold()


def known_purpose(word: str) -> str | None:
    """The code a typed word stands for ("节日" → "festival", "vip" → "VIP"); None if none."""
    return _BY_KEY.get(_key(word))


def canonical_purpose(word: str) -> str:
    """A purpose as stored: a known one as its code, anything else as typed (spaces tidied)."""
    return known_purpose(word) or " ".join(word.split())


def same_purpose(a: str, b: str) -> bool:
    """Whether two purposes are the same (codes, words in either language, case)."""
    return bool(a.strip()) and _key(canonical_purpose(a)) == _key(canonical_purpose(b))


class HasPurpose(Protocol):
    @property
    def purpose(self) -> str: ...


T = TypeVar("T", bound=HasPurpose)


def suited(templates: Iterable[T], purposes: Sequence[str]) -> list[T]:
    """The templates whose purpose is one of `purposes`, best match first: those for the
    first purpose, then the second's...; the rep's own order within each. [] when none."""
    ranked: list[tuple[int, int, T]] = []
    wanted = [_key(canonical_purpose(p)) for p in purposes if p.strip()]
    for k, t in enumerate(templates):
        if not t.purpose.strip():
            continue
        have = _key(canonical_purpose(t.purpose))
        if have in wanted:
            ranked.append((wanted.index(have), k, t))
    return [t for _rank, _k, t in sorted(ranked, key=lambda r: (r[0], r[1]))]


# Views of the contact list that are a segment, by the built-in tags they require.
SEGMENT_VIEWS: dict[str, tuple[str, ...]] = {
    "vip_stale": ("VIP",),
    "visited_not_bought": ("Y", "O"),
}


def segment_purposes(builtins: Iterable[str]) -> tuple[str, ...]:
    """The segment purposes a tag filter names, most specific first: the built-in tags
    it requires ("Y", "O", "VIP"...) → ("VIP", "Y+O"...); () when it names none."""
    have = set(builtins)
    found: list[str] = []
    if "VIP" in have:
        found.append("VIP")
    if {"Y", "O"} <= have:
        found.append("Y+O")
    if {"Y", "M"} <= have:
        found.append("Y+M")
    if "N" in have:
        found.append("N")
    if "M" in have and "Y+M" not in found:
        found.append("M")
    return tuple(found)
