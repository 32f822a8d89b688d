"""Contacts: create, edit, find duplicates, merge, trash and restore."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DuplicateContact, NotFound, ValidationError
from deskcrm.core.model import (
    BuiltinTag,
    ContactDetail,
    ContactInput,
    ContactRef,
    DealInfo,
    DealStatus,
    OccasionInfo,
    PhoneInfo,
    ReferrerKind,
    TagInfo,
    TouchInfo,
    TouchKind,
)
from deskcrm.core.rules import classes as class_rules
from deskcrm.core.rules import occasions as occasion_rules
from deskcrm.core.rules.call_details import call_facts
from deskcrm.core.rules.call_finish import reached
from deskcrm.core.rules.classes import ClassWindows
from deskcrm.core.rules.closeness import NEAR_KINDS
from deskcrm.core.rules.phones import Phone, parse_phone
from deskcrm.core.rules.pinyin import name_columns
from deskcrm.core.rules.referrals import parse_stage, stage_of
from deskcrm.core.rules.scoring import Targets
from deskcrm.core.services import classification, referrals, scoring
from deskcrm.core.services.contact_list import pinyin_clause
from deskcrm.core.services.database import Database
from deskcrm.core.services.qualification import refresh_summaries
from deskcrm.core.services.tagging import apply_tag_changes, builtin_ids, contact_tag_ids
from deskcrm.db.dialect import not_via_index
from deskcrm.db.models import (
    Contact,
    ContactOccasion,
    ContactPhone,
    ContactTag,
    Deal,
    OwnAnswer,
    PlanItem,
    QualificationAnswer,
    Tag,
    TagGroup,
    Touch,
)

MAX_FIELD = 200
MAX_NOTES = 100_000
TIMELINE_LIMIT = 200
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# Characters that print nothing: zero-width spaces and joiners, the byte-order mark and
# the other format characters (Unicode category Cf), and the Hangul fillers.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")


def _invisible(ch: str) -> bool:
    return ch in _FILLERS or unicodedata.category(ch) == "Cf"


def clean_name(raw: str) -> str:
    """A contact's name as stored: runs of spaces made one, invisible characters taken
    off both ends; "" when nothing visible is left (a name of zero-width spaces)."""
    name = " ".join(raw.split())
    start, end = 0, len(name)
    while start < end and (_invisible(name[start]) or name[start].isspace()):
        start += 1
    while end > start and (_invisible(name[end - 1]) or name[end - 1].isspace()):
        end -= 1
    return name[start:end]


def _clean(field: str, value: str, limit: int = MAX_FIELD) -> str:
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return text


def validate(data: ContactInput, region: str) -> tuple[ContactInput, list[Phone]]:
    """Normalise a form's input; raise ValidationError naming the first field at fault."""
    name = clean_name(data.name)
    if not name:
        raise ValidationError("name", "required")
    if len(name) > MAX_FIELD:
        raise ValidationError("name", "too_long", limit=MAX_FIELD)
    email = data.email.strip()
    if email and not _EMAIL.match(email):
        raise ValidationError("email", "invalid", value=email)
    phones: list[Phone] = []
    seen: set[str] = set()
    for raw in data.phones:
        if not raw.strip():
            continue
        phone = parse_phone(raw, region)
        key = phone.e164 + phone.extension
        if key not in seen:
            seen.add(key)
            phones.append(phone)
    if data.referrer_kind is not None and data.referrer_kind not in set(ReferrerKind):
        raise ValidationError("referrer_kind", "invalid", value=data.referrer_kind)
    try:
        parse_stage(data.referral_stage)
    except ValueError:
        raise ValidationError("referral_stage", "invalid", value=data.referral_stage) from None
    clean = replace(
        data,
        name=name,
        email=_clean("email", email, 320),
        company=_clean("company", data.company),
        title=_clean("title", data.title),
        industry=_clean("industry", data.industry),
        city=_clean("city", data.city),
        region=_clean("region", data.region),
        wechat_id=_clean("wechat_id", data.wechat_id),
        source=_clean("source", data.source),
        notes=_clean("notes", data.notes, MAX_NOTES),
        phones=tuple(p.raw for p in phones),
        birthday=_occasion_date("birthday", data.birthday, with_year=True),
        occasions=_own_occasions(data.occasions),
        repurchase_days=occasion_rules.check_cycle(data.repurchase_days),
    )
    return clean, phones


