"""Writing a day's (or a week's) plan to an iCalendar file for phone calendars."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from deskcrm.core.io.export import ExportFailed
from deskcrm.core.io.plan_ics import IcsKind, plan_ics_bytes
from deskcrm.core.model import PlanItemInfo
from deskcrm.core.services import plan
from deskcrm.core.services.database import Database


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` whole or not at all; ExportFailed when it cannot be written."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".plan-", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportFailed(str(exc), reason="unwritable", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise ExportFailed(str(exc), reason="unwritable", path=str(path)) from None
    finally:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()


def export_plan(
    db: Database,
    path: Path,
    first: date,
    last: date,
    kind: IcsKind = IcsKind.TODOS,
    title: Callable[[PlanItemInfo], str] | None = None,
) -> int:
    """Write the items of `first`..`last` to `path` as to-dos or all-day events; the count.

    `title` words each summary (default: the stored title).
    """
    items = plan.items_between(db, first, last)
    stamp = db.now()
    data = (
        plan_ics_bytes(items, stamp, kind)
        if title is None
        else plan_ics_bytes(items, stamp, kind, title)
    )
    write_atomically(path, data)
    return len(items)
