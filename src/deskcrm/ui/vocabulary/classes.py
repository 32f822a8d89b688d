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


# A missed class window: the decision offered in the draft, on a plan line and in the
# detail pane (extend it once, or move the contact to D).


def extend_action() -> str:
    return QCoreApplication.translate("ClassWords", "Extend the window once")


def move_to_d_action() -> str:
    return QCoreApplication.translate("ClassWords", "Move to D (stop following)")


def extend_hint() -> str:
    return QCoreApplication.translate(
        "ClassWords",
        "Give this contact one more window, counted from today; only once per class",
    )


def move_to_d_hint() -> str:
    return QCoreApplication.translate(
        "ClassWords", "Will not buy in time: class D, left out of the plan from now on"
    )


def window_passed(code: str, deadline: str, extended_on: str = "") -> str:
    """The detail pane's line for a contact past its window (dates already worded)."""
    if extended_on:
        return fill(
            QCoreApplication.translate(
                "ClassWords",
                "The class %1 window ended on %2, already extended once (on %3): move to D, "
                "or close the deal now.",
            ),
            code,
            deadline,
            extended_on,
        )
    return fill(
        QCoreApplication.translate(
            "ClassWords",
            "The class %1 window ended on %2 with no deal won: extend it once, or move to D?",
        ),
        code,
        deadline,
    )


def extended_note(name: str, deadline: str) -> str:
    """The status after extending (Ctrl+Z takes it back)."""
    return fill(
        QCoreApplication.translate("ClassWords", "%1: the window now ends on %2 (Ctrl+Z undoes)"),
        name,
        deadline,
    )


def moved_to_d_note(name: str) -> str:
    return fill(
        QCoreApplication.translate(
            "ClassWords", "%1 moved to D: no longer followed (Ctrl+Z undoes)"
        ),
        name,
    )


def extend_step(name: str) -> str:
    """The undo step's name in Edit ▸ Undo."""
    return fill(QCoreApplication.translate("ClassWords", "Extend the window of %1"), name)


def move_to_d_step(name: str) -> str:
    return fill(QCoreApplication.translate("ClassWords", "Move %1 to D"), name)
