"""Counted nouns ("1 day", "3 days"; "1 天", "3 天") through Qt's plural forms."""

from __future__ import annotations

from PySide6.QtCore import QObject


class PluralWords(QObject):
    """Holds the words so pyside6-lupdate files them as plural ("numerus") messages.

    lupdate marks only `self.tr(text, "", n)` calls as plural; the English .ts then gets
    "%n day" / "%n days" from "%n day(s)" (tools/i18n.py writes both forms), Chinese one form.
    """

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)

    def weeks(self, count: int) -> str:
        return self.tr("%n week(s)", "", count)

    def touches(self, count: int) -> str:
        return self.tr("%n touch(es)", "", count)

    def contacts(self, count: int) -> str:
        return self.tr("%n contact(s)", "", count)

    def pages(self, count: int) -> str:
        return self.tr("%n page(s)", "", count)


_WORDS = PluralWords()


def days(count: int) -> str:
    return _WORDS.days(count)


def weeks(count: int) -> str:
    return _WORDS.weeks(count)


def touches(count: int) -> str:
    return _WORDS.touches(count)


def contacts(count: int) -> str:
    return _WORDS.contacts(count)


def pages(count: int) -> str:
    return _WORDS.pages(count)
