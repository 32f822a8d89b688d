"""Tooltips for parts of a rich-text label: each part is a quiet link whose tip shows when it
is hovered or reached with Tab (a QLabel has one tooltip, a timeline needs one per touch)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QCursor, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QToolTip

# Dark enough on a light and a dark base; no underline, so it reads as text, not a command.
QUIET = "color:#6b7785; text-decoration:none;"


def tip_link(href: str, text: str) -> str:
    """`text` (plain) as a quiet link named `href`, for a LinkTips label."""
    return f"<a href='{escape(href)}' style='{QUIET}'>{escape(text)}</a>"


class LinkTips(QObject):
    """Shows the tip registered for a link of `label` while that link is hovered or focused."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.tips: dict[str, str] = {}
        label.linkHovered.connect(self.show_tip)
        # A QLabel says nothing when Tab moves onto one of its links: watch for it.
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.label
            and event.type() == QEvent.Type.KeyRelease
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            href = self.focused_href()
            if href:
                self.show_tip(href)
        return False

    def focused_href(self) -> str:
        """The link the keyboard focus is on ("" when none): the label selects it."""
        if not self.label.hasSelectedText():
            return ""
        document = QTextDocument()
        document.setHtml(self.label.text())
        cursor = QTextCursor(document)
        cursor.setPosition(min(self.label.selectionStart() + 1, document.characterCount() - 1))
        return cursor.charFormat().anchorHref()

    def set_tips(self, tips: dict[str, str]) -> None:
        self.tips = dict(tips)

    def tip(self, href: str) -> str:
        return self.tips.get(href, "")

    def show_tip(self, href: str) -> None:
        text = self.tip(href)
        if not text:
            QToolTip.hideText()
            return
        # Under the mouse when hovered; at the label when the link was reached by keyboard.
        where = QCursor.pos()
        if not self.label.rect().contains(self.label.mapFromGlobal(where)):
            where = self.label.mapToGlobal(QPoint(0, self.label.height() // 2))
        QToolTip.showText(where, text, self.label)
