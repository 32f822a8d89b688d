"""Chart 3: the funnel of deals opened in the period, lost share per stage, top lost reasons."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect

from deskcrm.core.rules.funnel import DealPath, Funnel, funnel, funnel_of_groups, stage_index
from deskcrm.core.rules.stats_period import Period
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import local_midnight, not_trashed
from deskcrm.db.models import Deal, DealStageChange

TOP_REASONS = 3


@dataclass(frozen=True)
class _DealRow:
    contact_id: int
    path: DealPath


class StageGroup(StrEnum):
    """Which deals of a stage a click on the funnel means."""

    REACHED = "reached"  # got at least this far
    LOST = "lost"  # lost while in this stage


@dataclass(frozen=True)
class FunnelStats:
    period: Period
    funnel: Funnel
    lost_shares: tuple[float | None, ...]  # per stage: lost here / reached here
    top_lost_reasons: tuple[tuple[str, int], ...]  # most frequent first, at most 3


def _furthest(stages: Sequence[str]) -> ScalarSelect[Any]:
    """The largest listed stage index of a deal's history, reduced in SQL."""
    order = case({stage: i for i, stage in enumerate(stages)}, value=DealStageChange.stage)
    return (
        select(func.max(order))
        .where(DealStageChange.deal_id == Deal.id)
        .correlate(Deal)
        .scalar_subquery()
    )


def _opened_in(period: Period) -> tuple[ColumnElement[bool], ...]:
    return (
        Deal.created_at >= local_midnight(period.start),
        Deal.created_at < local_midnight(period.stop),
        not_trashed(Deal.contact_id),
    )


def _path(stages: Sequence[str], far: int | None, stage: str, status: str, reason: str) -> DealPath:
    return DealPath((stages[far],) if far is not None else (), stage, status, reason)


def _deal_rows(s: Session, period: Period, stages: Sequence[str]) -> list[_DealRow]:
    """One row per deal opened in the period, with the furthest listed stage of its history."""
    rows = s.execute(
        select(Deal.contact_id, Deal.stage, Deal.status, Deal.lost_reason, _furthest(stages))
        .where(*_opened_in(period))
        .order_by(Deal.id)
    ).all()
    return [
        _DealRow(contact_id, _path(stages, far, stage, status, reason))
        for contact_id, stage, status, reason, far in rows
    ]


def funnel_in(s: Session, period: Period, stages: Sequence[str]) -> FunnelStats:
    """Inside a read session: the series of chart 3.

    Deals sharing a path (furthest stage, current stage, status, lost reason) are
    counted by SQL: a few dozen groups reach Python instead of a year's deals.
    """
    furthest = _furthest(stages).label("far")
    groups = s.execute(
        select(furthest, Deal.stage, Deal.status, Deal.lost_reason, func.count())
        .where(*_opened_in(period))
        .group_by(furthest, Deal.stage, Deal.status, Deal.lost_reason)
    ).all()
    counted = funnel_of_groups(
        stages,
        (
            (_path(stages, far, stage, status, reason), n)
            for far, stage, status, reason, n in groups
        ),
    )
    reasons: Counter[str] = Counter()
    for stage in counted.stages:
        reasons.update(dict(stage.lost_reasons))
    return FunnelStats(
        period=period,
        funnel=counted,
        lost_shares=tuple(
            None if st.reached == 0 else st.lost_here / st.reached for st in counted.stages
        ),
        top_lost_reasons=tuple(
            sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_REASONS]
        ),
    )


def deal_funnel(db: Database, period: Period) -> FunnelStats:
    stages = tuple(db.get_setting("deal.stages"))
    with db.reading() as s:
        return funnel_in(s, period, stages)


def funnel_contacts(
    db: Database, period: Period, stage: str, group: StageGroup | str
) -> tuple[int, ...]:
    """Contacts whose deals (opened in the period) reached `stage`, or were lost in it.

    A deal counts exactly where the funnel counts it: reached = the furthest
    listed stage it has been in and every stage before; lost = where it dropped out.
    """
    stages = tuple(db.get_setting("deal.stages"))
    index = stage_index(stages, stage)
    if index is None:
        return ()
    group = StageGroup(group)
    with db.reading() as s:
        rows = _deal_rows(s, period, stages)
    found: set[int] = set()
    for row in rows:
        # The funnel rule on this one deal says where it counts: no second reading of paths.
        counted = funnel(stages, [row.path]).stages[index]
        if (counted.reached if group == StageGroup.REACHED else counted.lost_here) > 0:
            found.add(row.contact_id)
    return tuple(sorted(found))
