"""Words of the plan in the current language: what a drafted line asks, why it is there,
and how a stored line reads (screen, PDF, calendar, CLI)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from deskcrm.core.model import PlanItemInfo
from deskcrm.core.rules.occasions import Festival
from deskcrm.core.rules.plan_draft import (
    ASK_DECLINED,
    ASK_VIP,
    Origin,
    Reason,
    Suggestion,
    reason_of,
    repurchase_parts,
    template_purposes,
)
from deskcrm.core.rules.referrals import THANKS_ORIGIN
from deskcrm.ui.vocabulary.qualification import shortfall_text
from deskcrm.ui.vocabulary.templates import fill

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def _one_line(text: str) -> str:
    return " ".join(text.split())


def origin_of(info: PlanItemInfo) -> Origin | None:
    """Why a stored line was drafted, None for a hand-written one."""
    code = reason_of(info.reason)
    return Origin(code, info.detail, info.due) if code is not None else None


def line_purposes(info: PlanItemInfo) -> tuple[str, ...]:
    """The template purposes that suit a stored line (() for none, hand-written lines)."""
    why = origin_of(info)
    return template_purposes(why) if why is not None else ()


def _late(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("PlanWording", " (a day late)")
    if days > 1:
        return fill(QCoreApplication.translate("PlanWording", " (%1 days late)"), days)
    return ""


def task_text(why: Origin, day: date) -> str:
    """What to do for a drafted line, without the contact's name (shown beside it)."""
    detail = _one_line(why.detail)
    if why.reason == Reason.NEXT_STEP:
        return fill(QCoreApplication.translate("PlanWording", "Promised: %1"), detail)
    if why.reason == Reason.FOLLOW_UP and detail:
        return fill(QCoreApplication.translate("PlanWording", "Follow up: %1"), detail)
    if why.reason == Reason.FOLLOW_UP:
        return QCoreApplication.translate("PlanWording", "Follow up")
    if why.reason == Reason.CLASS_DEADLINE and why.late_days(day) > 0:
        return fill(QCoreApplication.translate("PlanWording", "Close or let go (class %1)"), detail)
    if why.reason == Reason.CLASS_DEADLINE:
        return fill(QCoreApplication.translate("PlanWording", "Close the deal (class %1)"), detail)
    if why.reason == Reason.VIP_CALL:
        return QCoreApplication.translate("PlanWording", "Call (VIP)")
    if why.reason == Reason.STUCK:
        return QCoreApplication.translate("PlanWording", "Follow up again")
    if why.reason == Reason.THANK_COACH:
        return thanks_prefix() + detail
    if why.reason == Reason.COACH_CHECK:
        return fill(
            QCoreApplication.translate(
                "PlanWording", "Check budget and decision power with the coach %1"
            ),
            detail,
        )
    if why.reason == Reason.BIRTHDAY:
        return QCoreApplication.translate("PlanWording", "Birthday greeting")
    if why.reason == Reason.OCCASION:
        return fill(QCoreApplication.translate("PlanWording", "Greet: %1"), detail)
    if why.reason == Reason.FESTIVAL:
        return fill(
            QCoreApplication.translate("PlanWording", "%1 greeting"), festival_name(why.detail)
        )
    if why.reason == Reason.REPURCHASE:
        return QCoreApplication.translate("PlanWording", "Time to buy again")
    if why.reason == Reason.INVITE:
        return QCoreApplication.translate("PlanWording", "Invite to visit")
    if why.reason == Reason.NEW_PRODUCT:
        return QCoreApplication.translate("PlanWording", "Show what is new, ask about the need")
    if why.reason == Reason.UPGRADE:
        return QCoreApplication.translate("PlanWording", "Upgrade, bundle or buy again")
    if why.reason == Reason.BOUGHT_BEFORE:
        return QCoreApplication.translate("PlanWording", "Customer care call")
    if why.reason == Reason.ASK_REFERRAL:
        return QCoreApplication.translate(
            "PlanWording", "Ask for a referral: who else might need this?"
        )
    if why.reason == Reason.GOING_COLD:
        return QCoreApplication.translate("PlanWording", "Keep in touch: going cold")
    return detail


