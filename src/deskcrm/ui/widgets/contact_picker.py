"""A field that picks one existing contact: type part of a name or its pinyin, choose from
the list (the referrer and the coach of a contact, wherever they are set)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from deskcrm.core.model import ContactRef
from deskcrm.core.services import contacts
from deskcrm.ui.bridge import Bridge
from deskcrm.ui.vocabulary.templates import fill

MATCHES = 20


class ContactPicker(QLineEdit):
    """The chosen contact is `contact_id()`; typed text naming nobody is `unknown()`.

    The list comes from the contacts service as the rep types, already matched by name
    or pinyin ("zw" finds 张伟), so the completer shows it unfiltered. A suggestion (the
    referrer, for a coach) is named in the empty field and taken with the Down key.
    """

    picked = Signal(int)  # a contact chosen from the list (or the suggestion taken)

    def __init__(
        self, bridge: Bridge, *, exclude: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.exclude = exclude
        self._found: dict[str, int] = {}
        self._suggestion: ContactRef | None = None
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._activated)
        self.setCompleter(completer)
        self.textEdited.connect(self._find)
        self.setClearButtonEnabled(True)
        self._hint = self.tr("Type a name and pick from the list")
        self.setPlaceholderText(self._hint)

    # What is chosen

    def set_contact(self, ref: ContactRef | None) -> None:
        """Show `ref` as chosen (None: empty)."""
        self._found = {ref.name: ref.id} if ref is not None else {}
        self.setText(ref.name if ref is not None else "")

    def contact_id(self) -> int | None:
        """The chosen contact; None when the field is empty or names nobody listed."""
        text = self.text().strip()
        return self._found.get(text) if text else None

    def unknown(self) -> bool:
        """Text typed that names no contact from the list (the form refuses it)."""
        return bool(self.text().strip()) and self.contact_id() is None

    def set_suggestion(self, ref: ContactRef | None) -> None:
        """Offer `ref` in the empty field: its name in the placeholder, Down takes it."""
        self._suggestion = ref if ref is None or ref.id != self.exclude else None
        if self._suggestion is None:
            self.setPlaceholderText(self._hint)
        else:
            self.setPlaceholderText(
                fill(self.tr("↓ %1 (the referrer), or type a name"), self._suggestion.name)
            )

    def suggestion(self) -> ContactRef | None:
        return self._suggestion

    # Finding

    def _find(self, text: str) -> None:
        self._found = {}
        if text.strip():
            for ref in contacts.find_by_name(self.bridge.db, text, MATCHES):
                if ref.id != self.exclude:
                    self._found.setdefault(ref.name, ref.id)
        # Typing shows the list itself (after this slot, so with these names).
        self.names.setStringList(list(self._found))

    def _activated(self, name: str) -> None:
        contact_id = self._found.get(name)
        if contact_id is not None:
            self.picked.emit(contact_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup()
        if (
            event.key() == Qt.Key.Key_Down
            and not self.text()
            and self._suggestion is not None
            and (popup is None or not popup.isVisible())
        ):
            self.set_contact(self._suggestion)
            self.picked.emit(self._suggestion.id)
            return
        super().keyPressEvent(event)
