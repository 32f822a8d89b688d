"""Importing contacts: read a file, dry run, commit in one transaction, undo a whole import.

The dry run is the commit itself rolled back at the end, so its summary (new,
merged, skipped, errors by row) is exactly what committing would do, duplicates
inside the file included. Duplicates are found by import_index.DuplicateIndex
(the rules of contacts.duplicates_of, answered from memory) and rows are
validated with contacts.validate; a merged row is folded in with
contacts.fold_into, as a duplicate form is: empty fields filled, new phones
appended, notes joined, tags added (a Y from the file clears N).

Rows are forgiving where nothing is lost: a phone that does not parse is kept
as typed (no E.164; the digits stay searchable) with a warning, an invalid or
second e-mail moves to the notes, a tag too long to store is left out with a
warning. A row without a name, or with a field too long to store, is an error
and is left out; the other rows still import.

The column mapping used for a file layout is remembered in the settings table
under "import.mapping.<layout key>" (JSON {"headers": [...], "fields": [...]});
these rows are ours, not declared settings (core.settings), so they are read
and written here directly and never shown on the settings screen.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any, cast

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DeskCRMError, ImportFailed, ValidationError
from deskcrm.core.io import columns, tabular
from deskcrm.core.io.records import (
    Field,
    ImportCancelled,
    ImportRecord,
    RowProblem,
)
from deskcrm.core.io.tabular import FileKind, TableInfo
from deskcrm.core.io.tag_split import drop_excluded
from deskcrm.core.io.vcard import read_vcards
from deskcrm.core.model import ContactInput
from deskcrm.core.rules.phones import Phone, digits_only, parse_phone
from deskcrm.core.rules.scoring import Targets
from deskcrm.core.services import integrity, scoring
from deskcrm.core.services.contacts import FILLABLE, apply_input, fold_into, validate
from deskcrm.core.services.database import Database
from deskcrm.core.services.import_index import DuplicateIndex
from deskcrm.core.services.tagging import (
    MAX_TAG_NAME,
    apply_tag_changes,
    contact_tag_ids,
    get_or_create_tag,
)
from deskcrm.db.dialect import BulkInsert
from deskcrm.db.models import (
    Contact,
    ContactPhone,
    ContactTag,
    Deal,
    ImportBatch,
    Setting,
    Tag,
    Touch,
)

# (done, total); returning False cancels: nothing is stored.
Progress = Callable[[int, int], bool | None]

MAX_RECORDS = 200_000
PREVIEW_CARDS = 20
MAPPING_PREFIX = "import.mapping."
PROGRESS_EVERY = 50
_CHUNK = 500
_MAX_RAW_PHONE = 64


class DuplicatePolicy(StrEnum):
    """What to do with a row matching an existing contact (by phone, or name + company)."""

    SKIP = "skip"
    MERGE = "merge"
    CREATE = "create"


class IssueKind(StrEnum):
    ERROR = "error"  # the row was left out
    SKIPPED = "skipped"  # a duplicate, left out by the skip policy
    MERGED = "merged"  # folded into an existing contact
    WARNING = "warning"  # imported, with something noted


class UndoImpossible(DeskCRMError):
    """An import that cannot be undone: unknown, or undone already (`reason`)."""

    code = "import_undo"


@dataclass(frozen=True)
class ReadOptions:
    """How to read a file; None means detect (or remember) it."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    mapping: tuple[Field, ...] | None = None


@dataclass(frozen=True)
class ImportPreview:
    """What the wizard shows before importing: the layout as read, and a mapping to start from."""

    path: str
    kind: FileKind
    table: TableInfo | None
    mapping: tuple[Field, ...]
    remembered: bool  # the mapping is the one used last time for this layout
    cards: tuple[ImportRecord | RowProblem, ...] = ()  # first cards of a vCard file


