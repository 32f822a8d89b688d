"""The ABCD classes in words: a class's name and what it means."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.ui.vocabulary.templates import fill

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def class_name(code: str) -> str:
    """The class as a name: Class A, A 类."""
    return fill(QCoreApplication.translate("ClassWords", "Class %1"), code)


def class_meaning(code: str | None) -> str:
    return {
        "A": QCoreApplication.translate(
            "ClassWords", "First key person met, with a need and buying power."
        ),
        "B": QCoreApplication.translate(
            "ClassWords", "Need and buying power, but only a second or third key person met."
        ),
        "C": QCoreApplication.translate(
            "ClassWords", "Met the head of the using department, who must report up."
        ),
        "D": QCoreApplication.translate("ClassWords", "Will not buy: stop following."),
    }.get(
        code or "",
        QCoreApplication.translate(
            "ClassWords", "No class yet: tick what you know about this contact."
        ),
    )
