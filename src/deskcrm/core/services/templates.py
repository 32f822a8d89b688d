"""Message templates (话术): the shipped starters (resources/templates/<lang>.json) and the
rep's own — list, create, copy, rename, edit text and purpose, delete.

The starters are installed in the language of the first start (the same way as the
call scripts, core/services/scripts.py); after that they are the rep's to edit or
delete, and `restore` brings back the missing ones of the current language. A purpose
is stored as its code when it is a known one (core/rules/template_purposes.py). Names are unique
ignoring case. A text may only use the placeholders core/rules/message_fill.py fills;
any other ("{nmae}") is refused when saving.

Errors are `ValidationError(field, reason)`: name required / too_long / duplicate;
text required / too_long / unknown_placeholder (with `names`); purpose too_long.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DeskCRMError, NotFound, ValidationError
from deskcrm.core.rules.message_fill import unknown_placeholders
from deskcrm.core.rules.template_purposes import canonical_purpose, suited
from deskcrm.core.services.database import Database
from deskcrm.db.models import SHORT, MessageTemplate

FILE_VERSION = 1
MAX_TEXT = 4_000
MAX_PURPOSE = 16  # the column's width
TEMPLATES_CHANGED = Changes(templates=True)

__all__ = [
    "DefaultTemplate",
    "TemplateFileInvalid",
    "TemplateInfo",
    "copy_template",
    "create_template",
    "delete_template",
    "find_template",
    "get_template",
    "install_defaults",
    "list_templates",
    "load_file",
    "rename_template",
    "save_template",
    "templates_for",
    "update_template",
]


class TemplateFileInvalid(DeskCRMError):
    """A starter-template file that is missing, not JSON, or not shaped like a template list.

    `data`: path, reason (unreadable, not_json, version, shape, field, placeholder), where.
    """

    code = "template_file_invalid"


@dataclass(frozen=True)
class DefaultTemplate:
    key: str
    name: str
    purpose: str
    text: str


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    purpose: str  # a tag segment (N, Y+O, Y+M, VIP), a class or an occasion; "" for none
    text: str
    lang: str  # the starters' language; "" for the rep's own (the text's language is used)
    builtin_key: str  # the starter it came from, "" for the rep's own


# ---- the shipped files ----------------------------------------------------------------


def _fail(path: Path, reason: str, where: str = "") -> TemplateFileInvalid:
    detail = f"{path}: {reason}" + (f" ({where})" if where else "")
    return TemplateFileInvalid(detail, path=str(path), reason=reason, where=where)


def _field(raw: dict[str, Any], key: str, where: str, path: Path, limit: int) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str) or len(value.strip()) > limit:
        raise _fail(path, "field", f"{where}: {key}")
    return value.strip()


def load_file(path: Path) -> list[DefaultTemplate]:
    """The starters in `path`; TemplateFileInvalid (saying where) for anything malformed."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateFileInvalid(str(exc), path=str(path), reason="unreadable", where="") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise TemplateFileInvalid(str(exc), path=str(path), reason="not_json", where="") from None
    if not isinstance(data, dict) or not isinstance(data.get("templates"), list):
        raise _fail(path, "shape", "templates")
    if data.get("version", FILE_VERSION) != FILE_VERSION:
        raise _fail(path, "version", str(data.get("version")))
    out: list[DefaultTemplate] = []
    seen: set[str] = set()
    for i, item in enumerate(data["templates"], start=1):
        where = f"template {i}"
        if not isinstance(item, dict):
            raise _fail(path, "shape", where)
        found = DefaultTemplate(
            key=_field(item, "key", where, path, 64),
            name=_field(item, "name", where, path, SHORT),
            purpose=_field(item, "purpose", where, path, MAX_PURPOSE),
            text=_field(item, "text", where, path, MAX_TEXT),
        )
        if not (found.key and found.name and found.text):
            raise _fail(path, "field", where)
        if found.key in seen or found.name.casefold() in seen:
            raise _fail(path, "field", f"{where}: duplicate")
        seen |= {found.key, found.name.casefold()}
        if unknown_placeholders(found.text):
            raise _fail(path, "placeholder", f"{where}: {unknown_placeholders(found.text)}")
        out.append(found)
    return out


def install_defaults(
    db: Database, folder: Path, lang: str, *, restore: bool = False
) -> tuple[int, Changes]:
    """Install the starters of `lang` when the database holds no starter of any language
    (its first start): a rep who started in Chinese and later switched the app to English
    keeps one set, not both.

    `restore`: add back every starter of `lang` the database lacks (deleted ones, or the
    other language's set). A starter whose name the rep already uses (ignoring case) is
    skipped, so names stay unique. The file is read and checked before anything is written.
    """
    defaults = load_file(folder / f"{lang}.json")
    with db.unit() as s:
        shipped = s.execute(
            select(MessageTemplate.lang, MessageTemplate.builtin_key).where(
                MessageTemplate.builtin_key != ""
            )
        ).all()
        if shipped and not restore:
            return 0, Changes()
        have = {key for used, key in shipped if used == lang}
        names = {n.casefold() for n in s.scalars(select(MessageTemplate.name))}
        position = _next_position(s)
        added = 0
        for item in defaults:
            if item.key in have or item.name.casefold() in names:
                continue
            s.add(
                MessageTemplate(
                    name=item.name,
                    audience=canonical_purpose(item.purpose),
                    body=item.text,
                    lang=lang,
                    builtin_key=item.key,
                    position=position,
                )
            )
            names.add(item.name.casefold())
            position += 1
            added += 1
    return added, TEMPLATES_CHANGED if added else Changes()


