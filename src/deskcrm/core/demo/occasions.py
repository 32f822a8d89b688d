"""The demo's dated occasions: birthdays (about a quarter of the contacts), a few company
anniversaries, and repurchase cycles for some customers — with a few falling in the next
days, so a fresh demo's draft shows birthday, occasion and repurchase lines."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

BIRTHDAY_SHARE = 0.25
OWN_DATE_SHARE = 0.05
REPURCHASE_SHARE = 0.35  # of the customers with a won deal
CYCLES = (30, 60, 90, 180, 365)  # water filters, consumables, yearly service
OWN_DATE_LABEL = "公司周年"
# Days from today of the occasions placed in the draft's window (it looks three days ahead
# of the day planned, which is today or, in the evening, tomorrow).
SOON = (1, 2)


@dataclass(frozen=True)
class DemoOccasion:
    contact: int  # index into DemoData.contacts
    kind: str  # "birthday" or "custom"
    label: str
    year: int | None
    month: int
    day: int


def _month_day(r: random.Random) -> tuple[int, int]:
    month = r.randint(1, 12)
    return month, r.randint(1, calendar.monthrange(2001, month)[1])  # never 29 February


def occasions(
    seed: int,
    today: date,
    count: int,
    won: dict[int, date],
    last_touch: dict[int, date],
) -> tuple[tuple[DemoOccasion, ...], tuple[tuple[int, int], ...]]:
    """(occasions, (contact index, repurchase days)) for `count` contacts.

    `won`: the local day of each customer's last won deal; `last_touch`: each contact's
    last touch day. Its own random stream, so the rest of the demo stays as it was."""
    r = random.Random(seed * 1_000_003 + 18)
    soon = [today + timedelta(days=k) for k in SOON]
    found: list[DemoOccasion] = []
    people = list(range(count))
    with_birthday = sorted(r.sample(people, round(count * BIRTHDAY_SHARE)))
    for k, i in enumerate(with_birthday):
        if k < len(soon):  # the first ones fall in the next days
            month, day = soon[k].month, soon[k].day
        else:
            month, day = _month_day(r)
        year = r.randint(1962, 1998) if r.random() < 0.6 else None
        found.append(DemoOccasion(i, "birthday", "", year, month, day))
    with_own = sorted(r.sample(people, max(1, round(count * OWN_DATE_SHARE))))
    for k, i in enumerate(with_own):
        when = soon[-1] if k == 0 else None
        month, day = (when.month, when.day) if when else _month_day(r)
        found.append(DemoOccasion(i, "custom", OWN_DATE_LABEL, None, month, day))
    cycles: dict[int, int] = {}
    customers = sorted(won)
    for i in customers:
        if r.random() < REPURCHASE_SHARE:
            # A cycle still ahead: a demo full of purchases months overdue reads wrong.
            ahead = [c for c in CYCLES if won[i] + timedelta(days=c) > soon[-1]]
            if ahead:
                cycles[i] = r.choice(ahead)
    # A few due in the next days: customers left alone since before the draft's window.
    due = soon[-1]
    quiet = [
        i
        for i in customers
        if (due - won[i]).days >= 7 and last_touch.get(i, won[i]) < today - timedelta(days=2)
    ]
    # Those whose gap is nearest a usual cycle, so the line reads like a real one.
    quiet.sort(key=lambda i: (min(abs((due - won[i]).days - c) for c in CYCLES), i))
    for i in quiet[:2]:
        cycles[i] = (due - won[i]).days
    return tuple(found), tuple(sorted(cycles.items()))
