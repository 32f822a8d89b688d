"""Writing a day's (or a week's) plan to an iCalendar file for phone calendars."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from deskcrm.core.io.plan_ics import plan_ics_bytes
from deskcrm.core.services import plan
from deskcrm.core.services.database import Database


def export_plan(db: Database, path: Path, first: date, last: date) -> int:
    """Write the items of `first`..`last` to `path` (replaced atomically); returns the count."""
    items = plan.items_between(db, first, last)
    data = plan_ics_bytes(items, db.now())
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".plan-", suffix=".ics", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(items)
