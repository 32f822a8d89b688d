"""Who to call: today's planned calls (★), then prospects by key-account score."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from deskcrm.core.services.calls import QueueEntry
from deskcrm.ui.vocabulary.plan_lines import item_text
from deskcrm.ui.vocabulary.qualification import shortfall_reason, shortfall_text
from deskcrm.ui.vocabulary.templates import fill

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_COLOR = "#c62828"  # the method panel's colour for answers that speak against
DOUBT_COLOR = "#9a5b00"  # amber, dark enough to read on white


class QueueModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[QueueEntry] = []
        self.current: int | None = None  # the contact on the phone, shown in bold
        # Rows all one narrow size: the view then elides long names at its edge ("…")
        # instead of taking the first row's width and scrolling sideways.
        self.row_size = QSize(1, QFontMetrics(QFont()).lineSpacing() + 6)

    def set_entries(self, entries: Sequence[QueueEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def set_current(self, contact_id: int | None) -> None:
        self.current = contact_id
        if self.entries:
            self.dataChanged.emit(self.index(0), self.index(len(self.entries) - 1))

    def row_of(self, contact_id: int) -> int:
        return next((r for r, e in enumerate(self.entries) if e.contact_id == contact_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "↻ " if entry.called_today else ("★ " if entry.planned else "")
            # ⚠ and the reason in a few words mark a contact its qualification lowered (the
            # column is narrow: red says "not qualified", amber "in doubt"; the tooltip has
            # the whole sentence).
            if entry.shortfall is not None:
                mark += f"⚠ {entry.name} · {shortfall_reason(entry.shortfall)}"
                return mark + (f" · {entry.company}" if entry.company else "")
            return mark + entry.name + (f" · {entry.company}" if entry.company else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.ForegroundRole and entry.shortfall is not None:
            return QColor(WARN_COLOR if entry.shortfall.decisive else DOUBT_COLOR)
        if role == Qt.ItemDataRole.FontRole and entry.contact_id == self.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.SizeHintRole:
            return self.row_size
        if role == ID_ROLE:
            return entry.contact_id
        return None

    def _tooltip(self, entry: QueueEntry) -> str:
        if entry.called_today:
            text = self.tr("Planned for today; tried once already without getting through")
        elif entry.plan_item is not None:
            text = fill(self.tr("On today's plan: %1"), item_text(entry.plan_item))
        else:
            text = fill(self.tr("Key-account score %1"), entry.score)
        if entry.shortfall is not None:
            text += "\n⚠ " + shortfall_text(entry.shortfall)
        return text


class QueuePanel(QWidget):
    """The list and the "Next call" button; Enter on a row opens that contact."""

    chosen = Signal(int)  # contact id
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("&Who to call"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.model = QueueModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setToolTip(
            self.tr(
                "★ today's planned calls, then prospects by key-account score (bad or "
                "missing qualification answers lower them, marked ⚠); ↻ planned calls to "
                "try again. Enter opens the call."
            )
        )
        self.view.activated.connect(lambda index: self.chosen.emit(int(index.data(ID_ROLE))))
        title.setBuddy(self.view)
        self.empty = QLabel(self.tr("Nobody to call: plan calls for today or score prospects."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")
        self.next_button = QPushButton(self.tr("&Next call"))
        self.next_button.setToolTip(self.tr("Open the next contact in the queue (Ctrl+N)"))
        self.next_button.clicked.connect(self.next_requested)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.next_button)

    def set_entries(self, entries: Sequence[QueueEntry]) -> None:
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)

    def select(self, contact_id: int | None) -> None:
        self.model.set_current(contact_id)
        row = -1 if contact_id is None else self.model.row_of(contact_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def next_after(self, current: int | None) -> QueueEntry | None:
        """The first entry not tried today other than `current`, else one tried before."""
        entries = [e for e in self.model.entries if e.contact_id != current]
        fresh = [e for e in entries if not e.called_today]
        chosen = fresh or entries
        return chosen[0] if chosen else None
