"""The tag filter bar: a chip per tag (click: require, exclude, clear) and an AND/OR switch."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.model import BuiltinTag, TagInfo
from deskcrm.ui.screens.contacts.flow_layout import FlowLayout
from deskcrm.ui.vocabulary.tags import builtin_meaning, builtin_short
from deskcrm.ui.widgets.tag_chip import ChipState, TagChip

MAX_LINES = 3  # lines of chips shown; more scroll


class TagFilterBar(QWidget):
    """Emits `changed` whenever a chip or the AND/OR switch changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: dict[int, TagChip] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        side = QHBoxLayout()
        side.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("All of (AND)"), False)
        self.mode.addItem(self.tr("Any of (OR)"), True)
        self.mode.setToolTip(
            self.tr("Whether a contact needs every required tag or just one of them")
        )
        self.mode.setAccessibleName(self.tr("Tag match mode"))
        self.mode.currentIndexChanged.connect(lambda _i: self.changed.emit())
        side.addWidget(self.mode)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear tags"))
        self.clear_button.setToolTip(self.tr("Remove every tag filter"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        outer.addLayout(side)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.flow = FlowLayout(self.body)
        self.scroller.setWidget(self.body)
        outer.addWidget(self.scroller, 1)
        self.buttons = QVBoxLayout()
        self.buttons.addWidget(self.clear_button)
        self.buttons.addStretch(1)
        outer.addLayout(self.buttons)

    def add_button(self, button: QAbstractButton) -> None:
        """Put a button in the column at the right, under "Clear tags"."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self.clear_button.setMinimumWidth(button.sizeHint().width())

    def set_tags(self, tags: Iterable[TagInfo]) -> None:
        """Rebuild the chips (built-ins first, then custom tags by group), keeping states."""
        states = {tid: chip.state() for tid, chip in self.chips.items()}
        self.flow.clear()
        self.chips.clear()
        group: str | None = None
        for tag in tags:
            if tag.builtin:
                text = builtin_short(tag.builtin)
                tip = builtin_meaning(tag.builtin)
            else:
                if tag.group_name != group:
                    group = tag.group_name
                    title = group or self.tr("Other tags")
                    label = QLabel(self.tr("%1:").replace("%1", title))
                    label.setStyleSheet("color: palette(mid);")
                    self.flow.add_heading(label)
                text = tag.name
                tip = f"{tag.group_name}: {tag.name}" if tag.group_name else tag.name
            chip = TagChip(text, tag.color, tristate=True, tag_id=tag.id)
            chip.setToolTip(
                self.tr(
                    "%1\nClick: only contacts with this tag; again: without it; again: any"
                ).replace("%1", tip)
            )
            chip.setAccessibleName(tip)
            chip.set_state(states.get(tag.id, ChipState.OFF))
            chip.state_changed.connect(self._chip_changed)
            self.chips[tag.id] = chip
            self.flow.addWidget(chip)
        self.body.updateGeometry()
        self._fit_height()
        self._update_clear()
        if any(tid not in self.chips for tid, st in states.items() if st != ChipState.OFF):
            self.changed.emit()  # a filtered-on tag was deleted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # As tall as the chips need, up to three whole lines; more lines scroll a line a step
        # (a cut-off fourth line would read as chips that cannot be clicked).
        width = self.scroller.viewport().width() or self.scroller.width()
        needed = self.flow.heightForWidth(max(width, 50))
        line = max(self.flow.line_height(), 20)
        step = line + self.flow.spacing()
        self.scroller.verticalScrollBar().setSingleStep(step)
        self.scroller.setFixedHeight(min(MAX_LINES * step - self.flow.spacing(), max(needed, 24)))

    def chip(self, tag_id: int) -> TagChip:
        return self.chips[tag_id]

    def builtin_chip(self, builtin: BuiltinTag, tags: Iterable[TagInfo]) -> TagChip | None:
        for tag in tags:
            if tag.builtin == builtin:
                return self.chips.get(tag.id)
        return None

    def require(self) -> tuple[int, ...]:
        return tuple(t for t, c in self.chips.items() if c.state() == ChipState.REQUIRE)

    def exclude(self) -> tuple[int, ...]:
        return tuple(t for t, c in self.chips.items() if c.state() == ChipState.EXCLUDE)

    def any_of(self) -> bool:
        return bool(self.mode.currentData())

    def set_filter(self, require: Iterable[int], exclude: Iterable[int], any_of: bool) -> None:
        """Show a saved filter without emitting `changed` once per chip."""
        req, exc = set(require), set(exclude)
        self.blockSignals(True)
        try:
            for tid, chip in self.chips.items():
                chip.set_state(
                    ChipState.REQUIRE
                    if tid in req
                    else ChipState.EXCLUDE
                    if tid in exc
                    else ChipState.OFF
                )
            self.mode.setCurrentIndex(1 if any_of else 0)
        finally:
            self.blockSignals(False)
        self._update_clear()

    def clear(self) -> None:
        had = bool(self.require() or self.exclude())
        self.set_filter((), (), self.any_of())
        if had:
            self.changed.emit()

    def _chip_changed(self, _state: int) -> None:
        self._update_clear()
        self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(bool(self.require() or self.exclude()))
