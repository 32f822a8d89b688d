"""Exporting contacts to CSV, XLSX or vCard: all live contacts or the given ones, in pages."""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from deskcrm.core.io.export import (
    FIELDS,
    PHONE_JOIN,
    PHONES_AT,
    TAGS_AT,
    ExportCancelled,
    ExportContact,
    ExportFailed,
    ExportFormat,
    ExportPhone,
    cells,
    format_for,
    write,
    write_rows,
)
from deskcrm.core.io.tag_split import join_tags
from deskcrm.core.services.database import Database
from deskcrm.db.dialect import bulk_rows
from deskcrm.db.models import Contact, ContactPhone, ContactTag, Tag
from deskcrm.paths import private_file

# (done, total); returning False cancels and leaves no file behind.
Progress = Callable[[int, int], bool | None]
PAGE = 1000


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: ExportFormat
    count: int


_CONTACT_COLUMNS = (
    Contact.id,
    Contact.name,
    Contact.email,
    Contact.company,
    Contact.title,
    Contact.industry,
    Contact.city,
    Contact.region,
    Contact.wechat_id,
    Contact.notes,
    Contact.source,
)


def _phones(s: Session, ids: Sequence[int] | None) -> dict[int, tuple[ExportPhone, ...]]:
    query = select(
        ContactPhone.contact_id,
        ContactPhone.raw,
        ContactPhone.e164,
        ContactPhone.extension,
        ContactPhone.label,
    ).order_by(ContactPhone.contact_id, ContactPhone.position)
    if ids is not None:
        query = query.where(ContactPhone.contact_id.in_(ids))
    found: dict[int, list[ExportPhone]] = defaultdict(list)
    for cid, raw, e164, extension, label in bulk_rows(s, query):
        found[cid].append(ExportPhone(raw, e164, extension, label))
    return {cid: tuple(phones) for cid, phones in found.items()}


def _tags(s: Session, ids: Sequence[int] | None) -> dict[int, tuple[str, ...]]:
    """Each contact's tag names in the tag bar's order.

    The links are read as they lie in the (tag_id, contact_id) index and put in order
    tag by tag here: a join sorted by the tags' order cost SQLite a sort of every link
    (~0.3 s of a 100,000-contact export).
    """
    tags = bulk_rows(
        s, select(Tag.id, Tag.name).order_by(Tag.builtin.is_(None), Tag.position, Tag.name)
    )
    query = select(ContactTag.tag_id, ContactTag.contact_id)
    if ids is not None:
        query = query.where(ContactTag.contact_id.in_(ids))
    by_tag: dict[int, list[int]] = defaultdict(list)
    for tid, cid in bulk_rows(s, query):
        by_tag[tid].append(cid)
    found: dict[int, list[str]] = defaultdict(list)
    for tid, name in tags:
        for cid in by_tag.get(tid, ()):
            found[cid].append(name)
    return {cid: tuple(names) for cid, names in found.items()}


def _contact(
    row: Any, phones: dict[int, tuple[ExportPhone, ...]], tags: dict[int, tuple[str, ...]]
) -> ExportContact:
    cid, name, email, company, title, industry, city, region, wechat, notes, source = row
    return ExportContact(
        name=name,
        phones=phones.get(cid, ()),
        email=email,
        company=company,
        title=title,
        industry=industry,
        city=city,
        region=region,
        wechat_id=wechat,
        tags=tags.get(cid, ()),
        notes=notes,
        source=source,
    )


def _all_contacts(s: Session) -> tuple[int, Iterator[ExportContact]]:
    """Every live contact in list order: three table reads instead of a query per page
    (paging by id lists cost ~60% of a 100,000-contact export)."""
    phones, tags = _phones(s, None), _tags(s, None)
    rows = bulk_rows(
        s,
        select(*_CONTACT_COLUMNS)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.name_sort, Contact.id),
    )
    return len(rows), (_contact(row, phones, tags) for row in rows)


def _all_rows(s: Session) -> tuple[int, Iterator[list[str]]]:
    """Every live contact as CSV/XLSX cells, in list order, without building contacts.

    Phones and tags are joined to their cell text once per contact and the columns
    come from SQL already in COLUMNS order: at 100,000 contacts the per-contact
    objects cost a quarter of a table export.
    """
    phones: dict[int, list[str]] = defaultdict(list)
    for cid, raw in bulk_rows(
        s,
        select(ContactPhone.contact_id, ContactPhone.raw).order_by(
            ContactPhone.contact_id, ContactPhone.position
        ),
    ):
        phones[cid].append(raw)
    phone_texts = {cid: PHONE_JOIN.join(raws) for cid, raws in phones.items()}
    tag_texts = {cid: join_tags(names) for cid, names in _tags(s, None).items()}
    joined = ("phones", "tags")  # filled here; an empty text column holds their place
    rows = bulk_rows(
        s,
        select(
            Contact.id,
            *(literal_column("''") if f in joined else getattr(Contact, f) for f in FIELDS),
        )
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.name_sort, Contact.id),
    )

    def cells_of(row: tuple[Any, ...]) -> list[str]:
        texts = list(row[1:])
        texts[PHONES_AT] = phone_texts.get(row[0], "")
        texts[TAGS_AT] = tag_texts.get(row[0], "")
        return cells(texts)

    return len(rows), (cells_of(row) for row in rows)


def _page(s: Session, ids: Sequence[int]) -> list[ExportContact]:
    # Columns, not entities: an entity would also load its tags and phones one
    # relationship query at a time; those come in one query per page.
    query = select(*_CONTACT_COLUMNS).where(Contact.id.in_(ids))
    rows = {r[0]: r for r in bulk_rows(s, query)}
    phones, tags = _phones(s, ids), _tags(s, ids)
    return [_contact(rows[cid], phones, tags) for cid in ids if cid in rows]


def _chosen_contacts(s: Session, ids: Sequence[int]) -> Iterator[ExportContact]:
    for start in range(0, len(ids), PAGE):
        yield from _page(s, ids[start : start + PAGE])


def export_contacts(
    db: Database,
    path: Path,
    *,
    contact_ids: Sequence[int] | None = None,
    fmt: ExportFormat | None = None,
    lang: str = "en",
    progress: Progress | None = None,
) -> ExportResult:
    """Write contacts to `path` (format from its extension unless given).

    One read snapshot for the whole file; written to a temporary file first and
    renamed into place, so a failed or cancelled export leaves no half file.
    """
    fmt = fmt or format_for(path)
    part = path.with_name(path.name + ".part")
    table = fmt in (ExportFormat.CSV, ExportFormat.XLSX)
    with db.reading() as s:
        found: Iterator[Any]
        if contact_ids is None and table:
            total, found = _all_rows(s)
        elif contact_ids is None:
            total, found = _all_contacts(s)
        else:
            ids = list(contact_ids)
            total, found = len(ids), _chosen_contacts(s, ids)

        def progressed() -> Iterator[Any]:
            for done, item in enumerate(found):
                if done % PAGE == 0 and progress is not None and progress(done, total) is False:
                    raise ExportCancelled()
                yield item
            if progress is not None:
                progress(total, total)

        try:
            # Contacts are private: the file is the owner's only (0600), whatever the umask.
            private_file(part)
            if contact_ids is None and table:
                count = write_rows(part, fmt, progressed(), lang)
            else:
                count = write(part, fmt, progressed(), lang)
            os.replace(part, path)
        except OSError as exc:
            raise ExportFailed(str(exc), reason="unwritable", path=str(path)) from None
        finally:
            with contextlib.suppress(OSError):
                part.unlink()
    return ExportResult(str(path), fmt, count)
