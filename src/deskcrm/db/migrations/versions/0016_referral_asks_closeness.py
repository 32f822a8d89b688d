"""Referral asks and stages, and what closeness is computed from.

Contacts get when they were last asked for a referral and how far their own referral
got (name given → contacted → met → closed), plus the first touch and the count of
touches in person or by voice, kept by the touch writer like the touch count. Existing
rows are filled from the touches and deals they already have.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# Touch kinds that count as near (in person or by voice); core/rules/closeness.py NEAR_KINDS.
_NEAR = "('visit', 'meeting', 'call')"


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("referral_asked_at", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("referral_stage", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("first_touch_at", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("near_touches", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.create_index("ix_contacts_referral_asked_at", ["referral_asked_at"], unique=False)
    # One pass per column over the (contact_id, at) index; contacts without touches keep
    # NULL and 0.
    op.execute(
        "UPDATE contacts SET first_touch_at = (SELECT min(t.at) FROM touches t"
        " WHERE t.contact_id = contacts.id) WHERE touch_count > 0"
    )
    op.execute(
        "UPDATE contacts SET near_touches = (SELECT count(*) FROM touches t"
        f" WHERE t.contact_id = contacts.id AND t.kind IN {_NEAR}) WHERE touch_count > 0"
    )
    # A referred contact's stage from what it already has: a won deal closed it, a visit
    # or meeting met it, a touch contacted it; else its name was given.
    op.execute(
        "UPDATE contacts SET referral_stage = CASE"
        " WHEN EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = contacts.id"
        " AND d.status = 'won') THEN 'closed'"
        " WHEN EXISTS (SELECT 1 FROM touches t WHERE t.contact_id = contacts.id"
        " AND t.kind IN ('visit', 'meeting')) THEN 'met'"
        " WHEN touch_count > 0 THEN 'contacted'"
        " ELSE 'name_given' END"
        " WHERE referred_by_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_index("ix_contacts_referral_asked_at")
        batch_op.drop_column("near_touches")
        batch_op.drop_column("first_touch_at")
        batch_op.drop_column("referral_stage")
        batch_op.drop_column("referral_asked_at")
