"""Reading and writing the declared settings (core.settings) in the database."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from deskcrm.core.changes import Changes
from deskcrm.core.services.database import Database
from deskcrm.core.settings import DECLARATIONS, declaration
from deskcrm.db.models import Setting


def get(db: Database, key: str) -> Any:
    return db.get_setting(key)


def get_all(db: Database) -> dict[str, Any]:
    with db.reading() as s:
        stored = dict(s.execute(select(Setting.key, Setting.value)).all())
    return {
        d.key: (d.decode(stored[d.key]) if d.key in stored else d.default) for d in DECLARATIONS
    }


def set_values(db: Database, values: dict[str, Any]) -> Changes:
    """Validate every value first, then store them all in one transaction."""
    checked = {key: declaration(key).validate(value) for key, value in values.items()}
    with db.unit() as s:
        for key, value in checked.items():
            row = s.get(Setting, key)
            raw = json.dumps(value, ensure_ascii=False)
            if row is None:
                s.add(Setting(key=key, value=raw))
            else:
                row.value = raw
    return Changes(settings=True, plan=True, stats=True)


def reset(db: Database, key: str) -> Changes:
    declaration(key)
    with db.unit() as s:
        row = s.get(Setting, key)
        if row is not None:
            s.delete(row)
    return Changes(settings=True, plan=True, stats=True)
