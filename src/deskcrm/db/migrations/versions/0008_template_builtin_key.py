"""Message templates remember the shipped template they came from, so starters install once.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("message_templates") as batch_op:
        batch_op.add_column(
            sa.Column("builtin_key", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("message_templates") as batch_op:
        batch_op.drop_column("builtin_key")
