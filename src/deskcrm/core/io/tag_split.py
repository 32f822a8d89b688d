"""Split a cell of tags the way reps and other apps write them, and join tags so they split back.

The one rule for a cell of tags, both ways: `split_tags` reads what reps and other
apps write (commas, 、, slashes, Google's " ::: "), and `join_tags` (used by our
exports) puts in double quotes, CSV style, any tag that would otherwise be split or
changed, so an exported file imports back to the same tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from deskcrm.core.model import BuiltinTag
from deskcrm.core.rules.tags import BUILTIN_TAGS, builtin_for

# Google Contacts joins labels with " ::: "; Chinese sheets use full-width commas and 、.
_SEPARATORS = re.compile(r":::|[,，;；、/|\r\n]+")
# A quoted tag ("a, b" with "" for a quote inside) is one tag, separators and all.
_QUOTED = re.compile(r'\s*"((?:[^"]|"")*)"\s*(?=$|:::|[,，;；、/|\r\n])')
TAG_JOIN = ", "
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


def _parts(text: str) -> list[str]:
    """The pieces of a cell: quoted tags whole, the rest split at every separator."""
    if '"' not in text:
        return _SEPARATORS.split(text)
    parts: list[str] = []
    at = 0
    while at < len(text):
        quoted = _QUOTED.match(text, at)
        if quoted is not None:
            parts.append("\0" + quoted.group(1).replace('""', '"'))
            at = quoted.end()
        else:
            cut = _SEPARATORS.search(text, at)
            end = cut.start() if cut is not None else len(text)
            parts.append(text[at:end])
            at = end
        cut = _SEPARATORS.match(text, at)
        if cut is not None:
            at = cut.end()
    return parts


def split_tags(text: str) -> list[str]:
    """Tag names in `text`, in order, without duplicates; built-ins by their canonical name."""
    out: list[str] = []
    seen: set[str] = set()
    for part in _parts(text):
        # Quoted by an export: the name as it was, only its spaces tidied.
        quoted = part.startswith("\0")
        word = " ".join(part[1:].split()) if quoted else normalise_tag(part)
        if not word:
            continue
        key = word.casefold()
        if key not in seen:
            seen.add(key)
            out.append(word)
    return out


def join_tags(names: Iterable[str]) -> str:
    """One cell for `names` that `split_tags` reads back as the same names."""
    return TAG_JOIN.join(_quoted(n) for n in names)


def _quoted(name: str) -> str:
    if '"' not in name and _SEPARATORS.search(name) is None and normalise_tag(name) == name:
        return name
    return '"' + name.replace('"', '""') + '"'


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
