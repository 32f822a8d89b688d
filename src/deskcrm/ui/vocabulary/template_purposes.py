"""Template purposes in words: a known purpose's code (festival, Y+M, A...) as the rep reads it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.rules.template_purposes import KNOWN_PURPOSES, known_purpose
from deskcrm.ui.vocabulary.classes import class_name

SEGMENTS = frozenset({"N", "Y+O", "Y+M", "M", "VIP"})

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def purpose_word(code: str) -> str:
    """A known purpose in words ("festival" → 节日 / Festival); other text as it is."""
    words = {
        "N": QCoreApplication.translate("PurposeWords", "N · invite to visit"),
        "Y+O": QCoreApplication.translate("PurposeWords", "Y+O · visited, not bought"),
        "Y+M": QCoreApplication.translate("PurposeWords", "Y+M · visited and bought"),
        "M": QCoreApplication.translate("PurposeWords", "M · bought before"),
        "VIP": QCoreApplication.translate("PurposeWords", "VIP · key customer"),
        "birthday": QCoreApplication.translate("PurposeWords", "Birthday"),
        "occasion": QCoreApplication.translate("PurposeWords", "Anniversary / own date"),
        "festival": QCoreApplication.translate("PurposeWords", "Festival"),
        "repurchase": QCoreApplication.translate("PurposeWords", "Repurchase"),
    }
    if code in ("A", "B", "C"):
        return class_name(code)
    return words.get(code, code)


def purpose_label(stored: str) -> str:
    """A stored purpose as shown: a known one in words, the rep's own group as typed."""
    code = known_purpose(stored)
    return purpose_word(code) if code is not None else stored


def purpose_short(stored: str) -> str:
    """A stored purpose beside a template's name in a list: a segment as its letters (the
    tags the rep knows: N, Y+O, VIP), a class or a date in words, the rep's own as typed."""
    code = known_purpose(stored)
    if code is None:
        return stored
    return code if code in SEGMENTS else purpose_word(code)


def purpose_choices() -> list[tuple[str, str]]:
    """(code, words) of every known purpose, in the order a list offers them."""
    return [(code, purpose_word(code)) for code in KNOWN_PURPOSES]
