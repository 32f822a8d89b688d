"""Targets move from the unread `goals` table into settings; walk-ins get a per-day count.

A stored goal becomes the setting that now holds it (the weekly referral goal, the daily
touches, the monthly closes and amount targets), converted to that setting's period;
a setting the rep already chose is kept. `walk_in_days` counts visitors who left no
name; contacts get an index on `created_at` (covering the import and trash columns) so
the recorded ones are counted from the index alone.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# goal kind -> (setting, the setting's period, the setting's largest value). The kinds
# are those DeskCRM wrote ("referrals", "touches", "closes"), plus likely spellings.
SETTING_OF_KIND: dict[str, tuple[str, str, int]] = {
    "referrals": ("referral.weekly_goal", "week", 100),
    "referral": ("referral.weekly_goal", "week", 100),
    "touches": ("target.day_touches", "day", 1_000),
    "touch": ("target.day_touches", "day", 1_000),
    "closes": ("target.month_closes", "month", 5_000),
    "close": ("target.month_closes", "month", 5_000),
    "deals": ("target.month_closes", "month", 5_000),
    "amount": ("target.month_amount", "month", 1_000_000_000),
    "revenue": ("target.month_amount", "month", 1_000_000_000),
    "sales": ("target.month_amount", "month", 1_000_000_000),
}
# Days in a period, to convert a goal set per week into one per day, and so on.
DAYS = {"day": 1.0, "week": 7.0, "month": 30.0, "quarter": 91.0, "year": 365.0}
# The period each setting is read in, for the way back.
KIND_OF_SETTING = {
    "referral.weekly_goal": ("referrals", "week"),
    "target.day_touches": ("touches", "day"),
    "target.month_closes": ("closes", "month"),
    "target.month_amount": ("amount", "month"),
}


def converted(target: int, period: str, wanted: str, largest: int) -> int:
    """`target` per `period` as a whole number per `wanted` (at least 1 when it was set)."""
    days = DAYS.get(period.strip().lower(), DAYS[wanted])
    value = target * DAYS[wanted] / days
    return max(0, min(largest, round(value) or (1 if target > 0 else 0)))


def upgrade() -> None:
    conn = op.get_bind()
    have = {row[0] for row in conn.execute(sa.text("SELECT key FROM settings"))}
    moved: dict[str, int] = {}
    for kind, period, target in conn.execute(sa.text("SELECT kind, period, target FROM goals")):
        found = SETTING_OF_KIND.get(str(kind).strip().lower())
        if found is None or target is None:
            continue  # a kind no setting holds: nothing read it, nothing is lost
        key, wanted, largest = found
        if key not in have and key not in moved:
            moved[key] = converted(int(target), str(period or wanted), wanted, largest)
    for key, value in moved.items():
        conn.execute(
            sa.text("INSERT INTO settings (key, value) VALUES (:key, :value)"),
            {"key": key, "value": json.dumps(value)},
        )
    op.drop_table("goals")
    op.create_table(
        "walk_in_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("unrecorded", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_walk_in_days")),
    )
    op.create_index(
        "ix_contacts_created_at", "contacts", ["created_at", "import_batch_id", "deleted_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_created_at", table_name="contacts")
    op.drop_table("walk_in_days")
    goals = op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
        sa.UniqueConstraint("kind", name=op.f("uq_goals_kind")),
    )
    conn = op.get_bind()
    rows = []
    for key, raw in conn.execute(sa.text("SELECT key, value FROM settings")):
        if key in KIND_OF_SETTING:
            try:
                target = int(json.loads(raw))
            except (TypeError, ValueError):
                continue
            kind, period = KIND_OF_SETTING[key]
            rows.append({"kind": kind, "period": period, "target": target})
    if rows:
        op.bulk_insert(goals, rows)
