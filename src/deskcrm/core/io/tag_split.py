"""Split a cell of tags the way reps and other apps write them, recognising the built-ins."""

from __future__ import annotations

import re
from collections.abc import Iterable

from deskcrm.core.model import BuiltinTag
from deskcrm.core.rules.tags import BUILTIN_TAGS, builtin_for

# Google Contacts joins labels with " ::: "; Chinese sheets use full-width commas and 、.
_SEPARATORS = re.compile(r":::|[,，;；、/|\r\n]+")
# Google's system groups carry a "* " prefix; "myContacts" is every contact, so no tag.
_SYSTEM_LABEL = "* "
_MEANINGLESS = frozenset({"mycontacts", "my contacts", "imported", "all contacts"})
# When a row names both of an exclusive pair, the stronger fact wins (as a merge does).
_STRONGER = ((BuiltinTag.Y, BuiltinTag.N), (BuiltinTag.M, BuiltinTag.O))


def normalise_tag(text: str) -> str:
    """One tag as stored: spaces tidied, a built-in by its canonical name; "" to drop it."""
    word = " ".join(text.split())
    if word.startswith(_SYSTEM_LABEL):
        word = word[len(_SYSTEM_LABEL) :]
    if not word or word.casefold() in _MEANINGLESS:
        return ""
    builtin = builtin_for(word)
    return word if builtin is None else BUILTIN_TAGS[builtin][0]


def split_tags(text: str) -> list[str]:
    """Tag names in `text`, in order, without duplicates; built-ins by their canonical name."""
    out: list[str] = []
    seen: set[str] = set()
    for part in _SEPARATORS.split(text):
        word = normalise_tag(part)
        if not word:
            continue
        key = word.casefold()
        if key not in seen:
            seen.add(key)
            out.append(word)
    return out


def split_all(cells: Iterable[str]) -> list[str]:
    """The tags of several cells (e.g. WeCom's 企业标签 and 个人标签), duplicates removed."""
    return split_tags("\n".join(cells))


def drop_excluded(tags: Iterable[str]) -> tuple[list[str], list[str]]:
    """(kept, dropped): of Y and N (or M and O) named together, only the stronger stays."""
    names = list(tags)
    present = {b for b in BuiltinTag if BUILTIN_TAGS[b][0] in names}
    dropped = {
        BUILTIN_TAGS[weak][0] for strong, weak in _STRONGER if strong in present and weak in present
    }
    return [n for n in names if n not in dropped], [n for n in names if n in dropped]
