"""Message the contact of a plan line (birthday, festival, repurchase, segment work): the
template that suits the line's reason chosen, the message filled for that contact.

Enter copies the message to the clipboard (the rep pastes it in WeChat); "Copied and
sent" (Ctrl+Enter) records one WeChat touch with the text (messaging.log_sent, the same
as the message queue) as one undo step and closes. The fill is the queue's
(messaging.message_for / one_message), never a second one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskcrm.core.errors import ValidationError
from deskcrm.core.rules.template_purposes import suited
from deskcrm.core.services import messaging, templates
from deskcrm.core.services.messaging import QueuedMessage
from deskcrm.core.services.templates import TemplateFileInvalid, TemplateInfo
from deskcrm.paths import resources_dir
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.i18n import error_message, ui_language
from deskcrm.ui.message_undo import messages_sent
from deskcrm.ui.operations import Op
from deskcrm.ui.shortcuts import add_shortcut
from deskcrm.ui.vocabulary.template_purposes import purpose_label, purpose_short
from deskcrm.ui.vocabulary.templates import fill

WINDOW = Qt.ShortcutContext.WindowShortcut  # the dialog is its own window


class MessageDialog(QDialog):
    """One contact's message; `recorded` carries the touch ids written by "Copied and sent"."""

    recorded = Signal(list)

    def __init__(
        self,
        bridge: Bridge,
        contact_id: int,
        name: str,
        purposes: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.contact_id = contact_id
        self.name = name
        self.purposes = tuple(purposes)
        self.templates: list[TemplateInfo] = []
        self.message: QueuedMessage | None = None
        self.copied = False
        self.setWindowTitle(fill(self.tr("Message %1"), name))
        self.resize(640, 420)
        self._build()
        add_shortcut(self, "Ctrl+Return", self.copied_and_sent, WINDOW)
        add_shortcut(self, "Ctrl+Enter", self.copied_and_sent, WINDOW)
        self._install_starters()
        self._load()

    def _build(self) -> None:
        col = QVBoxLayout(self)
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Template:"))
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Message template"))
        self.template_combo.setMinimumContentsLength(20)
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        caption.setBuddy(self.template_combo)
        top.addWidget(caption)
        top.addWidget(self.template_combo, 1)
        col.addLayout(top)
        self.suits_label = QLabel()
        self.suits_label.setWordWrap(True)
        self.suits_label.setStyleSheet("color: palette(mid);")
        col.addWidget(self.suits_label)
        self.message_view = QPlainTextEdit()
        self.message_view.setReadOnly(True)
        # Never takes the keyboard: Enter always copies.
        self.message_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = self.message_view.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.message_view.setFont(big)
        self.message_view.setAccessibleName(self.tr("Message for this contact"))
        col.addWidget(self.message_view, 1)
        self.note = QLabel(
            self.tr(
                "Enter: copy the message, then paste it in WeChat yourself · Ctrl+Enter: "
                "copied and sent (records a WeChat touch; Ctrl+Z undoes)"
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        col.addWidget(self.note)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.hide()
        col.addWidget(self.error_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the message to paste it in WeChat (Enter)"))
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self.sent_button = QPushButton(self.tr("Copied and sent"))
        self.sent_button.setToolTip(
            self.tr("Record a WeChat touch with this message for the contact (Ctrl+Enter)")
        )
        self.sent_button.setAutoDefault(False)
        self.sent_button.clicked.connect(self.copied_and_sent)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        for b in (self.copy_button, self.sent_button, self.close_button):
            bottom.addWidget(b)
        col.addLayout(bottom)

    # Templates and the message

    def _install_starters(self) -> None:
        # The starters in the UI language when the database has none (as the queue does).
        folder, lang = resources_dir() / "templates", ui_language()
        Op(
            self.bridge, lambda db: templates.install_defaults(db, folder, lang), initiator=self
        ).catch(TemplateFileInvalid, lambda exc: self.bridge.status.emit(error_message(exc))).run()

    def _load(self) -> None:
        cid, purposes = self.contact_id, self.purposes
        result = Op(
            self.bridge, lambda db: messaging.message_for(db, cid, purposes), parent=self
        ).run()
        self.templates, message = result if result is not None else ([], None)
        best = {t.id for t in suited(self.templates, purposes)}
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for t in self.templates:
            label = t.name if not t.purpose else f"{t.name} · {purpose_short(t.purpose)}"
            self.template_combo.addItem(("★ " if t.id in best else "") + label, t.id)
        self.template_combo.blockSignals(False)
        if purposes:
            words = " / ".join(purpose_label(p) for p in purposes)
            self.suits_label.setText(
                fill(self.tr("Suits this line: %1 (marked ★)"), words)
                if best
                else fill(
                    self.tr("No template is for %1 yet: set a template's purpose to it."), words
                )
            )
        self.suits_label.setVisible(bool(purposes))
        if not self.templates:
            self._show(None, self.tr("No message templates yet: write one on the contacts screen."))
        elif message is None:
            self._show(None, self.tr("This contact is no longer in the list."))
        else:
            self._show(message)
        self.template_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def template_id(self) -> int | None:
        data = self.template_combo.currentData()
        return int(data) if data is not None else None

    def _template_chosen(self, _index: int) -> None:
        template_id, cid = self.template_id(), self.contact_id
        if template_id is None:
            return
        found = Op(
            self.bridge, lambda db: messaging.one_message(db, cid, template_id), parent=self
        ).run()
        if found:
            self._show(found[0])
        else:
            self._show(None, self.tr("This contact is no longer in the list."))

    def _show(self, message: QueuedMessage | None, why: str = "") -> None:
        self.message = message
        self.copied = False
        self.message_view.setPlainText(message.text if message else why)
        self.copy_button.setEnabled(message is not None)
        self.sent_button.setEnabled(message is not None)
        self.error_label.hide()

    # Copy and record

    def copy(self) -> None:
        """Enter: the message to the clipboard; the dialog stays for "Copied and sent"."""
        if self.message is None:
            return
        QGuiApplication.clipboard().setText(self.message.text)
        self.copied = True
        self.bridge.status.emit(self.tr("Copied the message: paste it in WeChat"))
        self.copy_button.setText(self.tr("Copied ✓"))

    def copied_and_sent(self) -> None:
        """One WeChat touch with the message, one undo step, then close."""
        template_id, message = self.template_id(), self.message
        if message is None or template_id is None:
            return
        if not self.copied:
            QGuiApplication.clipboard().setText(message.text)
        sent = [(message.contact_id, message.text)]
        result = (
            Op(
                self.bridge,
                lambda db: messaging.log_sent(db, template_id, sent),
                initiator=self,
                parent=self,
            )
            .catch(ValidationError, self._refused)
            .run()
        )
        if result is None:
            return
        ids = result[0]
        self.bridge.undo_stack.push(
            messages_sent(self.bridge, template_id, sent, ids, [message.name])
        )
        self.bridge.status.emit(
            fill(self.tr("Recorded the WeChat message to %1 (Ctrl+Z undoes)"), message.name)
        )
        self.recorded.emit(ids)
        self.accept()

    def _refused(self, exc: ValidationError) -> None:
        if exc.reason == "daily_cap":
            text = fill(
                self.tr(
                    "Today's limit of %1 WeChat messages is reached (%2 recorded today). "
                    "Nothing was recorded; raise the limit in Settings if you need to."
                ),
                exc.data.get("limit", ""),
                exc.data.get("already", ""),
            )
        else:
            text = error_message(exc)
        self.error_label.setText(text)
        self.error_label.show()
