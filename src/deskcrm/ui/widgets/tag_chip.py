"""Coloured tag chips: painting them in table cells, and a clickable chip button."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

PAD_X = 6
PAD_Y = 2
GAP = 4
RADIUS = 8.0
FALLBACK_COLOR = "#607d8b"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Chip:
    text: str
    color: str


def chip_color(color: str) -> QColor:
    qc = QColor(color)
    return qc if qc.isValid() else QColor(FALLBACK_COLOR)


def text_color_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    return QColor("#000000") if lum > 0.4 else QColor("#ffffff")


def chip_size(metrics: QFontMetrics, text: str) -> QSize:
    return QSize(metrics.horizontalAdvance(text) + 2 * PAD_X, metrics.height() + 2 * PAD_Y)


def paint_chips(
    painter: QPainter,
    rect: QRect,
    chips: Sequence[Chip],
    font: QFont,
    more_color: QColor,
    outline: QColor | None = None,
) -> None:
    """Filled chips left to right, vertically centred; a "+n" marks those that do not fit.

    `outline` rings each chip, so a chip whose colour is close to the selection's (a blue
    tag on a selected row) still stands out from it."""
    if not chips:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    x = rect.left() + 2
    right = rect.right() - 2
    for i, chip in enumerate(chips):
        size = chip_size(metrics, chip.text)
        rest = len(chips) - i - 1
        more = chip_size(metrics, f"+{rest}").width() + GAP if rest else 0
        if x + size.width() + more > right and i > 0:
            label = f"+{len(chips) - i}"
            painter.setPen(more_color)
            painter.drawText(
                QRect(x, rect.top(), max(0, right - x), rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            break
        box = QRectF(x, rect.center().y() - size.height() / 2 + 0.5, size.width(), size.height())
        background = chip_color(chip.color)
        painter.setPen(QPen(outline, 1.2) if outline is not None else Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        painter.setPen(text_color_on(background))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, chip.text)
        x += size.width() + GAP
    painter.restore()


class ChipDelegate(QStyledItemDelegate):
    """Paints the list of `Chip`s an index holds under `role` (selection background kept)."""

    def __init__(self, role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        chips = index.data(self.role) or ()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        paint_chips(
            painter,
            opt.rect,
            chips,
            opt.font,
            palette.color(role),
            palette.color(QPalette.ColorRole.HighlightedText) if selected else None,
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        chips: Sequence[Chip] = index.data(self.role) or ()
        metrics = QFontMetrics(option.font)
        width = sum(chip_size(metrics, c.text).width() + GAP for c in chips) + 4
        return QSize(width, metrics.height() + 2 * PAD_Y + 6)


class ChipState(IntEnum):
    """A filter chip's state: not used, required, or excluded."""

    OFF = 0
    REQUIRE = 1
    EXCLUDE = 2


class TagChip(QAbstractButton):
    """A rounded chip button in the tag's colour.

    Tri-state chips cycle OFF -> REQUIRE -> EXCLUDE -> OFF on each click (filter
    bars); two-state chips are checkable toggles (a contact has the tag or not).
    """

    state_changed = Signal(int)

    def __init__(
        self,
        text: str,
        color: str,
        *,
        tristate: bool = False,
        tag_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setText(text)
        self.color = color
        self.tag_id = tag_id
        self.tristate = tristate
        self._state = ChipState.OFF
        self.setCheckable(not tristate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._on_clicked)

    def state(self) -> ChipState:
        if not self.tristate:
            return ChipState.REQUIRE if self.isChecked() else ChipState.OFF
        return self._state

    def set_state(self, state: ChipState) -> None:
        if not self.tristate:
            self.setChecked(state != ChipState.OFF)
            return
        if state != self._state:
            self._state = state
            self.update()

    def _on_clicked(self) -> None:
        if self.tristate:
            self._state = ChipState((self._state + 1) % len(ChipState))
            self.update()
        self.state_changed.emit(int(self.state()))

    def sizeHint(self) -> QSize:
        size = chip_size(self.fontMetrics(), self._label())
        return QSize(size.width() + 4, size.height() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _label(self) -> str:
        # A leading minus marks an excluded tag for people who cannot tell colours apart.
        return f"− {self.text()}" if self.state() == ChipState.EXCLUDE else self.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        base = chip_color(self.color)
        state = self.state()
        font = QFont(self.font())
        if state == ChipState.REQUIRE:
            painter.setPen(QPen(base.darker(130), 1))
            painter.setBrush(base)
            fg = text_color_on(base)
            font.setBold(True)
        elif state == ChipState.EXCLUDE:
            pen = QPen(QColor("#c62828"), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(self.palette().base())
            fg = QColor("#c62828")
            font.setStrikeOut(True)
        else:
            light = QColor(base)
            light.setAlpha(40)
            painter.setPen(QPen(base, 1))
            painter.setBrush(light)
            fg = self.palette().text().color()
        if not self.isEnabled():
            painter.setOpacity(0.5)
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), RADIUS + 1, RADIUS + 1)
        painter.setFont(font)
        painter.setPen(fg)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._label())
        painter.end()
