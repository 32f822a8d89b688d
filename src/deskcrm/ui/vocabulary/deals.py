"""Deal words: the default funnel stages, lost reasons, and how a deal's state reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.model import DealStatus
from deskcrm.ui.vocabulary.templates import fill

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def deal_stage(code: str) -> str:
    """A default stage (settings `deal.stages`) in words; a stage the rep named shows as typed."""
    names: dict[str, str] = {
        "recorded": QCoreApplication.translate("DealWords", "Recorded"),
        "needs_found": QCoreApplication.translate("DealWords", "Need found"),
        "proposal": QCoreApplication.translate("DealWords", "Proposal"),
        "follow_up": QCoreApplication.translate("DealWords", "Follow-up"),
        "trial": QCoreApplication.translate("DealWords", "Trial"),
        "price_talk": QCoreApplication.translate("DealWords", "Price talk"),
        "contract": QCoreApplication.translate("DealWords", "Contract"),
        "delivery": QCoreApplication.translate("DealWords", "Delivery"),
    }
    return names.get(code, code)


def lost_reason_name(code: str) -> str:
    """A default lost reason (settings `deal.lost_reasons`) in words; the rep's own as typed."""
    names: dict[str, str] = {
        "price": QCoreApplication.translate("DealWords", "Price"),
        "competitor": QCoreApplication.translate("DealWords", "Went to a competitor"),
        "no_need": QCoreApplication.translate("DealWords", "No need"),
        "no_budget": QCoreApplication.translate("DealWords", "No budget"),
        "timing": QCoreApplication.translate("DealWords", "Timing"),
        "no_response": QCoreApplication.translate("DealWords", "No response"),
    }
    return names.get(code, code)


def deal_status(status: str, reason: str = "") -> str:
    """Open, won or lost; a lost deal with its reason ("Lost: No need")."""
    if status == DealStatus.LOST and reason:
        return fill(QCoreApplication.translate("DealWords", "Lost: %1"), lost_reason_name(reason))
    names: dict[str, str] = {
        DealStatus.OPEN: QCoreApplication.translate("DealWords", "Open"),
        DealStatus.WON: QCoreApplication.translate("DealWords", "Won"),
        DealStatus.LOST: QCoreApplication.translate("DealWords", "Lost"),
    }
    return names.get(status, status)


def deal_state(status: str, stage: str, reason: str = "") -> str:
    """Where a deal stands in one phrase: its stage while open, "Won", or where and why it was lost.

    A closed deal never shows its last stage on its own, which read as still in progress.
    """
    if status == DealStatus.WON:
        return deal_status(status)
    if status == DealStatus.LOST:
        if reason:
            return fill(
                QCoreApplication.translate("DealWords", "Lost at %1: %2"),
                deal_stage(stage),
                lost_reason_name(reason),
            )
        return fill(QCoreApplication.translate("DealWords", "Lost at %1"), deal_stage(stage))
    return deal_stage(stage)
