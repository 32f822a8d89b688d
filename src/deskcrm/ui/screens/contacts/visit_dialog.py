"""The after-the-visit dialog: touch, outcome, promised next step, follow-up date and tags."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import ValidationError
from deskcrm.core.model import BuiltinTag, ContactDetail, Outcome, TagInfo, TouchKind
from deskcrm.core.services import contact_screen_queries, touches
from deskcrm.core.services.touches import TouchInput
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message
from deskcrm.ui.screens.contacts.service_calls import attempt
from deskcrm.ui.vocabulary.touches import touch_kind, touch_outcome
from deskcrm.ui.widgets.status_tags import StatusTagBoxes

DEFAULT_FOLLOW_UP_DAYS = 7
QUICK_DAYS = (1, 3, 7, 14)


class VisitDialog(QDialog):
    """One keyboard-only form; Ctrl+Enter (or Enter in a line) saves it all in one transaction."""

    saved = Signal(int)  # contact id

    def __init__(
        self,
        bridge: Bridge,
        contact: ContactDetail,
        tags: list[TagInfo],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.contact = contact
        self.today = today
        self.touch_id: int | None = None
        self._had = {t.id for t in contact.tags}
        self.setWindowTitle(self.tr("After the visit — %1").replace("%1", contact.name))
        layout = QVBoxLayout(self)
        hook = contact.next_step.strip()
        if hook:
            opener = QLabel(self.tr("Last promise: %1").replace("%1", hook))
            opener.setWordWrap(True)
            opener.setStyleSheet("font-style: italic;")
            layout.addWidget(opener)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in TouchKind:
            self.kind.addItem(touch_kind(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(TouchKind.VISIT.value))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.outcome = QComboBox()
        for code in Outcome:
            self.outcome.addItem(touch_outcome(code), code.value)
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.CONNECTED.value))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What happened, what they said, what they need"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(
            self.tr("Leave a hook, e.g. “next Wednesday I'll bring the samples”")
        )
        follow = QHBoxLayout()
        self.follow_up_on = QCheckBox(self.tr("&Follow up on"))
        self.follow_up_on.setChecked(True)
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setMinimumDate(QDate(today.year, today.month, today.day))
        self.set_follow_up(today + timedelta(days=DEFAULT_FOLLOW_UP_DAYS))
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        follow.addWidget(self.follow_up_on)
        follow.addWidget(self.follow_up)
        self.quick: list[QPushButton] = []
        for days in QUICK_DAYS:
            b = QPushButton(self.tr("+%n day(s)", "", days))
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, d=days: self.set_follow_up(today + timedelta(d)))
            self.quick.append(b)
            follow.addWidget(b)
        follow.addStretch(1)
        self.status_tags = StatusTagBoxes()
        self.status_tags.set_contact(tags, self._had)
        self.builtin_boxes = self.status_tags.boxes
        self.add_tags = QLineEdit()
        self.add_tags.setPlaceholderText(
            self.tr("More tags, commas between (new ones are created)")
        )
        names = QStringListModel([t.name for t in tags if not t.builtin], self)
        completer = QCompleter(names, self.add_tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_tags.setCompleter(completer)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("O&utcome"), self.outcome)
        form.addRow(self.tr("No&tes"), self.notes)
        form.addRow(self.tr("&Promised next step"), self.next_step)
        form.addRow(self.tr("Next follow-up"), follow)
        form.addRow(self.tr("Status tags"), self.status_tags)
        form.addRow(self.tr("&Add tags"), self.add_tags)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        # Our own words: Qt's standard button texts need Qt's translations installed.
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button.setToolTip(self.tr("Save everything (Ctrl+Enter)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        chain: list[QWidget] = [
            self.kind,
            self.outcome,
            self.notes,
            self.next_step,
            self.follow_up_on,
            self.follow_up,
            *self.quick,
            *self.builtin_boxes.values(),
            self.add_tags,
            self.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._kind_changed()
        self.kind.setFocus()

    def set_follow_up(self, day: date) -> None:
        self.follow_up_on.setChecked(True)
        self.follow_up.setDate(QDate(day.year, day.month, day.day))

    def _kind_changed(self, _index: int = 0) -> None:
        # A visit means they came in or were met: show the Y that the service will set.
        if self.kind.currentData() == TouchKind.VISIT.value:
            self.builtin_boxes[BuiltinTag.Y].setChecked(True)

    def tag_changes(self) -> tuple[list[int], list[int]]:
        """(add, remove) tag ids from the status boxes, compared with the contact's tags."""
        # The service tags a visit Y unless told not to.
        visit = self.kind.currentData() == TouchKind.VISIT.value
        return self.status_tags.changes(implied=(BuiltinTag.Y,) if visit else ())

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def save(self) -> bool:
        self.error.hide()
        add, remove = self.tag_changes()
        names = [n.strip() for n in self.add_tags.text().replace("，", ",").split(",") if n.strip()]
        if names:
            # New tag names are created first: log_touch takes tag ids.
            ok, result = attempt(
                self.bridge, contact_screen_queries.ensure_tags, names, initiator=self
            )
            if not ok:
                if isinstance(result, ValidationError):
                    self._show(error_message(result))
                    self.add_tags.setFocus()
                return False
            add += [t for t in result[0] if t not in self._had and t not in add]
        qd = self.follow_up.date()
        data = TouchInput(
            contact_id=self.contact.id,
            kind=str(self.kind.currentData()),
            outcome=str(self.outcome.currentData()),
            notes=self.notes.toPlainText(),
            next_step=self.next_step.text(),
            next_follow_up=date(qd.year(), qd.month(), qd.day())
            if self.follow_up_on.isChecked()
            else None,
            add_tags=tuple(add),
            remove_tags=tuple(t for t in remove if t not in add),
        )
        ok, result = attempt(self.bridge, touches.log_touch, data, initiator=self)
        if not ok:
            if isinstance(result, ValidationError):
                self._show(error_message(result))
            return False
        self.touch_id = int(result[0])
        self.saved.emit(self.contact.id)
        self.accept()
        return True

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
