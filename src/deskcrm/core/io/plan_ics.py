"""iCalendar (RFC 5545) export of plan items, one component per item, for phone calendars.

Two shapes, because calendar apps differ:
- to-dos (VTODO, the default): a plan line is a task that gets ticked, and only a VTODO
  can say so (STATUS:COMPLETED, PERCENT-COMPLETE). Each is due on its day (DUE as a DATE;
  no DTSTART, since RFC 5545 wants DUE strictly after DTSTART) and PRIORITY carries the
  rank in its column (1 = most important), so task apps sort it like the sheet.
- events (VEVENT): Google Calendar and the iPhone's Calendar import only events, so
  each line can also be an all-day event (DTSTART = the day, DTEND = the day after),
  transparent (it does not block the day as busy), numbered in its summary so the
  day's list reads in the sheet's order; a done line gets a tick before its number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

# icalendar loads in ~40 ms; it is imported when a calendar is written, not at start-up.
if TYPE_CHECKING:
    from icalendar import Calendar, Event, Todo

from deskcrm.core.model import PlanItemInfo, PlanSide

PRODID = "-//DeskCRM//Plan export//EN"
UID_DOMAIN = "deskcrm.plan"
CATEGORY = {PlanSide.SALES.value: "sales", PlanSide.NON_SALES.value: "non-sales"}
# Events are numbered per side: "S1" is the first sales line, "N1" the first other line.
EVENT_PREFIX = {PlanSide.SALES.value: "S", PlanSide.NON_SALES.value: "N"}


class IcsKind(StrEnum):
    TODOS = "todos"
    EVENTS = "events"


def item_uid(item_id: int) -> str:
    """Stable per item, so re-importing an updated export replaces rather than duplicates."""
    return f"plan-item-{item_id}@{UID_DOMAIN}"


def priority(rank: int) -> int:
    """RFC 5545 PRIORITY 1 (highest) to 9 from the 0-based rank; ranks past 8 share 9."""
    return min(rank + 1, 9)


def _raw_title(item: PlanItemInfo) -> str:
    # A drafted line has no stored words of its own (they are the UI's to choose).
    return item.title or item.contact_name or item.detail


def _todo(item: PlanItemInfo, stamp: datetime, summary: str) -> Todo:
    from icalendar import Todo

    todo = Todo()
    todo.add("uid", item_uid(item.id))
    todo.add("dtstamp", stamp)
    todo.add("due", item.day)
    todo.add("summary", summary)
    if item.contact_name:
        todo.add("description", item.contact_name)
    todo.add("categories", [CATEGORY[item.side]])
    todo.add("priority", priority(item.rank))
    if item.done:
        todo.add("status", "COMPLETED")
        todo.add("percent-complete", 100)
    else:
        todo.add("status", "NEEDS-ACTION")
    return todo


def _event(item: PlanItemInfo, stamp: datetime, summary: str) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", item_uid(item.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", item.day)
    event.add("dtend", item.day + timedelta(days=1))
    number = f"{EVENT_PREFIX[item.side]}{item.rank + 1}"
    event.add("summary", f"{'✓ ' if item.done else ''}{number}. {summary}")
    if item.contact_name:
        event.add("description", item.contact_name)
    event.add("categories", [CATEGORY[item.side]])
    event.add("transp", "TRANSPARENT")
    return event


def plan_calendar(
    items: Sequence[PlanItemInfo],
    stamp: datetime,
    kind: IcsKind = IcsKind.TODOS,
    title: Callable[[PlanItemInfo], str] = _raw_title,
) -> Calendar:
    """A VCALENDAR with one component per item; `stamp` (aware) becomes every DTSTAMP.

    `title` words each item's summary (the UI passes its translated wording).
    """
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    make = _event if kind == IcsKind.EVENTS else _todo
    for item in items:
        cal.add_component(make(item, stamp, title(item)))
    return cal


def plan_ics_bytes(
    items: Sequence[PlanItemInfo],
    stamp: datetime,
    kind: IcsKind = IcsKind.TODOS,
    title: Callable[[PlanItemInfo], str] = _raw_title,
) -> bytes:
    """The calendar as UTF-8 bytes: CRLF line ends, lines folded at 75 octets."""
    return bytes(plan_calendar(items, stamp, kind, title).to_ical())
