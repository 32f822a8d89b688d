"""Frozen dataclasses as plain JSON values: fields, then derived properties, by name."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any


def _properties(cls: type) -> list[str]:
    """Public properties in declaration order, base classes first (shares, totals)."""
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, property) and not name.startswith("_") and name not in names:
                names.append(name)
    return names


def plain(value: Any) -> Any:
    """`value` as str/int/float/bool/None, lists and str-keyed dicts, ready for json.dumps.

    A dataclass becomes a dict of its fields in declaration order, then its public
    properties (a share, a total: what a chart shows beside the counts), so a series
    that gains a field or a new series in a dataclass appears without changes here.
    Enums give their value, dates and datetimes ISO 8601 text, tuples lists; anything
    else is refused (TypeError) rather than printed in a form scripts cannot read.
    """
    if isinstance(value, Enum):  # before str and int: a StrEnum is a str
        return plain(value.value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        for name in _properties(type(value)):
            out.setdefault(name, plain(getattr(value, name)))
        return out
    if isinstance(value, Mapping):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        items = [plain(v) for v in value]
        return items if isinstance(value, list | tuple) else sorted(items, key=repr)
    raise TypeError(f"no plain JSON form for {type(value).__name__}")
