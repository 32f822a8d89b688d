"""Referral sources and stages in words: in full for forms and the story, short for chart axes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.model import ReferralStage, ReferrerKind

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def referrer_kind(code: str | None) -> str:
    if not code:
        return ""
    names: dict[str, str] = {
        ReferrerKind.SUPPLIER: QCoreApplication.translate(
            "ReferrerWords", "Supplier / vendor / agency"
        ),
        ReferrerKind.CUSTOMER: QCoreApplication.translate("ReferrerWords", "Satisfied customer"),
        ReferrerKind.DECLINING: QCoreApplication.translate("ReferrerWords", "Declining prospect"),
        ReferrerKind.EXCHANGE: QCoreApplication.translate(
            "ReferrerWords", "Exchange between organisations"
        ),
    }
    return names.get(code, str(code))


def referrer_short(code: str | None) -> str:
    """A referrer kind in one or two words, for an axis."""
    if not code:
        return QCoreApplication.translate("ReferrerWords", "Not recorded")
    names: dict[str, str] = {
        ReferrerKind.SUPPLIER: QCoreApplication.translate("ReferrerWords", "Supplier"),
        ReferrerKind.CUSTOMER: QCoreApplication.translate("ReferrerWords", "Customer"),
        ReferrerKind.DECLINING: QCoreApplication.translate("ReferrerWords", "Declining"),
        ReferrerKind.EXCHANGE: QCoreApplication.translate("ReferrerWords", "Exchange"),
    }
    return names.get(code, str(code))


def referral_stage(code: str | None) -> str:
    """How far a referral got (core.model.ReferralStage), for the form and the chart."""
    names: dict[str, str] = {
        ReferralStage.ASKED: QCoreApplication.translate("ReferrerWords", "Asked"),
        ReferralStage.NAME_GIVEN: QCoreApplication.translate("ReferrerWords", "Name given"),
        ReferralStage.CONTACTED: QCoreApplication.translate("ReferrerWords", "Contacted"),
        ReferralStage.MET: QCoreApplication.translate("ReferrerWords", "Met"),
        ReferralStage.CLOSED: QCoreApplication.translate("ReferrerWords", "Closed"),
    }
    return names.get(code or ReferralStage.NAME_GIVEN.value, str(code))
