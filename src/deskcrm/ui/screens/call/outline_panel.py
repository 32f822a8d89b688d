"""The script outline: choose a script, write the call's outline, move and tick through sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.rules.call_script import outline_from, prompt_lines
from deskcrm.core.services.scripts import ScriptInfo, ScriptSectionInfo
from deskcrm.ui.i18n import ui_language
from deskcrm.ui.screens.call.wording import stage_name

Index = QModelIndex | QPersistentModelIndex
OUTLINE_LINES = 10


class SectionsModel(QAbstractListModel):
    """The chosen script's sections; ticked ones fade, the current one is bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[ScriptSectionInfo] = []
        self.ticked: list[bool] = []
        self.current = 0

    def set_sections(self, sections: Sequence[ScriptSectionInfo]) -> None:
        self.beginResetModel()
        self.sections = list(sections)
        self.ticked = [False] * len(self.sections)
        self.current = 0
        self.endResetModel()

    def set_current(self, row: int) -> None:
        old, self.current = self.current, row
        for r in {old, row}:
            if 0 <= r < len(self.sections):
                self.dataChanged.emit(self.index(r), self.index(r))

    def done_titles(self) -> tuple[str, ...]:
        return tuple(s.title for s, t in zip(self.sections, self.ticked, strict=True) if t)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sections)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sections):
            return None
        row = index.row()
        section = self.sections[row]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [section.title]
            for line in prompt_lines(section.prompts):
                lines.append(("    ❯ " if line.question else "    · ") + line.text)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.ticked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and row == self.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self.ticked[row] and row != self.current:
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ToolTipRole:
            return stage_name(section.stage)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self.ticked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index)
        return True


class OutlinePanel(QWidget):
    script_changed = Signal(object)  # script id or None
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scripts: list[ScriptInfo] = []
        self.promised = ""
        self._prefill = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Script"))
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(10)
        self.combo.setToolTip(self.tr("The script for this call; it is remembered per contact"))
        label.setBuddy(self.combo)
        self.edit_button = QPushButton(self.tr("&Edit scripts…"))
        self.edit_button.setToolTip(self.tr("Copy, edit, reorder and create scripts (F9)"))
        self.edit_button.clicked.connect(self.edit_requested)
        top.addWidget(label)
        top.addWidget(self.combo, 1)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        outline_label = QLabel(self.tr("&Outline: what I want to say in this call"))
        self.outline = QPlainTextEdit()
        self.outline.setTabChangesFocus(True)
        self.outline.setToolTip(
            self.tr("Without an outline you ramble and get refused. Filled from the script.")
        )
        # Room for a real outline (one line per section and the promise) without scrolling.
        self.outline.setMinimumHeight(self.fontMetrics().lineSpacing() * OUTLINE_LINES + 12)
        outline_label.setBuddy(self.outline)
        layout.addWidget(outline_label)
        layout.addWidget(self.outline, 1)
        self.model = SectionsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setToolTip(
            self.tr(
                "Ctrl+Up/Down: previous/next section · Space: tick it here · "
                "F7: tick and go on, from anywhere. ❯ marks example questions."
            )
        )
        self.view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.model.set_current(current.row())
        )
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.view, 1)
        self.combo.currentIndexChanged.connect(self._chosen)

    # Scripts

    def set_scripts(self, scripts: Sequence[ScriptInfo], keep: int | None = None) -> None:
        self.scripts = list(scripts)
        self.combo.blockSignals(True)
        self.combo.clear()
        for script in self.scripts:
            self.combo.addItem(script.name, script.id)
        self.combo.blockSignals(False)
        self.choose(keep)

    def choose(self, script_id: int | None) -> None:
        """Show `script_id` (the contact's remembered script), else the first one."""
        row = self.combo.findData(script_id) if script_id is not None else -1
        row = row if row >= 0 else (0 if self.scripts else -1)
        if row == self.combo.currentIndex():
            self._chosen(row)
        else:
            self.combo.setCurrentIndex(row)

    def script(self) -> ScriptInfo | None:
        sid = self.combo.currentData()
        return next((s for s in self.scripts if s.id == sid), None)

    def _chosen(self, _row: int) -> None:
        script = self.script()
        self.model.set_sections(script.sections if script else ())
        if self.model.sections:
            self.view.setCurrentIndex(self.model.index(0))
        self.prefill()
        self.script_changed.emit(script.id if script else None)

    def prefill(self) -> None:
        """Fill the outline from the script, unless the rep has written their own."""
        if self.outline.toPlainText() not in ("", self._prefill):
            return
        script = self.script()
        sep = "：" if ui_language() == "zh_CN" else ": "
        titles = [s.title for s in script.sections] if script else []
        self._prefill = outline_from(titles, self.promised, sep) if script else ""
        self.outline.setPlainText(self._prefill)

    def reset(self, promised: str) -> None:
        self.promised = promised
        self.outline.clear()
        self._prefill = ""

    # Sections

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def step(self, delta: int) -> None:
        count = self.model.rowCount()
        if count:
            row = max(0, min(count - 1, self.current_row() + delta))
            self.view.setCurrentIndex(self.model.index(row))

    def tick_and_next(self) -> None:
        row = self.current_row()
        if 0 <= row < self.model.rowCount():
            self.model.setData(
                self.model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
            )
            self.step(1)
