"""One editor per declared setting, built from its type, range and choices; the wheel scrolls."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from deskcrm.core.settings import CONTEXT, SettingDecl
from deskcrm.ui.vocabulary.deals import deal_stage, lost_reason_name

# The words for list items that are codes, by SettingDecl.words.
WORDS: dict[str, Callable[[str], str]] = {
    "deal_stage": deal_stage,
    "lost_reason": lost_reason_name,
}
# Typed lists may be separated the Chinese way too (，、；).
LIST_SPLIT = re.compile(r"[,，、;；]")


def setting_text(text: str) -> str:
    """A declaration's title, description or choice label in the UI language."""
    return QCoreApplication.translate(CONTEXT, text)


class WheelScrollsSpinBox(QSpinBox):
    """A number field the mouse wheel never changes: the wheel scrolls the page behind it."""

    def __init__(self) -> None:
        super().__init__()
        # The wheel must not give it focus either (the default WheelFocus would).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # ignored wheel events go up to the scroll area


class WheelScrollsComboBox(QComboBox):
    """A drop-down the mouse wheel never changes: the wheel scrolls the page behind it."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()


class SettingEditor:
    """The widget of one setting and the conversion between its value and the widget."""

    def __init__(self, decl: SettingDecl, separator: str) -> None:
        self.decl = decl
        self.separator = separator  # between list items shown, e.g. "，" in Chinese
        self.widget: QWidget = self._build()

    def _build(self) -> QWidget:
        decl = self.decl
        if decl.choices:
            combo = WheelScrollsComboBox()
            for choice in decl.choices:
                combo.addItem(setting_text(choice.label), choice.value)
            combo.setMaximumWidth(240)
            return combo
        if decl.type is bool:
            return QCheckBox()
        if decl.type in (int, float):
            spin = WheelScrollsSpinBox()
            if decl.percent:
                low, high = (decl.minimum or 0.0) * 100, (decl.maximum or 1.0) * 100
                spin.setSuffix(" %")
                spin.setSingleStep(5)
            else:
                low, high = decl.minimum or 0, decl.maximum if decl.maximum is not None else 9999
            spin.setRange(round(low), round(high))
            if decl.money:
                spin.setPrefix("¥")
                spin.setGroupSeparatorShown(True)
                spin.setSingleStep(1000)
            if decl.zero_text:
                spin.setSpecialValueText(setting_text(decl.zero_text))
            spin.setMaximumWidth(160)
            return spin
        line = QLineEdit()
        if decl.type is not list:
            line.setMaximumWidth(160)  # a code or a time, not a sentence
        return line

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(round(value * 100) if self.decl.percent else int(value))
        elif isinstance(w, QLineEdit):
            if isinstance(value, list):
                w.setText(self.separator.join(self._word(v) for v in value))
            else:
                w.setText(str(value))
            w.setCursorPosition(0)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value() / 100 if self.decl.percent else w.value()
        assert isinstance(w, QLineEdit)
        text = w.text()
        if self.decl.type is list:
            return [self._code(p.strip()) for p in LIST_SPLIT.split(text) if p.strip()]
        return text.strip()

    def _word(self, code: str) -> str:
        words = WORDS.get(self.decl.words)
        return words(code) if words else code

    def _code(self, typed: str) -> str:
        """The code behind a word as shown (or typed as a code); other text stays as typed."""
        words = WORDS.get(self.decl.words)
        if words is None:
            return typed
        wanted = typed.casefold()
        for code in self.decl.default:
            if wanted in (code.casefold(), words(code).casefold()):
                return str(code)
        return typed
