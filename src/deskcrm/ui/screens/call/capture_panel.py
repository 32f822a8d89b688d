"""What the rep captures while on the phone: notes, key words, objections followed by "why?"
until the real one shows, the verification questions and the open qualification questions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.model import AnswerState
from deskcrm.core.rules.call_details import Objection, Verification
from deskcrm.core.services.qualification import AnswerInput, OwnAnswerInput
from deskcrm.ui.screens.call.wording import answer_state, question_to_ask
from deskcrm.ui.vocabulary.templates import fill


class _DeleteKeyList(QListView):
    """A list whose Delete key removes the selected row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            index = self.currentIndex()
            if index.isValid():
                self.model().removeRow(index.row())
                return
        super().keyPressEvent(event)


class NotesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What they said, what they need"))
        notes_label = QLabel(self.tr("No&tes"))
        notes_label.setBuddy(self.notes)
        self.key_word = QLineEdit()
        self.key_word.setPlaceholderText(self.tr("Their key word, then Enter"))
        self.key_word.setToolTip(
            self.tr("Note the customer's own words; repeat them back when you propose")
        )
        self.key_word.returnPressed.connect(self.add_key_word)
        key_label = QLabel(self.tr("&Key words"))
        key_label.setBuddy(self.key_word)
        self.key_words = QStringListModel(self)
        self.key_view = _DeleteKeyList()
        self.key_view.setModel(self.key_words)
        self.key_view.setFlow(QListView.Flow.LeftToRight)
        self.key_view.setWrapping(True)
        self.key_view.setSpacing(4)
        self.key_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.key_view.setToolTip(self.tr("Delete removes the selected key word"))
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(key_label)
        row.addWidget(self.key_word, 1)
        layout.addLayout(row)
        layout.addWidget(self.key_view)

    def add_key_word(self) -> None:
        word = " ".join(self.key_word.text().split())
        words = self.key_words.stringList()
        if word and word not in words:
            self.key_words.setStringList([*words, word])
        self.key_word.clear()

    def reset(self) -> None:
        self.notes.clear()
        self.key_word.clear()
        self.key_words.setStringList([])


