"""Tag edits on contacts that can be undone: change, toggle, restore; typed names to tag ids."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import NotFound, ValidationError
from deskcrm.core.services.database import Database
from deskcrm.core.services.tagging import (
    apply_tag_changes,
    find_tags,
    resolve_tags,
    touch_updated,
)
from deskcrm.db.models import Contact, ContactTag, Tag

TagSets = Mapping[int, frozenset[int]]


@dataclass(frozen=True)
class TagEdit:
    """Tags of each contact before and after one edit, so the edit can be undone and redone."""

    before: TagSets
    after: TagSets
    added: bool = True  # for a toggle: whether the tag was set (False: cleared)
    unknown: tuple[str, ...] = ()  # typed names to remove that name no tag


def _tag_sets(s: Session, ids: list[int]) -> dict[int, frozenset[int]]:
    found: dict[int, set[int]] = {
        cid: set() for cid in s.scalars(select(Contact.id).where(Contact.id.in_(ids)))
    }
    for cid, tid in s.execute(
        select(ContactTag.contact_id, ContactTag.tag_id).where(ContactTag.contact_id.in_(ids))
    ):
        found[cid].add(tid)
    return {cid: frozenset(tags) for cid, tags in found.items()}


def _edit_changes(ids: Iterable[int]) -> Changes:
    return Changes(contacts=frozenset(ids), tags=True, stats=True, plan=True)


def change_tags(
    db: Database,
    contact_ids: Iterable[int],
    add: Iterable[int] = (),
    remove: Iterable[int] = (),
    *,
    add_names: str | Iterable[str] = (),
    remove_names: str = "",
) -> tuple[TagEdit, Changes]:
    """Add and remove tags on contacts; one transaction, undoable.

    Typed text goes to the one resolver: `add_names` become tags (created when new),
    `remove_names` are looked up only (those naming no tag come back in `unknown`)."""
    ids = list(dict.fromkeys(contact_ids))
    with db.unit() as s:
        before = _tag_sets(s, ids)
        if len(before) != len(ids):
            raise NotFound("contact", contact_ids=sorted(set(ids) - set(before)))
        found, unknown = find_tags(s, remove_names)
        apply_tag_changes(s, ids, [*add, *resolve_tags(s, add_names)], [*remove, *found])
        touch_updated(s, ids, db)
        after = _tag_sets(s, ids)
    return TagEdit(before, after, unknown=tuple(unknown)), _edit_changes(ids)


def toggle_tag(db: Database, contact_ids: Iterable[int], tag_id: int) -> tuple[TagEdit, Changes]:
    """Set `tag_id` on every contact, or clear it when all of them have it already."""
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        raise ValidationError("contacts", "required")
    with db.unit() as s:
        if s.get(Tag, tag_id) is None:
            raise NotFound(f"tag {tag_id}")
        before = _tag_sets(s, ids)
        if len(before) != len(ids):
            raise NotFound("contact", contact_ids=sorted(set(ids) - set(before)))
        adding = not all(tag_id in tags for tags in before.values())
        if adding:
            apply_tag_changes(s, ids, [tag_id])
        else:
            apply_tag_changes(s, ids, remove=[tag_id])
        touch_updated(s, ids, db)
        after = _tag_sets(s, ids)
    return TagEdit(before, after, added=adding), _edit_changes(ids)


def restore_tags(db: Database, sets: TagSets) -> Changes:
    """Give each contact exactly the tags in `sets` (undo/redo of a tag edit).

    Contacts and tags deleted since are skipped: the rest of the state comes back.
    """
    ids = list(sets)
    with db.unit() as s:
        live = set(s.scalars(select(Contact.id).where(Contact.id.in_(ids))))
        wanted = {t for tags in sets.values() for t in tags}
        tags = set(s.scalars(select(Tag.id).where(Tag.id.in_(wanted)))) if wanted else set()
        current = _tag_sets(s, list(live))
        for cid in live:
            target = set(sets[cid]) & tags
            gone = current[cid] - target
            new = target - current[cid]
            if gone:
                s.execute(
                    delete(ContactTag).where(
                        ContactTag.contact_id == cid, ContactTag.tag_id.in_(gone)
                    )
                )
            if new:
                s.execute(insert(ContactTag), [{"contact_id": cid, "tag_id": t} for t in new])
        touch_updated(s, live, db)
    return _edit_changes(ids)
