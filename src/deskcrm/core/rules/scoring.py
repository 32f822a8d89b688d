"""Key-account scoring (docs/method.md §6): targets, weights, score, out-of-target, 1-in-10."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, ClassVar

MAX_INDUSTRIES = 3
MAX_POSITIONS = 3
SOLD_IN_INDUSTRY_POINTS = 1
REFERENCE_POINTS = 1
INVOLVED_POINTS = 2
# Aim: at least one paying customer per ten prospects called.
AIM_PER_TEN = 1.0


class Dimension(StrEnum):
    """The four things the rep weighs 2 (very), 1 (somewhat) or 0 (not)."""

    INDUSTRY = "industry"
    POSITION = "position"
    REGION = "region"
    TRIGGER = "trigger"


_WEIGHT_ATTR = {d: f"weight_{d.value}" for d in Dimension}
_TERMS_ATTR = {
    Dimension.INDUSTRY: "industries",
    Dimension.POSITION: "positions",
    Dimension.REGION: "regions",
    Dimension.TRIGGER: "trigger_events",
}
_FIELD_ATTR = {
    Dimension.INDUSTRY: "industry",
    Dimension.POSITION: "position",
    Dimension.REGION: "region",
    Dimension.TRIGGER: "trigger_event",
}

# Outside these the prospect is "dropped first"; a trigger event only adds points.
TARGET_DIMENSIONS = (Dimension.INDUSTRY, Dimension.POSITION, Dimension.REGION)


@dataclass(frozen=True)
class Targets:
    """What the rep aims at and how much each dimension matters (0, 1 or 2)."""

    industries: tuple[str, ...] = ()
    positions: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    trigger_events: tuple[str, ...] = ()
    weight_industry: int = 2
    weight_position: int = 2
    weight_region: int = 1
    weight_trigger: int = 1

    KEYS: ClassVar[tuple[str, ...]] = (
        "scoring.industries",
        "scoring.positions",
        "scoring.regions",
        "scoring.trigger_events",
        "scoring.weight_industry",
        "scoring.weight_position",
        "scoring.weight_region",
        "scoring.weight_trigger",
    )

    @classmethod
    def from_settings(cls, get: Callable[[str], Any]) -> Targets:
        return cls(
            industries=tuple(get("scoring.industries")),
            positions=tuple(get("scoring.positions")),
            regions=tuple(get("scoring.regions")),
            trigger_events=tuple(get("scoring.trigger_events")),
            weight_industry=int(get("scoring.weight_industry")),
            weight_position=int(get("scoring.weight_position")),
            weight_region=int(get("scoring.weight_region")),
            weight_trigger=int(get("scoring.weight_trigger")),
        )

    def as_settings(self) -> dict[str, Any]:
        return {
            "scoring.industries": list(self.industries),
            "scoring.positions": list(self.positions),
            "scoring.regions": list(self.regions),
            "scoring.trigger_events": list(self.trigger_events),
            "scoring.weight_industry": self.weight_industry,
            "scoring.weight_position": self.weight_position,
            "scoring.weight_region": self.weight_region,
            "scoring.weight_trigger": self.weight_trigger,
        }

    def weight(self, dim: Dimension) -> int:
        return int(getattr(self, _WEIGHT_ATTR[dim]))

    def terms(self, dim: Dimension) -> tuple[str, ...]:
        terms: tuple[str, ...] = getattr(self, _TERMS_ATTR[dim])
        return terms

    @property
    def max_score(self) -> int:
        return (
            sum(self.weight(d) for d in Dimension)
            + SOLD_IN_INDUSTRY_POINTS
            + REFERENCE_POINTS
            + INVOLVED_POINTS
        )


@dataclass(frozen=True)
class Prospect:
    """A contact's scoring inputs: its own fields plus the three facts the rep ticks."""

    industry: str = ""
    position: str = ""
    region: str = ""
    trigger_event: str = ""
    sold_in_industry: bool = False
    has_reference: bool = False
    personally_involved: bool = False


@dataclass(frozen=True)
class Score:
    total: int
    # Points per part: the four dimensions, then "sold", "reference", "involved".
    parts: tuple[tuple[str, int], ...]
    # Target dimensions whose field is filled in and matches none of the rep's targets.
    outside: tuple[Dimension, ...]

    @property
    def out_of_target(self) -> bool:
        return bool(self.outside)

    def part(self, name: str) -> int:
        return dict(self.parts).get(name, 0)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def term_matches(term: str, value: str) -> bool:
    """Does the contact's field `value` name the target `term`?

    Case and spacing are ignored. A Chinese term matches inside a longer value
    ("制造" in "汽车制造业"); a Latin term must be a whole word ("IT" is not in
    "digital").
    """
    t, v = _norm(term), _norm(value)
    if not t or not v:
        return False
    if t == v:
        return True
    if t.isascii():
        return re.search(rf"(?<!\w){re.escape(t)}(?!\w)", v) is not None
    return t in v


@lru_cache(maxsize=8192)
def matches_any(terms: tuple[str, ...], value: str) -> bool:
    # Cached: rescoring 100,000 contacts repeats the same few industries and titles.
    return any(term_matches(t, value) for t in terms)


def _field(prospect: Prospect, dim: Dimension) -> str:
    return str(getattr(prospect, _FIELD_ATTR[dim]))


def dimension_points(targets: Targets, prospect: Prospect, dim: Dimension) -> int:
    """The dimension's weight when the prospect hits a target, else 0.

    A trigger event scores when one was found: any event if the rep named none,
    otherwise one of the named events.
    """
    value = _field(prospect, dim)
    terms = targets.terms(dim)
    if dim == Dimension.TRIGGER:
        hit = bool(value.strip()) and (not terms or matches_any(terms, value))
    else:
        hit = matches_any(terms, value)
    return targets.weight(dim) if hit else 0


def outside_targets(targets: Targets, prospect: Prospect) -> tuple[Dimension, ...]:
    """Target dimensions the prospect is known to be outside of.

    A dimension counts only when the rep named targets for it and weighs it above
    0; an empty field is unknown, not outside.
    """
    found: list[Dimension] = []
    for dim in TARGET_DIMENSIONS:
        terms = targets.terms(dim)
        value = _field(prospect, dim)
        if terms and targets.weight(dim) > 0 and value.strip() and not matches_any(terms, value):
            found.append(dim)
    return tuple(found)


def score(targets: Targets, prospect: Prospect) -> Score:
    """industry + position + region + trigger priorities + sold (1/0) + reference (1/0)
    + personally involved (2/0)."""
    parts: list[tuple[str, int]] = [
        (str(d), dimension_points(targets, prospect, d)) for d in Dimension
    ]
    parts += [
        ("sold", SOLD_IN_INDUSTRY_POINTS if prospect.sold_in_industry else 0),
        ("reference", REFERENCE_POINTS if prospect.has_reference else 0),
        ("involved", INVOLVED_POINTS if prospect.personally_involved else 0),
    ]
    return Score(
        total=sum(p for _, p in parts),
        parts=tuple(parts),
        outside=outside_targets(targets, prospect),
    )


@dataclass(frozen=True)
class ConversionRate:
    """Paying customers per ten prospects called, against the 1-in-10 aim."""

    called: int
    paying: int

    @property
    def per_ten(self) -> float | None:
        return None if self.called == 0 else self.paying * 10 / self.called

    @property
    def meets_aim(self) -> bool | None:
        """None until anyone was called; below the aim the targets need refining."""
        rate = self.per_ten
        return None if rate is None else rate >= AIM_PER_TEN
