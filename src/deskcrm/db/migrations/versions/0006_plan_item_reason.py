"""Plan items keep why they were drafted as data (reason, detail, date), not as words.

Drafted lines used to store a title worded in the UI language of the evening they were
drafted ("Follow up with 杨静怡" on a Chinese sheet). The reason now lives in columns and
is worded when shown. Existing drafted lines get their reason from their origin key; a
title that is exactly the wording the draft generated (in English or Chinese) is
cleared, so it reads in the current language; a title the rep reworded stays.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import re
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The wordings drafts generated before this revision (frozen here: later changes to the
# app's wording must not change what this revision recognises). %1 name, %2 detail.
_GENERATED = {
    "next_step": ("%1: %2 (promised)", "%1：%2（已约定）"),
    "follow_up": ("Follow up with %1: %2", "Follow up with %1", "跟进%1：%2", "跟进%1"),
    "class_deadline": (
        "Close %1 or let go (class %2, window ended %3)",
        "Close %1 (class %2) by %3",
        "与%1成交，或者放手（%2 类，期限 %3 已过）",
        "%3 前与%1（%2 类）成交",
    ),
    "vip_call": ("Call VIP %1", "给 VIP 客户%1打电话"),
    "stuck": ("Follow up %1 again (%2 touches, don't give up)", "再跟进%1（已跟进 %2 次，别放弃）"),
}
_WITH_DETAIL = ("next_step", "follow_up")


def _pattern(template: str, name: str, reason: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", template)
    out = []
    for part in parts:
        if part == "%1":
            out.append(re.escape(name))
        elif part == "%2" and reason in _WITH_DETAIL:
            out.append("(?P<detail>.+)")
        elif re.fullmatch(r"%\d", part):
            out.append(".+?")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out), re.DOTALL)


def _parse_key(key: str) -> tuple[str, str, date | None] | None:
    """(reason, detail, due) from a drafted line's origin key, None when it is not one."""
    parts = key.split(":")

    def day(text: str) -> date | None:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None

    if len(parts) == 3 and parts[0] in ("follow_up", "next_step"):
        return parts[0], "", day(parts[2])
    if len(parts) == 4 and parts[0] == "class_deadline":
        return parts[0], parts[2], day(parts[3])
    if len(parts) == 3 and parts[0] == "vip_call":
        return parts[0], "", day(parts[2])
    if len(parts) == 3 and parts[0] == "stuck" and parts[2].isdigit():
        return parts[0], parts[2], None
    return None


def upgrade() -> None:
    with op.batch_alter_table("plan_items") as batch_op:
        batch_op.add_column(
            sa.Column("reason", sa.String(length=32), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("detail", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("due", sa.Date(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT p.id, p.title, p.origin_key, c.name FROM plan_items p"
            " LEFT JOIN contacts c ON c.id = p.contact_id WHERE p.origin_key != ''"
        )
    ).all()
    updates = []
    for item_id, title, key, name in rows:
        parsed = _parse_key(key)
        if parsed is None:
            continue
        reason, detail, due = parsed
        for template in _GENERATED[reason] if name else ():
            match = _pattern(template, name, reason).fullmatch(title)
            if match is not None:
                detail = match.groupdict().get("detail") or detail
                title = ""
                break
        updates.append(
            {
                "id": item_id,
                "reason": reason,
                "detail": detail[:500],
                "due": due.isoformat() if due else None,
                "title": title,
            }
        )
    if updates:
        conn.execute(
            sa.text(
                "UPDATE plan_items SET reason = :reason, detail = :detail, due = :due,"
                " title = :title WHERE id = :id"
            ),
            updates,
        )


def downgrade() -> None:
    # Older versions need a title on every line: a worded-when-shown line gets its
    # detail, else its contact's name, else its reason code.
    op.execute(
        "UPDATE plan_items SET title = COALESCE(NULLIF(detail, ''),"
        " (SELECT name FROM contacts WHERE contacts.id = plan_items.contact_id), reason)"
        " WHERE title = ''"
    )
    with op.batch_alter_table("plan_items") as batch_op:
        batch_op.drop_column("due")
        batch_op.drop_column("detail")
        batch_op.drop_column("reason")