@dataclass(frozen=True)
class ImportSource:
    """A file read into records, ready for a dry run or a commit."""

    path: str
    kind: FileKind
    table: TableInfo | None
    mapping: tuple[Field, ...]
    records: tuple[ImportRecord, ...]
    problems: tuple[RowProblem, ...]

    @property
    def rows(self) -> int:
        return len(self.records) + len(self.problems)


@dataclass(frozen=True)
class RowIssue:
    """Something about one row: why it was left out, whom it merged into, what was noted."""

    row: int
    kind: IssueKind
    code: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportSummary:
    path: str
    rows: int
    new: int
    merged: int
    skipped: int
    errors: int
    issues: tuple[RowIssue, ...]
    dry_run: bool
    batch_id: int | None = None
    new_tags: tuple[str, ...] = ()


# --- reading ---------------------------------------------------------------


def _check_limit(count: int) -> None:
    if count > MAX_RECORDS:
        raise ImportFailed("too many rows", reason="too_many_rows", limit=MAX_RECORDS)


def _fit(mapping: Sequence[Field], width: int) -> tuple[Field, ...]:
    fitted = list(mapping[:width])
    fitted += [Field.IGNORE] * (width - len(fitted))
    return tuple(fitted)


def preview_file(db: Database, path: Path, options: ReadOptions = ReadOptions()) -> ImportPreview:
    """The first rows as they will be read, with the remembered or guessed mapping."""
    kind = tabular.file_kind(path)
    if kind is FileKind.VCARD:
        cards: list[ImportRecord | RowProblem] = []
        try:
            with path.open("rb") as f:
                reader = read_vcards(f, path.stat().st_size)
                for item in reader:
                    cards.append(item)
                    if len(cards) >= PREVIEW_CARDS:
                        break
        except OSError as exc:
            raise ImportFailed(str(exc), reason="unreadable", path=str(path)) from None
        return ImportPreview(str(path), kind, None, (), False, tuple(cards))
    table = tabular.open_table(
        path,
        encoding=options.encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
        header_row=options.header_row,
    )
    mapping = options.mapping
    remembered = False
    if mapping is None:
        mapping = remembered_mapping(db, table.headers)
        remembered = mapping is not None
    if mapping is None:
        mapping = columns.guess_mapping(table.headers)
    return ImportPreview(str(path), kind, table, _fit(mapping, len(table.headers)), remembered, ())


def read_file(
    path: Path,
    options: ReadOptions = ReadOptions(),
    progress: Progress | None = None,
) -> ImportSource:
    """Read every row of a file; ImportFailed (with a `reason`) when it cannot be read at all."""
    try:
        return _read(path, options, progress)
    except OSError as exc:
        raise ImportFailed(str(exc), reason="unreadable", path=str(path)) from None
    except MemoryError:
        raise ImportFailed("out of memory", reason="too_large", path=str(path)) from None


def _read(path: Path, options: ReadOptions, progress: Progress | None) -> ImportSource:
    kind = tabular.file_kind(path)
    records: list[ImportRecord] = []
    problems: list[RowProblem] = []

    def keep(item: ImportRecord | RowProblem) -> None:
        if isinstance(item, ImportRecord):
            records.append(item)
        else:
            problems.append(item)
        _check_limit(len(records) + len(problems))

    def reading(done: int, total: int) -> bool:
        return progress is None or progress(done, total) is not False

    if kind is FileKind.VCARD:
        with path.open("rb") as f:
            for item in read_vcards(f, path.stat().st_size, reading):
                keep(item)
        return ImportSource(str(path), kind, None, (), tuple(records), tuple(problems))
    table = tabular.open_table(
        path,
        encoding=options.encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
        header_row=options.header_row,
    )
    mapping = _fit(
        options.mapping if options.mapping is not None else columns.guess_mapping(table.headers),
        len(table.headers),
    )
    if not columns.has_name(mapping):
        raise ImportFailed("no name column", reason="no_name_column", path=str(path))
    rows = tabular.data_rows(path, table, reading)
    for item in columns.records_from_rows(rows, mapping, table.headers):
        keep(item)
    if not records and not problems:
        raise ImportFailed("no rows", reason="no_rows", path=str(path))
    return ImportSource(str(path), kind, table, mapping, tuple(records), tuple(problems))


