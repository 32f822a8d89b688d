"""Default call scripts shipped as data files (resources/scripts/<lang>.json), validated on load.

Installed into the database once per language (known by builtin_key), after which the
rep's copies and edits live in the database like everything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from deskcrm.core.changes import Changes
from deskcrm.core.errors import DeskCRMError
from deskcrm.core.services.database import Database
from deskcrm.db.models import CallScript, ScriptSection

STAGES = (
    "prepare",
    "state",
    "trust",
    "discover",
    "propose",
    "compare",
    "objections",
    "close",
    "after_sales",
    "referral",
)


class ScriptFileInvalid(DeskCRMError):
    """A script file that is missing, not JSON, or not shaped like a script list."""

    code = "script_file_invalid"


@dataclass(frozen=True)
class DefaultSection:
    stage: str
    title: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class DefaultScript:
    key: str
    name: str
    sections: tuple[DefaultSection, ...]


def _text(value: Any, where: str, path: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ScriptFileInvalid(f"{path}: {where}", reason="field", where=where, path=str(path))
    return value.strip()


def load_file(path: Path) -> list[DefaultScript]:
    """The scripts in `path`; ScriptFileInvalid (saying where) for anything malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScriptFileInvalid(str(exc), reason="unreadable", path=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScriptFileInvalid(str(exc), reason="not_json", path=str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("scripts"), list):
        raise ScriptFileInvalid(f"{path}: no script list", reason="shape", path=str(path))
    out: list[DefaultScript] = []
    for i, raw in enumerate(data["scripts"]):
        if not isinstance(raw, dict) or not isinstance(raw.get("sections"), list):
            raise ScriptFileInvalid(f"{path}: script {i}", reason="shape", path=str(path))
        sections = []
        for j, sec in enumerate(raw["sections"]):
            where = f"script {i + 1}, section {j + 1}"
            if not isinstance(sec, dict):
                raise ScriptFileInvalid(where, reason="shape", where=where, path=str(path))
            stage = _text(sec.get("stage"), f"{where}: stage", path)
            if stage not in STAGES:
                raise ScriptFileInvalid(where, reason="stage", where=where, path=str(path))
            prompts = sec.get("prompts", [])
            if not isinstance(prompts, list):
                raise ScriptFileInvalid(where, reason="shape", where=where, path=str(path))
            sections.append(
                DefaultSection(
                    stage,
                    _text(sec.get("title"), f"{where}: title", path),
                    tuple(_text(p, f"{where}: prompt", path) for p in prompts),
                )
            )
        out.append(
            DefaultScript(
                _text(raw.get("key"), f"script {i + 1}: key", path),
                _text(raw.get("name"), f"script {i + 1}: name", path),
                tuple(sections),
            )
        )
    return out


def install_defaults(db: Database, folder: Path, lang: str) -> tuple[int, Changes]:
    """Add the shipped scripts of `lang` that the database does not hold yet (by key)."""
    defaults = load_file(folder / f"{lang}.json")
    with db.unit() as s:
        have = set(s.scalars(select(CallScript.builtin_key).where(CallScript.lang == lang)))
        position = len(s.scalars(select(CallScript.id)).all())
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
                    position=k, stage=sec.stage, title=sec.title, prompts="\n".join(sec.prompts)
                )
                for k, sec in enumerate(script.sections)
            ]
            s.add(row)
            position += 1
            added += 1
    return added, Changes()
