"""My calls: two partial indexes on call touches for the "my calls" chart.

Hooks per call are counted from an index of calls holding the outcome and the next step,
and the talk share is read only from calls that have details, so a period's calls are
not each looked up in the table (docs/performance.md).

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

CALLS = "kind = 'call'"
WITH_DETAILS = "kind = 'call' AND details <> ''"


def upgrade() -> None:
    op.create_index(
        "ix_touches_call_hooks",
        "touches",
        ["at", "contact_id", "outcome", "next_step"],
        sqlite_where=sa.text(CALLS),
        postgresql_where=sa.text(CALLS),
    )
    op.create_index(
        "ix_touches_call_details",
        "touches",
        ["at", "contact_id"],
        sqlite_where=sa.text(WITH_DETAILS),
        postgresql_where=sa.text(WITH_DETAILS),
    )


def downgrade() -> None:
    op.drop_index("ix_touches_call_details", table_name="touches")
    op.drop_index("ix_touches_call_hooks", table_name="touches")
