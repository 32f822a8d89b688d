"""Built-in status tags, their exclusive pairs, and the treatment each combination calls for."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from deskcrm.core.model import BuiltinTag, Outcome, TouchKind

# (zh name, default colour) of each built-in; the names are data, stored as tag names.
BUILTIN_TAGS: dict[BuiltinTag, tuple[str, str]] = {
    BuiltinTag.Y: ("Y", "#2e7d32"),
    BuiltinTag.N: ("N", "#9e9e9e"),
    BuiltinTag.M: ("M", "#1565c0"),
    BuiltinTag.O: ("O", "#ef6c00"),
    BuiltinTag.VIP: ("VIP", "#c62828"),
}

EXCLUSIVE: dict[BuiltinTag, BuiltinTag] = {
    BuiltinTag.Y: BuiltinTag.N,
    BuiltinTag.N: BuiltinTag.Y,
    BuiltinTag.M: BuiltinTag.O,
    BuiltinTag.O: BuiltinTag.M,
}

# Words a rep may type for a built-in (imports, tag boxes), lower-cased.
BUILTIN_ALIASES: dict[str, BuiltinTag] = {
    "y": BuiltinTag.Y,
    "到店": BuiltinTag.Y,
    "已到店": BuiltinTag.Y,
    "visited": BuiltinTag.Y,
    "n": BuiltinTag.N,
    "未到店": BuiltinTag.N,
    "not visited": BuiltinTag.N,
    "m": BuiltinTag.M,
    "消费过": BuiltinTag.M,
    "已消费": BuiltinTag.M,
    "bought": BuiltinTag.M,
    "o": BuiltinTag.O,
    "未消费": BuiltinTag.O,
    "not bought": BuiltinTag.O,
    "vip": BuiltinTag.VIP,
    "重点客户": BuiltinTag.VIP,
    "key customer": BuiltinTag.VIP,
}


def builtin_for(word: str) -> BuiltinTag | None:
    """The built-in a typed word stands for, if any."""
    return BUILTIN_ALIASES.get(word.strip().lower())


class Treatment(StrEnum):
    """What to do with a contact, by tag combination (docs/method.md §1)."""

    INVITE = "invite"  # N: get them to come in
    DIG_NEED = "dig_need"  # Y + O: need not met yet
    UPGRADE = "upgrade"  # Y + M: trust exists
    VIP_CARE = "vip_care"  # VIP: personal care, referrals, call twice a year
    BATCH_MESSAGE = "batch_message"  # never bought, not visited known: grouped messages


def treatments(tags: Iterable[BuiltinTag]) -> list[Treatment]:
    """The treatments for a set of built-ins, most specific first."""
    have = set(tags)
    found: list[Treatment] = []
    if BuiltinTag.VIP in have:
        found.append(Treatment.VIP_CARE)
    if BuiltinTag.N in have:
        found.append(Treatment.INVITE)
    if BuiltinTag.Y in have and BuiltinTag.O in have:
        found.append(Treatment.DIG_NEED)
    if BuiltinTag.Y in have and BuiltinTag.M in have:
        found.append(Treatment.UPGRADE)
    if not found and BuiltinTag.M not in have:
        found.append(Treatment.BATCH_MESSAGE)
    return found


def implied_by_touch(kind: str, outcome: str) -> tuple[BuiltinTag, ...]:
    """Built-ins a touch sets by itself: a visit means they came in or were met (Y), a won
    touch means they bought (M). The rep may untick one; then it is not set."""
    implied: list[BuiltinTag] = []
    if kind == TouchKind.VISIT:
        implied.append(BuiltinTag.Y)
    if outcome == Outcome.WON:
        implied.append(BuiltinTag.M)
    return tuple(implied)
