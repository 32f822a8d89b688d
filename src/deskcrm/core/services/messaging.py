"""Messaging a segment: a template filled for every contact of a filtered list, and the
messages the rep sent logged as WeChat touches.

The contacts are those of the contact list's own query (`contact_list.contact_ids`),
in its order. A contact sent a WeChat message (a WeChat touch) within
`messages.quiet_days` days is flagged, not left out: the rep decides. Logging refuses a
batch that would take today's WeChat touches past `messages.daily_cap`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.model import ContactQuery, TouchKind
from deskcrm.core.rules.message_fill import FillData, compile_template, fill
from deskcrm.core.rules.template_purposes import SEGMENT_VIEWS, segment_purposes, suited
from deskcrm.core.services import contact_list, templates, touches
from deskcrm.core.services.database import Database
from deskcrm.core.services.plan import day_start_utc
from deskcrm.core.services.tagging import builtin_ids, find_tag
from deskcrm.db.dialect import among, bulk_rows
from deskcrm.db.models import Contact, ContactTag, Deal, Touch

# Tags that say a contact's gender (the demo's 性别 group; matched ignoring case).
GENDER_TAGS: tuple[tuple[str, str], ...] = (
    ("男", "m"),
    ("女", "f"),
    ("male", "m"),
    ("female", "f"),
)


class QueuedMessage(NamedTuple):
    """One contact's filled message (a NamedTuple: a queue holds thousands of them)."""

    contact_id: int
    name: str
    text: str  # the filled message
    recently_messaged: bool  # a WeChat touch within messages.quiet_days


def segment_messages(
    db: Database, query: ContactQuery, template_id: int, *, limit: int | None = None
) -> list[QueuedMessage]:
    """The template filled for each contact `query` lists (the first `limit` of them)."""
    template = templates.get_template(db, template_id)
    compiled = compile_template(template.text, template.lang)
    ids = contact_list.contact_ids(db, query)
    if limit is not None:
        ids = ids[: max(0, limit)]
    quiet_days = int(db.get_setting("messages.quiet_days"))
    today = db.today()
    quiet_since = db.now() - timedelta(days=quiet_days)
    out: list[QueuedMessage] = []
    with db.reading() as s:
        data = _fill_data(s, ids, _gender_tags(s), today)
        recent = set(
            bulk_rows(
                s,
                select(Touch.contact_id)
                .where(
                    among(s, Touch.contact_id, ids),
                    Touch.kind == TouchKind.WECHAT.value,
                    Touch.at >= quiet_since,
                )
                .distinct(),
                first_column=True,
            )
        )
    for cid in ids:
        found = data.get(cid)
        if found is not None:
            out.append(QueuedMessage(cid, found.name, fill(compiled, found), cid in recent))
    return out


def query_purposes(db: Database, query: ContactQuery) -> tuple[str, ...]:
    """The template purposes of the segment a filter names (its required built-in tags or
    a segment view), most specific first; () for a filter that is no segment."""
    if query.any_of and len(query.require) > 1:
        return ()  # "N or VIP" is no one segment
    with db.reading() as s:
        code_of = {tag_id: builtin.value for builtin, tag_id in builtin_ids(s).items()}
    required = [code_of[t] for t in query.require if t in code_of]
    required += SEGMENT_VIEWS.get(query.view, ())
    return segment_purposes(required)


def message_for(
    db: Database, contact_id: int, purposes: Sequence[str]
) -> tuple[list[templates.TemplateInfo], QueuedMessage | None]:
    """What a plan line's "Message…" offers: the templates, those suiting `purposes` first
    (best match first, then the rest in the rep's order), and the first one filled for
    the contact (None when there are no templates)."""
    found = templates.list_templates(db)
    best = suited(found, purposes)
    ordered = best + [t for t in found if t not in best]
    if not ordered:
        return ordered, None
    (message,) = one_message(db, contact_id, ordered[0].id)
    return ordered, message


def one_message(db: Database, contact_id: int, template_id: int) -> list[QueuedMessage]:
    """The template filled for one contact, as the queue fills it ([] when it is gone)."""
    return segment_messages(db, ContactQuery(ids=(contact_id,)), template_id)


