"""Call scripts: the shipped defaults (resources/scripts/<lang>.json, validated on load) and the
rep's own copies, edits, order and new scripts.

The shipped scripts of a language are installed into the database the first time that
language is used; after that they are the rep's to edit or delete like any other, and
`restore` brings back the shipped ones that are missing.
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
from deskcrm.core.rules.call_script import MAX_PROMPTS, MAX_SECTIONS, STAGES, join_prompts
from deskcrm.core.services.database import Database
from deskcrm.db.models import SHORT, CallScript, ScriptSection

FILE_VERSION = 1
SCRIPTS_CHANGED = Changes(scripts=True)

__all__ = [
    "STAGES",
    "DefaultScript",
    "DefaultSection",
    "ScriptFileInvalid",
    "ScriptInfo",
    "ScriptSectionInfo",
    "copy_script",
    "delete_script",
    "get_script",
    "install_defaults",
    "list_scripts",
    "load_file",
    "move_script",
    "save_script",
]


class ScriptFileInvalid(DeskCRMError):
    """A script file that is missing, not JSON, or not shaped like a script list.

    `data`: path, reason (unreadable, not_json, version, shape, field, stage) and,
    when known, where ("script 2, section 3: title").
    """

    code = "script_file_invalid"


@dataclass(frozen=True)
class DefaultSection:
    stage: str
    title: str
    prompts: tuple[str, ...]  # hints, then the example questions


@dataclass(frozen=True)
class DefaultScript:
    key: str
    name: str
    sections: tuple[DefaultSection, ...]


@dataclass(frozen=True)
class ScriptSectionInfo:
    """One section of a script, as shown and as an editor submits it."""

    stage: str
    title: str
    prompts: str  # one per line; lines ending in "?" are example questions


@dataclass(frozen=True)
class ScriptInfo:
    id: int
    name: str
    lang: str  # "" for the rep's own scripts
    builtin_key: str  # the shipped script it came from, "" for the rep's own
    sections: tuple[ScriptSectionInfo, ...]


# ---- the shipped files ----------------------------------------------------------------


def _fail(path: Path, reason: str, where: str = "") -> ScriptFileInvalid:
    detail = f"{path}: {reason}" + (f" ({where})" if where else "")
    return ScriptFileInvalid(detail, path=str(path), reason=reason, where=where)


def _text(value: Any, where: str, path: Path, limit: int = SHORT) -> str:
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > limit:
        raise _fail(path, "field", where)
    return value.strip()


def _lines(value: Any, where: str, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(path, "shape", where)
    return tuple(_text(v, where, path, MAX_PROMPTS) for v in value)


def _section(raw: Any, where: str, path: Path) -> DefaultSection:
    if not isinstance(raw, dict):
        raise _fail(path, "shape", where)
    stage = _text(raw.get("stage"), f"{where}: stage", path)
    if stage not in STAGES:
        raise _fail(path, "stage", f"{where}: {stage}")
    prompts = _lines(raw.get("prompts"), f"{where}: prompt", path)
    questions = _lines(raw.get("questions"), f"{where}: question", path)
    return DefaultSection(
        stage, _text(raw.get("title"), f"{where}: title", path), prompts + questions
    )


def load_file(path: Path) -> list[DefaultScript]:
    """The scripts in `path`; ScriptFileInvalid (saying where) for anything malformed."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScriptFileInvalid(str(exc), path=str(path), reason="unreadable", where="") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ScriptFileInvalid(str(exc), path=str(path), reason="not_json", where="") from None
    if not isinstance(data, dict) or not isinstance(data.get("scripts"), list):
        raise _fail(path, "shape", "scripts")
    if data.get("version", FILE_VERSION) != FILE_VERSION:
        raise _fail(path, "version", str(data.get("version")))
    out: list[DefaultScript] = []
    keys: set[str] = set()
    for i, script in enumerate(data["scripts"], start=1):
        where = f"script {i}"
        if not isinstance(script, dict) or not isinstance(script.get("sections"), list):
            raise _fail(path, "shape", where)
        key = _text(script.get("key"), f"{where}: key", path)
        if key in keys:
            raise _fail(path, "field", f"{where}: key {key}")
        keys.add(key)
        name = _text(script.get("name"), f"{where}: name", path)
        sections = tuple(
            _section(sec, f"{where}, section {j}", path)
            for j, sec in enumerate(script["sections"], start=1)
        )
        if not sections or len(sections) > MAX_SECTIONS:
            raise _fail(path, "shape", f"{where}: sections")
        out.append(DefaultScript(key, name, sections))
    return out


def install_defaults(
    db: Database, folder: Path, lang: str, *, restore: bool = False
) -> tuple[int, Changes]:
    """Install the shipped scripts of `lang` when the database holds no shipped script of
    any language (its first start): a rep who started in Chinese and later switched the
    app to English keeps one set, not both.

    `restore`: add back every shipped script of `lang` the database lacks (the rep
    deleted it, or wants the other language's too), keeping the rep's edits of the
    others. The file is read and checked before anything is written, so a broken file
    changes nothing.
    """
    defaults = load_file(folder / f"{lang}.json")
    with db.unit() as s:
        shipped = s.execute(
            select(CallScript.lang, CallScript.builtin_key).where(CallScript.builtin_key != "")
        ).all()
        if shipped and not restore:
            return 0, Changes()
        have = {key for used, key in shipped if used == lang}
        position = _next_position(s)
        added = 0
        for script in defaults:
            if script.key in have:
                continue
            row = CallScript(
                name=script.name,
                lang=lang,
                builtin_key=script.key,
                position=position,
                created_at=db.now(),
            )
            row.sections = [
                ScriptSection(
                    position=k, stage=sec.stage, title=sec.title, prompts=join_prompts(sec.prompts)
                )
                for k, sec in enumerate(script.sections)
            ]
            s.add(row)
            position += 1
            added += 1
    return added, SCRIPTS_CHANGED if added else Changes()


