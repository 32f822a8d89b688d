"""Demo data: write the seeded demo set (core.demo) into a database in one transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import exists, func, insert, select, update
from sqlalchemy.orm import Session

from deskcrm.core.demo import DEFAULT_SEED, DemoData, generate
from deskcrm.core.errors import DeskCRMError
from deskcrm.core.model import ContactInput, ContactQuery, DealStatus, ReferralStage
from deskcrm.core.rules.classes import derive_class
from deskcrm.core.rules.occasions import month_day_key
from deskcrm.core.rules.phones import Phone
from deskcrm.core.rules.pinyin import name_columns
from deskcrm.core.rules.referrals import advance, stage_reached_by_touch
from deskcrm.core.services import integrity, scoring
from deskcrm.core.services.contacts import refresh_touch_summary, validate
from deskcrm.core.services.database import Database
from deskcrm.core.services.qualification import refresh_summaries
from deskcrm.core.services.tagging import apply_tag_changes, ensure_builtin_tags, get_or_create_tag
from deskcrm.core.settings import declaration
from deskcrm.db.models import (
    CallScript,
    Contact,
    ContactOccasion,
    ContactPhone,
    Deal,
    DealStageChange,
    MessageTemplate,
    PlanItem,
    QualificationAnswer,
    SavedView,
    ScriptSection,
    Setting,
    Tag,
    TagGroup,
    Touch,
    WalkInDay,
)

# The demo's names and numbers are Chinese whatever the rep's default region is.
DEMO_REGION = "CN"
PLAN_EVENING = time(20, 0)  # plans are written the evening before (docs/method.md §8)


class DemoNotEmpty(DeskCRMError):
    """The database already has contacts; seeding it needs `force`."""

    code = "demo_not_empty"

    def __init__(self, contacts: int) -> None:
        super().__init__(f"the database already has {contacts} contacts", contacts=contacts)
        self.contacts = contacts


@dataclass(frozen=True)
class DemoSummary:
    """What seeding added (named rows that already existed are not counted)."""

    contacts: int
    touches: int
    deals: int
    won: int
    lost: int
    referrals: int
    tags: int
    plan_items: int
    scripts: int
    templates: int
    targets: int  # sales target settings written (the rep's own are kept)
    walk_in_days: int
    views: int


def seed_demo(db: Database, *, seed: int = DEFAULT_SEED, force: bool = False) -> DemoSummary:
    """Fill `db` with about 300 contacts and their history, relative to `db.now()`.

    Same seed and same clock give the same data. Raises DemoNotEmpty when the
    database has contacts, unless `force`, which adds the demo set next to them
    (tags, groups, scripts, templates and views are reused by name; settings and
    walk-in counts the rep already has are kept). DatabaseCorrupt, before anything is
    written, when the file fails its page check.
    """
    integrity.check_before_bulk_write(db)
    now = db.now()
    zone = now.astimezone().tzinfo
    assert zone is not None  # astimezone() always sets one
    data = generate(
        seed=seed,
        now=now,
        tz=zone,
        stages=db.get_setting("deal.stages"),
        lost_reasons=db.get_setting("deal.lost_reasons"),
    )
    prepared = [
        validate(
            ContactInput(
                name=c.name,
                phones=c.phones,
                company=c.company,
                title=c.title,
                industry=c.industry,
                city=c.city,
                region=c.region,
                wechat_id=c.wechat_id,
                email=c.email,
                notes=c.notes,
                source=c.source,
                referrer_kind=c.referrer_kind,
            ),
            DEMO_REGION,
        )
        for c in data.contacts
    ]
    with db.unit() as s:
        existing = int(s.scalar(select(func.count()).select_from(Contact)) or 0)
        if existing and not force:
            raise DemoNotEmpty(existing)
        tag_ids, new_tags = _tags(s, data)
        ids = _contacts(s, data, prepared, now)
        _tag_contacts(s, data, ids, tag_ids)
        _touches(s, data, ids)
        _deals(s, data, ids)
        _referral_progress(s)
        _plan(s, data, ids, now, zone)
        scripts, templates = _scripts(s, data, now)
        views = _views(s, data, tag_ids)
        targets = _settings(s, data)
        walk_in_days = _walk_ins(s, data)
    # Scores depend on the scoring targets just written; computed the same way the app does.
    scoring.recompute_all(db)
    return DemoSummary(
        contacts=len(ids),
        touches=len(data.touches),
        deals=len(data.deals),
        won=sum(d.status == DealStatus.WON for d in data.deals),
        lost=sum(d.status == DealStatus.LOST for d in data.deals),
        referrals=sum(c.referred_by is not None for c in data.contacts),
        tags=new_tags,
        plan_items=len(data.plan),
        scripts=scripts,
        templates=templates,
        targets=targets,
        walk_in_days=walk_in_days,
        views=views,
    )


def _tags(s: Session, data: DemoData) -> tuple[dict[str, int], int]:
    """Ids by name of the built-ins and the demo's custom tags; how many were new."""
    ids = {b.value: i for b, i in ensure_builtin_tags(s).items()}
    known = set(s.scalars(select(Tag.name)))
    groups = {name: pos for name, pos in s.execute(select(TagGroup.name, TagGroup.position))}
    first_group = max(groups.values(), default=0) + 1
    created = 0
    specs = [(g.name, g.tags) for g in data.tag_groups] + [("", data.loose_tags)]
    for gpos, (group, tags) in enumerate(specs):
        for pos, (name, colour) in enumerate(tags):
            ids[name] = get_or_create_tag(s, name, group=group, color=colour)
            if name not in known:
                created += 1
                tag = s.get(Tag, ids[name])
                assert tag is not None
                tag.position = pos
        if group and group not in groups:
            s.execute(
                update(TagGroup).where(TagGroup.name == group).values(position=first_group + gpos)
            )
    return ids, created


