"""Tags: the protected built-ins, custom tags in groups, and tagging contacts."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ProtectedTag, ValidationError
from deskcrm.core.io.tag_split import split_all, split_tags
from deskcrm.core.model import BuiltinTag, TagGroupInfo, TagInfo
from deskcrm.core.rules.occasions import check_cycle
from deskcrm.core.rules.tags import BUILTIN_TAGS, EXCLUSIVE, builtin_for
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact, ContactTag, Tag, TagGroup

MAX_TAG_NAME = 40
_BUILTIN_IDS = "deskcrm.builtin_tag_ids"  # key of the per-session memo in Session.info
_COLOR_CHARS = set("0123456789abcdefABCDEF")


def ensure_builtin_tags(session: Session) -> dict[BuiltinTag, int]:
    """Create the five built-ins if missing; return their ids."""
    existing = {
        b: i
        for b, i in session.execute(select(Tag.builtin, Tag.id).where(Tag.builtin.is_not(None)))
    }
    ids: dict[BuiltinTag, int] = {}
    for pos, (builtin, (name, color)) in enumerate(BUILTIN_TAGS.items()):
        if builtin.value in existing:
            ids[builtin] = existing[builtin.value]
            continue
        tag = Tag(name=name, builtin=builtin.value, color=color, position=pos)
        session.add(tag)
        session.flush()
        ids[builtin] = tag.id
    return ids


def builtin_ids(session: Session) -> dict[BuiltinTag, int]:
    """The built-ins' ids, read once per session: they never change or go away (a touch
    asks for them three times: resolving typed words, implied Y/M, exclusive pairs)."""
    cached: dict[BuiltinTag, int] | None = session.info.get(_BUILTIN_IDS)
    if cached is None:
        rows = session.execute(select(Tag.builtin, Tag.id).where(Tag.builtin.is_not(None)))
        cached = {BuiltinTag(b): i for b, i in rows if b is not None}
        if len(cached) == len(BUILTIN_TAGS):  # a database being set up is not cached
            session.info[_BUILTIN_IDS] = cached
    return dict(cached)


def _check_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("tag", "empty")
    if len(clean) > MAX_TAG_NAME:
        raise ValidationError("tag", "too_long", limit=MAX_TAG_NAME)
    return clean


def _check_color(color: str) -> str:
    if not (len(color) == 7 and color.startswith("#") and set(color[1:]) <= _COLOR_CHARS):
        raise ValidationError("color", "invalid", value=color)
    return color.lower()


def list_tags(db: Database, *, with_counts: bool = False) -> list[TagInfo]:
    """All tags: built-ins first in their fixed order, then custom tags by group and name."""
    with db.reading() as s:
        counts: dict[int, int] = {}
        if with_counts:
            counts = dict(
                s.execute(select(ContactTag.tag_id, func.count()).group_by(ContactTag.tag_id)).all()
            )
        rows = s.execute(
            select(Tag, TagGroup.name)
            .outerjoin(TagGroup, TagGroup.id == Tag.group_id)
            .order_by(
                Tag.builtin.is_(None), TagGroup.position, TagGroup.name, Tag.position, Tag.name
            )
        ).all()
        return [
            TagInfo(
                id=t.id,
                name=t.name,
                color=t.color,
                builtin=t.builtin,
                group_id=t.group_id,
                group_name=g or "",
                contact_count=counts.get(t.id, 0),
                repurchase_days=t.repurchase_days,
            )
            for t, g in rows
        ]


def list_groups(db: Database) -> list[TagGroupInfo]:
    with db.reading() as s:
        rows = s.execute(select(TagGroup).order_by(TagGroup.position, TagGroup.name)).scalars()
        return [TagGroupInfo(g.id, g.name) for g in rows]


def _group_id(s: Session, group: str) -> int | None:
    name = " ".join(group.split())
    if not name:
        return None
    gid = s.scalar(select(TagGroup.id).where(TagGroup.name == name))
    if gid is None:
        g = TagGroup(name=_check_name(name))
        s.add(g)
        s.flush()
        gid = g.id
    return gid


def find_tag(s: Session, name: str) -> int | None:
    """Id of the tag a typed word names: a built-in or one of its aliases ("vip", "到店"),
    else a custom tag whose name matches ignoring case ("beijing" is "Beijing")."""
    builtin = builtin_for(name)
    if builtin is not None:
        return builtin_ids(s).get(builtin)
    clean = " ".join(name.split())
    if not clean:
        return None
    # lower() folds ASCII on SQLite and all letters on PostgreSQL; Chinese has no case.
    found = s.scalars(
        select(Tag.id).where(func.lower(Tag.name) == clean.lower()).order_by(Tag.id).limit(1)
    ).first()
    return found


def find_tag_id(db: Database, name: str) -> int | None:
    """find_tag in a read of its own (command-line filters name tags, never create them)."""
    with db.reading() as s:
        return find_tag(s, name)


def get_or_create_tag(s: Session, name: str, *, group: str = "", color: str = "") -> int:
    """Id of the tag `name` names (see find_tag), creating it (in `group`) when new.

    The one place where typed or imported tag text becomes a tag; for use inside a unit,
    so a new tag is stored with the change that needs it or not at all.
    """
    found = find_tag(s, name)
    if found is not None:
        return found
    clean = _check_name(name)
    tag = Tag(name=clean, group_id=_group_id(s, group), color=_check_color(color or "#607d8b"))
    s.add(tag)
    s.flush()
    return tag.id


def resolve_tags(s: Session, text: str | Iterable[str]) -> list[int]:
    """Tag ids for what a rep typed: text split at any separator reps use (commas, 、, ;, new
    lines…) or a list of names; built-ins by letter or word, existing tags ignoring case, new
    names created. Inside a unit; the order is kept and duplicates dropped."""
    names = split_tags(text) if isinstance(text, str) else split_all(text)
    return list(dict.fromkeys(get_or_create_tag(s, name) for name in names))


def find_tags(s: Session, text: str) -> tuple[list[int], list[str]]:
    """(ids, names naming no tag) for typed text, split as resolve_tags splits it; never
    creates a tag (for removing tags by name)."""
    found: list[int] = []
    unknown: list[str] = []
    for name in split_tags(text):
        tid = find_tag(s, name)
        if tid is None:
            unknown.append(name)
        elif tid not in found:
            found.append(tid)
    return found, unknown


def create_tag(
    db: Database,
    name: str,
    *,
    group: str = "",
    color: str = "#607d8b",
    repurchase_days: int | None = None,
) -> tuple[int, Changes]:
    cycle = check_cycle(repurchase_days)
    with db.unit() as s:
        clean = _check_name(name)
        if builtin_for(clean) is not None or find_tag(s, clean) is not None:
            raise ValidationError("tag", "exists", name=clean)
        tid = get_or_create_tag(s, clean, group=group, color=color)
        if cycle is not None:
            _custom_tag(s, tid).repurchase_days = cycle
    return tid, Changes(tags=True)


def _custom_tag(s: Session, tag_id: int) -> Tag:
    tag = s.get(Tag, tag_id)
    if tag is None:
        raise NotFound(f"tag {tag_id}")
    if tag.builtin is not None:
        raise ProtectedTag(tag.name, name=tag.name)
    return tag


def update_tag(
    db: Database,
    tag_id: int,
    *,
    name: str | None = None,
    color: str | None = None,
    group: str | None = None,
    repurchase_days: int | None = None,
) -> Changes:
    """Change what is given; `repurchase_days` 0 clears the tag's cycle (None keeps it)."""
    cycle = check_cycle(repurchase_days)
    with db.unit() as s:
        tag = _custom_tag(s, tag_id)
        if repurchase_days is not None:
            tag.repurchase_days = cycle
        if name is not None:
            clean = _check_name(name)
            clash = find_tag(s, clean)
            if clash is not None and clash != tag_id:
                raise ValidationError("tag", "exists", name=clean)
            tag.name = clean
        if color is not None:
            tag.color = _check_color(color)
        if group is not None:
            tag.group_id = _group_id(s, group)
    return Changes(tags=True)