# ---- the rep's scripts ----------------------------------------------------------------


def _next_position(s: Session) -> int:
    top = s.scalar(select(func.max(CallScript.position)))
    return 0 if top is None else int(top) + 1


def script_info(script: CallScript) -> ScriptInfo:
    return ScriptInfo(
        id=script.id,
        name=script.name,
        lang=script.lang,
        builtin_key=script.builtin_key,
        sections=tuple(
            ScriptSectionInfo(sec.stage, sec.title, sec.prompts)
            for sec in sorted(script.sections, key=lambda x: x.position)
        ),
    )


def _ordered(s: Session) -> list[CallScript]:
    return list(s.scalars(select(CallScript).order_by(CallScript.position, CallScript.id)))


def _get(s: Session, script_id: int) -> CallScript:
    script = s.get(CallScript, script_id)
    if script is None:
        raise NotFound(f"script {script_id}", script_id=script_id)
    return script


def list_scripts(db: Database, lang: str | None = None) -> list[ScriptInfo]:
    """Scripts in the rep's order; with `lang`, the rep's own plus the shipped ones in `lang`."""
    with db.reading() as s:
        found = _ordered(s)
        if lang is not None:
            found = [x for x in found if x.lang in ("", lang) or not x.builtin_key]
        return [script_info(x) for x in found]


def get_script(db: Database, script_id: int) -> ScriptInfo:
    with db.reading() as s:
        return script_info(_get(s, script_id))


def _clean_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("name", "required")
    if len(clean) > SHORT:
        raise ValidationError("name", "too_long", limit=SHORT)
    return clean


def _clean_sections(sections: Sequence[ScriptSectionInfo]) -> list[ScriptSectionInfo]:
    if len(sections) > MAX_SECTIONS:
        raise ValidationError("sections", "too_many", limit=MAX_SECTIONS)
    out = []
    for index, sec in enumerate(sections):
        if sec.stage not in STAGES:
            raise ValidationError("stage", "invalid", value=sec.stage, section=index)
        title = " ".join(sec.title.split())
        if not title:
            raise ValidationError("title", "required", section=index)
        if len(title) > SHORT:
            raise ValidationError("title", "too_long", limit=SHORT, section=index)
        prompts = "\n".join(line.strip() for line in sec.prompts.splitlines() if line.strip())
        if len(prompts) > MAX_PROMPTS:
            raise ValidationError("prompts", "too_long", limit=MAX_PROMPTS, section=index)
        out.append(ScriptSectionInfo(sec.stage, title, prompts))
    return out


def save_script(
    db: Database, script_id: int | None, name: str, sections: Sequence[ScriptSectionInfo]
) -> tuple[int, Changes]:
    """Create a script (`script_id` None) or replace one's name and sections, in their order."""
    clean_name, clean = _clean_name(name), _clean_sections(sections)
    with db.unit() as s:
        if script_id is None:
            script = CallScript(name=clean_name, position=_next_position(s), created_at=db.now())
            s.add(script)
        else:
            script = _get(s, script_id)
            script.name = clean_name
        script.sections = [
            ScriptSection(position=k, stage=sec.stage, title=sec.title, prompts=sec.prompts)
            for k, sec in enumerate(clean)
        ]
        s.flush()
        new_id = script.id
    return new_id, SCRIPTS_CHANGED


def copy_script(db: Database, script_id: int, name: str) -> tuple[int, Changes]:
    """A copy of the script as the rep's own (placed right after the original)."""
    clean_name = _clean_name(name)
    with db.unit() as s:
        original = _get(s, script_id)
        scripts = _ordered(s)
        copy = CallScript(name=clean_name, created_at=db.now())
        copy.sections = [
            ScriptSection(position=k, stage=sec.stage, title=sec.title, prompts=sec.prompts)
            for k, sec in enumerate(sorted(original.sections, key=lambda x: x.position))
        ]
        s.add(copy)
        scripts.insert(scripts.index(original) + 1, copy)
        for k, script in enumerate(scripts):
            script.position = k
        s.flush()
        new_id = copy.id
    return new_id, SCRIPTS_CHANGED


def delete_script(db: Database, script_id: int) -> Changes:
    """Delete a script; contacts that remembered it simply have none remembered."""
    with db.unit() as s:
        s.delete(_get(s, script_id))
    return SCRIPTS_CHANGED


def move_script(db: Database, script_id: int, position: int) -> Changes:
    """Move a script to `position` (clamped) in the rep's order."""
    with db.unit() as s:
        scripts = _ordered(s)
        script = _get(s, script_id)
        scripts.remove(script)
        scripts.insert(max(0, min(position, len(scripts))), script)
        for k, row in enumerate(scripts):
            row.position = k
    return SCRIPTS_CHANGED