class ObjectionsTab(QWidget):
    """Each objection with the answers to "why?" under it; the last answer is the real one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objections: list[Objection] = []
        self.current = -1
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Early objections are rarely the real one: ask “why?” until the answer "
                "stops moving. “What would your boss ask about?”"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.said = QLineEdit()
        self.said.setPlaceholderText(self.tr("What they object, then Enter"))
        self.said.returnPressed.connect(self.add_objection)
        said_label = QLabel(self.tr("They ob&ject"))
        said_label.setBuddy(self.said)
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("You asked “why?”: their answer, then Enter"))
        self.why.setToolTip(self.tr("F8 jumps here from anywhere"))
        self.why.returnPressed.connect(self.add_why)
        why_label = QLabel(self.tr("Wh&y? →"))
        why_label.setBuddy(self.why)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentChanged.connect(self._picked)
        form = QFormLayout()
        form.addRow(said_label, self.said)
        form.addRow(why_label, self.why)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)

    def _picked(self, current: object, _previous: object) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.current = (index.parent() if index.parent().isValid() else index).row()

    def add_objection(self) -> None:
        said = " ".join(self.said.text().split())
        if said:
            self.objections.append(Objection(said))
            self.current = len(self.objections) - 1
            self._rebuild()
            self.why.setFocus()
        self.said.clear()

    def add_why(self) -> None:
        answer = self.why.text()
        if 0 <= self.current < len(self.objections) and answer.strip():
            self.objections[self.current] = self.objections[self.current].asked(answer)
            self._rebuild()
        self.why.clear()

    def _rebuild(self) -> None:
        self.model.clear()
        bold = QFont()
        bold.setBold(True)
        for objection in self.objections:
            top = QStandardItem(objection.said)
            for depth, answer in enumerate(objection.whys, start=1):
                child = QStandardItem(fill(self.tr("why %1: %2"), depth, answer))
                if depth == len(objection.whys):
                    child.setFont(bold)
                    child.setToolTip(self.tr("The real objection so far"))
                top.appendRow(child)
            self.model.appendRow(top)
        self.view.expandAll()
        if 0 <= self.current < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(self.current, 0))

    def reset(self) -> None:
        self.objections = []
        self.current = -1
        self.said.clear()
        self.why.clear()
        self._rebuild()


class QuestionsTab(QWidget):
    """Verify what early talk hides, and answer the qualification questions still open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        verify = QFormLayout()
        self.deciders = QLineEdit()
        self.veto = QLineEdit()
        self.start = QLineEdit()
        for field, text in (
            (self.deciders, self.tr("Who else &decides?")),
            (self.veto, self.tr("Who can &veto?")),
            (self.start, self.tr("When would it &really start?")),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            verify.addRow(label, field)
        layout.addLayout(verify)
        self.open_label = QLabel()
        self.open_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.open_label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.rows: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self.own_rows: dict[int, tuple[QComboBox, QLineEdit]] = {}

    def set_open(self, questions: Sequence[int], own: Sequence[tuple[int, str]] = ()) -> None:
        """The nine still open by number, then the rep's own still open as (id, text)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.rows = {}
        self.own_rows = {}
        count = len(questions) + len(own)
        self.open_label.setText(
            fill(self.tr("Still open (%1):"), count)
            if count
            else self.tr("All qualification questions are answered.")
        )
        for number in questions:
            self.rows[number] = self._add_row(question_to_ask(number))
        for qid, text in own:
            self.own_rows[qid] = self._add_row(text)

    def _add_row(self, question: str) -> tuple[QComboBox, QLineEdit]:
        state = QComboBox()
        for value in (AnswerState.UNKNOWN, AnswerState.YES, AnswerState.NO):
            state.addItem(answer_state(value), value.value)
        note = QLineEdit()
        note.setPlaceholderText(self.tr("Their answer, in their words"))
        row = QHBoxLayout()
        row.addWidget(state)
        row.addWidget(note, 1)
        label = QLabel(question)
        label.setWordWrap(True)
        self.form.addRow(label, row)
        return state, note

    def own_answers(self) -> tuple[OwnAnswerInput, ...]:
        """The rep's own questions answered (a state picked or a note written)."""
        out = []
        for qid, (state, note) in self.own_rows.items():
            value, text = str(state.currentData()), note.text().strip()
            if value != AnswerState.UNKNOWN.value or text:
                out.append(OwnAnswerInput(qid, value, text))
        return tuple(out)

    def answers(self) -> tuple[AnswerInput, ...]:
        """Questions the rep answered (a state picked or a note written)."""
        out = []
        for number, (state, note) in self.rows.items():
            value, text = str(state.currentData()), note.text().strip()
            if value != AnswerState.UNKNOWN.value or text:
                out.append(AnswerInput(number, value, text))
        return tuple(out)

    def verification(self) -> Verification:
        return Verification(self.deciders.text(), self.veto.text(), self.start.text())

    def reset(
        self,
        questions: Sequence[int],
        known: Verification | None = None,
        own: Sequence[tuple[int, str]] = (),
    ) -> None:
        """Empty fields for this call; what earlier calls verified shows as their
        placeholder, so only what this call learns is typed (and stored)."""
        known = known or Verification()
        for field, value in (
            (self.deciders, known.deciders),
            (self.veto, known.veto),
            (self.start, known.start),
        ):
            field.clear()
            field.setPlaceholderText(fill(self.tr("So far: %1"), value) if value else "")
        self.set_open(questions, own)


class CapturePanel(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes_tab = NotesTab()
        self.objections_tab = ObjectionsTab()
        self.questions_tab = QuestionsTab()
        self.addTab(self.notes_tab, self.tr("&1 Notes"))
        self.addTab(self.objections_tab, self.tr("&2 Objections"))
        # Up to nine open questions: they scroll rather than make the column taller
        # than a small screen (the finish form shares it).
        questions = QScrollArea()
        questions.setWidgetResizable(True)
        questions.setFrameShape(QFrame.Shape.NoFrame)
        questions.setWidget(self.questions_tab)
        self.addTab(questions, self.tr("&3 Questions"))
        self.setToolTip(
            self.tr("Alt+1, Alt+2, Alt+3 switch tabs; Alt+underlined letter jumps to a field")
        )

    def hasHeightForWidth(self) -> bool:
        # A wrapped label on a page would make the column layout hand the tabs their full
        # height-for-width, pushing the finish form below the window; they shrink instead.
        return False

    def reset(
        self,
        open_questions: Sequence[int],
        known: Verification | None = None,
        own_open: Sequence[tuple[int, str]] = (),
    ) -> None:
        self.notes_tab.reset()
        self.objections_tab.reset()
        self.questions_tab.reset(open_questions, known, own_open)
        self.setCurrentIndex(0)

    def ask_why(self) -> None:
        self.setCurrentWidget(self.objections_tab)
        target = self.objections_tab.why if self.objections_tab.objections else None
        (target or self.objections_tab.said).setFocus()

    def is_dirty(self) -> bool:
        return bool(
            self.notes_tab.notes.toPlainText().strip()
            or self.notes_tab.key_words.stringList()
            or self.objections_tab.objections
            or self.questions_tab.answers()
            or self.questions_tab.own_answers()
            or not self.questions_tab.verification().empty
        )
