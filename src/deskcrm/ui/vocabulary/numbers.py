"""Money (¥ with thousands separators), plain numbers and shares in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

YUAN = "¥"


def _grouped() -> QLocale:
    """The UI locale, always with thousands separators (the C locale leaves them out)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def money(cents: int) -> str:
    """¥1,234,567 for whole yuan, ¥1,234.50 otherwise; the sign goes before the ¥."""
    sign = "-" if cents < 0 else ""
    whole, fen = divmod(abs(cents), 100)
    if fen:
        digits = _grouped().toString(abs(cents) / 100, "f", 2)
    else:
        digits = _grouped().toString(float(whole), "f", 0)
    return f"{sign}{YUAN}{digits}"


def yuan(cents: int) -> float:
    """An amount as a plot value (the axis is in yuan)."""
    return cents / 100


def money_tick(value: float) -> str:
    """A value on a yuan axis: ¥ and thousands separators, no fen."""
    sign = "-" if value < 0 else ""
    return f"{sign}{YUAN}{_grouped().toString(float(round(abs(value))), 'f', 0)}"


def number(value: float, decimals: int = 0) -> str:
    """A count or measure with the language's separators (12,345)."""
    return _grouped().toString(float(value), "f", decimals)


def percent(share: float | None) -> str:
    """A share 0..1 as a whole percentage; a dash when there is nothing to divide."""
    return "–" if share is None else _grouped().toString(share * 100, "f", 0) + "%"
