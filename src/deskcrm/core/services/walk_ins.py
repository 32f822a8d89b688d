"""Visitors who came in but left no name: one count per local day, added to with one key."""

from __future__ import annotations

from datetime import date

from deskcrm.core.changes import Changes
from deskcrm.core.errors import ValidationError
from deskcrm.core.services.database import Database
from deskcrm.db.models import WalkInDay

MAX_STEP = 1_000  # one entry adds or takes back at most this many visitors
MAX_DAY = 100_000  # more unrecorded visitors than this in a day is a typing slip

# Marks walk-ins as changed for the plan header and the funnel (both read them as stats).
WALK_IN_CHANGES = Changes(stats=True)


def unrecorded_on(db: Database, day: date) -> int:
    """Unrecorded visitors counted on `day`."""
    with db.reading() as s:
        row = s.get(WalkInDay, day)
        return 0 if row is None else row.unrecorded


def add_unrecorded(db: Database, count: int = 1, day: date | None = None) -> tuple[int, Changes]:
    """Add `count` unrecorded visitors to `day` (default today); a negative count takes some
    back (the undo of an addition). Returns the day's new count.

    Refused: a step of 0 or beyond ±MAX_STEP, a day in the future, a count going below 0 or
    above MAX_DAY. Nothing is stored then.
    """
    day = db.today() if day is None else day
    if count == 0 or abs(count) > MAX_STEP:
        raise ValidationError("walk_ins", "out_of_range", limit=MAX_STEP)
    if day > db.today():
        raise ValidationError("walk_in_day", "out_of_range", value=day.isoformat())
    with db.unit() as s:
        row = s.get(WalkInDay, day)
        now = (0 if row is None else row.unrecorded) + count
        if now < 0 or now > MAX_DAY:
            raise ValidationError("walk_ins", "out_of_range", limit=MAX_DAY)
        if row is None:
            s.add(WalkInDay(day=day, unrecorded=now))
        elif now == 0:
            s.delete(row)  # an undone day leaves no row behind
        else:
            row.unrecorded = now
    return now, WALK_IN_CHANGES
