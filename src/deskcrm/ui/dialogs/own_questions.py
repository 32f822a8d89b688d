"""The rep's own qualification questions (up to five): add, rename, reorder, delete, save."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import DeskCRMError
from deskcrm.core.rules.qualification_score import (
    MAX_OWN_QUESTIONS,
    OWN_QUESTION_LENGTH,
    clean_own_question,
)
from deskcrm.core.services.own_questions import (
    OwnQuestionEdit,
    list_own_questions,
    save_own_questions,
)
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message
from deskcrm.ui.operations import Op
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.templates import fill

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_STYLE = "color: #c62828;"


class OwnQuestionsDialog(QDialog):
    """Edits the list in memory; OK saves it in one transaction (deleted questions take
    their answers along), Cancel leaves everything as it was."""

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("My own questions"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "Up to %1 questions of your own (for your industry) beside the nine. "
                    "Word them so that “yes” speaks for the prospect: a “no” lowers the "
                    "contact in the plan draft and the call queue."
                ),
                MAX_OWN_QUESTIONS,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        add_row = QHBoxLayout()
        self.new_text = QLineEdit()
        self.new_text.setMaxLength(OWN_QUESTION_LENGTH)
        self.new_text.setPlaceholderText(self.tr("A new question, then Enter"))
        self.new_text.setAccessibleName(self.tr("New question"))
        self.new_text.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_question)
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setToolTip(
            self.tr("F2 renames, Alt+Up / Alt+Down move, Delete removes the chosen question")
        )
        self.view.setAccessibleName(self.tr("Your questions"))
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button.clicked.connect(self.delete_current)
        layout.addLayout(buttons)
        # The list itself only: while a question is being renamed its editor has the
        # focus, and Delete there must delete characters, not the question.
        only_list = Qt.ShortcutContext.WidgetShortcut
        add_shortcut(self.view, "Alt+Up", lambda: self.move_current(-1), context=only_list)
        add_shortcut(self.view, "Alt+Down", lambda: self.move_current(1), context=only_list)
        add_shortcut(self.view, "Delete", self.delete_current, context=only_list)

        self.limit_label = QLabel()
        self.limit_label.setWordWrap(True)
        layout.addWidget(self.limit_label)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

        for question in Op(bridge, list_own_questions, parent=self).run() or []:
            self._append(question.id, question.text)
        self.model.rowsInserted.connect(self._show_limit)
        self.model.rowsRemoved.connect(self._show_limit)
        self._show_limit()
        self.new_text.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the new-question field adds the question and stops there: passed on,
        # it would reach the dialog's default button and close the dialog.
        if watched is self.new_text and isinstance(event, QKeyEvent):
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and event.type() == QEvent.Type.KeyPress:
                self.add_question()
                return True
        return super().eventFilter(watched, event)

    # ---- editing ----------------------------------------------------------------------

    def _append(self, question_id: int | None, text: str) -> None:
        item = QStandardItem(text)
        item.setData(question_id, ID_ROLE)
        self.model.appendRow(item)

    def texts(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def _show_limit(self, *_: object) -> None:
        full = self.model.rowCount() >= MAX_OWN_QUESTIONS
        if full and self.new_text.hasFocus():
            # The field is about to be disabled: the keys go on to the list.
            self.view.setFocus()
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self.add_button.setEnabled(not full)
        self.new_text.setEnabled(not full)
        self.limit_label.setText(
            fill(
                self.tr("That is %1 questions, the most there can be: delete one to add another."),
                MAX_OWN_QUESTIONS,
            )
            if full
            else fill(self.tr("%1 of %2 questions"), self.model.rowCount(), MAX_OWN_QUESTIONS)
        )
        self.limit_label.setStyleSheet(ERROR_STYLE if full else "")

    def add_question(self) -> None:
        text = clean_own_question(self.new_text.text())
        if not text:
            return
        if self.model.rowCount() >= MAX_OWN_QUESTIONS:
            self._show_limit()
            return
        self._append(None, text)
        self.new_text.clear()
        self.error.hide()

    def move_current(self, step: int) -> None:
        row = self.view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self.view.setCurrentIndex(self.model.index(target, 0))

    def delete_current(self) -> None:
        index: QModelIndex = self.view.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())

    # ---- saving -----------------------------------------------------------------------

    def edits(self) -> list[OwnQuestionEdit]:
        out = []
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            out.append(OwnQuestionEdit(item.data(ID_ROLE), item.text()))
        return out

    def _show_error(self, exc: DeskCRMError) -> None:
        self.error.setText(error_message(exc))
        self.error.show()

    def save(self) -> None:
        edits = self.edits()
        Op(
            self.bridge,
            lambda db: save_own_questions(db, edits),
            initiator=self,
            parent=self,
        ).input_error(self._show_error).success(lambda _r: self.accept()).run()
