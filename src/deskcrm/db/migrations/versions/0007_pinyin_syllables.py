"""Contacts get a typed-syllable search key ("zhang san   feng"), filled for every row.

Searching "zhangsf" or "zsfeng" reads a range of initials and tests a LIKE pattern on
this key (core/rules/pinyin.py). The new index starts with the initials, so it also
answers what the initials-only index did, which goes.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from deskcrm.core.rules.pinyin import name_syllables, syllable_key

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(
            sa.Column("name_syllables", sa.String(length=1400), nullable=False, server_default="")
        )
        batch_op.drop_index("ix_contacts_name_initials")
    # Filled before the index is built, so the index is written once, in order.
    conn = op.get_bind()
    contacts = sa.table("contacts", sa.column("id", sa.Integer), sa.column("name", sa.String))
    rows = conn.execute(sa.select(contacts.c.id, contacts.c.name)).all()
    update = sa.text("UPDATE contacts SET name_syllables = :key WHERE id = :id")
    for start in range(0, len(rows), _BATCH):
        chunk = rows[start : start + _BATCH]
        conn.execute(
            update, [{"id": r.id, "key": syllable_key(name_syllables(r.name))} for r in chunk]
        )
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.create_index(
            "ix_contacts_name_initials_syllables",
            ["name_initials", "name_syllables"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_index("ix_contacts_name_initials_syllables")
        batch_op.drop_column("name_syllables")
        batch_op.create_index("ix_contacts_name_initials", ["name_initials"], unique=False)