def _contacts(
    s: Session,
    data: DemoData,
    prepared: Sequence[tuple[ContactInput, list[Phone]]],
    now: datetime,
) -> list[int]:
    rows: list[Contact] = []
    for c, (clean, phones) in zip(data.contacts, prepared, strict=True):
        klass = derive_class(
            met_first_kp=c.met_first_kp,
            has_need=c.has_need,
            has_power=c.has_power,
            kp_level=c.kp_level,
            declined=c.declined,
        )
        rows.append(
            Contact(
                name=clean.name,
                **name_columns(clean.name),
                company=clean.company,
                title=clean.title,
                industry=clean.industry,
                city=clean.city,
                region=clean.region,
                wechat_id=clean.wechat_id,
                email=clean.email,
                notes=clean.notes,
                source=clean.source,
                referrer_kind=clean.referrer_kind,
                is_coach=c.is_coach,
                met_first_kp=c.met_first_kp,
                has_need=c.has_need,
                has_power=c.has_power,
                kp_level=c.kp_level,
                declined=c.declined,
                class_code=None if klass is None else klass.value,
                class_since=None if klass is None else c.class_since,
                trigger_event=c.trigger_event,
                sold_in_industry=c.sold_in_industry,
                has_reference=c.has_reference,
                personally_involved=c.personally_involved,
                created_at=c.created_at,
                updated_at=now,
                phones=[
                    ContactPhone(
                        raw=p.raw, e164=p.e164, extension=p.extension, digits=p.digits, position=i
                    )
                    for i, p in enumerate(phones)
                ],
            )
        )
    for index, days in data.repurchase:
        rows[index].repurchase_days = days
    s.add_all(rows)
    s.flush()
    ids = [r.id for r in rows]
    if data.occasions:
        # The birthday first, then the own dates, as the contact form stores them.
        dated = sorted(data.occasions, key=lambda o: (o.contact, o.kind != "birthday"))
        places: dict[int, int] = {}
        occasion_rows = []
        for o in dated:
            places[o.contact] = places.get(o.contact, -1) + 1
            occasion_rows.append(
                {
                    "contact_id": ids[o.contact],
                    "kind": o.kind,
                    "label": o.label,
                    "year": o.year,
                    "month_day": month_day_key(o.month, o.day),
                    "position": places[o.contact],
                }
            )
        s.execute(insert(ContactOccasion), occasion_rows)
    for row, c in zip(rows, data.contacts, strict=True):
        if c.referred_by is not None:
            row.referred_by_id = ids[c.referred_by]
        if c.coach is not None:
            row.coach_id = ids[c.coach]
        for question, state, note in c.answers:
            s.add(
                QualificationAnswer(
                    contact_id=row.id, question=question, state=state, note=note, updated_at=now
                )
            )
    s.flush()
    refresh_summaries(s, [cid for cid, c in zip(ids, data.contacts, strict=True) if c.answers])
    return ids


def _tag_contacts(s: Session, data: DemoData, ids: Sequence[int], tag_ids: dict[str, int]) -> None:
    """One tagging call per tag, through the rules that keep Y/N and M/O apart."""
    by_tag: dict[int, list[int]] = {}
    for cid, c in zip(ids, data.contacts, strict=True):
        for name in (*(b.value for b in c.builtins), *c.tags):
            by_tag.setdefault(tag_ids[name], []).append(cid)
    for tag_id, contact_ids in by_tag.items():
        apply_tag_changes(s, contact_ids, add=[tag_id])


def _touches(s: Session, data: DemoData, ids: Sequence[int]) -> None:
    if not data.touches:
        return
    s.execute(
        insert(Touch),
        [
            {
                "contact_id": ids[t.contact],
                "kind": t.kind,
                "at": t.at,
                "duration_s": t.duration_s,
                "outcome": t.outcome,
                "notes": t.notes,
                "next_step": t.next_step,
                "next_follow_up": t.next_follow_up,
                "details": t.details,
                "created_at": t.at,
            }
            for t in data.touches
        ],
    )
    for index in dict.fromkeys(t.contact for t in data.touches):
        refresh_touch_summary(s, ids[index])


