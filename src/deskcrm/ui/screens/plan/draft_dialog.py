"""Draft from what's due: the lines ranked by value, those that fit the day's capacity
ticked, the rest below a line with their reasons; the rep keeps some, all, or more."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.model import PlanSide
from deskcrm.core.rules.plan_draft import Draft, Suggestion, over_capacity, template_purposes
from deskcrm.core.rules.template_purposes import suited
from deskcrm.core.services import plan_draft, templates
from deskcrm.core.services.templates import TemplateInfo
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.class_window_decisions import Choice, decide
from deskcrm.ui.operations import Op
from deskcrm.ui.vocabulary.classes import extend_hint, move_to_d_hint
from deskcrm.ui.vocabulary.plan_lines import suggestion_asks_class_decision, suggestion_text
from deskcrm.ui.vocabulary.templates import fill

Index = QModelIndex | QPersistentModelIndex


def _suggested(templates: Sequence[TemplateInfo], s: Suggestion) -> str:
    best = suited(templates, template_purposes(s.origin()))
    return best[0].name if best else ""


class DraftModel(QAbstractListModel):
    """The proposed lines by value; those within the capacity ticked to start with.

    When some sales lines do not fit, one untickable row (the capacity line) sits
    between the last line that fits and the first that does not.
    """

    def __init__(
        self,
        found: Draft,
        day: date,
        parent: Any = None,
        templates: Sequence[TemplateInfo] = (),
    ) -> None:
        super().__init__(parent)
        self.draft, self.day = found, day
        self.found = list(found.lines)
        # The template each line would be messaged with (Ctrl+M on the plan), "" for none.
        self.template_names = [_suggested(templates, s) for s in self.found]
        self.ticked = list(found.within)
        self.within = list(found.within)
        # The row of the capacity line, or None when every line fits.
        self.rule_at: int | None = next((i for i, ok in enumerate(found.within) if not ok), None)

    def drop_line(self, line: int) -> None:
        """Take a line out (its reason was settled while the dialog is open)."""
        self.beginResetModel()
        for column in (self.found, self.template_names, self.ticked, self.within):
            del column[line]
        self.rule_at = next((i for i, ok in enumerate(self.within) if not ok), None)
        self.endResetModel()

    def line_of(self, row: int) -> int | None:
        """The index into `found` of a row (None for the capacity line)."""
        if self.rule_at is None or row < self.rule_at:
            return row
        return None if row == self.rule_at else row - 1

    def row_of_line(self, line: int) -> int:
        return line if self.rule_at is None or line < self.rule_at else line + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.found) + (0 if self.rule_at is None else 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        line = self.line_of(index.row())
        if line is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return fill(
                    self.tr(
                        "──── Over the day's capacity of %1 sales items: not ticked, "
                        "tick any you still want ────"
                    ),
                    self.draft.capacity,
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        s = self.found[line]
        if role == Qt.ItemDataRole.DisplayRole:
            text = suggestion_text(s, self.day)
            if name := self.template_names[line]:
                text += "  · " + fill(self.tr("template: %1"), name)
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.ticked[line] else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.line_of(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        line = self.line_of(index.row())
        if line is None:
            return False
        self.ticked[line] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, ticked: bool) -> None:
        self.ticked = [ticked] * len(self.found)
        if self.found:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def chosen(self) -> list[Suggestion]:
        return [s for s, ticked in zip(self.found, self.ticked, strict=True) if ticked]

    def ticked_sales(self) -> int:
        return sum(1 for s in self.chosen() if s.side == PlanSide.SALES)


class DraftDialog(QDialog):
    accepted_items = Signal(int)  # how many lines were added

    def __init__(
        self,
        bridge: Bridge,
        day: date,
        found: Draft,
        parent: QWidget | None = None,
        initiator: object = None,
    ) -> None:
        super().__init__(parent)
        self.bridge, self.day = bridge, day
        # Whoever reloads after the accept: the broadcast skips it, so it reloads once.
        self.initiator = initiator
        self.setWindowTitle(self.tr("Draft from what's due"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "Proposed for %1, most valuable first (promises, class deadlines, VIPs, "
                    "key accounts, contacts at 5-11 touches, leftovers). What fits in the "
                    "day's %2 sales items is ticked; nothing is added until you say so."
                ),
                day.isoformat(),
                found.capacity,
            )
            if found.lines
            else self.tr("Nothing is due that is not planned yet.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        kept = Op(bridge, templates.list_templates, parent=self).run() or []
        self.model = DraftModel(found, day, self, kept)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list, 1)
        self.tally = QLabel()
        self.tally.setWordWrap(True)
        layout.addWidget(self.tally)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            self.tr("Add ticked lines"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        toggle = QPushButton(self.tr("Tick / untick all"))
        toggle.clicked.connect(self.toggle_all)
        buttons.addButton(toggle, QDialogButtonBox.ButtonRole.ActionRole)
        # A class deadline already missed asks for a decision rather than another call.
        self.extend_button = QPushButton(self.tr("E&xtend the window once"))
        self.extend_button.setToolTip(extend_hint() + " (Alt+X)")
        self.extend_button.clicked.connect(lambda: self.decide(Choice.EXTEND))
        self.drop_button = QPushButton(self.tr("Move to &D"))
        self.drop_button.setToolTip(move_to_d_hint() + " (Alt+D)")
        self.drop_button.clicked.connect(lambda: self.decide(Choice.MOVE_TO_D))
        for button in (self.extend_button, self.drop_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.add_ticked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.dataChanged.connect(lambda *_a: self._show_tally())
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._show_decision())
        self.model.modelReset.connect(self._show_tally)
        self._show_tally()
        if found.lines:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._show_decision()

    def current_line(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.line_of(index.row()) if index.isValid() else None

    def _asks_decision(self) -> Suggestion | None:
        line = self.current_line()
        if line is None:
            return None
        s = self.model.found[line]
        return s if suggestion_asks_class_decision(s, self.day) else None

    def _show_decision(self) -> None:
        # Enabled rather than shown, so the buttons stay put as the rep moves down the
        # list (a disabled button's Alt key does nothing).
        asks = self._asks_decision() is not None
        self.extend_button.setEnabled(asks)
        self.drop_button.setEnabled(asks)

    def decide(self, choice: Choice) -> bool:
        """Extend the current line's class window once, or move its contact to D; the
        line leaves the draft (nothing is due any more) and the list keeps the focus."""
        s = self._asks_decision()
        line = self.current_line()
        if s is None or s.contact_id is None or line is None:
            return False
        if decide(self.bridge, choice, s.contact_id, s.contact_name, parent=self) is None:
            return False
        row = self.list.currentIndex().row()
        self.model.drop_line(line)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self.list.setFocus()
        self._show_decision()
        return True

    def over_by(self) -> int:
        """Sales items the day would hold beyond its capacity with the ticked lines."""
        d = self.model.draft
        return over_capacity(d.capacity, d.planned_sales, self.model.ticked_sales())

    def _show_tally(self) -> None:
        ticked = sum(self.model.ticked)
        d = self.model.draft
        text = fill(
            self.tr("%1 of %2 lines ticked · sales for the day: %3 of %4"),
            ticked,
            len(self.model.found),
            d.planned_sales + self.model.ticked_sales(),
            d.capacity,
        )
        over = self.over_by()
        if over and not self.model.ticked_sales():
            text += "\n" + fill(
                self.tr("The day already holds %1 sales items, more than its capacity of %2."),
                d.planned_sales,
                d.capacity,
            )
            self.tally.setStyleSheet("color: #b3261e; font-weight: bold;")
        elif over:
            text += "\n" + fill(
                self.tr(
                    "Warning: over the day's capacity by %1. You can add them, but a day this "
                    "full rarely gets done; consider leaving the lowest for another day."
                ),
                over,
            )
            self.tally.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.tally.setStyleSheet("")
        self.tally.setText(text)
        self.add_button.setEnabled(ticked > 0)

    def set_ticked(self, line: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        index = self.model.index(self.model.row_of_line(line), 0)
        self.model.setData(index, state, Qt.ItemDataRole.CheckStateRole)

    def toggle_all(self) -> None:
        self.model.set_all(not all(self.model.ticked))

    def add_ticked(self) -> None:
        chosen = self.model.chosen()
        if not chosen:
            return
        day = self.day
        result = Op(
            self.bridge,
            lambda db: plan_draft.accept(db, day, chosen),
            initiator=self.initiator,
            parent=self,
        ).run()
        if result is not None:
            self.accepted_items.emit(len(result[0]))
            self.accept()
