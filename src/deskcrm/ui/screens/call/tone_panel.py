"""Tone and listening: a checklist to tick before dialling, and what to watch while talking."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from deskcrm.core.rules.call_details import TONE_CHECKS
from deskcrm.ui.vocabulary.call_facts import tone_check

COLUMNS = 2


class TonePanel(QWidget):
    """Voice carries more than half of a call's effect (docs/method.md §9); shown as the first
    tab of what is captured, titled by the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(self.tr("Tab to a check, Space to tick it"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(TONE_CHECKS):
            label, tip = tone_check(key)
            box = QCheckBox(label)
            box.setToolTip(tip)
            self.boxes[key] = box
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
        layout.addLayout(grid)
        self.watch = QLabel(
            self.tr(
                "While talking: no filler sounds, don't rush or fade at the end, no rising "
                "unsure tone, no monotone. Listen: note key words, repeat their point, name "
                "the benefit, see it from their side."
            )
        )
        self.watch.setWordWrap(True)
        self.watch.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.watch)
        layout.addStretch(1)

    def ticked(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.boxes.items() if box.isChecked())

    def all_ticked(self) -> bool:
        return all(box.isChecked() for box in self.boxes.values())

    def reset(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
