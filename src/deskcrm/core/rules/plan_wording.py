"""Default plan-item titles for draft suggestions, in zh_CN and en (templates are data)."""

from __future__ import annotations

from deskcrm.core.rules.plan_draft import Reason, Suggestion

MAX_TITLE = 500  # PlanItem.title

# {name}: contact name; {detail}: promised / pending next step; {due}: ISO date;
# {klass}: A/B/C; {touches}: touch count. "_detail" variants are used when there is a detail.
TEMPLATES: dict[str, dict[str, str]] = {
    "zh_CN": {
        "next_step": "{name}：{detail}（已约定）",
        "follow_up": "跟进{name}",
        "follow_up_detail": "跟进{name}：{detail}",
        "class_deadline": "{name}（{klass}类）{due}前成交",
        "vip_call": "给VIP客户{name}打电话",
        "stuck": "再跟进{name}（已{touches}次，别放弃）",
        "carried": "{detail}",
    },
    "en": {
        "next_step": "{name}: {detail} (promised)",
        "follow_up": "Follow up with {name}",
        "follow_up_detail": "Follow up with {name}: {detail}",
        "class_deadline": "Close {name} (class {klass}) by {due}",
        "vip_call": "Call VIP {name}",
        "stuck": "Follow up {name} again ({touches} touches, don't give up)",
        "carried": "{detail}",
    },
}


def default_title(s: Suggestion, lang: str) -> str:
    """A plan-item title for `s` in `lang` (zh_CN or en; anything else falls back to en)."""
    table = TEMPLATES.get(lang, TEMPLATES["en"])
    key = s.reason.value
    if s.reason == Reason.FOLLOW_UP and s.detail:
        key = "follow_up_detail"
    # One line on the sheet: a multi-line hook is folded into spaces.
    detail = " ".join(s.detail.split())
    text = table[key].format(
        name=s.contact_name,
        detail=detail,
        due=s.due.isoformat() if s.due else "",
        klass=s.class_code or "",
        touches=s.touch_count,
    )
    text = text.strip()
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "…"
