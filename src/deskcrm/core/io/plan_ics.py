"""iCalendar (RFC 5545) export of plan items, one VTODO per item, for phone calendars.

Why VTODO and not an all-day VEVENT: a plan line is a task that gets ticked, and RFC 5545
allows STATUS:COMPLETED (and PERCENT-COMPLETE) only on VTODO; an event has no "done".
Each to-do is all-day (DTSTART and DUE are DATE values on the planned day) and PRIORITY
carries the rank in its column (1 = most important), so reminder apps sort it like the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from icalendar import Calendar, Todo

from deskcrm.core.model import PlanItemInfo, PlanSide

PRODID = "-//DeskCRM//Plan export//EN"
UID_DOMAIN = "deskcrm.plan"
CATEGORY = {PlanSide.SALES.value: "sales", PlanSide.NON_SALES.value: "non-sales"}


def item_uid(item_id: int) -> str:
    """Stable per item, so re-importing an updated export replaces rather than duplicates."""
    return f"plan-item-{item_id}@{UID_DOMAIN}"


def priority(rank: int) -> int:
    """RFC 5545 PRIORITY 1 (highest) to 9 from the 0-based rank; ranks past 8 share 9."""
    return min(rank + 1, 9)


def plan_calendar(items: Sequence[PlanItemInfo], stamp: datetime) -> Calendar:
    """A VCALENDAR with one VTODO per item; `stamp` (aware) becomes every DTSTAMP."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    for item in items:
        todo = Todo()
        todo.add("uid", item_uid(item.id))
        todo.add("dtstamp", stamp)
        todo.add("dtstart", item.day)
        todo.add("due", item.day)
        todo.add("summary", item.title)
        if item.contact_name:
            todo.add("description", item.contact_name)
        todo.add("categories", [CATEGORY[item.side]])
        todo.add("priority", priority(item.rank))
        if item.done:
            todo.add("status", "COMPLETED")
            todo.add("percent-complete", 100)
        else:
            todo.add("status", "NEEDS-ACTION")
        cal.add_component(todo)
    return cal


def plan_ics_bytes(items: Sequence[PlanItemInfo], stamp: datetime) -> bytes:
    """The calendar as UTF-8 bytes: CRLF line ends, lines folded at 75 octets."""
    return bytes(plan_calendar(items, stamp).to_ical())
