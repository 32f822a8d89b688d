"""Contacts get a list-order key: pinyin syllables with spaces (陈 before 程).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(
            sa.Column("name_sort", sa.String(length=1400), nullable=False, server_default="")
        )
        batch_op.create_index(
            "ix_contacts_name_sort", ["name_sort", "id", "deleted_at"], unique=False
        )
    # The keys of contacts already there are filled by the app when it opens the
    # database (core/services/startup.py: fill_name_sort), with today's rule for reading
    # names: migrations import nothing from core. A later change to the rule brings a
    # revision that empties the column, so old databases never keep a stale order.


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_index("ix_contacts_name_sort")
        batch_op.drop_column("name_sort")