def _deals(s: Session, data: DemoData, ids: Sequence[int]) -> None:
    s.add_all(
        Deal(
            contact_id=ids[d.contact],
            title=d.title,
            amount_cents=d.amount_cents,
            stage=d.stage,
            status=d.status,
            lost_reason=d.lost_reason,
            created_at=d.created_at,
            closed_at=d.closed_at,
            history=[DealStageChange(stage=stage, at=at) for stage, at in d.history],
        )
        for d in data.deals
    )


def _referral_progress(s: Session) -> None:
    """How far each demo referral got, from its touches and deals (as the touch writer
    would have moved it), and the ask behind it: the referrer was asked when the name
    was given."""
    referred = s.scalars(select(Contact).where(Contact.referred_by_id.is_not(None))).all()
    for c in referred:
        stage: str | None = None
        for kind, outcome in s.execute(
            select(Touch.kind, Touch.outcome).where(Touch.contact_id == c.id).order_by(Touch.at)
        ):
            stage = advance(stage, stage_reached_by_touch(kind, outcome))
        won = s.scalar(
            select(exists().where(Deal.contact_id == c.id, Deal.status == DealStatus.WON.value))
        )
        c.referral_stage = advance(stage, ReferralStage.CLOSED if won else None)
        referrer = s.get(Contact, c.referred_by_id)
        if referrer is not None and (
            referrer.referral_asked_at is None or referrer.referral_asked_at < c.created_at
        ):
            referrer.referral_asked_at = c.created_at


def _plan(s: Session, data: DemoData, ids: Sequence[int], now: datetime, zone: tzinfo) -> None:
    def written(day: date) -> datetime:
        evening = datetime.combine(day - timedelta(days=1), PLAN_EVENING, tzinfo=zone)
        return min(now, evening.astimezone(UTC))

    s.add_all(
        PlanItem(
            day=p.day,
            side=p.side,
            rank=p.rank,
            title=p.title,
            done=p.done,
            done_at=p.done_at,
            contact_id=None if p.contact is None else ids[p.contact],
            origin="manual",
            created_at=written(p.day),
        )
        for p in data.plan
    )


def _scripts(s: Session, data: DemoData, now: datetime) -> tuple[int, int]:
    have = set(s.scalars(select(CallScript.name)))
    scripts = [x for x in data.scripts if x.name not in have]
    base = int(s.scalar(select(func.max(CallScript.position))) or 0) + 1
    s.add_all(
        CallScript(
            name=x.name,
            lang=x.lang,
            position=base + i,
            created_at=now,
            sections=[
                ScriptSection(position=j, stage=sec.stage, title=sec.title, prompts=sec.prompts)
                for j, sec in enumerate(x.sections)
            ],
        )
        for i, x in enumerate(scripts)
    )
    have_t = set(s.scalars(select(MessageTemplate.name)))
    templates = [t for t in data.templates if t.name not in have_t]
    base_t = int(s.scalar(select(func.max(MessageTemplate.position))) or 0) + 1
    s.add_all(
        MessageTemplate(
            name=t.name,
            audience=t.audience,
            occasion=t.occasion,
            body=t.body,
            lang=t.lang,
            position=base_t + i,
        )
        for i, t in enumerate(templates)
    )
    return len(scripts), len(templates)


def _views(s: Session, data: DemoData, tag_ids: dict[str, int]) -> int:
    have = set(s.scalars(select(SavedView.name)))
    new = [v for v in data.views if v.name not in have]
    for i, v in enumerate(new):
        query = ContactQuery(
            text=v.text,
            require=tuple(tag_ids[t] for t in v.require),
            exclude=tuple(tag_ids[t] for t in v.exclude),
            any_of=v.any_of,
            view=v.view,
        )
        s.add(SavedView(name=v.name, query=query.to_json(), position=i))
    return len(new)


def _settings(s: Session, data: DemoData) -> int:
    """Key-account and sales targets, unless the rep has already chosen their own; returns
    how many sales targets were written."""
    written = 0
    for key, value in data.settings:
        if s.get(Setting, key) is None:
            checked = declaration(key).validate(value)
            s.add(Setting(key=key, value=json.dumps(checked, ensure_ascii=False)))
            written += key.startswith("target.")
    return written


def _walk_ins(s: Session, data: DemoData) -> int:
    """Unrecorded visitors per day, on days with no count yet."""
    have = set(s.scalars(select(WalkInDay.day)))
    new = [(day, n) for day, n in data.walk_ins if day not in have]
    s.add_all(WalkInDay(day=day, unrecorded=n) for day, n in new)
    return len(new)


__all__ = ["DEFAULT_SEED", "DemoNotEmpty", "DemoSummary", "seed_demo"]
