"""Chart exports: the picture as PNG, the data behind it as CSV that Excel opens in Chinese."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QWidget

from deskcrm.ui.screens.charts.plot import Table


def write_csv(path: Path, table: Table) -> None:
    """UTF-8 with a BOM: without it Excel reads Chinese as GBK mojibake. Raises OSError."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(table.headers)
        writer.writerows(table.rows)


def save_png(widget: QWidget, path: Path) -> None:
    """The widget as drawn on screen (same fonts and colours). Raises OSError."""
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
