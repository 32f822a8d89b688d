"""Draft from what's due: each proposed line with its reason; the rep keeps some or all."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.rules.plan_draft import Reason, Suggestion
from deskcrm.core.rules.plan_wording import default_title
from deskcrm.core.services import plan_draft
from deskcrm.ui.bridge import Bridge

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def ui_language() -> str:
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class DraftDialog(QDialog):
    accepted_items = Signal(int)  # how many lines were added

    def __init__(
        self, bridge: Bridge, day: date, found: list[Suggestion], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge, self.day, self.found = bridge, day, found
        self.setWindowTitle(self.tr("Draft from what's due"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Proposed for %1, most important first. Untick what you do not want.").replace(
                "%1", day.isoformat()
            )
            if found
            else self.tr("Nothing is due that is not planned yet.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        lang = ui_language()
        self.titles = [default_title(s, lang) for s in found]
        for i, (s, title) in enumerate(zip(found, self.titles, strict=True)):
            item = QListWidgetItem(f"{title}    — {self.reason_text(s)}")
            item.setData(INDEX_ROLE, i)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            self.tr("Add ticked lines"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(bool(found))
        toggle = QPushButton(self.tr("Tick / untick all"))
        toggle.clicked.connect(self.toggle_all)
        buttons.addButton(toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.add_ticked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason_text(self, s: Suggestion) -> str:
        late = (
            self.tr(" (%1 days late)").replace("%1", str(s.overdue_days))
            if s.overdue_days > 0
            else ""
        )
        return {
            Reason.CARRIED: self.tr("not done on %1").replace(
                "%1", s.due.isoformat() if s.due else ""
            ),
            Reason.NEXT_STEP: self.tr("you promised this step for the day"),
            Reason.FOLLOW_UP: self.tr("follow-up date has come") + late,
            Reason.CLASS_DEADLINE: self.tr("class %1 window ends %2")
            .replace("%1", s.class_code or "")
            .replace("%2", s.due.isoformat() if s.due else ""),
            Reason.VIP_CALL: self.tr("VIP not called for 6 months"),
            Reason.STUCK: self.tr("stuck at %1 touches: don't stop now").replace(
                "%1", str(s.touch_count)
            ),
        }[s.reason]

    def toggle_all(self) -> None:
        items = [self.list.item(r) for r in range(self.list.count())]
        state = (
            Qt.CheckState.Unchecked
            if all(i.checkState() == Qt.CheckState.Checked for i in items)
            else Qt.CheckState.Checked
        )
        for item in items:
            item.setCheckState(state)

    def add_ticked(self) -> None:
        chosen = [
            (self.found[int(item.data(INDEX_ROLE))], self.titles[int(item.data(INDEX_ROLE))])
            for item in (self.list.item(r) for r in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        ok, result = self.bridge.call(plan_draft.accept, self.day, chosen, parent=self)
        if ok:
            self.accepted_items.emit(len(result[0]))
            self.accept()
