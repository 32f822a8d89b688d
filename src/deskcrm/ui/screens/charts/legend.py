"""A chart's legend above its plot: every entry whole, wrapped between entries, never cut."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from deskcrm.ui.screens.charts.plot import LegendEntry

MARKS = {"bar": "■", "line": "━", "dashed": "╍"}
GAP = "\u00a0" * 4  # between entries on a line


class LegendBar(QLabel):
    """Lays its entries out in lines that fit its width (Qt would break a Chinese name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: tuple[LegendEntry, ...] = ()
        self.setTextFormat(Qt.TextFormat.RichText)
        # The text follows the width, never the other way round.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._laid_for = -1

    def set_entries(self, entries: tuple[LegendEntry, ...]) -> None:
        self.entries = entries
        self.setVisible(bool(entries))
        self._laid_for = -1
        self._lay_out()

    def lines(self, width: int) -> list[list[LegendEntry]]:
        """The entries in lines no wider than `width` pixels (a too-wide one gets its own)."""
        metrics = QFontMetrics(self.font())
        gap = metrics.horizontalAdvance(GAP)
        out: list[list[LegendEntry]] = []
        used = 0
        for entry in self.entries:
            size = metrics.horizontalAdvance(f"{MARKS[entry.mark]}\u00a0{entry.name}")
            if out and used + gap + size <= width:
                out[-1].append(entry)
                used += gap + size
            else:
                out.append([entry])
                used = size
        return out

    def plain_lines(self) -> list[str]:
        """The lines as shown, without markup (for tests and readers)."""
        return [
            GAP.join(f"{MARKS[e.mark]} {e.name}" for e in line) for line in self.lines(self.width())
        ]

    def _lay_out(self) -> None:
        width = self.width()
        if width == self._laid_for or width <= 0:
            return
        self._laid_for = width
        rows = []
        for line in self.lines(width):
            rows.append(
                GAP.join(
                    f'<span style="color:{e.color}">{MARKS[e.mark]}</span>\u00a0'
                    + html.escape(e.name).replace(" ", "\u00a0")
                    for e in line
                )
            )
        self.setText("<br>".join(rows))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()
