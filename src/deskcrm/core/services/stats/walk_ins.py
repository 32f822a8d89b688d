"""The funnel's first step: walk-ins of a period, the recorded ones (new contacts) and the rest."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from deskcrm.core.rules.stats_period import Period
from deskcrm.core.services.database import Database
from deskcrm.core.services.stats.query_parts import local_midnight
from deskcrm.db.models import Contact, WalkInDay


@dataclass(frozen=True)
class WalkIns:
    period: Period
    recorded: int  # contacts recorded in the period (typed in, not imported, not in the trash)
    unrecorded: int  # visitors counted with the walk-in key, who left no name

    @property
    def total(self) -> int:
        return self.recorded + self.unrecorded

    @property
    def recorded_share(self) -> float | None:
        return None if self.total == 0 else self.recorded / self.total


def _recorded_in(period: Period) -> tuple[ColumnElement[bool], ...]:
    # A range on the indexed created_at; imported lists are not people who walked in.
    return (
        Contact.created_at >= local_midnight(period.start),
        Contact.created_at < local_midnight(period.stop),
        Contact.import_batch_id.is_(None),
        Contact.deleted_at.is_(None),
    )


def walk_ins_in(s: Session, period: Period) -> WalkIns:
    recorded = s.scalar(select(func.count()).select_from(Contact).where(*_recorded_in(period)))
    unrecorded = s.scalar(
        select(func.sum(WalkInDay.unrecorded)).where(
            WalkInDay.day >= period.start, WalkInDay.day <= period.end
        )
    )
    return WalkIns(period=period, recorded=int(recorded or 0), unrecorded=int(unrecorded or 0))


def walk_ins(db: Database, period: Period) -> WalkIns:
    with db.reading() as s:
        return walk_ins_in(s, period)


def recorded_contacts(db: Database, period: Period) -> tuple[int, ...]:
    """The contacts counted as recorded walk-ins of `period` (what a click on the bar lists)."""
    with db.reading() as s:
        return tuple(
            s.scalars(select(Contact.id).where(*_recorded_in(period)).order_by(Contact.id))
        )
