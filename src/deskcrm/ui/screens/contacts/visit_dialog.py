"""The after-the-visit dialog: note, promised next step, follow-up date, kind and every tag.

Made for the keyboard, in seconds: it opens on the note; Tab goes note → promised step →
follow-up date (one stop) → kind → outcome → tags → new tags → Save; Alt+1…5 pick the
follow-up (tomorrow, +3 days, next week, +2 weeks, none) from anywhere; Ctrl+Enter saves;
Esc asks before throwing typed text away. One save is one transaction (touches.log_touch).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import DeskCRMError
from deskcrm.core.model import BuiltinTag, ContactDetail, Outcome, TagInfo, TouchKind
from deskcrm.core.rules.call_finish import QuickPick, quick_pick
from deskcrm.core.rules.tags import implied_by_touch
from deskcrm.core.services import touches
from deskcrm.core.services.touches import TouchInput
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.contacts.flow_layout import FlowLayout
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.touches import touch_kind, touch_outcome
from deskcrm.ui.widgets.status_tags import StatusTagBoxes

DEFAULT_FOLLOW_UP = QuickPick.NEXT_WEEK
WINDOW = Qt.ShortcutContext.WindowShortcut  # the dialog is its own window


class OneStopDateEdit(QDateEdit):
    """A date field that is one Tab stop: Tab leaves it instead of walking its sections
    (day, month, year), which took one Tab each. Up/Down and typing still edit the
    section under the cursor."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class VisitDialog(QDialog):
    """One keyboard-only form; Ctrl+Enter saves it all in one transaction."""

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
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What happened, what they said, what they need"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.next_step = QLineEdit()
        self.next_step.setPlaceholderText(self.tr("Leave a hook: what you will do, and when"))
        self.next_step.setToolTip(
            self.tr("A promised next step, e.g. “next Wednesday I'll bring the samples”")
        )
        self.follow_up_on = QCheckBox()
        self.follow_up_on.setChecked(True)
        self.follow_up_on.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+5 clears the date
        self.follow_up_on.setToolTip(self.tr("Follow up on this date (Alt+5: no follow-up)"))
        self.follow_up = OneStopDateEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("yyyy-MM-dd")
        self.follow_up.setMinimumDate(QDate(today.year, today.month, today.day))
        self.follow_up_on.toggled.connect(self.follow_up.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_on)
        follow.addWidget(self.follow_up)
        self.quick: dict[QuickPick | None, QPushButton] = {}
        picks: list[tuple[QuickPick | None, str]] = [
            (QuickPick.TOMORROW, self.tr("Tomorrow")),
            (QuickPick.IN_3_DAYS, self.tr("+3 days")),
            (QuickPick.NEXT_WEEK, self.tr("Next week")),
            (QuickPick.IN_2_WEEKS, self.tr("+2 weeks")),
            (None, self.tr("None")),
        ]
        for number, (pick, label) in enumerate(picks, start=1):
            button = QPushButton(f"{label}  Alt+{number}")
            button.setAutoDefault(False)
            # Reached by Alt+digit from anywhere in the dialog, so no Tab stops of its own.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("Alt+%1").replace("%1", str(number)))
            button.clicked.connect(lambda _=False, p=pick: self.pick(p))
            self.quick[pick] = button
            follow.addWidget(button)
            add_shortcut(self, f"Alt+{number}", partial(self.pick, pick), WINDOW)
        follow.addStretch(1)
        self.set_follow_up(quick_pick(today, DEFAULT_FOLLOW_UP))
        self.kind = QComboBox()
        for kind in TouchKind:
            self.kind.addItem(touch_kind(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(TouchKind.VISIT.value))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.outcome = QComboBox()
        for code in Outcome:
            self.outcome.addItem(touch_outcome(code), code.value)
        self.outcome.setCurrentIndex(self.outcome.findData(Outcome.CONNECTED.value))
        self.outcome.currentIndexChanged.connect(self._kind_changed)
        how = QHBoxLayout()
        how.addWidget(self.kind)
        how.addWidget(self.outcome)
        how.addStretch(1)
        # Recorded on the contact, so the "ask for a referral" view and draft leave it be.
        self.asked_referral = QCheckBox(self.tr("Asked for a &referral"))
        self.asked_referral.setToolTip(
            self.tr("You asked “who else might need this?” during this visit or call")
        )
        self.status_tags = StatusTagBoxes()
        self.status_tags.set_contact(tags, self._had)
        self.builtin_boxes = self.status_tags.boxes
        # Every custom tag the contact carries, ticked: untick to remove it.
        self.custom_boxes: dict[int, QCheckBox] = {}
        custom = QWidget()
        flow = FlowLayout(custom)
        for tag in (t for t in tags if not t.builtin and t.id in self._had):
            box = QCheckBox(tag.name)
            box.setChecked(True)
            if tag.group_name:
                box.setToolTip(tag.group_name)
            self.custom_boxes[tag.id] = box
            flow.addWidget(box)
        self.add_tags = QLineEdit()
        self.add_tags.setPlaceholderText(self.tr("More tags: 北京、意向A (new ones are created)"))
        self.add_tags.setToolTip(
            self.tr("Separate tags with commas, 、 or semicolons; new names become new tags")
        )
        names = QStringListModel([t.name for t in tags if not t.builtin], self)
        completer = QCompleter(names, self.add_tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_tags.setCompleter(completer)
        form.addRow(self.tr("No&tes"), self.notes)
        form.addRow(self.tr("&Promised next step"), self.next_step)
        follow_label = QLabel(self.tr("&Follow up on"))
        follow_label.setBuddy(self.follow_up)
        form.addRow(follow_label, follow)
        kind_label = QLabel(self.tr("&Kind, outcome"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, how)
        form.addRow(self.tr("Status tags"), self.status_tags)
        if self.custom_boxes:
            form.addRow(self.tr("Tags"), custom)
        form.addRow(self.tr("&Add tags"), self.add_tags)
        form.addRow("", self.asked_referral)
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
            add_shortcut(self, keys, self.save, WINDOW)
        chain: list[QWidget] = [
            self.notes,
            self.next_step,
            self.follow_up,
            self.kind,
            self.outcome,
            *self.builtin_boxes.values(),
            *self.custom_boxes.values(),
            self.add_tags,
            self.asked_referral,
            self.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._kind_changed()
        self.notes.setFocus()

    def pick(self, pick: QuickPick | None) -> None:
        """A quick pick: the follow-up date from today, or none."""
        if pick is None:
            self.follow_up_on.setChecked(False)
        else:
            self.set_follow_up(quick_pick(self.today, pick))

    def set_follow_up(self, day: date) -> None:
        self.follow_up_on.setChecked(True)
        self.follow_up.setDate(QDate(day.year, day.month, day.day))

    def follow_up_date(self) -> date | None:
        if not self.follow_up_on.isChecked():
            return None
        qd = self.follow_up.date()
        return date(qd.year(), qd.month(), qd.day())

    def _implied(self) -> tuple[BuiltinTag, ...]:
        return implied_by_touch(str(self.kind.currentData()), str(self.outcome.currentData()))

    def _kind_changed(self, _index: int = 0) -> None:
        # Show the built-ins the service will set (a visit Y, a won touch M), untickable.
        for builtin in self._implied():
            self.builtin_boxes[builtin].setChecked(True)

    def tag_changes(self) -> tuple[list[int], list[int]]:
        """(add, remove) tag ids from the ticks, compared with the contact's tags."""
        # An unticked implied built-in is sent as a removal, so the service leaves it off.
        add, remove = self.status_tags.changes(implied=self._implied())
        remove += [tid for tid, box in self.custom_boxes.items() if not box.isChecked()]
        return add, remove

    def typed(self) -> bool:
        """Has the rep typed anything that closing would lose?"""
        return any(
            text.strip()
            for text in (self.notes.toPlainText(), self.next_step.text(), self.add_tags.text())
        )

    def reject(self) -> None:
        if self.typed() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr("Throw away what you typed about this visit?"))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def save(self) -> bool:
        self.error.hide()
        add, remove = self.tag_changes()
        data = TouchInput(
            contact_id=self.contact.id,
            kind=str(self.kind.currentData()),
            outcome=str(self.outcome.currentData()),
            notes=self.notes.toPlainText(),
            next_step=self.next_step.text(),
            next_follow_up=self.follow_up_date(),
            add_tags=tuple(add),
            remove_tags=tuple(t for t in remove if t not in add),
            new_tags=self.add_tags.text(),
            asked_referral=self.asked_referral.isChecked(),
        )
        result = (
            Op(self.bridge, lambda db: touches.log_touch(db, data), initiator=self, parent=self)
            .input_error(self._show_input_error)
            .run()
        )
        if result is None:
            return False
        self.touch_id = int(result[0])
        self.saved.emit(self.contact.id)
        self.accept()
        return True

    def _show_input_error(self, exc: DeskCRMError) -> None:
        self.error.setText(error_message(exc))
        self.error.show()
        field = str(getattr(exc, "field", "") or "")
        target = {
            "notes": self.notes,
            "next_step": self.next_step,
            "next_follow_up": self.follow_up,
            "tag": self.add_tags,
        }.get(field)
        if target is not None:
            target.setFocus()
