"""The persistence curve in words: where a contact stands, what the next touch changes and
the nudge at 3-4 and 5+ (the call story, the detail pane and the method panel say it the
same way; figures in docs/method.md §2)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.rules.cadence import AVERAGE_TO_CLOSE, CurvePhase, CurveStep, Nudge
from deskcrm.ui.vocabulary.templates import fill

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def curve_sentence(step: CurveStep) -> str:
    """Where the contact is on the persistence curve, and what the next touch changes.

    Two figures are put side by side only when they differ: in the 5-11 window one
    more touch adds nothing to the share, so the sentence counts towards the ~12 a
    deal takes instead, and past 12 it says so (the nudge asks for a decision).
    """
    n, share = step.touches, round(step.conversion * 100)
    if step.phase == CurvePhase.NONE:
        where = QCoreApplication.translate("CurveWords", "No follow-up yet.")
    elif step.phase == CurvePhase.CLIMBING:
        where = (
            fill(
                QCoreApplication.translate(
                    "CurveWords", "1 follow-up so far: about %1% convert by now."
                ),
                share,
            )
            if n == 1
            else fill(
                QCoreApplication.translate(
                    "CurveWords", "%1 follow-ups so far: about %2% convert by now."
                ),
                n,
                share,
            )
        )
    elif step.phase == CurvePhase.WINDOW:
        where = fill(
            QCoreApplication.translate(
                "CurveWords", "%1 follow-ups: in the 5–11 range, where about %2% convert."
            ),
            n,
            share,
        )
    elif n == AVERAGE_TO_CLOSE:
        where = fill(
            QCoreApplication.translate(
                "CurveWords", "%1 follow-ups: as many as a deal takes on average."
            ),
            n,
        )
    else:
        where = fill(
            QCoreApplication.translate(
                "CurveWords", "%1 follow-ups: past the %2 a deal takes on average."
            ),
            n,
            AVERAGE_TO_CLOSE,
        )
    rise_to = round(step.rise_to * 100)
    if step.rise_in is not None and n == 0:
        after = fill(
            QCoreApplication.translate(
                "CurveWords", "The first converts about %1%; a deal takes about %2 on average."
            ),
            rise_to,
            AVERAGE_TO_CLOSE,
        )
    elif step.rise_in == 1:
        after = fill(
            QCoreApplication.translate("CurveWords", "The next one takes it to about %1%."), rise_to
        )
    elif step.rise_in is not None:
        after = fill(
            QCoreApplication.translate("CurveWords", "%1 more take it to about %2%."),
            step.rise_in,
            rise_to,
        )
    elif step.to_average == 1:
        after = fill(
            QCoreApplication.translate(
                "CurveWords", "One more reaches the %1 a deal takes on average."
            ),
            AVERAGE_TO_CLOSE,
        )
    elif step.to_average:
        after = fill(
            QCoreApplication.translate(
                "CurveWords", "A deal takes about %1 on average: %2 more to go."
            ),
            AVERAGE_TO_CLOSE,
            step.to_average,
        )
    else:
        after = ""
    # Chinese full stops need no space after them; English sentences do.
    sep = "" if where.endswith("。") else " "
    return f"{where}{sep}{after}".strip()


def nudge_text(nudge: Nudge | None) -> str:
    """The nudge for an open contact: keep going at 3-4 follow-ups, decide at 5+."""
    if nudge == Nudge.KEEP_GOING:
        return QCoreApplication.translate(
            "CurveWords",
            "Don't give up now: most reps stop after 3 follow-ups, yet a deal takes about 12.",
        )
    if nudge == Nudge.DECIDE:
        return QCoreApplication.translate(
            "CurveWords",
            "5 or more follow-ups without a decision: push for one, or let it go (class D).",
        )
    return ""