def festival_name(code: str) -> str:
    """A festival's name (a stored line's detail); an unknown code reads as itself."""
    names = {
        Festival.NEW_YEAR: QCoreApplication.translate("PlanWording", "New Year's Day"),
        Festival.LABA: QCoreApplication.translate("PlanWording", "Laba Festival"),
        Festival.LITTLE_NEW_YEAR: QCoreApplication.translate("PlanWording", "Little New Year"),
        Festival.SPRING: QCoreApplication.translate("PlanWording", "Spring Festival"),
        Festival.LANTERN: QCoreApplication.translate("PlanWording", "Lantern Festival"),
        Festival.LABOUR_DAY: QCoreApplication.translate("PlanWording", "Labour Day"),
        Festival.DRAGON_BOAT: QCoreApplication.translate("PlanWording", "Dragon Boat Festival"),
        Festival.QIXI: QCoreApplication.translate("PlanWording", "Qixi Festival"),
        Festival.MID_AUTUMN: QCoreApplication.translate("PlanWording", "Mid-Autumn Festival"),
        Festival.NATIONAL_DAY: QCoreApplication.translate("PlanWording", "National Day"),
        Festival.DOUBLE_NINTH: QCoreApplication.translate("PlanWording", "Double Ninth Festival"),
    }
    try:
        return names[Festival(code)]
    except ValueError:
        return code


def why_text(why: Origin, day: date) -> str:
    """Why a line was proposed for `day`, in a few words."""
    due = why.due.isoformat() if why.due else ""
    late = _late(why.late_days(day))
    if why.reason == Reason.CARRIED:
        return fill(QCoreApplication.translate("PlanWording", "not done on %1"), due)
    if why.reason == Reason.NEXT_STEP:
        return (
            QCoreApplication.translate("PlanWording", "you promised this step for the day") + late
        )
    if why.reason == Reason.FOLLOW_UP:
        return QCoreApplication.translate("PlanWording", "follow-up date has come") + late
    if why.reason == Reason.CLASS_DEADLINE:
        if why.late_days(day) > 0:
            return (
                fill(
                    QCoreApplication.translate("PlanWording", "class %1 window ended %2"),
                    why.detail,
                    due,
                )
                + late
            )
        return fill(
            QCoreApplication.translate("PlanWording", "class %1 window ends %2"), why.detail, due
        )
    if why.reason == Reason.THANK_COACH:
        return fill(
            QCoreApplication.translate("PlanWording", "someone they referred closed on %1"), due
        )
    if why.reason == Reason.COACH_CHECK:
        return QCoreApplication.translate(
            "PlanWording", "deal past finding the need: before the proposal"
        )
    if why.reason == Reason.VIP_CALL:
        if why.due is None:
            return QCoreApplication.translate("PlanWording", "VIP never called")
        return fill(
            QCoreApplication.translate("PlanWording", "VIP last called %1 (over 6 months)"), due
        )
    if why.reason == Reason.STUCK:
        return fill(
            QCoreApplication.translate("PlanWording", "stuck at %1 touches: don't stop now"),
            why.detail,
        )
    return _greeting_or_segment_why(why, day, due)


def _greeting_or_segment_why(why: Origin, day: date, due: str) -> str:
    """Why an occasion, festival, repurchase or segment line was proposed."""
    if why.reason in (Reason.BIRTHDAY, Reason.OCCASION, Reason.FESTIVAL):
        if why.due == day:
            return QCoreApplication.translate("PlanWording", "today")
        return fill(QCoreApplication.translate("PlanWording", "on %1"), due)
    if why.reason == Reason.REPURCHASE:
        days, product = repurchase_parts(why.detail)
        if product:
            text = fill(
                QCoreApplication.translate("PlanWording", "buys %1 every %2 days, due %3"),
                product,
                days,
                due,
            )
        else:
            text = fill(
                QCoreApplication.translate("PlanWording", "buys every %1 days, due %2"), days, due
            )
        return text + _late(why.late_days(day))
    never = QCoreApplication.translate("PlanWording", "never touched")
    touched = (
        fill(QCoreApplication.translate("PlanWording", "last touched %1"), due) if due else never
    )
    if why.reason == Reason.INVITE:
        return QCoreApplication.translate("PlanWording", "not visited yet") + " · " + touched
    if why.reason == Reason.NEW_PRODUCT:
        return (
            QCoreApplication.translate("PlanWording", "visited, not bought yet") + " · " + touched
        )
    if why.reason == Reason.UPGRADE:
        return QCoreApplication.translate("PlanWording", "visited and bought") + " · " + touched
    if why.reason == Reason.BOUGHT_BEFORE:
        return (
            QCoreApplication.translate("PlanWording", "five bought-before a day") + " · " + touched
        )
    if why.reason == Reason.ASK_REFERRAL:
        return _ask_why(why, due)
    if why.reason == Reason.GOING_COLD:
        return fill(
            QCoreApplication.translate("PlanWording", "usually every %1 days, last touched %2"),
            why.detail,
            due,
        )
    return ""


def _ask_why(why: Origin, due: str) -> str:
    """Why a referral ask: a decliner's lost deal, or a customer not asked lately."""
    if why.detail == ASK_DECLINED:
        return fill(
            QCoreApplication.translate("PlanWording", "declined on %1, time has passed"), due
        )
    asked = (
        fill(QCoreApplication.translate("PlanWording", "last asked %1"), due)
        if due
        else QCoreApplication.translate("PlanWording", "never asked")
    )
    if why.detail == ASK_VIP:
        return QCoreApplication.translate("PlanWording", "VIP") + " · " + asked
    return QCoreApplication.translate("PlanWording", "satisfied customer") + " · " + asked


