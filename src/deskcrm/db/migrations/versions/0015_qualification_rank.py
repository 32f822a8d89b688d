"""Qualification that ranks: a stored answer summary on contacts, and the rep's own questions.

Three columns on contacts keep what the answers say (bad answers' points, answers given,
the worst bad answer), so the draft and the call queue rank 100,000 contacts without
reading the answers. The data step fills them for answers already stored, with the rule
of this release (core/rules/qualification_score.py, a pure module): a later change of
weights brings a revision of its own that recomputes them. Own questions (up to five)
and their answers are two small tables; an answer goes with its question.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from deskcrm.core.rules.qualification_score import summarize

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(
            sa.Column("qual_bad_points", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("qual_answered", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("qual_worst", sa.String(length=16), nullable=False, server_default="")
        )
    op.create_table(
        "own_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "own_answers",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["own_questions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("contact_id", "question_id"),
    )
    op.create_index("ix_own_answers_question_id", "own_answers", ["question_id"])
    _fill_summaries()


def _fill_summaries() -> None:
    conn = op.get_bind()
    states: dict[int, dict[int, str]] = defaultdict(dict)
    for contact_id, question, state in conn.execute(
        sa.text("SELECT contact_id, question, state FROM qualification_answers")
    ):
        states[contact_id][question] = state
    rows = []
    for contact_id, nine in states.items():
        summary = summarize(nine)
        rows.append(
            {
                "id": contact_id,
                "bad": summary.bad_points,
                "answered": summary.answered,
                "worst": summary.worst,
            }
        )
    if rows:
        conn.execute(
            sa.text(
                "UPDATE contacts SET qual_bad_points = :bad, qual_answered = :answered, "
                "qual_worst = :worst WHERE id = :id"
            ),
            rows,
        )


def downgrade() -> None:
    op.drop_index("ix_own_answers_question_id", table_name="own_answers")
    op.drop_table("own_answers")
    op.drop_table("own_questions")
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_column("qual_worst")
        batch_op.drop_column("qual_answered")
        batch_op.drop_column("qual_bad_points")
