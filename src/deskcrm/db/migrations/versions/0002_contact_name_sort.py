"""Contacts get a list-order key: pinyin syllables with spaces (陈 before 程).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from deskcrm.core.rules.pinyin import name_sort_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(
            sa.Column("name_sort", sa.String(length=1400), nullable=False, server_default="")
        )
        batch_op.create_index(
            "ix_contacts_name_sort", ["name_sort", "id", "deleted_at"], unique=False
        )
    # Filled with today's rule for reading names; a later change to the rule brings its
    # own revision that refills the column, so old databases never keep a stale order.
    conn = op.get_bind()
    contacts = sa.table("contacts", sa.column("id", sa.Integer), sa.column("name", sa.String))
    rows = conn.execute(sa.select(contacts.c.id, contacts.c.name)).all()
    update = sa.text("UPDATE contacts SET name_sort = :key WHERE id = :id")
    for start in range(0, len(rows), _BATCH):
        chunk = rows[start : start + _BATCH]
        conn.execute(update, [{"id": r.id, "key": name_sort_key(r.name)} for r in chunk])


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_index("ix_contacts_name_sort")
        batch_op.drop_column("name_sort")
