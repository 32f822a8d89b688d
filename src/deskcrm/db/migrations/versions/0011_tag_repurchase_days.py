"""A repurchase cycle on a tag: a product bought again every N days (docs/method.md §8).

A rep tags what customers bought (a product group); a cycle on that tag proposes the
repurchase call for every customer with the tag, where a contact's own cycle is not set.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column with no default: SQLite adds it in place, no table rebuild.
    op.add_column("tags", sa.Column("repurchase_days", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tags") as batch:
        batch.drop_column("repurchase_days")
