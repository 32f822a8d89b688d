"""UI-language words for the core codes the contacts screen shows: tags, treatments, kinds."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from deskcrm.core.model import BuiltinTag, Outcome, ReferrerKind, TouchKind
from deskcrm.core.rules.tags import Treatment
from deskcrm.core.services.contact_list import View

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def builtin_meaning(tag: BuiltinTag | str) -> str:
    """What a built-in letter stands for, e.g. Y -> "visited the store"."""
    return {
        BuiltinTag.Y: QCoreApplication.translate(
            "ContactsWording", "Visited the store / met in person"
        ),
        BuiltinTag.N: QCoreApplication.translate("ContactsWording", "Has not visited yet"),
        BuiltinTag.M: QCoreApplication.translate("ContactsWording", "Has bought"),
        BuiltinTag.O: QCoreApplication.translate("ContactsWording", "Has not bought yet"),
        BuiltinTag.VIP: QCoreApplication.translate("ContactsWording", "Key customer"),
    }.get(BuiltinTag(tag), str(tag))


def builtin_short(tag: BuiltinTag | str) -> str:
    """A short chip label: the letter and one word."""
    return {
        BuiltinTag.Y: QCoreApplication.translate("ContactsWording", "Y visited"),
        BuiltinTag.N: QCoreApplication.translate("ContactsWording", "N not visited"),
        BuiltinTag.M: QCoreApplication.translate("ContactsWording", "M bought"),
        BuiltinTag.O: QCoreApplication.translate("ContactsWording", "O not bought"),
        BuiltinTag.VIP: QCoreApplication.translate("ContactsWording", "VIP"),
    }.get(BuiltinTag(tag), str(tag))


def treatment_text(treatment: Treatment) -> str:
    return {
        Treatment.INVITE: QCoreApplication.translate(
            "ContactsWording",
            "Not visited: invite them to the store — an in-store event or a small gift "
            "for coming by.",
        ),
        Treatment.DIG_NEED: QCoreApplication.translate(
            "ContactsWording",
            "Visited, not bought: their need is not met yet — show new products and dig "
            "for the need.",
        ),
        Treatment.UPGRADE: QCoreApplication.translate(
            "ContactsWording",
            "Visited and bought: trust exists — offer an upgrade, a bundle or a repeat purchase.",
        ),
        Treatment.VIP_CARE: QCoreApplication.translate(
            "ContactsWording",
            "VIP: little product talk, personal care and one-to-one messages; ask for "
            "referrals; call at least twice a year.",
        ),
        Treatment.BATCH_MESSAGE: QCoreApplication.translate(
            "ContactsWording",
            "Never bought: include them in grouped batch messages and follow up one-to-one "
            "with whoever replies.",
        ),
    }[treatment]


def touch_kind(kind: str) -> str:
    names: dict[str, str] = {
        TouchKind.CALL: QCoreApplication.translate("ContactsWording", "Call"),
        TouchKind.VISIT: QCoreApplication.translate("ContactsWording", "Visit"),
        TouchKind.WECHAT: QCoreApplication.translate("ContactsWording", "WeChat"),
        TouchKind.SMS: QCoreApplication.translate("ContactsWording", "SMS"),
        TouchKind.EMAIL: QCoreApplication.translate("ContactsWording", "Email"),
        TouchKind.MEETING: QCoreApplication.translate("ContactsWording", "Meeting"),
        TouchKind.OTHER: QCoreApplication.translate("ContactsWording", "Other"),
    }
    return names.get(kind, str(kind))


def outcome(code: str) -> str:
    names: dict[str, str] = {
        Outcome.CONNECTED: QCoreApplication.translate("ContactsWording", "Talked"),
        Outcome.NO_ANSWER: QCoreApplication.translate("ContactsWording", "No answer"),
        Outcome.BUSY: QCoreApplication.translate("ContactsWording", "Busy"),
        Outcome.CALL_BACK: QCoreApplication.translate("ContactsWording", "Call back later"),
        Outcome.WON: QCoreApplication.translate("ContactsWording", "Won"),
        Outcome.LOST: QCoreApplication.translate("ContactsWording", "Lost"),
        Outcome.NONE: QCoreApplication.translate("ContactsWording", "(no outcome)"),
    }
    return names.get(code, str(code))


def referrer_kind(code: str | None) -> str:
    if not code:
        return ""
    names: dict[str, str] = {
        ReferrerKind.SUPPLIER: QCoreApplication.translate(
            "ContactsWording", "Supplier / vendor / agency"
        ),
        ReferrerKind.CUSTOMER: QCoreApplication.translate("ContactsWording", "Satisfied customer"),
        ReferrerKind.DECLINING: QCoreApplication.translate("ContactsWording", "Declining prospect"),
        ReferrerKind.EXCHANGE: QCoreApplication.translate(
            "ContactsWording", "Exchange between organisations"
        ),
    }
    return names.get(code, str(code))


def deal_status(code: str) -> str:
    names: dict[str, str] = {
        "open": QCoreApplication.translate("ContactsWording", "Open"),
        "won": QCoreApplication.translate("ContactsWording", "Won"),
        "lost": QCoreApplication.translate("ContactsWording", "Lost"),
    }
    return names.get(code, str(code))


def deal_stage(code: str) -> str:
    """The default funnel stages in words; stages the rep named themselves show as typed."""
    names: dict[str, str] = {
        "recorded": QCoreApplication.translate("ContactsWording", "Recorded"),
        "needs_found": QCoreApplication.translate("ContactsWording", "Need found"),
        "proposal": QCoreApplication.translate("ContactsWording", "Proposal"),
        "follow_up": QCoreApplication.translate("ContactsWording", "Following up"),
        "trial": QCoreApplication.translate("ContactsWording", "Trial"),
        "price_talk": QCoreApplication.translate("ContactsWording", "Price talk"),
        "contract": QCoreApplication.translate("ContactsWording", "Contract"),
        "delivery": QCoreApplication.translate("ContactsWording", "Delivery"),
    }
    return names.get(code, code)


def view_name(view: View | str) -> str:
    names: dict[str, str] = {
        View.VIP_STALE: QCoreApplication.translate(
            "ContactsWording", "VIP not touched in 180 days"
        ),
        View.VISITED_NOT_BOUGHT: QCoreApplication.translate(
            "ContactsWording", "Visited, not bought (Y+O)"
        ),
        View.STUCK_AT_3: QCoreApplication.translate("ContactsWording", "Stuck at 3 touches"),
        View.DUE_TODAY: QCoreApplication.translate("ContactsWording", "Follow-up due today"),
        View.CLASS_OVERDUE: QCoreApplication.translate("ContactsWording", "Class A/B/C overdue"),
    }
    return names.get(view, str(view))


def short_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def local_date(at: datetime | None) -> str:
    """The local calendar day of a UTC timestamp."""
    return "" if at is None else short_date(at.astimezone().date())


def local_datetime(at: datetime) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def money(cents: int) -> str:
    return QLocale().toString(cents / 100, "f", 2)
