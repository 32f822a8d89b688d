"""Reading and writing the declared settings (core.settings) in the database."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskcrm.core.changes import Changes
from deskcrm.core.rules.scoring import Targets
from deskcrm.core.services import scoring
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


SCORING_PREFIX = "scoring."


def write_values(s: Session, checked: dict[str, Any]) -> None:
    """Store already validated values inside the caller's unit."""
    for key, value in checked.items():
        row = s.get(Setting, key)
        raw = json.dumps(value, ensure_ascii=False)
        if row is None:
            s.add(Setting(key=key, value=raw))
        else:
            row.value = raw


def set_values(db: Database, values: dict[str, Any]) -> Changes:
    """Validate every value first, then store them all in one transaction.

    Changing a scoring target or weight rescores every contact in the same
    transaction, so the stored scores never disagree with the targets.
    """
    checked = {key: declaration(key).validate(value) for key, value in values.items()}
    rescore = any(key.startswith(SCORING_PREFIX) for key in checked)
    goal = (
        Targets.from_settings(lambda k: checked[k] if k in checked else db.get_setting(k))
        if rescore
        else None
    )
    with db.unit() as s:
        write_values(s, checked)
        changed = 0 if goal is None else scoring.rescore_all(s, goal)
    return Changes(settings=True, plan=True, stats=True, contact_list=changed > 0)


def save_targets(db: Database, goal: Targets) -> Changes:
    """Store the rep's targets and weights; every contact is rescored in the same unit."""
    return set_values(db, goal.as_settings())


def reset(db: Database, key: str) -> Changes:
    declaration(key)
    with db.unit() as s:
        row = s.get(Setting, key)
        if row is not None:
            s.delete(row)
    return Changes(settings=True, plan=True, stats=True)
