"""Every setting declared once: type, default, checks, and the title, range and group shown."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from deskcrm.core.errors import ValidationError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks wording for pyside6-lupdate, which reads this file for the settings area.

    The core stays free of Qt: the text is English here and the settings screen
    translates it with the same context when it shows it.
    """
    return text


CONTEXT = "Setting"  # the translation context of every title, description and choice below


@dataclass(frozen=True)
class Choice:
    """One allowed value and its label (English, marked for translation, or a native name)."""

    value: str
    label: str


@dataclass(frozen=True)
class Group:
    key: str
    title: str


@dataclass(frozen=True)
class SettingDecl:
    """A setting: what it stores and checks, and what the settings screen builds from it."""

    key: str
    type: type
    default: Any
    description: str
    check: Callable[[Any], bool] | None = None
    title: str = ""
    group: str = "general"
    minimum: float | None = None  # numbers: the allowed range, both ends included
    maximum: float | None = None
    choices: tuple[Choice, ...] = ()
    # Lists whose items are codes the UI names in words ("deal_stage", "lost_reason").
    words: str = ""
    percent: bool = False  # a share 0..1 shown as 0..100 %
    money: bool = False  # whole yuan, shown with ¥ and thousands separators
    zero_text: str = ""  # shown instead of 0 (e.g. "No target"), marked for translation

    def validate(self, value: Any) -> Any:
        """Return `value` coerced to the declared type, or raise ValidationError."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if self.type is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValidationError(self.key, "not_a_list")
        elif not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValidationError(self.key, "wrong_type")
        if (self.minimum is not None and value < self.minimum) or (
            self.maximum is not None and value > self.maximum
        ):
            raise ValidationError(self.key, "out_of_range")
        if self.choices and value not in {c.value for c in self.choices}:
            raise ValidationError(self.key, "out_of_range")
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

GROUPS: tuple[Group, ...] = (
    Group("general", QT_TRANSLATE_NOOP("Setting", "General")),
    Group("plan", QT_TRANSLATE_NOOP("Setting", "Plan")),
    Group("classes", QT_TRANSLATE_NOOP("Setting", "Class windows")),
    Group("scoring", QT_TRANSLATE_NOOP("Setting", "Key-account scoring")),
    Group("deals", QT_TRANSLATE_NOOP("Setting", "Deals and referrals")),
    Group("messages", QT_TRANSLATE_NOOP("Setting", "Messages")),
    Group("backups", QT_TRANSLATE_NOOP("Setting", "Backups")),
)

_WEIGHT = QT_TRANSLATE_NOOP("Setting", "2 very, 1 somewhat, 0 not at all.")
_NO_TARGET = QT_TRANSLATE_NOOP("Setting", "No target")

DECLARATIONS: tuple[SettingDecl, ...] = (
    SettingDecl(
        "ui.language",
        str,
        "system",
        QT_TRANSLATE_NOOP("Setting", "Takes effect the next time DeskCRM starts."),
        title=QT_TRANSLATE_NOOP("Setting", "Language"),
        choices=(
            Choice("system", QT_TRANSLATE_NOOP("Setting", "Follow the system")),
            Choice("zh_CN", "简体中文"),  # each language in its own words, never translated
            Choice("en", "English"),
        ),
    ),
    SettingDecl(
        "phone.default_region",
        str,
        "CN",
        QT_TRANSLATE_NOOP(
            "Setting",
            "Two capital letters for the region of numbers typed without +country code, e.g. CN.",
        ),
        lambda v: len(v) == 2 and v.isalpha() and v.isupper(),
        title=QT_TRANSLATE_NOOP("Setting", "Default phone region"),
    ),
    SettingDecl(
        "plan.evening_hour",
        int,
        17,
        QT_TRANSLATE_NOOP("Setting", "From this hour of the day on, the plan opens on tomorrow."),
        title=QT_TRANSLATE_NOOP("Setting", "Plan opens on tomorrow from (hour)"),
        group="plan",
        minimum=0,
        maximum=23,
    ),
    SettingDecl(
        "plan.reminder_enabled",
        bool,
        False,
        QT_TRANSLATE_NOOP("Setting", "Remind me in the evening to plan tomorrow."),
        title=QT_TRANSLATE_NOOP("Setting", "Evening reminder"),
        group="plan",
    ),
    SettingDecl(
        "plan.reminder_time",
        str,
        "20:00",
        QT_TRANSLATE_NOOP("Setting", "When the evening reminder appears (HH:MM, e.g. 20:00)."),
        _hhmm,
        title=QT_TRANSLATE_NOOP("Setting", "Reminder time"),
        group="plan",
    ),
    SettingDecl(
        "plan.non_sales_warn_share",
        float,
        0.4,
        QT_TRANSLATE_NOOP(
            "Setting", "The plan warns when non-sales work is more than this share of a week."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Non-sales warning above"),
        group="plan",
        minimum=0.0,
        maximum=1.0,
        percent=True,
    ),
    SettingDecl(
        "plan.daily_capacity",
        int,
        20,
        QT_TRANSLATE_NOOP(
            "Setting", "A draft of the plan ticks only this many sales items; more is allowed."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Sales items a day can hold"),
        group="plan",
        minimum=1,
        maximum=200,
    ),
    SettingDecl(
        "class.window_a_days",
        int,
        7,
        QT_TRANSLATE_NOOP("Setting", "Days to close a class A contact: 3 to 10, usually 7."),
        title=QT_TRANSLATE_NOOP("Setting", "Class A window (days)"),
        group="classes",
        minimum=3,
        maximum=10,
    ),
    SettingDecl(
        "class.window_b_days",
        int,
        20,
        QT_TRANSLATE_NOOP("Setting", "Days to close a class B contact, usually about 20."),
        title=QT_TRANSLATE_NOOP("Setting", "Class B window (days)"),
        group="classes",
        minimum=1,
        maximum=365,
    ),
    SettingDecl(
        "class.window_c_days",
        int,
        30,
        QT_TRANSLATE_NOOP("Setting", "Days to close a class C contact, usually about 30."),
        title=QT_TRANSLATE_NOOP("Setting", "Class C window (days)"),
        group="classes",
        minimum=1,
        maximum=365,
    ),
    SettingDecl(
        "scoring.industries",
        list,
        [],
        QT_TRANSLATE_NOOP("Setting", "At most 3 industries you sell to best, separated by commas."),
        lambda v: len(v) <= 3,
        title=QT_TRANSLATE_NOOP("Setting", "Target industries"),
        group="scoring",
    ),
    SettingDecl(
        "scoring.positions",
        list,
        [],
        QT_TRANSLATE_NOOP(
            "Setting", "1 to 3 positions of the people who decide, separated by commas."
        ),
        lambda v: len(v) <= 3,
        title=QT_TRANSLATE_NOOP("Setting", "Target positions"),
        group="scoring",
    ),
    SettingDecl(
        "scoring.regions",
        list,
        [],
        QT_TRANSLATE_NOOP("Setting", "The regions you cover, separated by commas."),
        title=QT_TRANSLATE_NOOP("Setting", "Target regions"),
        group="scoring",
    ),
    SettingDecl(
        "scoring.trigger_events",
        list,
        [],
        QT_TRANSLATE_NOOP(
            "Setting", "News worth a call, e.g. a merger or a new general manager; commas between."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Trigger events"),
        group="scoring",
    ),
    SettingDecl(
        "scoring.weight_industry",
        int,
        2,
        _WEIGHT,
        title=QT_TRANSLATE_NOOP("Setting", "How much the industry matters"),
        group="scoring",
        minimum=0,
        maximum=2,
    ),
    SettingDecl(
        "scoring.weight_position",
        int,
        2,
        _WEIGHT,
        title=QT_TRANSLATE_NOOP("Setting", "How much the position matters"),
        group="scoring",
        minimum=0,
        maximum=2,
    ),
    SettingDecl(
        "scoring.weight_region",
        int,
        1,
        _WEIGHT,
        title=QT_TRANSLATE_NOOP("Setting", "How much the region matters"),
        group="scoring",
        minimum=0,
        maximum=2,
    ),
    SettingDecl(
        "scoring.weight_trigger",
        int,
        1,
        _WEIGHT,
        title=QT_TRANSLATE_NOOP("Setting", "How much a trigger event matters"),
        group="scoring",
        minimum=0,
        maximum=2,
    ),
    SettingDecl(
        "referral.weekly_goal",
        int,
        1,
        QT_TRANSLATE_NOOP("Setting", "New referrals you aim for each week; one is a good start."),
        title=QT_TRANSLATE_NOOP("Setting", "Referrals wanted per week"),
        group="deals",
        minimum=0,
        maximum=100,
    ),
    # Targets (docs/method.md): attainment on the charts, today's touches in the plan header.
    SettingDecl(
        "target.month_amount",
        int,
        0,
        QT_TRANSLATE_NOOP("Setting", "The amount you aim to close each month, in yuan."),
        title=QT_TRANSLATE_NOOP("Setting", "Sales target per month"),
        group="deals",
        minimum=0,
        maximum=1_000_000_000,
        money=True,
        zero_text=_NO_TARGET,
    ),
    SettingDecl(
        "target.month_closes",
        int,
        0,
        QT_TRANSLATE_NOOP("Setting", "Deals you aim to win each month."),
        title=QT_TRANSLATE_NOOP("Setting", "Closes wanted per month"),
        group="deals",
        minimum=0,
        maximum=5_000,
        zero_text=_NO_TARGET,
    ),
    SettingDecl(
        "target.day_touches",
        int,
        0,
        QT_TRANSLATE_NOOP(
            "Setting", "Calls, visits and messages you aim for each day; the plan shows today's."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Touches wanted per day"),
        group="deals",
        minimum=0,
        maximum=1_000,
        zero_text=_NO_TARGET,
    ),
    SettingDecl(
        "referral.ask_interval_days",
        int,
        90,
        QT_TRANSLATE_NOOP(
            "Setting",
            "Satisfied customers and decliners are offered for a referral ask again after "
            "this many days.",
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Ask for a referral again after (days)"),
        group="deals",
        minimum=7,
        maximum=730,
    ),
    SettingDecl(
        "referral.decliner_rest_days",
        int,
        30,
        QT_TRANSLATE_NOOP(
            "Setting", "Days to wait after a lost deal before asking that contact for a referral."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Ask decliners after (days)"),
        group="deals",
        minimum=0,
        maximum=365,
    ),
    SettingDecl(
        "referral.decliner_window_days",
        int,
        180,
        QT_TRANSLATE_NOOP(
            "Setting", "A lost deal older than this many days no longer makes a referral ask."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Ask decliners until (days)"),
        group="deals",
        minimum=1,
        maximum=1095,
    ),
    SettingDecl(
        "deal.stages",
        list,
        DEFAULT_STAGES,
        QT_TRANSLATE_NOOP("Setting", "The stages of a deal in order, separated by commas."),
        lambda v: len(v) >= 1,
        title=QT_TRANSLATE_NOOP("Setting", "Deal stages"),
        group="deals",
        words="deal_stage",
    ),
    SettingDecl(
        "deal.lost_reasons",
        list,
        DEFAULT_LOST_REASONS,
        QT_TRANSLATE_NOOP(
            "Setting", "The reasons you can pick when a deal is lost, separated by commas."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Lost reasons"),
        group="deals",
        words="lost_reason",
    ),
    SettingDecl(
        "messages.quiet_days",
        int,
        7,
        QT_TRANSLATE_NOOP(
            "Setting", "Contacts sent a WeChat message within this many days are flagged."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Days between messages"),
        group="messages",
        minimum=0,
        maximum=365,
    ),
    SettingDecl(
        "messages.daily_cap",
        int,
        50,
        QT_TRANSLATE_NOOP(
            "Setting", "Logging sent messages stops before today's WeChat touches pass this many."
        ),
        title=QT_TRANSLATE_NOOP("Setting", "Messages a day at most"),
        group="messages",
        minimum=1,
        maximum=1000,
    ),
    SettingDecl(
        "backup.keep_daily",
        int,
        7,
        QT_TRANSLATE_NOOP("Setting", "How many of the daily automatic backups are kept."),
        title=QT_TRANSLATE_NOOP("Setting", "Daily backups kept"),
        group="backups",
        minimum=0,
        maximum=365,
    ),
    SettingDecl(
        "backup.keep_weekly",
        int,
        4,
        QT_TRANSLATE_NOOP("Setting", "How many weekly backups are kept."),
        title=QT_TRANSLATE_NOOP("Setting", "Weekly backups kept"),
        group="backups",
        minimum=0,
        maximum=520,
    ),
    SettingDecl(
        "backup.keep_monthly",
        int,
        12,
        QT_TRANSLATE_NOOP("Setting", "How many monthly backups are kept."),
        title=QT_TRANSLATE_NOOP("Setting", "Monthly backups kept"),
        group="backups",
        minimum=0,
        maximum=1200,
    ),
)

BY_KEY: dict[str, SettingDecl] = {d.key: d for d in DECLARATIONS}


def declaration(key: str) -> SettingDecl:
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValidationError(key, "unknown_setting") from None
