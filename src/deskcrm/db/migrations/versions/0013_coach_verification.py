"""Contacts keep what calls verified: who else decides, who can veto, the real start.

Until now the three answers lived only inside each call's `details` JSON. The data step
copies, for every contact, the latest non-empty answer to each of them from its touches
(a later call that did not ask again does not erase what an earlier one learned), the
same rule the touch writer applies from now on. Contacts that already have a coach get
question 7 answered yes where it was not answered, as setting a coach now does.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

FIELDS = ("deciders", "veto", "start")
MAX_ITEM = 2000  # characters per captured item, as a call stores them


def _answers(raw: str) -> dict[str, str]:
    """The non-empty verification answers of one touch's details; {} when unreadable."""
    try:
        data: Any = json.loads(raw)
    except ValueError:
        return {}
    found = data.get("verification") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return {}
    out = {}
    for name in FIELDS:
        value = found.get(name)
        if isinstance(value, str) and value.split():
            out[name] = " ".join(value.split())[:MAX_ITEM]
    return out


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        for name in FIELDS:
            batch_op.add_column(
                sa.Column(f"verify_{name}", sa.Text(), nullable=False, server_default="")
            )
    conn = op.get_bind()
    # Only touches whose details hold the key (calls that verified something), oldest
    # first per contact, so a later answer overwrites an earlier one.
    rows = conn.execute(
        sa.text(
            "SELECT contact_id, details FROM touches"
            " WHERE details LIKE '%\"verification\"%'"
            " ORDER BY contact_id, at, id"
        )
    )
    latest: dict[int, dict[str, str]] = {}
    for contact_id, details in rows:
        answers = _answers(details or "")
        if answers:
            latest.setdefault(contact_id, {}).update(answers)
    update = sa.text(
        "UPDATE contacts SET verify_deciders = :deciders, verify_veto = :veto,"
        " verify_start = :start WHERE id = :id"
    )
    params = [
        {"id": cid, **{name: found.get(name, "") for name in FIELDS}}
        for cid, found in latest.items()
    ]
    if params:
        conn.execute(update, params)
    # A coach answers qualification question 7 yes from now on; contacts that have one
    # already get that answer where the question was not answered.
    conn.execute(
        sa.text(
            "INSERT INTO qualification_answers (contact_id, question, state, note, updated_at)"
            " SELECT id, 7, 'yes', '', updated_at FROM contacts WHERE coach_id IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM qualification_answers q"
            " WHERE q.contact_id = contacts.id AND q.question = 7)"
        )
    )
    conn.execute(
        sa.text(
            "UPDATE qualification_answers SET state = 'yes' WHERE question = 7"
            " AND state = 'unknown' AND contact_id IN"
            " (SELECT id FROM contacts WHERE coach_id IS NOT NULL)"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        for name in FIELDS:
            batch_op.drop_column(f"verify_{name}")