def is_thanks(origin: str, origin_key: str) -> bool:
    """A "thank / reward the coach" line planned by a close (its title holds the names)."""
    return origin_key.startswith(f"{THANKS_ORIGIN}:") and origin in (THANKS_ORIGIN, "carried")


def thanks_prefix() -> str:
    return QCoreApplication.translate("PlanWording", "Thank / reward the coach: ")


def shown_title(info: PlanItemInfo) -> str:
    """What a stored line says to do, without its contact's name: the rep's words, or
    a drafted line's task in the current language (screen, PDF, calendar, CLI)."""
    why = origin_of(info)
    if info.title:
        if why is None and is_thanks(info.origin, info.origin_key):
            return thanks_prefix() + info.title
        return info.title
    return task_text(why, info.day) if why is not None else ""


def shown_why(info: PlanItemInfo) -> str:
    """Why a drafted line is on the plan ("" for a hand-written one)."""
    why = origin_of(info)
    return why_text(why, info.day) if why is not None else ""


def line_text(info: PlanItemInfo) -> str:
    """A stored line with its contact named once: who · what for worded lines, the rep's
    words · who for hand-written ones (the calendar's summary)."""
    text = shown_title(info)
    if info.contact_name and info.reason and not info.title:
        return f"{info.contact_name} · {text}"
    if info.contact_name:
        return f"{text} · {info.contact_name}"
    return text


def item_text(info: PlanItemInfo) -> str:
    """A stored line on one line: who and what, then why (the screen and the CLI)."""
    why = shown_why(info)
    return f"{line_text(info)}  — {why}" if why else line_text(info)


def _hand_written(s: Suggestion) -> bool:
    """A carried line that reads as the rep (or a close) worded it, not from a reason."""
    return s.reason == Reason.CARRIED and (bool(s.title) or s.source is None)


def suggestion_task(s: Suggestion, day: date) -> str:
    """What a proposed line would have the rep do (a carried line: as it was planned)."""
    if _hand_written(s):
        text = _one_line(s.title or s.detail)
        return thanks_prefix() + text if is_thanks("carried", s.origin_key) else text
    if s.reason == Reason.CARRIED and s.source is not None:
        return task_text(s.source, day)
    return task_text(s.origin(), day)


def suggestion_why(s: Suggestion, day: date) -> str:
    if s.reason == Reason.CARRIED:
        return fill(
            QCoreApplication.translate("PlanWording", "not done on %1"),
            s.due.isoformat() if s.due else "",
        )
    return why_text(s.origin(), day)


def suggestion_text(s: Suggestion, day: date) -> str:
    """A draft line as the dialog and the CLI list it: who and what (as `line_text`
    words the stored line), then why."""
    task = suggestion_task(s, day)
    if _hand_written(s):
        head = f"{task} · {s.contact_name}" if s.contact_name else task
    else:
        head = f"{s.contact_name} · {task}" if s.contact_name and task else s.contact_name or task
    line = f"{head}  — {suggestion_why(s, day)}"
    # A line lowered by its contact's qualification says why.
    return f"{line} · {shortfall_text(s.shortfall)}" if s.shortfall is not None else line


def cli_draft_words() -> dict[str, str]:
    """The words `deskcrm plan --draft` prints around the lines (%1.. filled there)."""
    return {
        "heading": QCoreApplication.translate(
            "PlanWording", "Draft for %1 · capacity %2 sales items, %3 already planned"
        ),
        "rule": QCoreApplication.translate(
            "PlanWording", "---- over the capacity of %1 (not added by default) ----"
        ),
        "within": QCoreApplication.translate("PlanWording", "within"),
        "over": QCoreApplication.translate("PlanWording", "over"),
        "nothing": QCoreApplication.translate(
            "PlanWording", "Nothing is due that is not planned yet."
        ),
        "added": QCoreApplication.translate("PlanWording", "Added %1 line(s) to the plan"),
    }


def asks_class_decision(info: PlanItemInfo) -> bool:
    """A class-deadline line past its window on its day ("close or let go"): it offers
    the decision, extend the window once or move the contact to D."""
    why = origin_of(info)
    return (
        why is not None
        and why.reason == Reason.CLASS_DEADLINE
        and info.contact_id is not None
        and why.late_days(info.day) > 0
    )


def suggestion_asks_class_decision(s: Suggestion, day: date) -> bool:
    """The same for a proposed line of the draft for `day`."""
    return (
        s.contact_id is not None
        and s.reason == Reason.CLASS_DEADLINE
        and s.origin().late_days(day) > 0
    )
