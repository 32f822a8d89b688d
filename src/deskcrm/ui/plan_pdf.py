"""The plan sheet as an A4 PDF: date on top, two columns with a rule between, a box and a
number before each line; a long plan continues on more pages with the same layout.

Drawn with QPainter on QPdfWriter (part of Qt, so no extra PDF library) and a CJK font
so Chinese is embedded, not boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from deskcrm.core.model import PlanItemInfo

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei")


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr() calls under the empty context.
    return QCoreApplication.translate("", text)


LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans")


def sheet_font(point_size: int) -> QFont:
    """A Latin face first, then a CJK one for Chinese.

    Noto Sans CJK draws digit runs with glyphs Qt's PDF writer cannot map back to
    characters, so a date would not survive copy/paste or search; Latin text and
    digits come from the Latin face and Chinese falls back to the CJK face.
    """
    available = set(QFontDatabase.families())
    families = [f for f in LATIN_FAMILIES if f in available][:1]
    families += [f for f in CJK_FAMILIES if f in available][:1]
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSize(point_size)
    return font


def _lines(
    items: Sequence[PlanItemInfo], metrics: QFontMetricsF, width: float
) -> list[tuple[str, str, bool]]:
    """(number, text line, done) rows; long titles wrap onto continuation rows."""
    rows: list[tuple[str, str, bool]] = []
    for n, item in enumerate(items, start=1):
        text = item.title + (f" · {item.contact_name}" if item.contact_name else "")
        first = True
        while text:
            cut = len(text)
            while cut > 1 and metrics.horizontalAdvance(text[:cut]) > width:
                cut -= 1
            rows.append((f"{n}." if first else "", text[:cut], item.done))
            text, first = text[cut:].lstrip(), False
    return rows


def write_plan_pdf(
    path: Path,
    day: date,
    sales: Sequence[PlanItemInfo],
    non_sales: Sequence[PlanItemInfo],
) -> int:
    """Write the sheet to `path`; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(tr("Plan for %1").replace("%1", day.isoformat()))
    painter = QPainter(writer)
    try:
        body = sheet_font(11)
        head = sheet_font(16)
        sub = sheet_font(12)
        sub.setBold(True)
        page = QRectF(painter.viewport())
        gap = page.width() * 0.04
        col_w = (page.width() - gap) / 2
        painter.setFont(body)
        metrics = QFontMetricsF(body, writer)
        line_h = metrics.height() * 1.5
        box = metrics.height() * 0.8
        text_w = col_w - box * 3.2
        columns = [_lines(sales, metrics, text_w), _lines(non_sales, metrics, text_w)]
        titles = (tr("Sales"), tr("Non-sales"))
        header_h = QFontMetricsF(head, writer).height() * 2.2
        top = header_h + QFontMetricsF(sub, writer).height() * 1.6
        per_page = max(1, int((page.height() - top) // line_h))
        pages = max(1, -(-max(len(columns[0]), len(columns[1])) // per_page))
        for p in range(pages):
            if p:
                writer.newPage()
            painter.setFont(head)
            title = tr("Plan for %1").replace("%1", day.isoformat())
            if pages > 1:
                title += f"  ({p + 1}/{pages})"
            painter.drawText(
                QRectF(0, 0, page.width(), header_h), Qt.AlignmentFlag.AlignLeft, title
            )
            painter.drawLine(
                int(col_w + gap / 2), int(header_h), int(col_w + gap / 2), int(page.height())
            )
            for c, rows in enumerate(columns):
                x = c * (col_w + gap)
                painter.setFont(sub)
                painter.drawText(QRectF(x, header_h, col_w, top - header_h), titles[c])
                painter.setFont(body)
                for i, (number, text, done) in enumerate(rows[p * per_page : (p + 1) * per_page]):
                    y = top + i * line_h
                    if number:
                        painter.drawRect(QRectF(x, y + (line_h - box) / 2, box, box))
                        if done:
                            painter.drawText(
                                QRectF(x, y, box, line_h), Qt.AlignmentFlag.AlignCenter, "✓"
                            )
                        painter.drawText(
                            QRectF(x + box * 1.3, y, box * 1.9, line_h),
                            Qt.AlignmentFlag.AlignVCenter,
                            number,
                        )
                    painter.drawText(
                        QRectF(x + box * 3.2, y, text_w, line_h),
                        Qt.AlignmentFlag.AlignVCenter,
                        text,
                    )
    finally:
        painter.end()
    return pages
