"""Deal stages and the funnel (docs/method.md §10): how far deals got, where lost ones dropped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from deskcrm.core.model import DealStatus


def stage_index(stages: Sequence[str], stage: str) -> int | None:
    """Position of `stage` in the configured list; None for a stage no longer listed."""
    try:
        return list(stages).index(stage)
    except ValueError:
        return None


def furthest_stage(stages: Sequence[str], visited: Iterable[str]) -> int | None:
    """Index of the furthest listed stage a deal has been in (stages may be skipped)."""
    found = [i for i in (stage_index(stages, s) for s in visited) if i is not None]
    return max(found) if found else None


@dataclass(frozen=True)
class DealPath:
    """What the funnel needs of one deal: stages it has been in, its status and lost reason."""

    visited: tuple[str, ...]
    current: str
    status: str
    lost_reason: str = ""


@dataclass(frozen=True)
class StageCount:
    stage: str
    reached: int  # deals that got at least this far
    open_here: int  # still open, currently in this stage
    lost_here: int  # lost while in this stage: the drop-out point
    won_here: int  # won from this stage
    lost_reasons: tuple[tuple[str, int], ...]  # most frequent first

    def passed_from(self, previous: StageCount | None) -> float | None:
        """Share of the previous stage's deals that reached this one."""
        if previous is None or previous.reached == 0:
            return None
        return self.reached / previous.reached


@dataclass(frozen=True)
class Funnel:
    stages: tuple[StageCount, ...]
    total: int
    won: int
    lost: int
    open: int
    unlisted: int  # deals whose stages are all gone from the configured list

    @property
    def close_rate(self) -> float | None:
        return None if self.total == 0 else self.won / self.total


def funnel(stages: Sequence[str], deals: Iterable[DealPath]) -> Funnel:
    """Count deals per stage: how far each got, and for lost ones where and why they dropped."""
    return funnel_of_groups(stages, ((deal, 1) for deal in deals))


def funnel_of_groups(stages: Sequence[str], groups: Iterable[tuple[DealPath, int]]) -> Funnel:
    """`funnel` over (path, how many deals share it): a year's deals come grouped from SQL."""
    n = len(stages)
    reached = [0] * n
    open_here = [0] * n
    lost_here = [0] * n
    won_here = [0] * n
    reasons: list[Counter[str]] = [Counter() for _ in range(n)]
    total = won = lost = still_open = unlisted = 0
    for deal, k in groups:
        total += k
        won += k * (deal.status == DealStatus.WON)
        lost += k * (deal.status == DealStatus.LOST)
        still_open += k * (deal.status == DealStatus.OPEN)
        far = furthest_stage(stages, (*deal.visited, deal.current))
        if far is None:
            unlisted += k
            continue
        for i in range(far + 1):
            reached[i] += k
        here = stage_index(stages, deal.current)
        at = far if here is None else here
        if deal.status == DealStatus.OPEN:
            open_here[at] += k
        elif deal.status == DealStatus.WON:
            won_here[at] += k
        else:
            lost_here[at] += k
            reasons[at][deal.lost_reason] += k
    return Funnel(
        stages=tuple(
            StageCount(
                stage=stages[i],
                reached=reached[i],
                open_here=open_here[i],
                lost_here=lost_here[i],
                won_here=won_here[i],
                lost_reasons=tuple(sorted(reasons[i].items(), key=lambda kv: (-kv[1], kv[0]))),
            )
            for i in range(n)
        ),
        total=total,
        won=won,
        lost=lost,
        open=still_open,
        unlisted=unlisted,
    )
