"""The sales-method panel for one contact: ABCD class, follow-ups, nine questions, score, deals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.changes import Changes
from deskcrm.core.model import AnswerState, DealStatus, KpLevel
from deskcrm.core.rules.cadence import Nudge
from deskcrm.core.rules.qualification import QUESTIONS
from deskcrm.core.services import classification, deals, qualification, scoring
from deskcrm.core.services.classification import ClassFlags, ClassState
from deskcrm.core.services.database import Database
from deskcrm.core.services.deals import DealDetail
from deskcrm.core.services.method_view import MethodView, method_view
from deskcrm.core.services.scoring import ScoringInputs
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.dialogs.own_questions import OwnQuestionsDialog
from deskcrm.ui.operations import Op
from deskcrm.ui.screens.contacts.coach_box import CoachBox
from deskcrm.ui.vocabulary.classes import class_meaning
from deskcrm.ui.vocabulary.curve import curve_sentence, nudge_text
from deskcrm.ui.vocabulary.dates import date_text, datetime_text, local_date
from deskcrm.ui.vocabulary.deals import deal_stage, deal_status, lost_reason_name
from deskcrm.ui.vocabulary.numbers import money
from deskcrm.ui.vocabulary.qualification import shortfall_text

WARN_COLOR = "#c62828"
OK_COLOR = "#2e7d32"


class DealsModel(QAbstractTableModel):
    """A contact's deals, newest first (a handful per contact, so kept whole in memory)."""

    TITLE, AMOUNT, STAGE, STATUS, CREATED = range(5)
    DealIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DealDetail] = []

    def set_rows(self, rows: list[DealDetail]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            self.tr("Deal"),
            self.tr("Amount"),
            self.tr("Stage"),
            self.tr("Status"),
            self.tr("Since"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        detail = self.rows[index.row()]
        deal = detail.deal
        col = index.column()
        if role == self.DealIdRole:
            return deal.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return deal.title or self.tr("(untitled)")
            if col == self.AMOUNT:
                return money(deal.amount_cents)
            if col == self.STAGE:
                return deal_stage(deal.stage)
            if col == self.STATUS:
                return deal_status(deal.status, deal.lost_reason)
            if col == self.CREATED:
                return local_date(deal.created_at)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.STAGE:
            return "\n".join(
                f"{datetime_text(h.at)}  {deal_stage(h.stage)}" for h in detail.history
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            if deal.status == DealStatus.WON:
                return QColor(OK_COLOR)
            if deal.status == DealStatus.LOST:
                return QColor(WARN_COLOR)
        return None

    def row_of(self, deal_id: int) -> int:
        for i, detail in enumerate(self.rows):
            if detail.deal.id == deal_id:
                return i
        return -1


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class MethodPanel(QWidget):
    """Shows and edits the sales method for one contact; reloads on `bridge.changed`."""

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.view: MethodView | None = None
        self._contact_id: int | None = None
        self._stale = False
        self._notes: dict[int, str] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty_label = QLabel(self.tr("Choose a contact to see where it stands."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The panel lives in a narrow side pane: everything wraps and stacks instead.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._build_class())
        layout.addWidget(self._build_follow_up())
        layout.addWidget(self._build_questions())
        self.coach_box = CoachBox(bridge)
        layout.addWidget(self.coach_box)
        layout.addWidget(self._build_score())
        layout.addWidget(self._build_deals())
        layout.addStretch(1)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        self.body = scroll

        bridge.changed.connect(self._on_changed)

    # ---- building -------------------------------------------------------------------------

    def _build_class(self) -> QGroupBox:
        box = QGroupBox(self.tr("ABCD class"))
        grid = QGridLayout(box)
        self.first_kp_box = QCheckBox(self.tr("Met the first key person"))
        self.need_box = QCheckBox(self.tr("Has a need"))
        self.power_box = QCheckBox(self.tr("Has buying power"))
        self.declined_box = QCheckBox(self.tr("Decided not to buy (goes to D)"))
        for check in (self.first_kp_box, self.need_box, self.power_box, self.declined_box):
            check.clicked.connect(self._save_flags)
        self.kp_combo = QComboBox()
        self.kp_combo.addItem(self.tr("— not known —"), None)
        self.kp_combo.addItem(self.tr("First key person"), KpLevel.FIRST.value)
        self.kp_combo.addItem(self.tr("Second or third key person"), KpLevel.SECOND_THIRD.value)
        self.kp_combo.addItem(self.tr("Head of the using department"), KpLevel.DEPT_HEAD.value)
        self.kp_combo.activated.connect(self._save_flags)
        grid.addWidget(self.first_kp_box, 0, 0, 1, 2)
        grid.addWidget(self.need_box, 1, 0, 1, 2)
        grid.addWidget(self.power_box, 2, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Who was met:")), 3, 0)
        grid.addWidget(self.kp_combo, 3, 1)
        grid.addWidget(self.declined_box, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.class_label = _bold(QLabel("–"), 2.0)
        self.class_label.setMinimumWidth(40)
        self.class_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.class_meaning = QLabel()
        self.class_meaning.setWordWrap(True)
        self.countdown_label = QLabel()
        self.countdown_label.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(self.class_meaning)
        text.addWidget(self.countdown_label)
        row = QHBoxLayout()
        row.addWidget(self.class_label)
        row.addLayout(text, 1)
        grid.addLayout(row, 5, 0, 1, 2)
        return box

    def _build_follow_up(self) -> QGroupBox:
        box = QGroupBox(self.tr("Follow-ups"))
        layout = QVBoxLayout(box)
        self.touches_label = _bold(QLabel())
        self.curve_label = QLabel()
        self.curve_label.setWordWrap(True)
        self.nudge_label = QLabel()
        self.nudge_label.setWordWrap(True)
        self.drop_button = QPushButton(self.tr("Drop it (move to D)"))
        self.drop_button.clicked.connect(self._drop)
        layout.addWidget(self.touches_label)
        layout.addWidget(self.curve_label)
        row = QHBoxLayout()
        row.addWidget(self.nudge_label, 1)
        row.addWidget(self.drop_button)
        layout.addLayout(row)
        return box

    def _build_questions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nine qualification questions"))
        layout = QVBoxLayout(box)
        self.completeness_bar = QProgressBar()
        self.completeness_bar.setRange(0, len(QUESTIONS))
        self.completeness_bar.setFormat(self.tr("%v of %m answered"))
        layout.addWidget(self.completeness_bar)
        # What the answers say against the contact, as the draft and the call queue show it.
        self.shortfall_label = QLabel()
        self.shortfall_label.setWordWrap(True)
        self.shortfall_label.setStyleSheet(f"color: {WARN_COLOR}; font-weight: bold;")
        self.shortfall_label.hide()
        layout.addWidget(self.shortfall_label)
        grid = QGridLayout()
        self.question_labels: dict[int, QLabel] = {}
        self.state_combos: dict[int, QComboBox] = {}
        self.note_edits: dict[int, QLineEdit] = {}
        for row, q in enumerate(QUESTIONS):
            number = int(q)
            label = QLabel(f"{number}. {self.question_text(number)}")
            label.setWordWrap(True)
            combo = QComboBox()
            combo.addItem(self.tr("Unknown"), AnswerState.UNKNOWN.value)
            combo.addItem(self.tr("Yes"), AnswerState.YES.value)
            combo.addItem(self.tr("No"), AnswerState.NO.value)
            combo.activated.connect(lambda _i, n=number: self._save_state(n))
            note = QLineEdit()
            note.setPlaceholderText(self.tr("What they said"))
            note.setMaxLength(2000)
            note.editingFinished.connect(lambda n=number: self._save_note(n))
            grid.addWidget(label, 2 * row, 0, 1, 2)
            grid.addWidget(combo, 2 * row + 1, 0)
            grid.addWidget(note, 2 * row + 1, 1)
            self.question_labels[number] = label
            self.state_combos[number] = combo
            self.note_edits[number] = note
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        # The rep's own questions (up to five), rebuilt when their list changes.
        self.own_title = _bold(QLabel(self.tr("My own questions")))
        layout.addWidget(self.own_title)
        self.own_grid = QGridLayout()
        self.own_grid.setColumnStretch(1, 1)
        layout.addLayout(self.own_grid)
        self.own_rows: dict[int, tuple[QLabel, QComboBox, QLineEdit]] = {}
        self._own_asked: tuple[tuple[int, str], ...] = ()
        self._own_notes: dict[int, str] = {}
        self.own_button = QPushButton(self.tr("Edit my own &questions…"))
        self.own_button.setToolTip(
            self.tr("Up to five questions of your own, answered here and on the call screen")
        )
        self.own_button.clicked.connect(self.edit_own_questions)
        layout.addWidget(self.own_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _answer_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Unknown"), AnswerState.UNKNOWN.value)
        combo.addItem(self.tr("Yes"), AnswerState.YES.value)
        combo.addItem(self.tr("No"), AnswerState.NO.value)
        return combo

    def _build_own_rows(self, asked: tuple[tuple[int, str], ...]) -> None:
        """One row per own question (label, answer, note), like the nine."""
        while self.own_grid.count():
            item = self.own_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.own_rows = {}
        for row, (qid, text) in enumerate(asked):
            label = QLabel(text)
            label.setWordWrap(True)
            combo = self._answer_combo()
            combo.setAccessibleName(text)
            combo.activated.connect(lambda _i, q=qid: self._save_own_state(q))
            note = QLineEdit()
            note.setPlaceholderText(self.tr("What they said"))
            note.setMaxLength(2000)
            note.editingFinished.connect(lambda q=qid: self._save_own_note(q))
            self.own_grid.addWidget(label, 2 * row, 0, 1, 2)
            self.own_grid.addWidget(combo, 2 * row + 1, 0)
            self.own_grid.addWidget(note, 2 * row + 1, 1)
            self.own_rows[qid] = (label, combo, note)
        self._own_asked = asked
        self.own_title.setVisible(bool(asked))

    def edit_own_questions(self) -> None:
        OwnQuestionsDialog(self.bridge, self).exec()

    def _build_score(self) -> QGroupBox:
        box = QGroupBox(self.tr("Key-account score"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.score_label = _bold(QLabel())
        self.outside_label = QLabel()
        self.outside_label.setStyleSheet(f"color: {WARN_COLOR};")
        self.outside_label.setWordWrap(True)
        row.addWidget(self.score_label)
        row.addWidget(self.outside_label, 1)
        layout.addLayout(row)
        self.trigger_edit = QLineEdit()
        self.trigger_edit.setPlaceholderText(
            self.tr("Trigger event found (e.g. a merger, a new manager)")
        )
        self.trigger_edit.setMaxLength(200)
        self.trigger_edit.editingFinished.connect(self._save_score_inputs)
        layout.addWidget(self.trigger_edit)
        checks = QVBoxLayout()
        self.sold_box = QCheckBox(self.tr("Sold in this industry before"))
        self.reference_box = QCheckBox(self.tr("Reference customer in it"))
        self.involved_box = QCheckBox(self.tr("Personally involved"))
        for check in (self.sold_box, self.reference_box, self.involved_box):
            check.clicked.connect(self._save_score_inputs)
            checks.addWidget(check)
        layout.addLayout(checks)
        return box

    def _build_deals(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deals"))
        layout = QVBoxLayout(box)
        self.deals_model = DealsModel(self)
        self.deals_table = QTableView()
        self.deals_table.setModel(self.deals_model)
        self.deals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deals_table.verticalHeader().hide()
        self.deals_table.horizontalHeader().setSectionResizeMode(
            DealsModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.deals_table.setMinimumHeight(110)
        self.deals_table.selectionModel().selectionChanged.connect(self._show_selected_deal)
        layout.addWidget(self.deals_table)

        actions = QHBoxLayout()
        self.stage_combo = QComboBox()
        self.stage_combo.activated.connect(self._move_stage)
        self.won_button = QPushButton(self.tr("Won"))
        self.won_button.clicked.connect(self._win)
        self.reason_combo = QComboBox()
        self.lost_button = QPushButton(self.tr("Lost"))
        self.lost_button.clicked.connect(self._lose)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self._reopen)
        actions.addWidget(QLabel(self.tr("Stage:")))
        actions.addWidget(self.stage_combo, 1)
        actions.addWidget(self.won_button)
        layout.addLayout(actions)
        closing = QHBoxLayout()
        closing.addWidget(self.reason_combo, 1)
        closing.addWidget(self.lost_button)
        closing.addWidget(self.reopen_button)
        layout.addLayout(closing)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        layout.addWidget(self.history_label)

        new = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("New deal (a repeat purchase is a new deal)"))
        self.new_title.setMaxLength(200)
        self.new_amount = QDoubleSpinBox()
        self.new_amount.setDecimals(2)
        self.new_amount.setRange(0, 9_999_999_999.99)
        self.new_amount.setGroupSeparatorShown(True)
        self.add_deal_button = QPushButton(self.tr("Add deal"))
        self.add_deal_button.clicked.connect(self._add_deal)
        layout.addWidget(self.new_title)
        new.addWidget(self.new_amount, 1)
        new.addWidget(self.add_deal_button)
        layout.addLayout(new)
        return box

    # ---- words ---------------------------------------------------------------------------

    def question_text(self, number: int) -> str:
        return {
            1: self.tr("A clear need, of the “pain” or the “gain” kind?"),
            2: self.tr("Fits our type of customer?"),
            3: self.tr("Hard blockers (e.g. a contract tying them to another supplier)?"),
            4: self.tr("A budget?"),
            5: self.tr("Financially healthy, pays on time?"),
            6: self.tr("Do we know when they will buy?"),
            7: self.tr("A coach: an insider who guides us?"),
            8: self.tr("Likely volume at or above our minimum?"),
            9: self.tr("The lowest margin they would accept is at or above the industry average?"),
        }[number]

    def countdown(self, state: ClassState) -> tuple[str, bool]:
        """The countdown sentence and whether it is overdue."""
        if state.class_code is None or state.days_left is None or state.deadline is None:
            return "", False
        if state.won_in_window:
            return self.tr("Closed within the window."), False
        left, until = state.days_left, date_text(state.deadline)
        if left == -1:
            return self.tr("Overdue by 1 day (the deadline was %1).").replace("%1", until), True
        if left < 0:
            return (
                self.tr("Overdue by %1 days (the deadline was %2).")
                .replace("%1", str(-left))
                .replace("%2", until),
                True,
            )
        if left == 0:
            return self.tr("Last day to close (%1).").replace("%1", until), False
        if left == 1:
            return self.tr("1 day left (until %1).").replace("%1", until), False
        return (
            self.tr("%1 days left (until %2).").replace("%1", str(left)).replace("%2", until),
            False,
        )

    def nudge_text(self, state: ClassState) -> str:
        return nudge_text(state.nudge)

    def curve_text(self, state: ClassState) -> str:
        return curve_sentence(state.curve)

    # ---- loading -------------------------------------------------------------------------

    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.new_title.clear()
        self.new_amount.setValue(0)
        self.reload()

    def reload(self) -> None:
        self._stale = False
        view: MethodView | None = None
        if self._contact_id is not None:
            contact_id = self._contact_id
            view = Op(self.bridge, lambda db: method_view(db, contact_id), parent=self).run()
        self.view = view
        if view is None:
            self.stack.setCurrentWidget(self.empty_label)
            return
        self.stack.setCurrentWidget(self.body)
        self._show_class(view.state)
        self._show_questions(view)
        self.coach_box.show_view(view)
        self._show_own(view)
        self._show_standing(view.qualification.contact_id)
        self._show_score(view)
        self._show_deals(view)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        cid = self._contact_id
        if cid is None:
            return
        relevant = (
            cid in changes.contacts
            or changes.deals
            or changes.settings
            or changes.contact_list
            or changes.touches
        )
        if not relevant:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _show_class(self, state: ClassState) -> None:
        flags = state.flags
        self.first_kp_box.setChecked(flags.met_first_kp)
        self.need_box.setChecked(flags.has_need)
        self.power_box.setChecked(flags.has_power)
        self.declined_box.setChecked(flags.declined)
        self.kp_combo.setCurrentIndex(max(0, self.kp_combo.findData(flags.kp_level)))
        self.class_label.setText(state.class_code or "–")
        self.class_meaning.setText(class_meaning(state.class_code))
        text, overdue = self.countdown(state)
        if state.extended_on is not None and text:
            text += " " + self.tr("Extended once on %1.").replace(
                "%1", date_text(state.extended_on)
            )
        self.countdown_label.setText(text)
        self.countdown_label.setProperty("overdue", overdue)
        self.countdown_label.setStyleSheet(
            f"color: {WARN_COLOR}; font-weight: bold;" if overdue else ""
        )
        self.class_label.setStyleSheet(f"color: {WARN_COLOR};" if overdue else "")

        self.touches_label.setText(
            self.tr("Follow-ups so far: %1").replace("%1", str(state.touch_count))
        )
        self.curve_label.setText(self.curve_text(state))
        self.nudge_label.setText(self.nudge_text(state))
        self.nudge_label.setVisible(state.nudge is not None)
        self.drop_button.setVisible(state.nudge == Nudge.DECIDE)

    def _show_questions(self, view: MethodView) -> None:
        q = view.qualification
        self.completeness_bar.setValue(q.answered)
        self._notes = {}
        for answer in q.answers:
            combo = self.state_combos[answer.question]
            combo.setCurrentIndex(max(0, combo.findData(answer.state)))
            edit = self.note_edits[answer.question]
            # Never overwrite a note the rep is typing in right now.
            if edit.text() != answer.note and not edit.hasFocus():
                edit.setText(answer.note)
            self._notes[answer.question] = answer.note
            label = self.question_labels[answer.question]
            label.setStyleSheet(f"color: {WARN_COLOR};" if answer.warning else "")
            label.setToolTip(
                self.tr("This answer speaks against spending time on the prospect.")
                if answer.warning
                else ""
            )

    def _show_standing(self, contact_id: int) -> None:
        got = Op(
            self.bridge, lambda db: qualification.get_standing(db, contact_id), parent=self
        ).run()
        shortfall = got.shortfall if got is not None else None
        self.shortfall_label.setVisible(shortfall is not None)
        if shortfall is not None:
            self.shortfall_label.setText(
                shortfall_text(shortfall)
                + " — "
                + self.tr("Lowered in the plan draft and the call queue.")
            )

    def _show_own(self, view: MethodView) -> None:
        own = view.qualification.own
        asked = tuple((a.question_id, a.text) for a in own)
        if asked != self._own_asked:
            self._build_own_rows(asked)
        self._own_notes = {}
        for answer in own:
            label, combo, edit = self.own_rows[answer.question_id]
            combo.setCurrentIndex(max(0, combo.findData(answer.state)))
            if edit.text() != answer.note and not edit.hasFocus():
                edit.setText(answer.note)
            self._own_notes[answer.question_id] = answer.note
            label.setStyleSheet(f"color: {WARN_COLOR};" if answer.warning else "")
            label.setToolTip(
                self.tr("This answer speaks against spending time on the prospect.")
                if answer.warning
                else ""
            )

    def _show_score(self, view: MethodView) -> None:
        sc = view.score
        self.score_label.setText(
            self.tr("Score %1 of %2").replace("%1", str(sc.score)).replace("%2", str(sc.max_score))
        )
        names = {
            "industry": self.tr("industry"),
            "position": self.tr("position"),
            "region": self.tr("region"),
            "trigger": self.tr("trigger event"),
            "sold": self.tr("sold in the industry"),
            "reference": self.tr("reference customer"),
            "involved": self.tr("personally involved"),
        }
        self.score_label.setToolTip(
            "\n".join(f"{names.get(part, part)}: {points}" for part, points in sc.parts)
        )
        self.outside_label.setText(
            self.tr("Outside the targets (%1): drop first.").replace(
                "%1", ", ".join(names.get(d, d) for d in sc.outside)
            )
            if sc.out_of_target
            else ""
        )
        self.outside_label.setVisible(sc.out_of_target)
        if not self.trigger_edit.hasFocus():
            self.trigger_edit.setText(sc.inputs.trigger_event)
        self.sold_box.setChecked(sc.inputs.sold_in_industry)
        self.reference_box.setChecked(sc.inputs.has_reference)
        self.involved_box.setChecked(sc.inputs.personally_involved)

    def _show_deals(self, view: MethodView) -> None:
        keep = self.selected_deal()
        self.deals_model.set_rows(list(view.deals))
        opts = view.deal_options
        self.stage_combo.clear()
        for stage in opts.stages:
            self.stage_combo.addItem(deal_stage(stage), stage)
        self.reason_combo.clear()
        for reason in opts.lost_reasons:
            self.reason_combo.addItem(lost_reason_name(reason), reason)
        row = self.deals_model.row_of(keep.deal.id) if keep is not None else -1
        if row < 0 and self.deals_model.rows:
            row = 0
        if row >= 0:
            self.deals_table.selectRow(row)
        self._show_selected_deal()

    def selected_deal(self) -> DealDetail | None:
        rows = self.deals_table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.deals_model.rows[row] if 0 <= row < len(self.deals_model.rows) else None

    def _show_selected_deal(self, *_: Any) -> None:
        detail = self.selected_deal()
        has = detail is not None
        for widget in (self.stage_combo, self.won_button, self.reason_combo, self.lost_button):
            widget.setEnabled(has)
        self.reopen_button.setEnabled(has and detail is not None and detail.deal.status != "open")
        if detail is None:
            self.history_label.setText("")
            return
        deal = detail.deal
        self.won_button.setEnabled(deal.status != DealStatus.WON)
        self.lost_button.setEnabled(
            deal.status != DealStatus.LOST and self.reason_combo.count() > 0
        )
        index = self.stage_combo.findData(deal.stage)
        if index < 0:
            self.stage_combo.addItem(deal_stage(deal.stage), deal.stage)
            index = self.stage_combo.count() - 1
        self.stage_combo.setCurrentIndex(index)
        self.history_label.setText(
            " → ".join(f"{deal_stage(h.stage)} ({local_date(h.at)})" for h in detail.history)
        )

    # ---- actions -------------------------------------------------------------------------

    def _run(self, fn: Callable[[Database], Any]) -> bool:
        """One change from the panel; False when it was refused (the message is shown)."""
        return Op(self.bridge, fn, initiator=self, parent=self).run() is not None

    def _save_flags(self, *_: Any) -> None:
        cid = self._contact_id
        if cid is None:
            return
        flags = ClassFlags(
            met_first_kp=self.first_kp_box.isChecked(),
            has_need=self.need_box.isChecked(),
            has_power=self.power_box.isChecked(),
            kp_level=self.kp_combo.currentData(),
            declined=self.declined_box.isChecked(),
        )
        if not self._run(lambda db: classification.set_flags(db, cid, flags)):
            self.reload()

    def _drop(self) -> None:
        cid = self._contact_id
        if cid is not None:
            self._run(lambda db: classification.set_declined(db, cid, True))

    def _save_state(self, question: int) -> None:
        cid = self._contact_id
        if cid is None:
            return
        state = self.state_combos[question].currentData()
        self._run(lambda db: qualification.set_answer(db, cid, question, state, None))

    def _save_note(self, question: int) -> None:
        cid = self._contact_id
        if cid is None or self.view is None:
            return
        text = self.note_edits[question].text().strip()
        if text == self._notes.get(question, ""):
            return
        state = self.state_combos[question].currentData()
        self._run(lambda db: qualification.set_answer(db, cid, question, state, text))

    def _save_own_state(self, question_id: int) -> None:
        cid = self._contact_id
        row = self.own_rows.get(question_id)
        if cid is None or row is None:
            return
        state = row[1].currentData()
        self._run(lambda db: qualification.set_own_answer(db, cid, question_id, state, None))

    def _save_own_note(self, question_id: int) -> None:
        cid = self._contact_id
        row = self.own_rows.get(question_id)
        if cid is None or row is None or self.view is None:
            return
        text = row[2].text().strip()
        if text == self._own_notes.get(question_id, ""):
            return
        state = row[1].currentData()
        self._run(lambda db: qualification.set_own_answer(db, cid, question_id, state, text))

    def _save_score_inputs(self, *_: Any) -> None:
        cid = self._contact_id
        if cid is None or self.view is None:
            return
        inputs = ScoringInputs(
            trigger_event=self.trigger_edit.text(),
            sold_in_industry=self.sold_box.isChecked(),
            has_reference=self.reference_box.isChecked(),
            personally_involved=self.involved_box.isChecked(),
        )
        current = self.view.score.inputs
        if inputs == current or (
            " ".join(inputs.trigger_event.split()) == current.trigger_event
            and (inputs.sold_in_industry, inputs.has_reference, inputs.personally_involved)
            == (current.sold_in_industry, current.has_reference, current.personally_involved)
        ):
            return
        self._run(lambda db: scoring.set_inputs(db, cid, inputs))

    def _add_deal(self) -> None:
        if self._contact_id is None:
            return
        cents = round(self.new_amount.value() * 100)
        data = deals.DealInput(self._contact_id, self.new_title.text(), cents)
        if self._run(lambda db: deals.create_deal(db, data)):
            self.new_title.clear()
            self.new_amount.setValue(0)

    def _move_stage(self, *_: Any) -> None:
        detail = self.selected_deal()
        stage = self.stage_combo.currentData()
        if detail is not None and stage and stage != detail.deal.stage:
            self._run(lambda db: deals.move_stage(db, detail.deal.id, stage))

    def _win(self) -> None:
        detail = self.selected_deal()
        if detail is not None:
            self._run(lambda db: deals.win_deal(db, detail.deal.id))

    def _lose(self) -> None:
        detail = self.selected_deal()
        reason = self.reason_combo.currentData()
        if detail is not None and reason:
            self._run(lambda db: deals.lose_deal(db, detail.deal.id, reason))

    def _reopen(self) -> None:
        detail = self.selected_deal()
        if detail is not None:
            self._run(lambda db: deals.reopen_deal(db, detail.deal.id))
