"""What the call screen measured on a call, in words: the tone checks, and the compact line
(voice checks, talk share, outline, hook) with its tooltip shown on the touch timelines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.rules.call_details import TONE_CHECKS, CallFacts
from deskcrm.ui.vocabulary.numbers import percent
from deskcrm.ui.vocabulary.templates import fill

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def tone_check(key: str) -> tuple[str, str]:
    """(label, tooltip) of one tone check ticked before dialling."""
    return {
        "smile": (
            QCoreApplication.translate("CallFactsWords", "Smile"),
            QCoreApplication.translate("CallFactsWords", "A smile can be heard on the phone."),
        ),
        "warmth": (
            QCoreApplication.translate("CallFactsWords", "Warm, not over-familiar"),
            QCoreApplication.translate(
                "CallFactsWords", "Warmth helps; too much of it puts strangers off."
            ),
        ),
        "speed": (
            QCoreApplication.translate("CallFactsWords", "Normal speed"),
            QCoreApplication.translate("CallFactsWords", "Neither rushing nor dragging."),
        ),
        "volume": (
            QCoreApplication.translate("CallFactsWords", "Moderate volume"),
            QCoreApplication.translate("CallFactsWords", "Not too quiet, not too loud."),
        ),
        "pitch": (
            QCoreApplication.translate("CallFactsWords", "Varied pitch"),
            QCoreApplication.translate("CallFactsWords", "A monotone sounds bored."),
        ),
        "clear": (
            QCoreApplication.translate("CallFactsWords", "Clear words"),
            QCoreApplication.translate("CallFactsWords", "Pronounce every word; no mumbling."),
        ),
        "patience": (
            QCoreApplication.translate("CallFactsWords", "Patience"),
            QCoreApplication.translate(
                "CallFactsWords", "Never irritated, even on the third explanation."
            ),
        ),
        "brevity": (
            QCoreApplication.translate("CallFactsWords", "Brevity"),
            QCoreApplication.translate("CallFactsWords", "Short sentences; get to the point."),
        ),
    }.get(key, (key, ""))


def facts_line(facts: CallFacts) -> str:
    """One line: "Voice 4/8 · I talked 35% · Outline 3/5 · Hook left" (parts not measured
    are left out)."""
    parts = [
        fill(
            QCoreApplication.translate("CallFactsWords", "Voice %1/%2"),
            len(facts.tone),
            facts.tone_total,
        )
    ]
    if facts.talk_share is not None:
        parts.append(
            fill(
                QCoreApplication.translate("CallFactsWords", "I talked %1"),
                percent(facts.talk_share),
            )
        )
    if facts.sections_total is not None:
        parts.append(
            fill(
                QCoreApplication.translate("CallFactsWords", "Outline %1/%2"),
                facts.sections_done,
                facts.sections_total,
            )
        )
    elif facts.sections_done:  # saved before the outline's length was stored
        parts.append(
            fill(
                QCoreApplication.translate("CallFactsWords", "Outline: %1 done"),
                facts.sections_done,
            )
        )
    if facts.hook is True:
        parts.append(QCoreApplication.translate("CallFactsWords", "Hook left"))
    elif facts.hook is False:
        parts.append(QCoreApplication.translate("CallFactsWords", "No hook"))
    return " · ".join(parts)


def facts_tip(facts: CallFacts) -> str:
    """The tooltip: every tone check ticked before dialling, by name, and the talk aim."""
    if facts.tone:
        names = QCoreApplication.translate("CallFactsWords", ", ").join(
            tone_check(key)[0] for key in facts.tone
        )
        text = fill(QCoreApplication.translate("CallFactsWords", "Voice checks ticked: %1"), names)
    else:
        text = QCoreApplication.translate(
            "CallFactsWords", "No voice check ticked before this call"
        )
    missing = [tone_check(key)[0] for key in TONE_CHECKS if key not in facts.tone]
    if facts.tone and missing:
        text += "\n" + fill(
            QCoreApplication.translate("CallFactsWords", "Not ticked: %1"),
            QCoreApplication.translate("CallFactsWords", ", ").join(missing),
        )
    if facts.talk_share is not None:
        text += "\n" + QCoreApplication.translate(
            "CallFactsWords", "Aim: ask about 80% of the time, talk about 20%"
        )
    return text
