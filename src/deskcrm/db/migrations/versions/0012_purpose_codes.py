"""Template purposes written as words become the codes the plan draft asks for.

A purpose used to be free text: the Chinese starter "节日问候" was stored with "节日",
a rep may have typed "生日" or "vip"; the draft asks for "festival", "birthday", "VIP".
Each stored purpose that is a known purpose's word (either language, any case, spaces
ignored) is rewritten as its code; the rep's own groups are left as typed. The table is
a copy of core/rules/template_purposes.py at this revision: a migration never changes
with later code.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The key of a word (spaces dropped, case folded) → the purpose's code.
CODES: dict[str, str] = {
    "a": "A",
    "a类": "A",
    "classa": "A",
    "b": "B",
    "b类": "B",
    "classb": "B",
    "c": "C",
    "classc": "C",
    "c类": "C",
    "bought": "M",
    "boughtbefore": "M",
    "m": "M",
    "已消费": "M",
    "消费过": "M",
    "老客户": "M",
    "invite": "N",
    "n": "N",
    "notvisited": "N",
    "未到店": "N",
    "邀约": "N",
    "邀请到店": "N",
    "keycustomer": "VIP",
    "vip": "VIP",
    "vip关怀": "VIP",
    "重点客户": "VIP",
    "upgrade": "Y+M",
    "visitedandbought": "Y+M",
    "visitedbought": "Y+M",
    "y+m": "Y+M",
    "到店已消费": "Y+M",
    "升级": "Y+M",
    "升级复购": "Y+M",
    "newproduct": "Y+O",
    "visitednotbought": "Y+O",
    "y+o": "Y+O",
    "到店未消费": "Y+O",
    "新品": "Y+O",
    "birthday": "birthday",
    "生日": "birthday",
    "生日祝福": "birthday",
    "festival": "festival",
    "holiday": "festival",
    "节假日": "festival",
    "节日": "festival",
    "节日问候": "festival",
    "anniversary": "occasion",
    "owndate": "occasion",
    "occasion": "occasion",
    "周年": "occasion",
    "纪念日": "occasion",
    "rebuy": "repurchase",
    "repeatpurchase": "repurchase",
    "repurchase": "repurchase",
    "再次购买": "repurchase",
    "回购": "repurchase",
    "复购": "repurchase",
}


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, audience FROM message_templates")).all()
    for row_id, audience in rows:
        code = CODES.get("".join((audience or "").split()).casefold())
        if code is not None and code != audience:
            conn.execute(
                sa.text("UPDATE message_templates SET audience = :code WHERE id = :id"),
                {"code": code, "id": row_id},
            )


def downgrade() -> None:
    pass  # the codes are valid purposes in the older versions too