def contacts_with_tag(db: Database, tag_id: int) -> int:
    with db.reading() as s:
        return int(
            s.scalar(
                select(func.count()).select_from(ContactTag).where(ContactTag.tag_id == tag_id)
            )
            or 0
        )


def delete_tag(db: Database, tag_id: int) -> Changes:
    with db.unit() as s:
        tag = _custom_tag(s, tag_id)
        affected = set(s.scalars(select(ContactTag.contact_id).where(ContactTag.tag_id == tag_id)))
        s.execute(delete(ContactTag).where(ContactTag.tag_id == tag_id))
        s.delete(tag)
    return Changes(contacts=frozenset(affected), tags=True, stats=True)


def merge_tags(db: Database, keep_id: int, other_id: int) -> Changes:
    """Move every contact of `other_id` to `keep_id` and delete `other_id`."""
    if keep_id == other_id:
        raise ValidationError("tag", "same")
    with db.unit() as s:
        other = _custom_tag(s, other_id)
        if s.get(Tag, keep_id) is None:
            raise NotFound(f"tag {keep_id}")
        moving = set(s.scalars(select(ContactTag.contact_id).where(ContactTag.tag_id == other_id)))
        already = set(s.scalars(select(ContactTag.contact_id).where(ContactTag.tag_id == keep_id)))
        new = moving - already
        if new:
            s.execute(insert(ContactTag), [{"contact_id": c, "tag_id": keep_id} for c in new])
        s.execute(delete(ContactTag).where(ContactTag.tag_id == other_id))
        s.delete(other)
    return Changes(contacts=frozenset(moving), tags=True, stats=True)


