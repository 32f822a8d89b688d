"""Class windows extended once: the day a missed A/B/C window was extended, on the contact.

A rep past a class window decides: extend it once, or move the contact to D. The column
records the extension (None: not extended since the contact entered its class), so a
second one is refused. Existing contacts have none.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("class_extended_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_column("class_extended_on")
