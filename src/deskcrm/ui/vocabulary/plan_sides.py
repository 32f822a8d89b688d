"""The two sides of the day's plan in words: sales work and non-sales work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.model import PlanSide


def side_name(side: str) -> str:
    if side == PlanSide.SALES:
        return QCoreApplication.translate("PlanSideWords", "Sales")
    return QCoreApplication.translate("PlanSideWords", "Non-sales")
