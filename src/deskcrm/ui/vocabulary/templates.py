"""Filling Qt-style %1..%9 placeholders of translated sentences."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Qt-style %1..%9 in one pass, so a name containing "%2" is left as typed."""
    return _PLACEHOLDER.sub(
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        template,
    )


def sentences(parts: list[str]) -> str:
    """Sentences one after another: a space after a Western full stop, none after a Chinese
    one ("。", "！", "？" already end the sentence with their width)."""
    out = ""
    for part in (p for p in parts if p):
        out += part if not out or out.endswith(("。", "！", "？", "；")) else " " + part
    return out