def contact_tag_ids(s: Session, contact_id: int) -> set[int]:
    return set(s.scalars(select(ContactTag.tag_id).where(ContactTag.contact_id == contact_id)))


def apply_tag_changes(
    s: Session, contact_ids: Iterable[int], add: Iterable[int] = (), remove: Iterable[int] = ()
) -> None:
    """Add and remove tags on contacts inside a unit, keeping Y/N and M/O exclusive.

    A built-in being added removes its partner (setting Y clears N); adding both
    of a pair in one go is refused.
    """
    ids = list(dict.fromkeys(contact_ids))
    add_set, remove_set = set(add), set(remove)
    builtins = builtin_ids(s)
    by_id = {v: k for k, v in builtins.items()}
    added_builtins = [by_id[t] for t in add_set if t in by_id]
    for b in added_builtins:
        partner = EXCLUSIVE.get(b)
        if partner is not None and partner in added_builtins:
            raise ValidationError("tag", "exclusive", tag=b.value, other=partner.value)
        if partner is not None:
            remove_set.add(builtins[partner])
    remove_set -= add_set
    if not ids:
        return
    if remove_set:
        s.execute(
            delete(ContactTag).where(
                ContactTag.contact_id.in_(ids), ContactTag.tag_id.in_(remove_set)
            )
        )
    if add_set:
        have = set(
            s.execute(
                select(ContactTag.contact_id, ContactTag.tag_id).where(
                    ContactTag.contact_id.in_(ids), ContactTag.tag_id.in_(add_set)
                )
            )
        )
        rows = [{"contact_id": c, "tag_id": t} for c in ids for t in add_set if (c, t) not in have]
        if rows:
            s.execute(insert(ContactTag), rows)


def tag_contacts(
    db: Database, contact_ids: Iterable[int], add: Iterable[int] = (), remove: Iterable[int] = ()
) -> Changes:
    """Bulk tag / untag; one transaction for the whole selection."""
    ids = frozenset(contact_ids)
    with db.unit() as s:
        apply_tag_changes(s, ids, add, remove)
        touch_updated(s, ids, db)
    return Changes(contacts=ids, tags=True, stats=True, plan=True)


def touch_updated(s: Session, contact_ids: Iterable[int], db: Database) -> None:

    ids = list(contact_ids)
    if ids:
        s.execute(update(Contact).where(Contact.id.in_(ids)).values(updated_at=db.now()))
