"""One chart on the screen: title, note, the plot or what to record to see it, hover, exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.services.stats.dashboard import Dashboard
from deskcrm.ui.file_places import remember, start_path
from deskcrm.ui.screens.charts.export import save_png, write_csv
from deskcrm.ui.screens.charts.legend import LegendBar
from deskcrm.ui.screens.charts.plot import ChartSpec, PlotView, legend_entries
from deskcrm.ui.widgets.empty_state import EmptyState


class ChartCard(QFrame):
    """A chart's frame; subclasses say what to draw (`build`) and what to do when empty."""

    # A bar or point was clicked: the Target behind it (the screen lists its contacts).
    target_chosen = Signal(object)
    key = "chart"  # file name stem of the exports

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.spec: ChartSpec | None = None
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel(self.title_text())
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        header.addWidget(self.title)
        header.addStretch(1)
        for widget in self.controls():
            header.addWidget(widget)
        self.png_button = QToolButton()
        self.png_button.setText(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Save this chart as a picture"))
        self.png_button.clicked.connect(self.ask_png)
        self.csv_button = QToolButton()
        self.csv_button.setText(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save the data behind this chart for Excel"))
        self.csv_button.clicked.connect(self.ask_csv)
        header.addWidget(self.png_button)
        header.addWidget(self.csv_button)
        layout.addLayout(header)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        layout.addWidget(self.note)
        self.stack = QStackedWidget()
        # The figure: the legend over the plot, exported together as the PNG.
        self.figure = QWidget()
        self.figure.setAutoFillBackground(True)
        self.figure.setBackgroundRole(QPalette.ColorRole.Base)
        figure_layout = QVBoxLayout(self.figure)
        figure_layout.setContentsMargins(6, 4, 0, 0)
        figure_layout.setSpacing(2)
        self.legend = LegendBar()
        self.plot = PlotView()
        figure_layout.addWidget(self.legend)
        figure_layout.addWidget(self.plot, 1)
        self.empty = EmptyState("", "")
        self.stack.addWidget(self.figure)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.readout = QLabel(" ")
        self.readout.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.readout)
        self.plot.clicked.connect(self.target_chosen.emit)
        self.plot.hovered.connect(lambda text: self.readout.setText(text or " "))
        self.setMinimumHeight(340)

    # ---- what subclasses say ---------------------------------------------------------

    def title_text(self) -> str:
        raise NotImplementedError

    def controls(self) -> list[QWidget]:
        """Extra widgets for the header (e.g. week/month)."""
        return []

    def build(self, dash: Dashboard) -> ChartSpec | None:
        """The spec to draw, or None when there is nothing to show."""
        raise NotImplementedError

    def empty_text(self) -> tuple[str, str]:
        """(what is missing, what to record to see this chart)."""
        raise NotImplementedError

    def note_text(self, dash: Dashboard) -> str:
        return ""

    # ---- showing ---------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return self.spec is None

    def show_data(self, dash: Dashboard) -> None:
        spec = self.build(dash)
        self.spec = spec
        if spec is None:
            self.plot.clear_chart()
            self.legend.set_entries(())
            self.empty.set_text(*self.empty_text())
            self.stack.setCurrentWidget(self.empty)
        else:
            self.plot.show_spec(spec)
            self.legend.set_entries(legend_entries(spec))
            self.stack.setCurrentWidget(self.figure)
        self.png_button.setEnabled(spec is not None)
        self.csv_button.setEnabled(spec is not None)
        note = self.note_text(dash)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.readout.setText(" ")

    # ---- exports ---------------------------------------------------------------------

    def export_png(self, path: Path) -> None:
        save_png(self.figure, path)

    def export_csv(self, path: Path) -> None:
        if self.spec is not None:
            write_csv(path, self.spec.table)

    def ask_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), start_path(f"{self.key}.png"), "PNG (*.png)"
        )
        remember(name)
        if name:
            self._export(self.export_png, Path(name))

    def ask_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart data as CSV"), start_path(f"{self.key}.csv"), "CSV (*.csv)"
        )
        remember(name)
        if name:
            self._export(self.export_csv, Path(name))

    def _export(self, write: Callable[[Path], None], path: Path) -> None:
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export"),
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
