"""What calls verify (who else decides, who can veto, the real start) in words: the names
of the checks, the known answers, and the flag shown while they are missing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.rules.call_details import VERIFICATION_FIELDS, Verification
from deskcrm.ui.vocabulary.templates import fill

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def check_name(name: str) -> str:
    """One check, as the flag lists what is missing."""
    names = {
        "deciders": QCoreApplication.translate("VerificationWords", "who else decides"),
        "veto": QCoreApplication.translate("VerificationWords", "who can veto"),
        "start": QCoreApplication.translate("VerificationWords", "when it really starts"),
    }
    return names.get(name, name)


def answer_label(name: str) -> str:
    """The label of a known answer ("Decides: 王总")."""
    names = {
        "deciders": QCoreApplication.translate("VerificationWords", "Decides"),
        "veto": QCoreApplication.translate("VerificationWords", "Can veto"),
        "start": QCoreApplication.translate("VerificationWords", "Really starts"),
    }
    return names.get(name, name)


def known_text(kept: Verification) -> str:
    """The answers known, on one line ("" when none)."""
    return " · ".join(
        fill(
            QCoreApplication.translate("VerificationWords", "%1: %2"),
            answer_label(name),
            getattr(kept, name),
        )
        for name in VERIFICATION_FIELDS
        if getattr(kept, name)
    )


def flag_text(missing: tuple[str, ...]) -> str:
    """The marker shown while checks are missing on a deal past the needs stage."""
    return fill(
        QCoreApplication.translate("VerificationWords", "⚠ Not verified yet: %1"),
        QCoreApplication.translate("VerificationWords", ", ").join(check_name(n) for n in missing),
    )


def flag_tip() -> str:
    return QCoreApplication.translate(
        "VerificationWords",
        "An open deal is past finding the need, and early on customers hide the truth. "
        "Ask on the next call (Questions tab) or through the coach.",
    )
