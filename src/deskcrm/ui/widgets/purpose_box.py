"""A template's purpose: the known purposes to pick in words, or the rep's own group typed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from deskcrm.ui.vocabulary.template_purposes import purpose_choices, purpose_label


class PurposeBox(QComboBox):
    """Editable: a known purpose is picked (or typed, in either language: the service
    stores it as its code); anything else is kept as the rep's own group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for code, words in purpose_choices():
            self.addItem(words, code)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def purpose(self) -> str:
        """What to store: the code of a picked purpose, else the text as typed."""
        typed = self.currentText().strip()
        index = self.findText(typed)
        if index >= 0:
            return str(self.itemData(index) or "")
        return typed

    def set_purpose(self, stored: str) -> None:
        shown = purpose_label(stored)
        index = self.findText(shown)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(shown)
