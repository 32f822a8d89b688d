"""UI-language words of the plan: drafted line titles, reasons, and how a stored line reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.model import PlanItemInfo
from deskcrm.core.rules.plan_draft import Reason, Suggestion
from deskcrm.core.rules.referrals import THANKS_ORIGIN
from deskcrm.core.services.plan import MAX_TITLE
from deskcrm.ui.vocabulary.templates import fill

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def _one_line(text: str) -> str:
    return " ".join(text.split())


def default_title(s: Suggestion) -> str:
    """The title a drafted line gets on the sheet (the rep may reword it afterwards)."""
    name, detail = s.contact_name, _one_line(s.detail)
    due = s.due.isoformat() if s.due else ""
    if s.reason == Reason.NEXT_STEP:
        text = fill(QCoreApplication.translate("PlanWording", "%1: %2 (promised)"), name, detail)
    elif s.reason == Reason.FOLLOW_UP and detail:
        text = fill(
            QCoreApplication.translate("PlanWording", "Follow up with %1: %2"), name, detail
        )
    elif s.reason == Reason.FOLLOW_UP:
        text = fill(QCoreApplication.translate("PlanWording", "Follow up with %1"), name)
    elif s.reason == Reason.CLASS_DEADLINE and s.overdue_days > 0:
        text = fill(
            QCoreApplication.translate(
                "PlanWording", "Close %1 or let go (class %2, window ended %3)"
            ),
            name,
            s.class_code or "",
            due,
        )
    elif s.reason == Reason.CLASS_DEADLINE:
        text = fill(
            QCoreApplication.translate("PlanWording", "Close %1 (class %2) by %3"),
            name,
            s.class_code or "",
            due,
        )
    elif s.reason == Reason.VIP_CALL:
        text = fill(QCoreApplication.translate("PlanWording", "Call VIP %1"), name)
    elif s.reason == Reason.STUCK:
        text = fill(
            QCoreApplication.translate(
                "PlanWording", "Follow up %1 again (%2 touches, don't give up)"
            ),
            name,
            s.touch_count,
        )
    elif s.reason == Reason.THANK_COACH:
        # Names only, like the line winning a deal plans; `shown_title` words both alike.
        text = f"{name} ← {detail}"
    else:  # carried: the line as it was written
        text = detail
    text = text.strip()
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "…"


def is_thanks(origin: str, origin_key: str) -> bool:
    """A "thank / reward the coach" line, planned by a close, by a draft, or carried over."""
    return origin_key.startswith(f"{THANKS_ORIGIN}:") and origin in (THANKS_ORIGIN, "carried")


def thanks_prefix() -> str:
    return QCoreApplication.translate("PlanWording", "Thank / reward the coach: ")


def shown_title(info: PlanItemInfo) -> str:
    """How a stored line reads on the screen, the PDF and the calendar."""
    if is_thanks(info.origin, info.origin_key):
        return thanks_prefix() + info.title
    return info.title


def reason_text(s: Suggestion) -> str:
    """Why a drafted line is proposed, in a few words."""
    due = s.due.isoformat() if s.due else ""
    if s.overdue_days == 1:
        late = QCoreApplication.translate("PlanWording", " (a day late)")
    elif s.overdue_days > 1:
        late = fill(QCoreApplication.translate("PlanWording", " (%1 days late)"), s.overdue_days)
    else:
        late = ""
    if s.reason == Reason.CARRIED:
        return fill(QCoreApplication.translate("PlanWording", "not done on %1"), due)
    if s.reason == Reason.NEXT_STEP:
        return QCoreApplication.translate("PlanWording", "you promised this step for the day")
    if s.reason == Reason.FOLLOW_UP:
        return QCoreApplication.translate("PlanWording", "follow-up date has come") + late
    if s.reason == Reason.CLASS_DEADLINE:
        if s.overdue_days > 0:
            return (
                fill(
                    QCoreApplication.translate("PlanWording", "class %1 window ended %2"),
                    s.class_code or "",
                    due,
                )
                + late
            )
        return fill(
            QCoreApplication.translate("PlanWording", "class %1 window ends %2"),
            s.class_code or "",
            due,
        )
    if s.reason == Reason.THANK_COACH:
        return fill(
            QCoreApplication.translate("PlanWording", "someone they referred closed on %1"), due
        )
    if s.reason == Reason.VIP_CALL:
        if s.last_call is None:
            return QCoreApplication.translate("PlanWording", "VIP never called")
        return fill(
            QCoreApplication.translate("PlanWording", "VIP last called %1 (over 6 months)"),
            s.last_call.isoformat(),
        )
    return fill(
        QCoreApplication.translate("PlanWording", "stuck at %1 touches: don't stop now"),
        s.touch_count,
    )


def suggestion_text(s: Suggestion, title: str) -> str:
    """A draft line as the dialog lists it: the title as it will read, then the reason."""
    shown = thanks_prefix() + title if is_thanks(s.reason.value, s.origin_key) else title
    return f"{shown}    — {reason_text(s)}"
