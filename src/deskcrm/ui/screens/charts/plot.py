"""Drawing with pyqtgraph: the spec each chart builds, the view that draws it, and hit tests.

Charts are bars over categories (days, weeks, stages, classes, customers) at
x = 0, 1, 2...; a chart never touches pyqtgraph itself, it hands a ChartSpec to
PlotView. Clicking a bar (or the empty part of a category) reports the Target
behind it: the service call that lists the contacts there.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QWidget

# Noto Sans CJK comes with tools/dev.py (fonts-noto-cjk); the others cover Windows/macOS.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)
# Okabe-Ito: tells apart for colour-blind eyes too.
COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
ALERT = "#D55E00"
TARGET = "#2E7D32"  # a target's level, apart from every series colour
MUTED = "#9E9E9E"
MAX_TICK_LABELS = 14
BAR_WIDTH = 0.8
HEADROOM = 1.12  # room above the tallest bar for a level's label (the legend is above the plot)
ROW_PX = 20  # a category's height in a horizontal chart, so every name has room
TICK_GAP_PX = 10  # at least this between two category names
LEVEL_FILL_ALPHA = 215  # a level's label stays readable over the bars behind it


@dataclass(frozen=True)
class Target:
    """What a click means: `fn(db, *args)` lists the contact ids; `title` names the list."""

    fn: Callable[..., tuple[int, ...]]
    args: tuple[Any, ...]
    title: str


@dataclass(frozen=True)
class Bar:
    x: float  # centre; categories sit at 0, 1, 2...
    top: float
    hover: str
    target: Target | None = None
    base: float = 0.0  # for stacked bars
    color: str | None = None  # overrides the series colour (e.g. a flagged customer)


@dataclass(frozen=True)
class BarSeries:
    name: str
    color: str
    bars: tuple[Bar, ...]
    width: float = BAR_WIDTH


@dataclass(frozen=True)
class LineSeries:
    name: str
    color: str
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    dashed: bool = False
    symbols: bool = False
    right: bool = False  # drawn against the right-hand axis


@dataclass(frozen=True)
class Band:
    """A shaded stretch of categories, `first`..`last` included (e.g. a drop)."""

    first: int
    last: int
    color: str = ALERT


@dataclass(frozen=True)
class Level:
    """A horizontal reference line (the usual level, the 1-in-10 aim, the weekly goal)."""

    y: float
    name: str
    color: str = MUTED
    right: bool = False  # the label at the right end (a target beside the usual level)


@dataclass(frozen=True)
class Table:
    """The data behind a chart, as exported to CSV."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class ChartSpec:
    ticks: tuple[str, ...]  # one label per category
    table: Table
    bars: tuple[BarSeries, ...] = ()
    lines: tuple[LineSeries, ...] = ()
    bands: tuple[Band, ...] = ()
    levels: tuple[Level, ...] = ()
    y_label: str = ""
    right_label: str = ""
    x_label: str = ""
    # A click on a category away from its bars (e.g. above a short one) opens this.
    slots: tuple[Target | None, ...] = ()
    slot_hover: tuple[str, ...] = ()
    y_min_top: float = 1.0  # the y axis shows at least 0..this
    # Categories down the left, bars to the right (long names, e.g. customers, all shown).
    horizontal: bool = False
    value_format: Callable[[float], str] | None = None  # the value axis's ticks (e.g. money)

    @property
    def bar_count(self) -> int:
        return sum(len(s.bars) for s in self.bars)


@dataclass(frozen=True)
class LegendEntry:
    name: str
    color: str
    mark: str  # "bar", "line" or "dashed"


def legend_entries(spec: ChartSpec) -> tuple[LegendEntry, ...]:
    """What the legend above a plot lists: every drawn bar series, then every line."""
    return (
        *(LegendEntry(s.name, s.color, "bar") for s in spec.bars if s.bars),
        *(
            LegendEntry(line.name, line.color, "dashed" if line.dashed else "line")
            for line in spec.lines
        ),
    )


class ValueAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """An axis whose tick labels a chart may format (¥ and thousands separators for money)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.format: Callable[[float], str] | None = None

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.format is None:
            return list(super().tickStrings(values, scale, spacing))
        return [self.format(v * scale) for v in values]


def nice_step(top: float, most: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving at most `most` ticks to `top`."""
    if top <= 0:
        return 1.0
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def two_lines(label: str) -> str:
    """A label broken at the space nearest its middle (one without spaces stays whole)."""
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    if not spaces:
        return label
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return label[:cut] + "\n" + label[cut + 1 :]


def chart_font() -> QFont:
    """The UI font, falling back to a CJK face so Chinese labels never show as boxes."""
    font = QFont(QApplication.font())
    available = set(QFontDatabase.families())
    cjk = [f for f in CJK_FAMILIES if f in available][:1]
    font.setFamilies([font.family(), *cjk])
    return font


def tick_step(count: int, most: int = MAX_TICK_LABELS) -> int:
    return max(1, math.ceil(count / most))


class PlotView(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no types
    """One chart's plot: bars, lines, bands and levels from a spec; hover and click hits."""

    clicked = Signal(object)  # Target
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        palette = QApplication.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.value_axes = {name: ValueAxis(name) for name in ("left", "bottom")}
        super().__init__(parent, background=base, axisItems=self.value_axes)
        self.spec: ChartSpec | None = None
        self._base = base
        self.font_ = chart_font()
        self.scene().setFont(self.font_)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=False, y=True, alpha=0.25)
        self._text_pen = pg.mkPen(text)
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            axis.setPen(self._text_pen)
            axis.setTextPen(self._text_pen)
            axis.setStyle(tickFont=self.font_)
        # pyqtgraph drops a label that would reach past the axis ends, which hid the first
        # category (the first day, the top customer); the layout's margin has room for it.
        item.getAxis("bottom").setStyle(hideOverlappingLabels=False)
        self._text = text
        self.right_box: pg.ViewBox | None = None
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_move)
        self.setMinimumHeight(240)

    # QGraphicsView's hint follows the scene, which grows with the view: a fixed hint keeps
    # the cards from growing each time the charts are laid out again.
    def sizeHint(self) -> QSize:
        return QSize(480, max(self.minimumHeight(), 260))

    # Charts do not zoom, so the wheel belongs to the page: without this, scrolling the
    # dashboard stops whenever the pointer is over a chart.
    def wheelEvent(self, ev: QWheelEvent) -> None:
        ev.ignore()

    # pyqtgraph's scene handles the click; accepting here keeps Qt from passing it on.
    def mousePressEvent(self, ev: QMouseEvent) -> None:
        super().mousePressEvent(ev)
        ev.accept()

    def mouseReleaseEvent(self, ev: QMouseEvent) -> None:
        super().mouseReleaseEvent(ev)
        ev.accept()

    def _css(self) -> dict[str, str]:
        # No quotes: pyqtgraph wraps the style in single quotes itself.
        return {"font-family": ", ".join(self.font_.families())}

    def _right_box(self) -> pg.ViewBox:
        if self.right_box is None:
            item = self.getPlotItem()
            box = pg.ViewBox(enableMouse=False)
            # Above the main view, so its line is never hidden behind the bars.
            box.setZValue(item.zValue() + 1)
            item.showAxis("right")
            item.scene().addItem(box)
            item.getAxis("right").linkToView(box)
            box.setXLink(item.vb)

            def follow() -> None:
                box.setGeometry(item.vb.sceneBoundingRect())

            item.vb.sigResized.connect(follow)
            follow()
            self.right_box = box
        return self.right_box

    def clear_chart(self) -> None:
        item = self.getPlotItem()
        item.clear()
        if self.right_box is not None:
            self.right_box.clear()
        item.hideAxis("right")
        self.spec = None

    def show_spec(self, spec: ChartSpec) -> None:
        self.clear_chart()
        self.spec = spec
        item = self.getPlotItem()
        n = len(spec.ticks)
        for band in spec.bands:
            color = QColor(band.color)
            color.setAlpha(40)
            region = pg.LinearRegionItem(
                (band.first - 0.5, band.last + 0.5), movable=False, brush=color, pen=pg.mkPen(None)
            )
            region.setZValue(-10)
            item.addItem(region)
        top = spec.y_min_top
        for series in spec.bars:
            if not series.bars:
                continue
            brushes = [pg.mkBrush(b.color or series.color) for b in series.bars]
            places = [b.x for b in series.bars]
            starts = [b.base for b in series.bars]
            lengths = [b.top - b.base for b in series.bars]
            if spec.horizontal:
                shape = {"y": places, "x0": starts, "width": lengths, "height": series.width}
            else:
                shape = {"x": places, "y0": starts, "height": lengths, "width": series.width}
            bars = pg.BarGraphItem(
                **shape, brushes=brushes, brush=pg.mkBrush(series.color), pen=pg.mkPen(None)
            )
            item.addItem(bars)
            top = max(top, *(b.top for b in series.bars))
        right_top = 0.0
        for line in spec.lines:
            pen = pg.mkPen(line.color, width=2)
            if line.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            curve = pg.PlotDataItem(
                list(line.xs),
                list(line.ys),
                pen=pen,
                symbol="o" if line.symbols else None,
                symbolSize=6,
                symbolBrush=line.color,
                symbolPen=pg.mkPen(None),
            )
            if line.right:
                self._right_box().addItem(curve)
                right_top = max(right_top, *line.ys, 0.0) if line.ys else right_top
            else:
                item.addItem(curve)
                top = max(top, *line.ys) if line.ys else top
        fill = QColor(self._base)
        fill.setAlpha(LEVEL_FILL_ALPHA)
        for level in spec.levels:
            pen = pg.mkPen(level.color, width=1.5, style=Qt.PenStyle.DashLine)
            # The label in the text colour on a near-opaque patch: grey on the bars was unreadable.
            mark = pg.InfiniteLine(
                pos=level.y,
                angle=0,
                pen=pen,
                label=level.name,
                labelOpts={
                    "position": 0.98 if level.right else 0.02,
                    "color": self._text,
                    "fill": pg.mkBrush(fill),
                    "anchors": [(1, 1), (1, 1)] if level.right else [(0, 1), (0, 1)],
                },
            )
            item.addItem(mark)
            top = max(top, level.y)
        category, value = ("left", "bottom") if spec.horizontal else ("bottom", "left")
        self.value_axes[category].format = None
        self.value_axes[value].format = spec.value_format
        self.value_axes[category].setTicks(None)
        if spec.horizontal:
            # Every name, top to bottom; the plot is as tall as the names need.
            self.value_axes[category].setTicks([[(i, t) for i, t in enumerate(spec.ticks)], []])
            metrics = QFontMetrics(self.font_)
            widest = max((metrics.horizontalAdvance(t) for t in spec.ticks), default=0)
            self.value_axes[category].setWidth(widest + 16)
            self.value_axes[value].setTickSpacing(nice_step(top * HEADROOM), nice_step(top) / 2)
            self.setMinimumHeight(max(240, ROW_PX * n + 60))
        else:
            self._label_categories()
            self.value_axes["left"].setWidth(None)
            self.value_axes[value].setTickSpacing()
        item.vb.invertY(spec.horizontal)
        item.setLabel("left", spec.y_label, **self._css())
        item.setLabel("bottom", spec.x_label, **self._css())
        categories = (-0.6, max(n, 1) - 0.4)
        values = (0, top * HEADROOM)
        if spec.horizontal:
            item.vb.setRange(yRange=categories, xRange=values, padding=0)
        else:
            item.vb.setRange(xRange=categories, yRange=values, padding=0)
        if self.right_box is not None and any(line.right for line in spec.lines):
            item.showAxis("right")
            item.setLabel("right", spec.right_label, **self._css())
            self.right_box.setRange(yRange=(0, max(right_top, 1.0) * HEADROOM), padding=0)

    def _label_categories(self) -> None:
        """Every k-th category named, k so that the names never touch at the present width."""
        spec: ChartSpec | None = self.__dict__.get("spec")  # None while pyqtgraph builds us
        if spec is None or spec.horizontal:
            return
        n = len(spec.ticks)
        metrics = QFontMetrics(self.font_)
        room = max(self.getPlotItem().vb.width() or self.width() - 120, 1.0)

        spacing = room / max(n, 1)  # between two category centres

        def step_for(ticks: Sequence[str]) -> int:
            """The smallest step at which no two neighbouring names (centred) touch."""
            widths = [max(metrics.horizontalAdvance(line) for line in t.split("\n")) for t in ticks]
            step = tick_step(n)
            while step < n:
                shown = widths[::step]
                if all((a + b) / 2 + TICK_GAP_PX <= spacing * step for a, b in pairwise(shown)):
                    break
                step += 1
            return int(step)

        ticks: Sequence[str] = spec.ticks
        step = step_for(ticks)
        if step > 1:
            # Two lines ("Following\nup") before leaving any category unnamed.
            wrapped = [two_lines(t) for t in spec.ticks]
            if step_for(wrapped) < step:
                ticks, step = wrapped, step_for(wrapped)
        labels = [(i, ticks[i]) for i in range(0, n, step)]
        axis = self.value_axes["bottom"]
        axis.setTicks([labels, []])
        lines = max((t.count("\n") + 1 for _, t in labels), default=1)
        # pyqtgraph sizes the axis for one line of text; a second would be clipped away.
        axis.setHeight(None if lines == 1 else metrics.height() * lines + 16)

    def resizeEvent(self, ev: QResizeEvent) -> None:
        super().resizeEvent(ev)
        self._label_categories()

    # ---- hits ------------------------------------------------------------------------

    def hit(self, x: float, y: float) -> tuple[Bar | None, int | None]:
        """The bar under view point (x, y) and the category there.

        Short bars are hard to hit, so a click above the bars of a category picks
        the tallest one under the pointer's x; below zero picks nothing.
        """
        spec = self.spec
        if spec is None or not spec.ticks:
            return None, None
        if spec.horizontal:
            x, y = y, x  # categories run down the y axis there
        slot = round(x)
        if not 0 <= slot < len(spec.ticks) or abs(x - slot) > 0.5 or y < 0:
            return None, None
        under: list[Bar] = []
        for series in spec.bars:
            for bar in series.bars:
                if abs(x - bar.x) <= series.width / 2:
                    under.append(bar)
        inside = [b for b in under if b.base <= y <= b.top and b.top > b.base]
        if inside:
            return inside[0], slot
        if under:
            tallest = max(under, key=lambda b: b.top)
            if tallest.top > 0 and y <= tallest.top * 1.5 + 0.5:
                return tallest, slot
        return None, slot

    def view_point(self, scene_pos: QPointF) -> QPointF:
        return QPointF(self.getPlotItem().vb.mapSceneToView(scene_pos))

    def widget_point(self, x: float, y: float) -> QPointF:
        """Where view point (x, y) is on this widget (tests click there)."""
        scene = self.getPlotItem().vb.mapViewToScene(QPointF(x, y))
        return QPointF(self.mapFromScene(scene))

    def target_at(self, x: float, y: float) -> Target | None:
        bar, slot = self.hit(x, y)
        if bar is not None and bar.target is not None:
            return bar.target
        if slot is not None and self.spec is not None and slot < len(self.spec.slots):
            return self.spec.slots[slot]
        return None

    def hover_at(self, x: float, y: float) -> str:
        bar, slot = self.hit(x, y)
        if bar is not None:
            return bar.hover
        if slot is not None and self.spec is not None and slot < len(self.spec.slot_hover):
            return self.spec.slot_hover[slot]
        return ""

    def _on_click(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.view_point(event.scenePos())
        target = self.target_at(point.x(), point.y())
        if target is not None:
            self.clicked.emit(target)

    def _on_move(self, scene_pos: QPointF) -> None:
        point = self.view_point(scene_pos)
        self.hovered.emit(self.hover_at(point.x(), point.y()))


def stacked(values: Sequence[float], bases: list[float]) -> list[tuple[float, float]]:
    """(base, top) of each value set on top of `bases`, which it raises in place."""
    out = []
    for i, v in enumerate(values):
        out.append((bases[i], bases[i] + v))
        bases[i] += v
    return out
