"""The charts screen (placeholder until its issue lands): an honest empty state."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from deskcrm.ui.bridge import Bridge
from deskcrm.ui.screens.base import Screen
from deskcrm.ui.widgets.empty_state import EmptyState


class ChartsScreen(Screen):
    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            EmptyState(
                self.tr("Not available yet"),
                self.tr("This screen is not part of this version of DeskCRM yet."),
            )
        )
