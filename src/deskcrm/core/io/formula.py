"""The apostrophe that stops a cell running as a formula: added on export, taken off on import.

Cells starting with = + - @, a tab or a carriage return get a leading apostrophe
(OWASP's advice against CSV injection). So that the importer can take it off
again without eating an apostrophe the user typed, a value that itself starts
with an apostrophe followed by one of those characters (or by another
apostrophe) gets one too: export then import gives back exactly what was
stored, and an apostrophe is only removed where an export could have added it.
"""

from __future__ import annotations

FORMULA_START = frozenset(("=", "+", "-", "@", "\t", "\r"))
# What may follow an apostrophe we added: a formula start, or an apostrophe of the value.
_AFTER_MARK = FORMULA_START | {"'"}


def needs_mark(text: str) -> bool:
    first = text[:1]
    return first in FORMULA_START or (first == "'" and text[1:2] in _AFTER_MARK)


def neutralise(text: str) -> str:
    """A cell that cannot run as a formula: "=1+1" -> "'=1+1", "'=x" -> "''=x"."""
    return "'" + text if needs_mark(text) else text


def restore(text: str) -> str:
    """The value `neutralise` was given: "'=1+1" -> "=1+1"; "'Tis" stays as it is."""
    if text[:1] == "'" and text[1:2] in _AFTER_MARK and text[1:2]:
        return text[1:]
    return text
