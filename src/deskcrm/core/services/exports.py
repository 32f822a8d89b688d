"""Exporting contacts to CSV, XLSX or vCard: all live contacts or the given ones, in pages."""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskcrm.core.io.export import (
    ExportCancelled,
    ExportContact,
    ExportFailed,
    ExportFormat,
    ExportPhone,
    format_for,
    write,
)
from deskcrm.core.services.database import Database
from deskcrm.db.models import Contact, ContactPhone, ContactTag, Tag

# (done, total); returning False cancels and leaves no file behind.
Progress = Callable[[int, int], bool | None]
PAGE = 1000


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: ExportFormat
    count: int


def _all_ids(s: Session) -> list[int]:
    return list(
        s.scalars(
            select(Contact.id)
            .where(Contact.deleted_at.is_(None))
            .order_by(Contact.name_sort, Contact.id)
        )
    )


def _page(s: Session, ids: Sequence[int]) -> list[ExportContact]:
    # Columns, not entities: an entity would also load its tags and phones one
    # relationship query at a time; those come below in one query per page.
    rows = {
        c.id: c
        for c in s.execute(
            select(
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
            ).where(Contact.id.in_(ids))
        )
    }
    phones: dict[int, list[ExportPhone]] = defaultdict(list)
    for p in s.execute(
        select(
            ContactPhone.contact_id,
            ContactPhone.raw,
            ContactPhone.e164,
            ContactPhone.extension,
            ContactPhone.label,
        )
        .where(ContactPhone.contact_id.in_(ids))
        .order_by(ContactPhone.contact_id, ContactPhone.position)
    ):
        phones[p.contact_id].append(ExportPhone(p.raw, p.e164, p.extension, p.label))
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, name in s.execute(
        select(ContactTag.contact_id, Tag.name)
        .join(Tag, Tag.id == ContactTag.tag_id)
        .where(ContactTag.contact_id.in_(ids))
        .order_by(Tag.builtin.is_(None), Tag.position, Tag.name)
    ):
        tags[cid].append(name)
    out: list[ExportContact] = []
    for cid in ids:
        c = rows.get(cid)
        if c is None:
            continue
        out.append(
            ExportContact(
                name=c.name,
                phones=tuple(phones[cid]),
                email=c.email,
                company=c.company,
                title=c.title,
                industry=c.industry,
                city=c.city,
                region=c.region,
                wechat_id=c.wechat_id,
                tags=tuple(tags[cid]),
                notes=c.notes,
                source=c.source,
            )
        )
    return out


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
    with db.reading() as s:
        ids = list(contact_ids) if contact_ids is not None else _all_ids(s)
        total = len(ids)

        def contacts() -> Iterator[ExportContact]:
            for start in range(0, total, PAGE):
                if progress is not None and progress(start, total) is False:
                    raise ExportCancelled()
                yield from _page(s, ids[start : start + PAGE])
            if progress is not None:
                progress(total, total)

        try:
            count = write(part, fmt, contacts(), lang)
            os.replace(part, path)
        except OSError as exc:
            raise ExportFailed(str(exc), reason="unwritable", path=str(path)) from None
        finally:
            with contextlib.suppress(OSError):
                part.unlink()
    return ExportResult(str(path), fmt, count)
