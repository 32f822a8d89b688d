"""UI-language words only the call screen shows: call stages, reminders, questions.

The tone checks are named in deskcrm.ui.vocabulary.call_facts (the timeline shows them too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def stage_name(stage: str) -> str:
    return {
        "prepare": QCoreApplication.translate("CallWording", "Prepare"),
        "state": QCoreApplication.translate("CallWording", "Get in a good state"),
        "trust": QCoreApplication.translate("CallWording", "Build trust"),
        "discover": QCoreApplication.translate("CallWording", "Ask to find the problem"),
        "propose": QCoreApplication.translate("CallWording", "Propose and show value"),
        "compare": QCoreApplication.translate("CallWording", "Compare with competitors"),
        "objections": QCoreApplication.translate("CallWording", "Resolve doubts"),
        "close": QCoreApplication.translate("CallWording", "Close with a choice"),
        "after_sales": QCoreApplication.translate("CallWording", "After-sales care"),
        "referral": QCoreApplication.translate("CallWording", "Ask for a referral"),
    }.get(stage, stage)


def habit_reminders() -> list[str]:
    """Bad habits and listening skills, one shown with each pause cue in turn."""
    return [
        QCoreApplication.translate("CallWording", "No filler sounds (um, uh, that is…)."),
        QCoreApplication.translate("CallWording", "Don't rush: slow down a little."),
        QCoreApplication.translate("CallWording", "Keep your voice up to the end of the sentence."),
        QCoreApplication.translate("CallWording", "Say it firmly, not with a rising, unsure tone."),
        QCoreApplication.translate("CallWording", "Vary your pitch: no monotone."),
        QCoreApplication.translate("CallWording", "Note their key words."),
        QCoreApplication.translate("CallWording", "Repeat their key point back to them."),
        QCoreApplication.translate("CallWording", "Name the benefit that matches their need."),
        QCoreApplication.translate("CallWording", "See it from their side."),
    ]


def question_to_ask(number: int) -> str:
    """The nine qualification questions, as something to find out on the phone."""
    return {
        1: QCoreApplication.translate(
            "CallWording", "Need: what problem do they want solved, or what gain?"
        ),
        2: QCoreApplication.translate("CallWording", "Fit: are they our type of customer?"),
        3: QCoreApplication.translate(
            "CallWording", "Blockers: anything tying them to someone else (a contract)?"
        ),
        4: QCoreApplication.translate("CallWording", "Budget: is there money for it?"),
        5: QCoreApplication.translate("CallWording", "Finances: healthy, pays on time?"),
        6: QCoreApplication.translate("CallWording", "Timing: when will they buy?"),
        7: QCoreApplication.translate("CallWording", "Coach: is there an insider who guides us?"),
        8: QCoreApplication.translate("CallWording", "Volume: at or above our minimum?"),
        9: QCoreApplication.translate(
            "CallWording", "Margin: the lowest they'd accept, vs the industry average?"
        ),
    }.get(number, str(number))


def answer_state(state: str) -> str:
    return {
        "unknown": QCoreApplication.translate("CallWording", "Not yet"),
        "yes": QCoreApplication.translate("CallWording", "Yes"),
        "no": QCoreApplication.translate("CallWording", "No"),
    }.get(state, state)