# --- remembered mappings ----------------------------------------------------


def mapping_key(headers: Sequence[str]) -> str:
    return MAPPING_PREFIX + columns.layout_key(headers)


def remembered_mapping(db: Database, headers: Sequence[str]) -> tuple[Field, ...] | None:
    """The mapping last committed for files with these headers, if any (and still valid)."""
    with db.reading() as s:
        raw = s.scalar(select(Setting.value).where(Setting.key == mapping_key(headers)))
    if raw is None:
        return None
    try:
        stored = json.loads(raw)
        fields = tuple(Field(f) for f in stored["fields"])
    except (ValueError, KeyError, TypeError):
        return None
    if len(fields) != len(headers):
        return None
    return fields


def _remember(s: Session, headers: Sequence[str], mapping: Sequence[Field]) -> None:
    key = mapping_key(headers)
    value = json.dumps(
        {"headers": list(headers), "fields": [f.value for f in mapping]}, ensure_ascii=False
    )
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


# --- one row ----------------------------------------------------------------


@dataclass
class _Prepared:
    data: ContactInput
    phones: list[Phone]
    labels: list[str]
    tags: tuple[str, ...]
    warnings: list[RowIssue]


def _phones(record: ImportRecord, region: str) -> tuple[list[Phone], list[str], list[RowIssue]]:
    phones: list[Phone] = []
    labels: list[str] = []
    issues: list[RowIssue] = []
    seen: set[tuple[str, str]] = set()
    for item in record.phones:
        raw = item.raw.strip()
        try:
            phone = parse_phone(raw, region)
        except ValidationError as err:
            digits = digits_only(raw)
            if not digits or len(raw) > _MAX_RAW_PHONE:
                issues.append(
                    RowIssue(record.row, IssueKind.WARNING, "phone_dropped", {"value": raw})
                )
                continue
            # Kept as typed: nothing is lost, and the contact form asks to fix it.
            phone = Phone(raw=raw, e164="", extension="", digits=digits)
            issues.append(
                RowIssue(
                    record.row,
                    IssueKind.WARNING,
                    "phone_unparsed",
                    {"value": raw, "reason": err.reason},
                )
            )
        key = (phone.e164 or phone.digits, phone.extension)
        if key not in seen:
            seen.add(key)
            phones.append(phone)
            labels.append(item.label[:32])
    return phones, labels, issues


def _prepare(record: ImportRecord, region: str) -> _Prepared:
    """Validate one record (raising ValidationError for a row that cannot be stored)."""
    row = record.row
    warnings = [RowIssue(row, IssueKind.WARNING, code) for code in record.warnings]
    phones, labels, phone_issues = _phones(record, region)
    warnings += phone_issues
    emails = list(dict.fromkeys(e.strip() for e in record.emails if e.strip()))
    notes = record.notes
    extra = emails[1:]
    if extra:
        notes = "\n".join(filter(None, [notes, "E-mail: " + ", ".join(extra)]))
        warnings.append(RowIssue(row, IssueKind.WARNING, "emails_to_notes", {"values": extra}))
    data = ContactInput(
        name=record.name,
        company=record.company,
        title=record.title,
        industry=record.industry,
        city=record.city,
        region=record.region,
        wechat_id=record.wechat_id,
        email=emails[0] if emails else "",
        notes=notes,
        source=record.source,
    )
    try:
        clean, _ = validate(data, region)
    except ValidationError as err:
        if err.field != "email":
            raise
        bad = data.email
        data = replace(data, email="", notes="\n".join(filter(None, [notes, "E-mail: " + bad])))
        warnings.append(RowIssue(row, IssueKind.WARNING, "email_invalid", {"value": bad}))
        clean, _ = validate(data, region)
    tags, too_long, dropped = _tags(record.tags)
    for tag in too_long:
        warnings.append(
            RowIssue(row, IssueKind.WARNING, "tag_too_long", {"tag": tag, "limit": MAX_TAG_NAME})
        )
    for tag in dropped:
        warnings.append(RowIssue(row, IssueKind.WARNING, "tag_excluded", {"tag": tag}))
    return _Prepared(clean, phones, labels, tags, warnings)