def _occasion_date(field: str, text: str, *, with_year: bool) -> str:
    """A typed occasion date in its stored spelling ("" stays ""); a year only if allowed."""
    if not text.strip():
        return ""
    try:
        year, month, day = occasion_rules.parse_month_day(text)
    except ValueError:
        raise ValidationError(field, "invalid", value=text.strip()) from None
    return occasion_rules.month_day_text(year if with_year else None, month, day)


def _own_occasions(rows: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Up to two (label, month-day) rows; blank rows dropped, a date needs a label."""
    out = []
    for label, when in rows:
        name = _clean("occasion", label)
        text = _occasion_date("occasion", when, with_year=False)
        if not name and not text:
            continue
        if not text:
            raise ValidationError("occasion", "required")
        out.append((name, text))
    if len(out) > occasion_rules.MAX_CUSTOM_OCCASIONS:
        raise ValidationError("occasion", "invalid", value=len(out))
    return tuple(out)


def _set_phones(contact: Contact, phones: list[Phone]) -> None:
    contact.phones[:] = [
        ContactPhone(raw=p.raw, e164=p.e164, extension=p.extension, digits=p.digits, position=i)
        for i, p in enumerate(phones)
    ]


# Fields a duplicate may fill on the contact it is folded into (never overwrite).
FILLABLE = ("company", "title", "industry", "city", "region", "wechat_id", "email", "source")


def apply_input(contact: Contact, data: ContactInput, phones: list[Phone]) -> None:
    """Write validated input onto a contact inside a unit (name keys, fields, phones)."""
    _apply_input(contact, data, phones)


def fold_into(
    contact: Contact,
    data: ContactInput,
    phones: Sequence[Phone],
    labels: Sequence[str] | None = None,
) -> None:
    """Fold validated input into an existing contact inside a unit.

    Empty fields are filled, notes are joined and new phone numbers appended;
    nothing the contact holds is overwritten. Used for a duplicate form and for
    a duplicate row of an import, so both merge the same way.
    """
    for field in FILLABLE:
        if not getattr(contact, field) and getattr(data, field):
            setattr(contact, field, getattr(data, field))
    if data.notes and data.notes not in contact.notes:
        contact.notes = f"{contact.notes}\n\n{data.notes}".strip()
    if contact.referred_by_id is None and data.referred_by_id not in (None, contact.id):
        contact.referred_by_id = data.referred_by_id
        contact.referrer_kind = data.referrer_kind
        contact.referral_stage = stage_of(data.referral_stage).value
    if contact.repurchase_days is None:
        contact.repurchase_days = data.repurchase_days
    if (data.birthday or data.occasions) and not contact.occasions:
        _set_occasions(contact, data)
    known = {(p.e164 or p.digits or p.raw, p.extension) for p in contact.phones}
    for i, phone in enumerate(phones):
        key = (phone.e164 or phone.digits or phone.raw, phone.extension)
        if key in known:
            continue
        known.add(key)
        contact.phones.append(
            ContactPhone(
                raw=phone.raw,
                e164=phone.e164,
                extension=phone.extension,
                digits=phone.digits,
                label=labels[i] if labels is not None else "",
                position=len(contact.phones),
            )
        )


def _apply_input(contact: Contact, data: ContactInput, phones: list[Phone]) -> None:
    contact.name = data.name
    for column, key in name_columns(data.name).items():
        setattr(contact, column, key)
    for field in (
        "company",
        "title",
        "industry",
        "city",
        "region",
        "wechat_id",
        "email",
        "notes",
        "source",
        "referred_by_id",
        "referrer_kind",
    ):
        setattr(contact, field, getattr(data, field))
    # A referred contact always has a stage (its name was given, at least).
    contact.referral_stage = (
        stage_of(data.referral_stage).value if data.referred_by_id is not None else None
    )
    _set_phones(contact, phones)
    contact.repurchase_days = data.repurchase_days


def _set_occasions(contact: Contact, data: ContactInput) -> None:
    """The birthday and own dates of validated input, as stored rows."""
    rows = [("birthday", "", data.birthday)] if data.birthday else []
    rows += [("custom", label, when) for label, when in data.occasions]
    stored = []
    for i, (kind, label, text) in enumerate(rows):
        year, month, day = occasion_rules.parse_month_day(text)
        stored.append(
            ContactOccasion(
                kind=kind,
                label=label,
                year=year,
                month_day=occasion_rules.month_day_key(month, day),
                position=i,
            )
        )
    contact.occasions[:] = stored


def _occasion_input(contact: Contact) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A contact's stored occasions as a form shows them: the birthday, the own dates."""
    birthday = ""
    own = []
    for o in contact.occasions:
        text = occasion_rules.month_day_text(o.year, o.month_day // 100, o.month_day % 100)
        if o.kind == "birthday":
            birthday = text
        else:
            own.append((o.label, text))
    return birthday, tuple(own)


def duplicates_of(
    s: Session, phones: list[Phone], name: str, company: str, *, exclude: int | None = None
) -> tuple[list[int], str]:
    """Existing live contacts matching by phone first, else by name + company."""
    live = Contact.deleted_at.is_(None)
    if phones:
        q = (
            select(ContactPhone.contact_id)
            .join(Contact, Contact.id == ContactPhone.contact_id)
            .where(ContactPhone.e164.in_([p.e164 for p in phones if p.e164]), live)
        )
        if exclude is not None:
            q = q.where(ContactPhone.contact_id != exclude)
        found = sorted(set(s.scalars(q)))
        if found:
            return found, "phone"
    if company:
        q2 = select(Contact.id).where(Contact.name == name, Contact.company == company, live)
        if exclude is not None:
            q2 = q2.where(Contact.id != exclude)
        found = sorted(s.scalars(q2))
        if found:
            return found, "name_company"
    return [], ""


def insert_contact(
    s: Session,
    clean: ContactInput,
    phones: list[Phone],
    goal: Targets,
    now: datetime,
    *,
    allow_duplicate: bool = False,
    tag_ids: Iterable[int] = (),
) -> int:
    """Inside a unit: store a validated contact (DuplicateContact unless `allow_duplicate`).

    The one body behind creating a contact from the form and adding a referred contact
    during a call."""
    if not allow_duplicate:
        matches, by = duplicates_of(s, phones, clean.name, clean.company)
        if matches:
            raise DuplicateContact(matches, by)
    if clean.referred_by_id is not None and s.get(Contact, clean.referred_by_id) is None:
        raise ValidationError("referred_by", "not_found")
    contact = Contact(created_at=now, updated_at=now)
    _apply_input(contact, clean, phones)
    _set_occasions(contact, clean)
    scoring.refresh_score(contact, goal)
    s.add(contact)
    s.flush()
    if clean.coach_id is not None:
        referrals.assign_coach(s, contact, clean.coach_id, now)
    tags = list(tag_ids)
    if tags:
        apply_tag_changes(s, [contact.id], tags)
    return contact.id


def create_contact(
    db: Database,
    data: ContactInput,
    *,
    allow_duplicate: bool = False,
    tag_ids: tuple[int, ...] = (),
) -> tuple[int, Changes]:
    """Store a new contact; raise DuplicateContact unless `allow_duplicate`."""
    region = db.get_setting("phone.default_region")
    clean, phones = validate(data, region)
    goal = scoring.targets(db)
    with db.unit() as s:
        cid = insert_contact(
            s, clean, phones, goal, db.now(), allow_duplicate=allow_duplicate, tag_ids=tag_ids
        )
    return cid, Changes(contacts=frozenset({cid}), contact_list=True, stats=True, tags=True)


def contact_input(db: Database, contact_id: int) -> ContactInput:
    """The editable fields of a contact, as a form shows them (and undo restores them)."""
    with db.reading() as s:
        c = _live_or_trashed(s, contact_id)
        birthday, own = _occasion_input(c)
        return ContactInput(
            name=c.name,
            phones=tuple(p.raw for p in c.phones),
            company=c.company,
            title=c.title,
            industry=c.industry,
            city=c.city,
            region=c.region,
            wechat_id=c.wechat_id,
            email=c.email,
            notes=c.notes,
            source=c.source,
            referred_by_id=c.referred_by_id,
            referrer_kind=c.referrer_kind,
            referral_stage=c.referral_stage,
            birthday=birthday,
            occasions=own,
            repurchase_days=c.repurchase_days,
            coach_id=c.coach_id,
        )


def update_contact(
    db: Database, contact_id: int, data: ContactInput, *, allow_duplicate: bool = True
) -> Changes:
    region = db.get_setting("phone.default_region")
    clean, phones = validate(data, region)
    goal = scoring.targets(db)
    with db.unit() as s:
        contact = _live_or_trashed(s, contact_id)
        if clean.referred_by_id == contact_id:
            raise ValidationError("referred_by", "self")
        if not allow_duplicate:
            matches, by = duplicates_of(s, phones, clean.name, clean.company, exclude=contact_id)
            if matches:
                raise DuplicateContact(matches, by)
        _apply_input(contact, clean, phones)
        _set_occasions(contact, clean)
        scoring.refresh_score(contact, goal)
        now = db.now()
        coaches = referrals.assign_coach(s, contact, clean.coach_id, now)
        contact.updated_at = now
    return Changes(contacts=frozenset({contact_id, *coaches}), stats=True, plan=True)


def _live_or_trashed(s: Session, contact_id: int) -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None:
        raise NotFound(f"contact {contact_id}", contact_id=contact_id)
    return contact


def trash_contacts(db: Database, contact_ids: list[int]) -> Changes:
    """Move contacts to the trash (restorable)."""
    with db.unit() as s:
        s.execute(
            update(Contact)
            .where(Contact.id.in_(contact_ids), Contact.deleted_at.is_(None))
            .values(deleted_at=db.now())
        )
    return Changes(
        contacts=frozenset(contact_ids), contact_list=True, stats=True, plan=True, tags=True
    )


def restore_contacts(db: Database, contact_ids: list[int]) -> Changes:
    with db.unit() as s:
        s.execute(update(Contact).where(Contact.id.in_(contact_ids)).values(deleted_at=None))
    return Changes(
        contacts=frozenset(contact_ids), contact_list=True, stats=True, plan=True, tags=True
    )


def purge_trash(db: Database) -> int:
    """Delete trashed contacts for good; returns how many."""
    with db.unit() as s:
        ids = list(s.scalars(select(Contact.id).where(Contact.deleted_at.is_not(None))))
        if ids:
            s.execute(delete(Contact).where(Contact.id.in_(ids)))
        return len(ids)


def _ref(s: Session, contact_id: int | None) -> ContactRef | None:
    if contact_id is None:
        return None
    name = s.scalar(select(Contact.name).where(Contact.id == contact_id))
    return None if name is None else ContactRef(contact_id, name)


def touch_info(t: Touch) -> TouchInfo:
    call = None
    if t.kind == TouchKind.CALL and t.details:
        call = call_facts(t.details, hook=bool(t.next_step) if reached(t.outcome) else None)
    return TouchInfo(
        id=t.id,
        contact_id=t.contact_id,
        kind=t.kind,
        at=t.at,
        duration_s=t.duration_s,
        outcome=t.outcome,
        notes=t.notes,
        next_step=t.next_step,
        next_follow_up=t.next_follow_up,
        call=call,
    )


def deal_info(d: Deal) -> DealInfo:
    return DealInfo(
        id=d.id,
        contact_id=d.contact_id,
        title=d.title,
        amount_cents=d.amount_cents,
        stage=d.stage,
        status=d.status,
        lost_reason=d.lost_reason,
        created_at=d.created_at,
        closed_at=d.closed_at,
    )


def get_contact(db: Database, contact_id: int, *, timeline: int = TIMELINE_LIMIT) -> ContactDetail:
    """Everything the detail pane shows, touches newest first."""
    windows = ClassWindows.read(db.get_settings)
    today = db.today()
    with db.reading() as s:
        c = _live_or_trashed(s, contact_id)
        tag_rows = s.execute(
            select(Tag, TagGroup.name)
            .join(ContactTag, ContactTag.tag_id == Tag.id)
            .outerjoin(TagGroup, TagGroup.id == Tag.group_id)
            .where(ContactTag.contact_id == contact_id)
            .order_by(Tag.builtin.is_(None), Tag.position, Tag.name)
        ).all()
        touches = s.scalars(
            select(Touch)
            .where(Touch.contact_id == contact_id)
            .order_by(Touch.at.desc(), Touch.id.desc())
            .limit(timeline)
        ).all()
        deals = s.scalars(
            select(Deal).where(Deal.contact_id == contact_id).order_by(Deal.created_at.desc())
        ).all()
        referrals = s.execute(
            select(Contact.id, Contact.name)
            .where(Contact.referred_by_id == contact_id, Contact.deleted_at.is_(None))
            # The few referred contacts are sorted, not found by walking the name index.
            .order_by(not_via_index(s, Contact.name_sort))
        ).all()
        cycle = occasion_rules.effective_cycle(
            c.repurchase_days, ((t.repurchase_days, t.name) for t, _g in tag_rows)
        )
        cycle_days, cycle_tag = cycle if cycle is not None else (None, "")
        return ContactDetail(
            id=c.id,
            name=c.name,
            company=c.company,
            title=c.title,
            industry=c.industry,
            city=c.city,
            region=c.region,
            wechat_id=c.wechat_id,
            email=c.email,
            notes=c.notes,
            source=c.source,
            phones=tuple(PhoneInfo(p.raw, p.e164, p.extension, p.label) for p in c.phones),
            tags=tuple(
                TagInfo(t.id, t.name, t.color, t.builtin, t.group_id, g or "") for t, g in tag_rows
            ),
            class_code=c.class_code,
            class_since=c.class_since,
            met_first_kp=c.met_first_kp,
            has_need=c.has_need,
            has_power=c.has_power,
            kp_level=c.kp_level,
            declined=c.declined,
            touch_count=c.touch_count,
            last_touch_at=c.last_touch_at,
            next_follow_up=c.next_follow_up,
            next_step=c.next_step,
            referred_by=_ref(s, c.referred_by_id),
            referrer_kind=c.referrer_kind,
            coach=_ref(s, c.coach_id),
            is_coach=c.is_coach,
            referrals=tuple(ContactRef(i, n) for i, n in referrals),
            trigger_event=c.trigger_event,
            sold_in_industry=c.sold_in_industry,
            has_reference=c.has_reference,
            personally_involved=c.personally_involved,
            ka_score=c.ka_score,
            created_at=c.created_at,
            updated_at=c.updated_at,
            deleted_at=c.deleted_at,
            touches=tuple(touch_info(t) for t in touches),
            deals=tuple(deal_info(d) for d in deals),
            occasions=_occasion_infos(c, db.today()),
            repurchase_days=cycle_days,
            repurchase_tag=cycle_tag,
            repurchase_due=occasion_rules.repurchase_due(_last_won_day(deals), cycle_days),
            class_deadline=class_rules.deadline(c.class_code, c.class_since, windows),
            class_overdue=class_rules.is_overdue(c.class_code, c.class_since, today, windows)
            and not classification.won_since(_last_won_at(deals), c.class_since),
            class_extended_on=c.class_extended_on,
        )


def _occasion_infos(contact: Contact, today: date) -> tuple[OccasionInfo, ...]:
    ordered = sorted(contact.occasions, key=lambda o: (o.kind != "birthday", o.position))
    return tuple(
        OccasionInfo(
            kind=o.kind,
            label=o.label,
            year=o.year,
            month=o.month_day // 100,
            day=o.month_day % 100,
            next_on=occasion_rules.next_occurrence(o.month_day // 100, o.month_day % 100, today),
        )
        for o in ordered
    )


def _last_won_at(deals: Sequence[Deal]) -> datetime | None:
    won = [d.closed_at for d in deals if d.status == DealStatus.WON.value and d.closed_at]
    return max(won) if won else None


def _last_won_day(deals: Sequence[Deal]) -> date | None:
    """The rep's local day of the latest won deal (as the draft counts a repurchase)."""
    won = _last_won_at(deals)
    return won.astimezone().date() if won else None


def refresh_touch_summary(s: Session, contact_id: int) -> None:
    """Recompute the denormalised touch columns of one contact from its touches."""
    count, first, last, near = s.execute(
        select(
            func.count(Touch.id),
            func.min(Touch.at),
            func.max(Touch.at),
            func.count(Touch.id).filter(Touch.kind.in_(NEAR_KINDS)),
        ).where(Touch.contact_id == contact_id)
    ).one()
    last_call = s.scalar(
        select(func.max(Touch.at)).where(Touch.contact_id == contact_id, Touch.kind == "call")
    )
    latest = s.scalars(
        select(Touch)
        .where(Touch.contact_id == contact_id)
        .order_by(Touch.at.desc(), Touch.id.desc())
        .limit(1)
    ).first()
    contact = _live_or_trashed(s, contact_id)
    contact.touch_count = int(count or 0)
    contact.last_touch_at = None if last is None else _from_epoch(last)
    contact.first_touch_at = None if first is None else _from_epoch(first)
    contact.near_touches = int(near or 0)
    contact.last_call_at = None if last_call is None else _from_epoch(last_call)
    if latest is not None:
        contact.next_step = latest.next_step
        contact.next_follow_up = latest.next_follow_up


def _from_epoch(value: int | datetime) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromtimestamp(int(value), tz=UTC)


def merge_contacts(db: Database, keep_id: int, other_id: int) -> Changes:
    """Fold `other_id` into `keep_id`: every touch, tag, deal, answer and referral link moves.

    Empty fields of the kept contact are filled from the other, notes are joined,
    and for the exclusive pairs the stronger fact wins (Y over N, M over O).
    """
    if keep_id == other_id:
        raise ValidationError("merge", "same")
    goal = scoring.targets(db)
    with db.unit() as s:
        keep = _live_or_trashed(s, keep_id)
        other = _live_or_trashed(s, other_id)
        for field in (
            "company",
            "title",
            "industry",
            "city",
            "region",
            "wechat_id",
            "email",
            "source",
            "trigger_event",
        ):
            if not getattr(keep, field) and getattr(other, field):
                setattr(keep, field, getattr(other, field))
        if other.notes and other.notes not in keep.notes:
            keep.notes = f"{keep.notes}\n\n{other.notes}".strip()
        if keep.referred_by_id is None and other.referred_by_id not in (None, keep_id):
            keep.referred_by_id, keep.referrer_kind = other.referred_by_id, other.referrer_kind
            keep.referral_stage = other.referral_stage
        if other.referral_asked_at is not None and (
            keep.referral_asked_at is None or other.referral_asked_at > keep.referral_asked_at
        ):
            keep.referral_asked_at = other.referral_asked_at
        if keep.coach_id is None and other.coach_id not in (None, keep_id):
            keep.coach_id = other.coach_id
        keep.is_coach = keep.is_coach or other.is_coach
        for flag in (
            "met_first_kp",
            "has_need",
            "has_power",
            "sold_in_industry",
            "has_reference",
            "personally_involved",
        ):
            setattr(keep, flag, getattr(keep, flag) or getattr(other, flag))
        keep.kp_level = keep.kp_level or other.kp_level
        classification.reclassify(keep, db.today())
        scoring.refresh_score(keep, goal)
        # Phones: keep distinct numbers, in order.
        known = {(p.e164 or p.raw, p.extension) for p in keep.phones}
        for p in list(other.phones):
            if (p.e164 or p.raw, p.extension) not in known:
                known.add((p.e164 or p.raw, p.extension))
                keep.phones.append(
                    ContactPhone(
                        raw=p.raw,
                        e164=p.e164,
                        extension=p.extension,
                        digits=p.digits,
                        label=p.label,
                        position=len(keep.phones),
                    )
                )
        # Occasions and the repurchase cycle: the other's, when the kept contact has none.
        if keep.repurchase_days is None:
            keep.repurchase_days = other.repurchase_days
        if not keep.occasions and other.occasions:
            birthday, own = _occasion_input(other)
            _set_occasions(keep, ContactInput(name=keep.name, birthday=birthday, occasions=own))
        # Tags: union, then the stronger fact of each exclusive pair wins.
        builtins = builtin_ids(s)
        mine_tags = contact_tag_ids(s, keep_id)
        union = mine_tags | contact_tag_ids(s, other_id)
        for strong, weak in ((BuiltinTag.Y, BuiltinTag.N), (BuiltinTag.M, BuiltinTag.O)):
            if builtins[strong] in union:
                union.discard(builtins[weak])
        s.execute(
            delete(ContactTag).where(
                ContactTag.contact_id == keep_id, ContactTag.tag_id.in_(mine_tags - union)
            )
        )
        for tag_id in union - mine_tags:
            s.add(ContactTag(contact_id=keep_id, tag_id=tag_id))
        # Everything that points at the other contact now points at the kept one.
        for model, column in (
            (Touch, Touch.contact_id),
            (Deal, Deal.contact_id),
            (PlanItem, PlanItem.contact_id),
        ):
            s.execute(update(model).where(column == other_id).values({column.key: keep_id}))
        s.execute(
            update(Contact)
            .where(Contact.referred_by_id == other_id, Contact.id != keep_id)
            .values(referred_by_id=keep_id)
        )
        s.execute(
            update(Contact)
            .where(Contact.coach_id == other_id, Contact.id != keep_id)
            .values(coach_id=keep_id)
        )
        mine = {
            a.question: a
            for a in s.scalars(
                select(QualificationAnswer).where(QualificationAnswer.contact_id == keep_id)
            )
        }
        for answer in list(
            s.scalars(select(QualificationAnswer).where(QualificationAnswer.contact_id == other_id))
        ):
            ours = mine.get(answer.question)
            if ours is None:
                s.add(
                    QualificationAnswer(
                        contact_id=keep_id,
                        question=answer.question,
                        state=answer.state,
                        note=answer.note,
                        updated_at=answer.updated_at,
                    )
                )
            elif ours.state == "unknown" and answer.state != "unknown":
                ours.state, ours.note = answer.state, answer.note or ours.note
            s.delete(answer)
        # Answers to the rep's own questions move the same way.
        mine_own = {
            a.question_id: a
            for a in s.scalars(select(OwnAnswer).where(OwnAnswer.contact_id == keep_id))
        }
        for moved in list(s.scalars(select(OwnAnswer).where(OwnAnswer.contact_id == other_id))):
            kept = mine_own.get(moved.question_id)
            if kept is None:
                s.add(
                    OwnAnswer(
                        contact_id=keep_id,
                        question_id=moved.question_id,
                        state=moved.state,
                        note=moved.note,
                        updated_at=moved.updated_at,
                    )
                )
            elif kept.state == "unknown" and moved.state != "unknown":
                kept.state, kept.note = moved.state, moved.note or kept.note
            s.delete(moved)
        s.flush()
        refresh_summaries(s, [keep_id])
        s.delete(other)
        s.flush()
        refresh_touch_summary(s, keep_id)
        keep.updated_at = db.now()
    return Changes(
        contacts=frozenset({keep_id, other_id}),
        contact_list=True,
        tags=True,
        touches=True,
        deals=True,
        plan=True,
        stats=True,
    )


def merge_input_into(
    db: Database, contact_id: int, data: ContactInput, *, tag_ids: Iterable[int] = ()
) -> Changes:
    """Fold a new-contact form into an existing contact instead of storing a duplicate.

    Empty fields are filled, new phone numbers are appended, notes are joined and
    the form's tags are added; nothing the existing contact holds is overwritten.
    """
    clean, phones = validate(data, db.get_setting("phone.default_region"))
    with db.unit() as s:
        contact = s.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFound(f"contact {contact_id}", contact_id=contact_id)
        fold_into(contact, clean, phones)
        tags = list(tag_ids)
        if tags:
            apply_tag_changes(s, [contact_id], tags)
        contact.updated_at = db.now()
    return Changes(contacts=frozenset({contact_id}), tags=bool(tags), stats=True, plan=True)


def find_by_name(db: Database, text: str, limit: int = 20) -> list[ContactRef]:
    """Contacts whose name contains `text` or whom it finds as typed pinyin (for pickers)."""
    with db.reading() as s:
        needle = text.strip()
        q = select(Contact.id, Contact.name).where(Contact.deleted_at.is_(None))
        if needle:
            pinyin = pinyin_clause(needle)
            by_name = Contact.name.contains(needle, autoescape=True)
            q = q.where(by_name if pinyin is None else or_(by_name, pinyin))
        rows = s.execute(q.order_by(Contact.name_sort, Contact.id).limit(limit)).all()
        return [ContactRef(i, n) for i, n in rows]