def preview_message(db: Database, text: str, contact_id: int, lang: str = "") -> str:
    """`text` (a template being written, unsaved) filled for one contact, as the queue would.

    ValidationError as when saving (templates.check_text); NotFound for a missing contact.
    """
    compiled = compile_template(templates.check_text(text), lang)
    with db.reading() as s:
        data = _fill_data(s, [contact_id], _gender_tags(s), db.today()).get(contact_id)
    if data is None:
        raise NotFound(f"contact {contact_id}", contact_id=contact_id)
    return fill(compiled, data)


def _gender_tags(s: Session) -> dict[int, str]:
    genders: dict[int, str] = {}
    for word, gender in GENDER_TAGS:
        tag_id = find_tag(s, word)
        if tag_id is not None:
            genders.setdefault(tag_id, gender)
    return genders


def _fill_data(
    s: Session, ids: Sequence[int], genders: dict[int, str], today: date
) -> dict[int, FillData]:
    """What the placeholders need for each contact of `ids` (one query per kind)."""
    rows = bulk_rows(
        s,
        select(
            Contact.id,
            Contact.name,
            Contact.name_sort,
            Contact.title,
            Contact.company,
            Contact.next_step,
            Contact.last_touch_at,
        ).where(among(s, Contact.id, ids)),
    )
    gender_of: dict[int, str] = {}
    if genders:
        for cid, tid in bulk_rows(
            s,
            select(ContactTag.contact_id, ContactTag.tag_id).where(
                among(s, ContactTag.contact_id, ids), ContactTag.tag_id.in_(genders)
            ),
        ):
            gender_of[cid] = genders[tid]
    # The latest deal's title is what the contact bought or is buying.
    product = {
        cid: title
        for cid, title in bulk_rows(
            s,
            select(Deal.contact_id, Deal.title)
            .where(among(s, Deal.contact_id, ids), Deal.title != "")
            .order_by(Deal.contact_id, Deal.created_at, Deal.id),
        )
    }
    out: dict[int, FillData] = {}
    for cid, name, name_sort, title, company, next_step, last_epoch in rows:
        # Positional, in FillData's order: thousands of them, keywords cost a third more.
        out[cid] = FillData(
            name,
            title,
            gender_of.get(cid, ""),
            company,
            product.get(cid, ""),
            next_step,
            _days_since(last_epoch, today),
            name_sort,
        )
    return out


def _days_since(stored: int | None, today: date) -> int | None:
    if stored is None:
        return None
    return (today - datetime.fromtimestamp(int(stored)).date()).days


def sent_today(db: Database) -> int:
    """WeChat touches logged for today (the rep's local day)."""
    start = day_start_utc(db.today())
    with db.reading() as s:
        found = s.scalar(
            select(func.count(Touch.id)).where(
                Touch.at >= start, Touch.kind == TouchKind.WECHAT.value
            )
        )
    return int(found or 0)


def log_sent(
    db: Database, template_id: int, sent: Sequence[tuple[int, str]]
) -> tuple[list[int], Changes]:
    """One WeChat touch per contact sent the template's message (the text as its note), in
    one transaction; the new touches' ids (undo deletes them with touches.delete_touches).
    A contact listed twice is logged once. Past the daily cap:
    ValidationError("sent", "daily_cap", limit, already) and nothing is written."""
    templates.get_template(db, template_id)  # NotFound for a template deleted meanwhile
    unique: dict[int, str] = {}
    for contact_id, text in sent:
        if not text.strip():
            raise ValidationError("text", "required", contact_id=contact_id)
        unique.setdefault(contact_id, text.strip())
    if not unique:
        return [], Changes()
    cap = int(db.get_setting("messages.daily_cap"))
    already = sent_today(db)
    if already + len(unique) > cap:
        raise ValidationError("sent", "daily_cap", limit=cap, already=already, count=len(unique))
    inputs = [
        touches.TouchInput(contact_id=cid, kind=TouchKind.WECHAT.value, notes=text, keep_hook=True)
        for cid, text in unique.items()
    ]
    return touches.log_touches(db, inputs)