@lru_cache(maxsize=1 << 16)
def _tags(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(kept, too long to store, left out by drop_excluded) of a row's tags.

    Cached: a file repeats the same few combinations of tags on thousands of rows.
    """
    fit = [t for t in names if len(t) <= MAX_TAG_NAME]
    kept, dropped = drop_excluded(fit)
    return tuple(kept), tuple(t for t in names if len(t) > MAX_TAG_NAME), tuple(dropped)


# --- committing ----------------------------------------------------------------


class _DryRunDone(Exception):
    """Raised at the end of a dry run so the unit rolls everything back."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__("dry run")
        self.summary = summary


@dataclass
class _Run:
    """State of one import inside its unit."""

    s: Session
    db: Database
    batch: ImportBatch
    goal: Targets
    tag_ids: dict[str, int] = field(default_factory=dict)
    tags_before: set[int] = field(default_factory=set)
    index: DuplicateIndex = field(default_factory=DuplicateIndex)
    next_id: int = 0
    contacts: BulkInsert = field(init=False)
    phones: BulkInsert = field(init=False)
    links: BulkInsert = field(init=False)
    # Tag ids per distinct set of a row's tags.
    tag_sets: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict)
    created: list[int] = field(default_factory=list)
    created_set: set[int] = field(default_factory=set)
    # Scores by the scoring inputs of a new contact (few distinct ones in a file).
    scores: dict[tuple[Any, ...], int | None] = field(default_factory=dict)
    merged: dict[int, dict[str, Any]] = field(default_factory=dict)
    issues: list[RowIssue] = field(default_factory=list)
    new: int = 0
    merged_rows: int = 0
    skipped: int = 0
    errors: int = 0

    def tag_id(self, name: str) -> int:
        found = self.tag_ids.get(name)
        if found is None:
            # The resolver every screen uses: built-in words, existing tags ignoring case.
            found = self.tag_ids[name] = get_or_create_tag(self.s, name)
        return found

    def __post_init__(self) -> None:
        dialect = self.s.get_bind().dialect
        self.contacts = BulkInsert(dialect, _CONTACTS, tuple(_CONTACT_DEFAULTS))
        # Rows of these two are queued as tuples in this order by `_create`.
        self.phones = BulkInsert(dialect, _PHONES, _PHONE_KEYS)
        self.links = BulkInsert(dialect, _TAGS, ("contact_id", "tag_id"))
        assert self.phones.keys == _PHONE_KEYS and self.links.keys == ("contact_id", "tag_id")


_CONTACTS = Contact.metadata.tables[Contact.__tablename__]
_PHONES = Contact.metadata.tables[ContactPhone.__tablename__]
_TAGS = Contact.metadata.tables[ContactTag.__tablename__]
# A new contact starts from the model's scalar defaults; `_create` fills in the rest.
_CONTACT_DEFAULTS: dict[str, Any] = {
    c.key: (None if c.default is None else getattr(c.default, "arg", None))
    for c in _CONTACTS.columns
}
# What scoring.refresh_score reads of a contact (scoring._prospect): equal inputs, equal score.
_score_inputs = attrgetter(
    "industry",
    "title",
    "region",
    "trigger_event",
    "sold_in_industry",
    "has_reference",
    "personally_involved",
)
_PHONE_KEYS = ("contact_id", "raw", "e164", "extension", "digits", "label", "position")
FLUSH_EVERY = 1000


