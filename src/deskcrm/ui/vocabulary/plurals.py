"""Counted nouns ("1 day", "3 days"; "1 天", "3 天") through Qt's plural forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# The English .ts gets "1 day" / "3 days" from "%n day(s)" (tools/i18n.py writes both forms);
# Chinese has one form. pyside6-lupdate needs the context as a literal in each call.


def days(count: int) -> str:
    return QCoreApplication.translate("PluralWords", "%n day(s)", "", count)


def weeks(count: int) -> str:
    return QCoreApplication.translate("PluralWords", "%n week(s)", "", count)


def touches(count: int) -> str:
    return QCoreApplication.translate("PluralWords", "%n touch(es)", "", count)


def contacts(count: int) -> str:
    return QCoreApplication.translate("PluralWords", "%n contact(s)", "", count)


def pages(count: int) -> str:
    return QCoreApplication.translate("PluralWords", "%n page(s)", "", count)
