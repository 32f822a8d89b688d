"""The one way to make a keyboard shortcut: its context always by keyword, the slot after.

PySide 6 drops a context passed along with a slot (`QShortcut(keys, owner, slot,
context=...)`): the shortcut then fires in the whole window, which made tag letters act
while the rep typed in a search box. Keys belong to widgets: a screen's keys use
WidgetWithChildrenShortcut, single letters WidgetShortcut on a list, dialogs (their own
windows) WindowShortcut.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Keys = str | QKeySequence | QKeySequence.StandardKey | Qt.Key


def add_shortcut(
    owner: QWidget,
    keys: Keys,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    shortcut = QShortcut(QKeySequence(keys), owner, context=context)
    shortcut.activated.connect(slot)
    return shortcut
