"""What the main window expects of a screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from deskcrm.ui.bridge import Bridge


class Screen(QWidget):
    """A page of the main window; it reacts to `bridge.changed` and never calls other screens."""

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge

    def on_shown(self) -> None:
        """Called each time the screen becomes visible (refresh if stale)."""

    def can_leave(self) -> bool:
        """Asked before another screen is shown or the window closes; False stays here."""
        return True

    def open_target(self, params: Any) -> None:
        """Show something specific, e.g. {"contact_id": 3}, when navigated to."""
