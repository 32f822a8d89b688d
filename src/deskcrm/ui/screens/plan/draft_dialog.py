"""Draft from what's due: each proposed line with its reason; the rep keeps some or all."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.rules.plan_draft import Suggestion
from deskcrm.core.services import plan_draft
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.screens.plan.wording import default_title, suggestion_text
from deskcrm.ui.vocabulary.templates import fill

Index = QModelIndex | QPersistentModelIndex


class DraftModel(QAbstractListModel):
    """The proposed lines, each ticked to start with."""

    def __init__(self, found: list[Suggestion], parent: Any = None) -> None:
        super().__init__(parent)
        self.found = found
        self.titles = [default_title(s) for s in found]
        self.ticked = [True] * len(found)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.found)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.found):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return suggestion_text(self.found[row], self.titles[row])
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.ticked[row] else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, ticked: bool) -> None:
        self.ticked = [ticked] * len(self.found)
        if self.found:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.found) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def chosen(self) -> list[tuple[Suggestion, str]]:
        return [
            (s, title)
            for s, title, ticked in zip(self.found, self.titles, self.ticked, strict=True)
            if ticked
        ]


class DraftDialog(QDialog):
    accepted_items = Signal(int)  # how many lines were added

    def __init__(
        self, bridge: Bridge, day: date, found: list[Suggestion], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge, self.day = bridge, day
        self.setWindowTitle(self.tr("Draft from what's due"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "Proposed for %1, most important first (overdue, then what is due that "
                    "day, then reminders). Untick what you do not want; nothing is added "
                    "until you say so."
                ),
                day.isoformat(),
            )
            if found
            else self.tr("Nothing is due that is not planned yet.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = DraftModel(found, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list, 1)
        self.tally = QLabel()
        layout.addWidget(self.tally)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            self.tr("Add ticked lines"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        toggle = QPushButton(self.tr("Tick / untick all"))
        toggle.clicked.connect(self.toggle_all)
        buttons.addButton(toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.add_ticked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.dataChanged.connect(lambda *_a: self._show_tally())
        self._show_tally()
        if found:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _show_tally(self) -> None:
        ticked = sum(self.model.ticked)
        self.tally.setText(fill(self.tr("%1 of %2 lines ticked"), ticked, len(self.model.found)))
        self.add_button.setEnabled(ticked > 0)

    def set_ticked(self, row: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)

    def toggle_all(self) -> None:
        self.model.set_all(not all(self.model.ticked))

    def add_ticked(self) -> None:
        chosen = self.model.chosen()
        if not chosen:
            return
        ok, result = self.bridge.call(plan_draft.accept, self.day, chosen, parent=self)
        if ok:
            self.accepted_items.emit(len(result[0]))
            self.accept()
