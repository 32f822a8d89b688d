"""Touch words: the kinds of contact (call, visit, WeChat…) and how a touch ended."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskcrm.core.model import Outcome, TouchKind

# pyside6-lupdate needs the context as a literal in each call, so it is spelled out every time.


def touch_kind(kind: str) -> str:
    names: dict[str, str] = {
        TouchKind.CALL: QCoreApplication.translate("TouchWords", "Call"),
        TouchKind.VISIT: QCoreApplication.translate("TouchWords", "Visit"),
        TouchKind.WECHAT: QCoreApplication.translate("TouchWords", "WeChat"),
        TouchKind.SMS: QCoreApplication.translate("TouchWords", "SMS"),
        TouchKind.EMAIL: QCoreApplication.translate("TouchWords", "Email"),
        TouchKind.MEETING: QCoreApplication.translate("TouchWords", "Meeting"),
        TouchKind.OTHER: QCoreApplication.translate("TouchWords", "Other"),
    }
    return names.get(kind, str(kind))


def touch_outcome(code: str) -> str:
    names: dict[str, str] = {
        Outcome.CONNECTED: QCoreApplication.translate("TouchWords", "Talked"),
        Outcome.NO_ANSWER: QCoreApplication.translate("TouchWords", "No answer"),
        Outcome.BUSY: QCoreApplication.translate("TouchWords", "Busy"),
        Outcome.CALL_BACK: QCoreApplication.translate("TouchWords", "Call back later"),
        Outcome.WON: QCoreApplication.translate("TouchWords", "Won"),
        Outcome.LOST: QCoreApplication.translate("TouchWords", "Lost"),
        Outcome.NONE: QCoreApplication.translate("TouchWords", "(no outcome)"),
    }
    return names.get(code, str(code))
