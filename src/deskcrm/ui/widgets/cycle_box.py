"""The spin box for a repurchase cycle in days (a contact's, a product tag's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox, QWidget

from deskcrm.core.rules.occasions import MAX_REPURCHASE_DAYS


def cycle_box(tooltip: str, parent: QWidget | None = None) -> QSpinBox:
    """0 reads "no cycle"; the range is the one the services accept."""
    box = QSpinBox(parent)
    box.setRange(0, MAX_REPURCHASE_DAYS)
    box.setSpecialValueText(QCoreApplication.translate("CycleBox", "no cycle"))
    box.setSuffix(QCoreApplication.translate("CycleBox", " days"))
    box.setToolTip(tooltip)
    return box
