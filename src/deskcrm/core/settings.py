"""Every setting declared once: key, type, default, description, validation."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from deskcrm.core.errors import ValidationError


@dataclass(frozen=True)
class SettingDecl:
    key: str
    type: type
    default: Any
    description: str
    check: Callable[[Any], bool] | None = None

    def validate(self, value: Any) -> Any:
        """Return `value` coerced to the declared type, or raise ValidationError."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if self.type is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError(self.key, "not_a_list")
        elif not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValidationError(self.key, "wrong_type")
        if self.check is not None and not self.check(value):
            raise ValidationError(self.key, "out_of_range")
        return value

    def decode(self, raw: str) -> Any:
        """Parse a stored value, falling back to the default when it is unusable."""
        try:
            return self.validate(json.loads(raw))
        except (ValueError, ValidationError):
            return self.default


def _hhmm(value: str) -> bool:
    parts = value.split(":")
    return (
        len(parts) == 2
        and all(p.isdigit() for p in parts)
        and 0 <= int(parts[0]) < 24
        and 0 <= int(parts[1]) < 60
    )


DEFAULT_STAGES = [
    "recorded",
    "needs_found",
    "proposal",
    "follow_up",
    "trial",
    "price_talk",
    "contract",
    "delivery",
]
DEFAULT_LOST_REASONS = ["price", "competitor", "no_need", "no_budget", "timing", "no_response"]

DECLARATIONS: tuple[SettingDecl, ...] = (
    SettingDecl(
        "ui.language",
        str,
        "system",
        "UI language: system, zh_CN or en",
        lambda v: v in ("system", "zh_CN", "en"),
    ),
    SettingDecl(
        "phone.default_region",
        str,
        "CN",
        "Region assumed for numbers typed without a country code",
        lambda v: len(v) == 2 and v.isalpha() and v.isupper(),
    ),
    SettingDecl(
        "plan.evening_hour",
        int,
        17,
        "From this hour on the plan opens on tomorrow",
        lambda v: 0 <= v <= 23,
    ),
    SettingDecl("plan.reminder_enabled", bool, False, "Remind me in the evening to plan tomorrow"),
    SettingDecl("plan.reminder_time", str, "20:00", "When the evening reminder appears", _hhmm),
    SettingDecl(
        "plan.non_sales_warn_share",
        float,
        0.4,
        "Warn when non-sales work takes more than this share of a week",
        lambda v: 0.0 <= v <= 1.0,
    ),
    SettingDecl(
        "plan.daily_capacity",
        int,
        20,
        "Sales items a day can hold: a draft pre-ticks only this many",
        lambda v: 1 <= v <= 200,
    ),
    SettingDecl(
        "class.window_a_days",
        int,
        7,
        "Days to close a class A contact (3-10)",
        lambda v: 3 <= v <= 10,
    ),
    SettingDecl(
        "class.window_b_days", int, 20, "Days to close a class B contact", lambda v: 1 <= v <= 365
    ),
    SettingDecl(
        "class.window_c_days", int, 30, "Days to close a class C contact", lambda v: 1 <= v <= 365
    ),
    SettingDecl(
        "scoring.industries", list, [], "Target industries (at most 3)", lambda v: len(v) <= 3
    ),
    SettingDecl("scoring.positions", list, [], "Target positions (1-3)", lambda v: len(v) <= 3),
    SettingDecl("scoring.regions", list, [], "Target regions"),
    SettingDecl("scoring.trigger_events", list, [], "Trigger events worth a call"),
    SettingDecl(
        "scoring.weight_industry",
        int,
        2,
        "How much the industry matters (0-2)",
        lambda v: 0 <= v <= 2,
    ),
    SettingDecl(
        "scoring.weight_position",
        int,
        2,
        "How much the position matters (0-2)",
        lambda v: 0 <= v <= 2,
    ),
    SettingDecl(
        "scoring.weight_region", int, 1, "How much the region matters (0-2)", lambda v: 0 <= v <= 2
    ),
    SettingDecl(
        "scoring.weight_trigger",
        int,
        1,
        "How much a trigger event matters (0-2)",
        lambda v: 0 <= v <= 2,
    ),
    SettingDecl(
        "referral.weekly_goal", int, 1, "New referrals wanted per week", lambda v: 0 <= v <= 100
    ),
    SettingDecl("deal.stages", list, DEFAULT_STAGES, "Deal stages in order", lambda v: len(v) >= 1),
    SettingDecl("deal.lost_reasons", list, DEFAULT_LOST_REASONS, "Reasons a deal is lost"),
    SettingDecl("backup.keep_daily", int, 7, "Daily backups kept", lambda v: 0 <= v <= 365),
    SettingDecl("backup.keep_weekly", int, 4, "Weekly backups kept", lambda v: 0 <= v <= 520),
    SettingDecl("backup.keep_monthly", int, 12, "Monthly backups kept", lambda v: 0 <= v <= 1200),
)

BY_KEY: dict[str, SettingDecl] = {d.key: d for d in DECLARATIONS}


def declaration(key: str) -> SettingDecl:
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValidationError(key, "unknown_setting") from None