class _Draft:
    """A plain attribute holder shaped like a Contact for contacts.apply_input and
    scoring.refresh_score: an instrumented ORM object costs more per row than the
    insert it leads to. Unset columns read the model's defaults (class attributes)."""

    def __init__(self, cid: int, now: datetime, batch_id: int) -> None:
        self.id = cid
        self.created_at = self.updated_at = now
        self.import_batch_id = batch_id
        self.phones: list[Any] = []


for _key, _default in _CONTACT_DEFAULTS.items():
    if _key not in ("id", "created_at", "updated_at", "import_batch_id"):
        setattr(_Draft, _key, _default)


def _create(run: _Run, prep: _Prepared) -> int:
    """Queue a new contact; rows are written in batches by `_flush`.

    The id is assigned here, from the highest id read when the import began: the
    import's unit holds SQLite's write lock (BEGIN IMMEDIATE) from its first
    statement, so no other writer can take an id meanwhile. The row's values still
    come from the shared contacts.apply_input and scoring.refresh_score (the score
    computed once per distinct set of scoring inputs).
    """
    # Whole seconds: what EpochSeconds stores anyway, and rows of the same second
    # share one bound form of their timestamps.
    now = run.db.now().replace(microsecond=0)
    run.next_id += 1
    cid = run.next_id
    draft = _Draft(cid, now, run.batch.id)
    contact = cast(Contact, draft)
    apply_input(contact, prep.data, [])
    inputs = _score_inputs(draft)
    if inputs in run.scores:
        contact.ka_score = run.scores[inputs]
    else:
        run.scores[inputs] = scoring.refresh_score(contact, run.goal)
    run.contacts.add_object(draft)
    if prep.phones:
        run.phones.rows += [
            (cid, p.raw, p.e164, p.extension, p.digits, label, i)
            for i, (p, label) in enumerate(zip(prep.phones, prep.labels, strict=True))
        ]
    if prep.tags:
        ids = run.tag_sets.get(prep.tags)
        if ids is None:
            ids = run.tag_sets[prep.tags] = tuple({run.tag_id(t) for t in prep.tags})
        run.links.rows += [(cid, t) for t in ids]
    run.created.append(cid)
    run.created_set.add(cid)
    run.index.add(cid, prep.data.name, prep.data.company, (p.e164 for p in prep.phones))
    if len(run.contacts.rows) >= FLUSH_EVERY:
        _flush(run)
    return cid


def _flush(run: _Run) -> None:
    """Write the queued contacts, phones and tag links (one executemany each)."""
    if run.contacts.rows or run.phones.rows or run.links.rows:
        conn = run.s.connection()
        for writer in (run.contacts, run.phones, run.links):
            writer.write(conn)


def _snapshot(s: Session, contact: Contact) -> dict[str, Any]:
    """What a merge may change on an existing contact, so undo can put it back."""
    return {
        "fields": {f: getattr(contact, f) for f in (*FILLABLE, "notes")},
        "phones": [[p.raw, p.e164, p.extension, p.digits, p.label] for p in contact.phones],
        "tags": sorted(contact_tag_ids(s, contact.id)),
        "updated_at": int(contact.updated_at.timestamp()),
    }


def _merge(run: _Run, contact_id: int, prep: _Prepared) -> None:
    _flush(run)  # the contact may be one this import created and still queued
    contact = run.s.get(Contact, contact_id)
    assert contact is not None  # the index holds live contacts only
    if contact_id not in run.merged and contact_id not in run.created_set:
        run.merged[contact_id] = _snapshot(run.s, contact)
    fold_into(contact, prep.data, prep.phones, prep.labels)
    run.index.add(contact.id, contact.name, contact.company, (p.e164 for p in contact.phones))
    tags = [run.tag_id(t) for t in prep.tags]
    if tags:
        apply_tag_changes(run.s, [contact_id], tags)
    scoring.refresh_score(contact, run.goal)
    contact.updated_at = run.db.now()


