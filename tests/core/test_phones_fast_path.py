"""The hand-written mainland-mobile fast path agrees with libphonenumber's full path."""

from __future__ import annotations

import random

import pytest

from deskcrm.core.errors import ValidationError
from deskcrm.core.rules import phones


def _full(text: str, region: str) -> object:
    try:
        return phones._parse_full(text, text.strip(), region)
    except ValidationError as exc:
        return ("refused", exc.reason)


def _fast(text: str, region: str) -> object:
    try:
        return phones.parse_phone(text, region)
    except ValidationError as exc:
        return ("refused", exc.reason)


def _numbers() -> list[str]:
    rng = random.Random(20261123)
    out = []
    for _ in range(3000):
        national = "1" + "".join(rng.choice("0123456789") for _ in range(10))
        spaced = f"{national[:3]} {national[3:7]} {national[7:]}"
        dashed = f"{national[:3]}-{national[3:7]}-{national[7:]}"
        prefix = rng.choice(["", "+86", "+86 ", "0086", "0086-", "86", "+852 "])
        out.append(prefix + rng.choice([national, spaced, dashed]))
    # Near misses and other shapes, which must take the full path.
    out += [
        "1391234567",  # ten digits
        "139123456789",  # twelve
        "12012345678",  # 12x is not a mobile range
        "+8613912345678",
        "13912345678 ext. 12",
        "１３９１２３４５６７８",  # full-width digits
        "010-6552 9988",
        "+1 650 253 0000",
        "(139) 1234 5678",
        "139.1234.5678",
    ]
    return out


@pytest.mark.parametrize("region", ["CN", "HK", "US"])
def test_fast_path_gives_what_libphonenumber_gives(region: str) -> None:
    fast_hits = 0
    for text in _numbers():
        assert _fast(text, region) == _full(text, region), text
        fast_hits += phones._cn_mobile(text.strip(), region) is not None
    if region == "CN":
        assert fast_hits > 500  # the fast path is really taken
