"""ABCD classes (docs/method.md §5): derived from three flags and who was met; close windows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, ClassVar

from deskcrm.core.model import ContactClass, KpLevel


@dataclass(frozen=True)
class ClassWindows:
    """Days each class has to close, counted from when the contact entered it."""

    a: int = 7
    b: int = 20
    c: int = 30

    KEYS: ClassVar[tuple[str, str, str]] = (
        "class.window_a_days",
        "class.window_b_days",
        "class.window_c_days",
    )

    @classmethod
    def from_settings(cls, get: Callable[[str], Any]) -> ClassWindows:
        a, b, c = (int(get(key)) for key in cls.KEYS)
        return cls(a=a, b=b, c=c)

    @classmethod
    def read(cls, get_many: Callable[[Sequence[str]], Mapping[str, Any]]) -> ClassWindows:
        """From a reader of several settings at once (Database.get_settings)."""
        return cls.from_settings(get_many(cls.KEYS).__getitem__)

    def days(self, klass: ContactClass | str | None) -> int | None:
        return {"A": self.a, "B": self.b, "C": self.c}.get(str(klass) if klass else "")


def derive_class(
    *,
    met_first_kp: bool,
    has_need: bool,
    has_power: bool,
    kp_level: str | None,
    declined: bool,
) -> ContactClass | None:
    """The class, never typed by hand; None while nothing is known yet.

    A: first key person met, need and buying power. B: need and power, but only
    a 2nd/3rd key person met. C: met the head of the using department, who must
    report up. D: decided not to buy (an A that does not buy goes straight to D).
    """
    if declined:
        return ContactClass.D
    if has_need and has_power and (met_first_kp or kp_level == KpLevel.FIRST):
        return ContactClass.A
    if has_need and has_power and kp_level == KpLevel.SECOND_THIRD:
        return ContactClass.B
    if kp_level == KpLevel.DEPT_HEAD and has_need:
        return ContactClass.C
    return None


def entered_on(
    old: ContactClass | str | None,
    new: ContactClass | str | None,
    since: date | None,
    today: date,
) -> date | None:
    """When the contact entered its (re-derived) class: the windows count from this day.

    Only a change of class restarts the clock; ticking a flag that leaves the
    class as it was keeps the original day. Unclassified contacts have none.
    """
    if new is None:
        return None
    if old is not None and str(old) == str(new) and since is not None:
        return since
    return today


def deadline(
    klass: ContactClass | str | None, since: date | None, windows: ClassWindows
) -> date | None:
    """Last day to close, or None for D / unclassified."""
    days = windows.days(klass)
    if days is None or since is None:
        return None
    return since + timedelta(days=days)


def days_left(
    klass: ContactClass | str | None, since: date | None, today: date, windows: ClassWindows
) -> int | None:
    """Days until the deadline (negative when overdue), None when the class has none."""
    end = deadline(klass, since, windows)
    return None if end is None else (end - today).days


def is_overdue(
    klass: ContactClass | str | None, since: date | None, today: date, windows: ClassWindows
) -> bool:
    left = days_left(klass, since, today, windows)
    return left is not None and left < 0
