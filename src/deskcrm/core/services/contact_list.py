"""The contacts list: search, tag filters and saved views as SQL, paged by id."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    and_,
    bindparam,
    delete,
    false,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import BuiltinTag, ContactClass, ContactQuery, ContactRow, DealStatus
from deskcrm.core.rules.cadence import STUCK_TOUCHES
from deskcrm.core.rules.classes import ClassWindows
from deskcrm.core.rules.phones import digits_only
from deskcrm.core.rules.pinyin import (
    cut_initials,
    cut_pattern,
    looks_like_pinyin,
    mixed_cuts,
    shared_initials,
)
from deskcrm.core.rules.referrals import AskTimes
from deskcrm.core.services import upkeep
from deskcrm.core.services.classification import won_since
from deskcrm.core.services.database import Database
from deskcrm.core.services.qualification import not_qualified_clauses
from deskcrm.core.services.tagging import builtin_ids
from deskcrm.db.dialect import bulk_rows, contains, not_via_index, prefix_range, query_plan
from deskcrm.db.models import Contact, ContactPhone, ContactTag, Deal, SavedView

PAGE = 200
VIP_STALE_DAYS = 180
MIN_PHONE_DIGITS = 3


class View(StrEnum):
    """Built-in saved views (docs/method.md §1, §2, §4, §5)."""

    VIP_STALE = "vip_stale"
    VISITED_NOT_BOUGHT = "visited_not_bought"
    STUCK_AT_3 = "stuck_3"
    DUE_TODAY = "due_today"
    CLASS_OVERDUE = "class_overdue"
    # A bad answer on a deciding question, or most questions open after three touches
    # (core/rules/qualification_score.py: not_qualified), read from stored summaries.
    NOT_QUALIFIED = "not_qualified"
    ASK_REFERRAL = "ask_referral"  # satisfied customers and decliners not asked lately
    GOING_COLD = "going_cold"  # bought before, closeness falling (core/rules/closeness.py)


SORT_KEYS = ("name", "company", "class", "touches", "last_touch", "next_follow_up")


def _has_tag(tag_id: int) -> ColumnElement[bool]:
    return Contact.id.in_(select(ContactTag.contact_id).where(ContactTag.tag_id == tag_id))


# No stored name or company is longer (contacts.MAX_FIELD); a longer search matches none.
SEARCH_LIMIT = 200


def _text_clause(text: str) -> ColumnElement[bool] | None:
    q = text.strip()
    if not q:
        return None
    if len(q) > SEARCH_LIMIT:
        # Longer than any name or company can be, so nothing matches; said plainly
        # instead of handing SQLite a LIKE pattern it refuses ("pattern too complex").
        return false()
    digits = digits_only(q)
    if len(digits) >= MIN_PHONE_DIGITS and len(digits) >= len(q.replace(" ", "")) - 2:
        # Mostly digits: a phone fragment ("8001", "+86 138").
        return Contact.id.in_(
            select(ContactPhone.contact_id).where(contains(ContactPhone.digits, digits))
        )
    clauses: list[ColumnElement[bool]] = [contains(Contact.name, q), contains(Contact.company, q)]
    pinyin = pinyin_clause(q)
    if pinyin is not None:
        clauses.append(pinyin)
    return or_(*clauses)


def pinyin_clause(text: str) -> ColumnElement[bool] | None:
    """Contacts whose name the typed pinyin finds (core/rules/pinyin.py), None for other text.

    The whole spelling's prefix ("zhangw") and the initials' prefix ("zsf") are one
    index range each; every other cut ("zhangsf": zhang|s|f, zhan|g|s|f, ...) is a
    range of initials plus a LIKE on the cut key, read from one covering index. The
    cuts sit in a subquery that runs once: OR-ed into a scan of the table they would
    be tested on every row (range tests, as LIKE 'x%' skips the index on SQLite).
    The outer scan still looks each row up in the subquery's result (~8 ms at 100k
    contacts); the initials every cut shares go first and spare most rows that lookup.
    """
    key = "".join(text.lower().split())
    if not looks_like_pinyin(key):
        return None
    clauses = [prefix_range(Contact.name_pinyin, key), prefix_range(Contact.name_initials, key)]
    cuts = mixed_cuts(key)
    if cuts:
        typed = aliased(Contact, name="typed")
        shared = shared_initials(cuts)
        clauses.append(
            prefix_range(Contact.name_initials, shared)
            & Contact.id.in_(
                select(typed.id).where(
                    or_(
                        *(
                            prefix_range(typed.name_initials, cut_initials(cut))
                            & typed.name_syllables.like(cut_pattern(cut))
                            for cut in cuts
                        )
                    )
                )
            )
        )
    return or_(*clauses)


def _view_clauses(
    s: Session, view: str, db: Database, builtins: dict[BuiltinTag, int]
) -> list[ColumnElement[bool]]:
    today = db.today()
    if view == View.VIP_STALE:
        cutoff = db.now() - timedelta(days=VIP_STALE_DAYS)
        return [
            _has_tag(builtins[BuiltinTag.VIP]),
            or_(Contact.last_touch_at.is_(None), Contact.last_touch_at < cutoff),
        ]
    if view == View.VISITED_NOT_BOUGHT:
        return [_has_tag(builtins[BuiltinTag.Y]), _has_tag(builtins[BuiltinTag.O])]
    if view == View.STUCK_AT_3:
        return [
            Contact.touch_count.in_(STUCK_TOUCHES),
            ~_has_tag(builtins[BuiltinTag.M]),
            or_(Contact.class_code.is_(None), Contact.class_code != ContactClass.D.value),
        ]
    if view == View.DUE_TODAY:
        return [Contact.next_follow_up.is_not(None), Contact.next_follow_up <= today]
    if view == View.CLASS_OVERDUE:
        windows = ClassWindows.read(db.get_settings)
        late = or_(
            *(
                and_(
                    Contact.class_code == k,
                    Contact.class_since < today - timedelta(days=days),
                )
                for k, days in (("A", windows.a), ("B", windows.b), ("C", windows.c))
            )
        )
        # A deal won since the contact entered its class closed that window (the same
        # rule as the class countdown); the few such contacts are found in Python
        # because comparing a local date with a UTC timestamp is not portable SQL.
        closed = _won_in_window(s, late)
        if not closed:
            return [late]
        keep_out: BindParameter[list[int]] = bindparam(
            "closed_in_window", sorted(closed), expanding=True, literal_execute=True
        )
        return [late, Contact.id.not_in(keep_out)]
    if view == View.NOT_QUALIFIED:
        # Prospects only: a customer who bought, or a D contact, is qualified no more.
        return [
            *not_qualified_clauses(s),
            ~_has_tag(builtins[BuiltinTag.M]),
            or_(Contact.class_code.is_(None), Contact.class_code != ContactClass.D.value),
        ]
    if view == View.ASK_REFERRAL:
        return upkeep.ask_referral(db.now(), AskTimes.read(db.get_settings), builtins)
    if view == View.GOING_COLD:
        return upkeep.going_cold(db.now(), builtins)
    if view:
        raise ValidationError("view", "unknown", value=view)
    return []


def _won_in_window(s: Session, late: ColumnElement[bool]) -> set[int]:
    rows = s.execute(
        select(Contact.id, Contact.class_since, func.max(Deal.closed_at))
        .join(Deal, Deal.contact_id == Contact.id)
        .where(late, Deal.status == DealStatus.WON.value, Contact.deleted_at.is_(None))
        .group_by(Contact.id, Contact.class_since)
    ).all()
    return {cid for cid, since, won_at in rows if won_since(won_at, since)}


def _filtered(s: Session, db: Database, query: ContactQuery) -> Select[Any]:
    where: list[ColumnElement[bool]] = [
        Contact.deleted_at.is_not(None) if query.trash else Contact.deleted_at.is_(None)
    ]
    text = _text_clause(query.text)
    if text is not None:
        where.append(text)
    if query.ids:
        # Rendered into the SQL rather than bound: a chart bar can stand for more
        # contacts than SQLite's 32,766 bound values.
        only: BindParameter[list[int]] = bindparam(
            "only_ids", list(query.ids), expanding=True, literal_execute=True
        )
        where.append(Contact.id.in_(only))
    if query.require:
        if query.any_of:
            where.append(
                Contact.id.in_(
                    select(ContactTag.contact_id).where(ContactTag.tag_id.in_(query.require))
                )
            )
        else:
            where.extend(_has_tag(t) for t in query.require)
    if query.exclude:
        where.append(
            Contact.id.not_in(
                select(ContactTag.contact_id).where(ContactTag.tag_id.in_(query.exclude))
            )
        )
    if query.view:
        where.extend(_view_clauses(s, query.view, db, builtin_ids(s)))
    return select(Contact.id).where(*where)


def _filters(query: ContactQuery) -> bool:
    return bool(query.text.strip() or query.require or query.exclude or query.view or query.ids)


def _order(s: Session, q: Select[Any], query: ContactQuery) -> Select[Any]:
    sort, descending = query.sort, query.descending
    if sort not in SORT_KEYS:
        raise ValidationError("sort", "unknown", value=sort)
    column = {
        "name": Contact.name_sort,
        "company": Contact.company,
        "class": Contact.class_code,
        "touches": Contact.touch_count,
        "last_touch": Contact.last_touch_at,
        "next_follow_up": Contact.next_follow_up,
    }[sort]
    direction = column.desc() if descending else column.asc()
    if sort == "name":
        # Never empty: no "empty last" term, so the (name_sort, id, deleted_at) index
        # gives the whole list in order without a sort step. With a filter, walking
        # that index visits every row in name order (random reads, ~110 ms at 100k);
        # a plain scan and a sort of the matches is ~4x faster.
        key = not_via_index(s, Contact.name_sort) if _filters(query) else Contact.name_sort
        return q.order_by(
            key.desc() if descending else key.asc(),
            Contact.id.desc() if descending else Contact.id,
        )
    # Empty values last in both directions; pinyin then id keeps the order total.
    return q.order_by(column.is_(None), direction, Contact.name_sort, Contact.id)


def contact_ids(db: Database, query: ContactQuery) -> list[int]:
    """Ids of every matching contact in display order (the table pages through these)."""
    with db.reading() as s:
        q = _order(s, _filtered(s, db, query), query)
        # Plain ints through the driver's cursor: SQLAlchemy's result processing
        # doubled the time of the 100,000 ids of an unfiltered list.
        return bulk_rows(s, q, first_column=True)


def list_query_plan(db: Database, query: ContactQuery) -> str:
    """How the backend runs the list query (benchmarks and tests check index use)."""
    with db.reading() as s:
        return query_plan(s, _order(s, _filtered(s, db, query), query))


def count(db: Database, query: ContactQuery) -> int:
    return len(contact_ids(db, query))


def live_contact_count(db: Database) -> int:
    """How many contacts exist outside the trash (to tell "none yet" from "no matches")."""
    with db.reading() as s:
        return int(
            s.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None)))
            or 0
        )


def rows_by_ids(db: Database, ids: Sequence[int]) -> list[ContactRow]:
    """List rows for `ids`, in the same order (missing ids are left out)."""
    if not ids:
        return []
    # Through the driver's cursor: a page is read on every scroll step and keystroke,
    # and SQLAlchemy's row processing was most of its time (3.4 -> ~1 ms for 200).
    with db.reading() as s:
        found = {
            r[0]: r
            for r in bulk_rows(
                s,
                select(
                    Contact.id,
                    Contact.name,
                    Contact.company,
                    Contact.class_code,
                    Contact.touch_count,
                    Contact.last_touch_at,
                    Contact.next_follow_up,
                    Contact.city,
                    Contact.title,
                ).where(Contact.id.in_(ids)),
                convert=True,
            )
        }
        tags: dict[int, list[int]] = defaultdict(list)
        for cid, tid in bulk_rows(
            s,
            select(ContactTag.contact_id, ContactTag.tag_id)
            .where(ContactTag.contact_id.in_(ids))
            .order_by(ContactTag.contact_id, ContactTag.tag_id),
        ):
            tags[cid].append(tid)
    out = []
    for i in ids:
        r = found.get(i)
        if r is None:
            continue
        cid, name, company, class_code, touch_count, last_touch_at, next_follow_up, city, title = r
        out.append(
            ContactRow(
                id=cid,
                name=name,
                company=company,
                tag_ids=tuple(tags.get(cid, ())),
                class_code=class_code,
                touch_count=touch_count,
                last_touch_at=last_touch_at,
                next_follow_up=next_follow_up,
                city=city,
                title=title,
            )
        )
    return out


# Saved views: the user's own named queries.


def saved_views(db: Database) -> list[tuple[int, str, ContactQuery]]:
    with db.reading() as s:
        rows = s.execute(
            select(SavedView.id, SavedView.name, SavedView.query).order_by(
                SavedView.position, SavedView.name
            )
        ).all()
    result: list[tuple[int, str, ContactQuery]] = []
    for vid, name, raw in rows:
        try:
            result.append((vid, name, ContactQuery.from_json(raw)))
        except (ValueError, TypeError, AttributeError):
            continue  # a damaged entry is skipped, not fatal
    return result


def save_view(db: Database, name: str, query: ContactQuery) -> tuple[int, Changes]:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("view_name", "required")
    if len(clean) > 100:
        raise ValidationError("view_name", "too_long", limit=100)
    with db.unit() as s:
        existing = s.scalar(select(SavedView).where(SavedView.name == clean))
        if existing is not None:
            existing.query = query.to_json()
            vid = existing.id
        else:
            view = SavedView(name=clean, query=query.to_json(), position=0)
            s.add(view)
            s.flush()
            vid = view.id
    return vid, Changes(settings=True)


def delete_view(db: Database, view_id: int) -> Changes:
    with db.unit() as s:
        result = s.execute(delete(SavedView).where(SavedView.id == view_id))
        if not result.rowcount:  # type: ignore[attr-defined]
            raise NotFound(f"view {view_id}")
    return Changes(settings=True)


@dataclass(frozen=True)
class ContactExtras:
    """What scripts get beyond a list row: every phone (normalised) and the notes."""

    phones: tuple[tuple[str, str, str], ...]  # (raw, e164, extension), in order
    notes: str


def extras_by_ids(db: Database, ids: Sequence[int]) -> dict[int, ContactExtras]:
    """Phones and notes for a page of contacts (pass pages, not whole lists: one IN list)."""
    if not ids:
        return {}
    with db.reading() as s:
        phones: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for p in s.execute(
            select(
                ContactPhone.contact_id, ContactPhone.raw, ContactPhone.e164, ContactPhone.extension
            )
            .where(ContactPhone.contact_id.in_(ids))
            .order_by(ContactPhone.contact_id, ContactPhone.position)
        ):
            phones[p.contact_id].append((p.raw, p.e164 or "", p.extension or ""))
        notes = dict(s.execute(select(Contact.id, Contact.notes).where(Contact.id.in_(ids))).all())
    return {
        cid: ContactExtras(tuple(phones.get(cid, ())), str(notes[cid]))
        for cid in ids
        if cid in notes
    }