# ---- the rep's templates ----------------------------------------------------------------


def _info(row: MessageTemplate) -> TemplateInfo:
    return TemplateInfo(row.id, row.name, row.audience, row.body, row.lang, row.builtin_key)


def _next_position(s: Session) -> int:
    top = s.scalar(select(func.max(MessageTemplate.position)))
    return 0 if top is None else int(top) + 1


def _ordered(s: Session) -> list[MessageTemplate]:
    return list(
        s.scalars(select(MessageTemplate).order_by(MessageTemplate.position, MessageTemplate.id))
    )


def _get(s: Session, template_id: int) -> MessageTemplate:
    row = s.get(MessageTemplate, template_id)
    if row is None:
        raise NotFound(f"template {template_id}", template_id=template_id)
    return row


def list_templates(db: Database) -> list[TemplateInfo]:
    """Every template in the rep's order."""
    with db.reading() as s:
        return [_info(row) for row in _ordered(s)]


def templates_for(db: Database, purposes: Sequence[str]) -> list[TemplateInfo]:
    """The templates that suit `purposes` (a plan line's, a segment's), best match first."""
    return suited(list_templates(db), purposes)


def get_template(db: Database, template_id: int) -> TemplateInfo:
    with db.reading() as s:
        return _info(_get(s, template_id))


def find_template(db: Database, word: str) -> TemplateInfo | None:
    """The template a typed word names: its name ignoring case, else its id."""
    wanted = " ".join(word.split()).casefold()
    found = list_templates(db)
    for t in found:
        if t.name.casefold() == wanted:
            return t
    if wanted.isdigit():
        return next((t for t in found if t.id == int(wanted)), None)
    return None


def _clean_name(s: Session, name: str, *, other_than: int | None = None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("name", "required")
    if len(clean) > SHORT:
        raise ValidationError("name", "too_long", limit=SHORT)
    for tid, used in s.execute(select(MessageTemplate.id, MessageTemplate.name)):
        if tid != other_than and used.casefold() == clean.casefold():
            raise ValidationError("name", "duplicate", value=clean, template_id=tid)
    return clean


def check_text(text: str) -> str:
    """The text as stored; ValidationError for an empty, too long or unfillable one."""
    clean = text.strip()
    if not clean:
        raise ValidationError("text", "required")
    if len(clean) > MAX_TEXT:
        raise ValidationError("text", "too_long", limit=MAX_TEXT)
    unknown = unknown_placeholders(clean)
    if unknown:
        raise ValidationError("text", "unknown_placeholder", names=unknown)
    return clean


def _clean_purpose(purpose: str) -> str:
    # A known purpose typed in either language is stored as its code, so the draft finds it.
    clean = canonical_purpose(purpose)
    if len(clean) > MAX_PURPOSE:
        raise ValidationError("purpose", "too_long", limit=MAX_PURPOSE)
    return clean


def create_template(db: Database, name: str, text: str, purpose: str = "") -> tuple[int, Changes]:
    """A new template of the rep's own, last in the order."""
    clean_text, clean_purpose = check_text(text), _clean_purpose(purpose)
    with db.unit() as s:
        row = MessageTemplate(
            name=_clean_name(s, name),
            audience=clean_purpose,
            body=clean_text,
            position=_next_position(s),
        )
        s.add(row)
        s.flush()
        new_id = row.id
    return new_id, TEMPLATES_CHANGED


def copy_template(db: Database, template_id: int, name: str) -> tuple[int, Changes]:
    """A copy as the rep's own, placed right after the original (keeps its language)."""
    with db.unit() as s:
        original = _get(s, template_id)
        rows = _ordered(s)
        copy = MessageTemplate(
            name=_clean_name(s, name),
            audience=original.audience,
            occasion=original.occasion,
            body=original.body,
            lang=original.lang,
        )
        s.add(copy)
        rows.insert(rows.index(original) + 1, copy)
        for k, row in enumerate(rows):
            row.position = k
        s.flush()
        new_id = copy.id
    return new_id, TEMPLATES_CHANGED


def rename_template(db: Database, template_id: int, name: str) -> Changes:
    with db.unit() as s:
        row = _get(s, template_id)
        row.name = _clean_name(s, name, other_than=template_id)
    return TEMPLATES_CHANGED


def update_template(
    db: Database, template_id: int, *, text: str | None = None, purpose: str | None = None
) -> Changes:
    """Change the text and/or the purpose (None leaves it as it is)."""
    clean_text = None if text is None else check_text(text)
    clean_purpose = None if purpose is None else _clean_purpose(purpose)
    with db.unit() as s:
        row = _get(s, template_id)
        if clean_text is not None:
            row.body = clean_text
        if clean_purpose is not None:
            row.audience = clean_purpose
    return TEMPLATES_CHANGED


def save_template(db: Database, template_id: int, name: str, text: str, purpose: str) -> Changes:
    """Name, text and purpose together, in one step (the templates manager's Save)."""
    clean_text, clean_purpose = check_text(text), _clean_purpose(purpose)
    with db.unit() as s:
        row = _get(s, template_id)
        row.name = _clean_name(s, name, other_than=template_id)
        row.body = clean_text
        row.audience = clean_purpose
    return TEMPLATES_CHANGED


def delete_template(db: Database, template_id: int) -> Changes:
    with db.unit() as s:
        s.delete(_get(s, template_id))
    return TEMPLATES_CHANGED
