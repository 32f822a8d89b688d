"""Contacts get occasions (a birthday, up to two own dates) and a repurchase cycle.

The occasions are a small table of their own, keyed by month and day, so the contact
list reads no more columns; the cycle is one nullable column on contacts.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_occasions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("month_day", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contact_occasions_contact_id", "contact_occasions", ["contact_id"])
    op.create_index("ix_contact_occasions_month_day", "contact_occasions", ["month_day"])
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("repurchase_days", sa.Integer(), nullable=True))
        batch_op.create_index("ix_contacts_repurchase_days", ["repurchase_days"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_index("ix_contacts_repurchase_days")
        batch_op.drop_column("repurchase_days")
    op.drop_index("ix_contact_occasions_month_day", table_name="contact_occasions")
    op.drop_index("ix_contact_occasions_contact_id", table_name="contact_occasions")
    op.drop_table("contact_occasions")