def _match(run: _Run, matches: list[int], by: str, key: str = "contact_id") -> dict[str, Any]:
    """Which existing contact a row matched (the first by id) and its name, for the summary.

    The name comes from the duplicate index (an import never renames anyone), not
    from a query per duplicate.
    """
    return {key: matches[0], "name": run.index.names.get(matches[0], ""), "by": by}


def _one(run: _Run, record: ImportRecord, region: str, policy: DuplicatePolicy) -> None:
    row = record.row
    try:
        prep = _prepare(record, region)
    except ValidationError as err:
        run.errors += 1
        run.issues.append(
            RowIssue(row, IssueKind.ERROR, "validation", {"field": err.field, **err.data})
        )
        return
    run.issues += prep.warnings
    # Looked up under every policy: "create" still says which rows were duplicates.
    matches, by = run.index.lookup(prep.phones, prep.data.name, prep.data.company)
    if matches and policy is DuplicatePolicy.SKIP:
        run.skipped += 1
        run.issues.append(RowIssue(row, IssueKind.SKIPPED, "duplicate", _match(run, matches, by)))
        return
    if matches and policy is DuplicatePolicy.MERGE:
        _merge(run, matches[0], prep)
        run.merged_rows += 1
        run.issues.append(RowIssue(row, IssueKind.MERGED, "merged", _match(run, matches, by)))
        return
    cid = _create(run, prep)
    run.new += 1
    if matches:
        run.issues.append(
            RowIssue(
                row,
                IssueKind.WARNING,
                "duplicate_created",
                {"contact_id": cid, **_match(run, matches, by, "other_id")},
            )
        )


def _execute(
    db: Database,
    source: ImportSource,
    policy: DuplicatePolicy,
    progress: Progress | None,
    *,
    dry_run: bool,
) -> tuple[ImportSummary, Changes]:
    region = db.get_setting("phone.default_region")
    goal = scoring.targets(db)
    total = len(source.records)
    with db.unit() as s:
        batch = ImportBatch(source=source.path[-1000:], created_at=db.now())
        s.add(batch)
        s.flush()
        run = _Run(s=s, db=db, batch=batch, goal=goal)
        run.tags_before = set(s.scalars(select(Tag.id)))
        run.index = DuplicateIndex.load(s)
        run.next_id = int(s.scalar(select(func.max(Contact.id))) or 0)
        for problem in source.problems:
            run.errors += 1
            run.issues.append(
                RowIssue(problem.row, IssueKind.ERROR, problem.code, dict(problem.data))
            )
        for i, record in enumerate(source.records):
            if progress is not None and i % PROGRESS_EVERY == 0 and progress(i, total) is False:
                raise ImportCancelled()
            _one(run, record, region, policy)
        _flush(run)
        if progress is not None and progress(total, total) is False:
            raise ImportCancelled()
        new_tag_ids = set(s.scalars(select(Tag.id))) - run.tags_before
        new_tags = tuple(
            sorted(s.scalars(select(Tag.name).where(Tag.id.in_(new_tag_ids))))
            if new_tag_ids
            else ()
        )
        summary = ImportSummary(
            path=source.path,
            rows=source.rows,
            new=run.new,
            merged=run.merged_rows,
            skipped=run.skipped,
            errors=run.errors,
            issues=tuple(sorted(run.issues, key=lambda i: i.row)),
            dry_run=dry_run,
            batch_id=None if dry_run else batch.id,
            new_tags=new_tags,
        )
        if dry_run:
            raise _DryRunDone(summary)
        batch.added = run.new
        batch.merged = run.merged_rows
        batch.undo_data = json.dumps(
            {
                "version": 1,
                "created": run.created,
                "merged": {str(k): v for k, v in run.merged.items()},
                "tags_created": sorted(new_tag_ids),
            },
            ensure_ascii=False,
        )
        if source.table is not None:
            _remember(s, source.table.headers, source.mapping)
    touched = frozenset(run.created) | frozenset(run.merged)
    return summary, Changes(contacts=touched, contact_list=True, tags=True, stats=True, plan=True)


