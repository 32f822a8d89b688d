"""Words for why a contact is not qualified ("not qualified: no budget"), shown on draft
lines, call-queue rows and anywhere a contact's qualification lowers it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.rules.qualification import Question
from deskcrm.core.rules.qualification_score import Shortfall
from deskcrm.ui.vocabulary.templates import fill

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def bad_answer(question: int) -> str:
    """The bad answer to one of the nine, in a few words ("no budget")."""
    words = {
        Question.NEED: QCoreApplication.translate("QualificationWording", "no clear need"),
        Question.FIT: QCoreApplication.translate(
            "QualificationWording", "not our kind of customer"
        ),
        Question.BLOCKERS: QCoreApplication.translate("QualificationWording", "a hard blocker"),
        Question.BUDGET: QCoreApplication.translate("QualificationWording", "no budget"),
        Question.FINANCES: QCoreApplication.translate("QualificationWording", "weak finances"),
        Question.TIMING: QCoreApplication.translate("QualificationWording", "no buying date"),
        Question.COACH: QCoreApplication.translate("QualificationWording", "no coach"),
        Question.VOLUME: QCoreApplication.translate("QualificationWording", "volume too small"),
        Question.MARGIN: QCoreApplication.translate("QualificationWording", "margin too low"),
    }
    return words.get(Question(question), "")


def shortfall_reason(shortfall: Shortfall) -> str:
    """What speaks against the contact, without the "not qualified" head."""
    if shortfall.question is not None:
        return bad_answer(shortfall.question)
    if shortfall.own_id is not None:
        return fill(
            QCoreApplication.translate("QualificationWording", "“%1” no"), shortfall.own_text
        )
    return fill(
        QCoreApplication.translate("QualificationWording", "%1/%2 open"),
        shortfall.unanswered,
        shortfall.total,
    )


def shortfall_text(shortfall: Shortfall) -> str:
    """The marker beside a contact: "not qualified: no budget", or for a bad answer that
    lowers without ruling out, "in doubt: no coach"."""
    if not shortfall.decisive:
        return fill(
            QCoreApplication.translate("QualificationWording", "in doubt: %1"),
            shortfall_reason(shortfall),
        )
    return fill(
        QCoreApplication.translate("QualificationWording", "not qualified: %1"),
        shortfall_reason(shortfall),
    )