def dry_run(
    db: Database,
    source: ImportSource,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    progress: Progress | None = None,
) -> ImportSummary:
    """What committing would do, row by row; nothing is stored."""
    try:
        _execute(db, source, policy, progress, dry_run=True)
    except _DryRunDone as done:
        return done.summary
    raise AssertionError("a dry run always ends by rolling back")  # pragma: no cover


def commit(
    db: Database,
    source: ImportSource,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    progress: Progress | None = None,
) -> tuple[ImportSummary, Changes]:
    """Store the import in one transaction; ImportCancelled (nothing stored) if cancelled.

    DatabaseCorrupt, before anything is written, when the file fails its page check.
    """
    integrity.check_before_bulk_write(db)
    return _execute(db, source, policy, progress, dry_run=False)


# --- undo -------------------------------------------------------------------------


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield list(ids[i : i + _CHUNK])


def _restore(s: Session, contact: Contact, before: dict[str, Any], goal: Targets) -> None:
    for name, value in before["fields"].items():
        setattr(contact, name, value)
    contact.phones[:] = [
        ContactPhone(raw=raw, e164=e164, extension=ext, digits=digits, label=label, position=i)
        for i, (raw, e164, ext, digits, label) in enumerate(before["phones"])
    ]
    wanted = set(before["tags"]) & set(s.scalars(select(Tag.id)))
    current = contact_tag_ids(s, contact.id)
    if current - wanted:
        s.execute(
            delete(ContactTag).where(
                ContactTag.contact_id == contact.id, ContactTag.tag_id.in_(current - wanted)
            )
        )
    if wanted - current:
        s.execute(
            insert(ContactTag), [{"contact_id": contact.id, "tag_id": t} for t in wanted - current]
        )
    scoring.refresh_score(contact, goal)


def undo_import(db: Database, batch_id: int) -> Changes:
    """Take an import back: its new contacts go, merged contacts get their old values back.

    A new contact that has had touches or deals logged since goes to the trash
    instead (restorable), so nothing the rep recorded is lost. Tags the import
    created are deleted when no contact carries them any more.
    """
    goal = scoring.targets(db)
    with db.unit() as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise UndoImpossible(f"import {batch_id}", reason="not_found", batch_id=batch_id)
        if batch.undone_at is not None:
            raise UndoImpossible(f"import {batch_id}", reason="already_undone", batch_id=batch_id)
        data = json.loads(batch.undo_data or "{}")
        created: list[int] = list(data.get("created", []))
        merged: dict[str, dict[str, Any]] = data.get("merged", {})
        used: set[int] = set()
        for chunk in _chunks(created):
            used |= set(s.scalars(select(Touch.contact_id).where(Touch.contact_id.in_(chunk))))
            used |= set(s.scalars(select(Deal.contact_id).where(Deal.contact_id.in_(chunk))))
        now = db.now()
        gone = [c for c in created if c not in used]
        for chunk in _chunks(gone):
            s.execute(delete(Contact).where(Contact.id.in_(chunk)))
        for chunk in _chunks(sorted(used)):
            for contact in s.scalars(select(Contact).where(Contact.id.in_(chunk))):
                if contact.deleted_at is None:
                    contact.deleted_at = now
        for key, before in merged.items():
            kept = s.get(Contact, int(key))
            if kept is not None:
                _restore(s, kept, before, goal)
                kept.updated_at = now
        s.flush()
        for tag_id in data.get("tags_created", []):
            in_use = s.scalar(
                select(func.count()).select_from(ContactTag).where(ContactTag.tag_id == tag_id)
            )
            tag = s.get(Tag, tag_id)
            if tag is not None and not in_use and tag.builtin is None:
                s.delete(tag)
        batch.undone_at = now
    return Changes(
        contacts=frozenset(created) | frozenset(int(k) for k in merged),
        contact_list=True,
        tags=True,
        stats=True,
        plan=True,
    )
