"""The plan sheet as an A4 PDF: date on top, two columns with a rule between, a box and a
number before each line; a long plan continues on more pages with the same layout.

Drawn with QPainter on QPdfWriter (part of Qt, so no extra PDF library) and a CJK font
so Chinese is embedded, not boxes. Needs a QGuiApplication (the CLI makes an offscreen one).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, StreamObject
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QRawFont,
)

from deskcrm.core.io.export import ExportFailed
from deskcrm.core.model import PlanItemInfo
from deskcrm.core.services.plan_export import write_atomically
from deskcrm.ui.screens.plan.wording import shown_title

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei")
LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans")

Row = tuple[str, str, bool]  # number ("" on a continuation line), text, done


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr() calls under the empty context.
    return QCoreApplication.translate("", text)


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


def _cut(text: str, metrics: QFontMetricsF, width: float) -> int:
    """How many leading characters of `text` fit in `width`: at a space when one is near
    (Latin words stay whole), anywhere otherwise (Chinese wraps between characters)."""
    if metrics.horizontalAdvance(text) <= width:
        return len(text)
    lo, hi = 1, len(text)  # the longest fitting prefix, at least one character
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    space = text.rfind(" ", 0, lo + 1)
    return space if space > lo // 2 else lo


def item_rows(
    items: Sequence[PlanItemInfo], metrics: QFontMetricsF, width: float
) -> list[list[Row]]:
    """Each item as its rows: the numbered first line, then wrapped continuation lines."""
    out: list[list[Row]] = []
    for n, item in enumerate(items, start=1):
        text = " ".join(shown_title(item).split())
        if item.contact_name:
            text += f" · {item.contact_name}"
        rows: list[Row] = []
        while text:
            cut = _cut(text, metrics, width)
            rows.append(("" if rows else f"{n}.", text[:cut].rstrip(), item.done))
            text = text[cut:].lstrip()
        out.append(rows)
    return out


def paginate(items: list[list[Row]], per_page: int) -> list[list[Row]]:
    """Rows per page; an item that would straddle a page break starts the next page
    (unless it is longer than a page itself)."""
    pages: list[list[Row]] = [[]]
    for rows in items:
        page = pages[-1]
        if page and len(page) + len(rows) > per_page and len(rows) <= per_page:
            pages.append([])
        for row in rows:
            if len(pages[-1]) >= per_page:
                pages.append([])
            pages[-1].append(row)
    return pages


def sheet_layout() -> QPageLayout:
    """A4 portrait with 15 mm margins, for the PDF and for printing."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )


def day_heading(day: date) -> str:
    when = QLocale().toString(QDate(day.year, day.month, day.day), "yyyy-MM-dd dddd")
    return tr("Plan for %1").replace("%1", when)


def render_plan_pdf(
    day: date, sales: Sequence[PlanItemInfo], non_sales: Sequence[PlanItemInfo]
) -> tuple[bytes, int]:
    """The sheet as PDF bytes, and its number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(sheet_layout())
    writer.setResolution(300)
    heading = day_heading(day)
    writer.setTitle(heading)
    writer.setCreator("DeskCRM")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportFailed("cannot start the PDF", reason="unwritable", path="")
    try:
        pages = draw_sheet(painter, writer, heading, sales, non_sales)
    finally:
        painter.end()
    buffer.close()
    data: QByteArray = buffer.data()
    drawn = heading + tr("Sales") + tr("Non-sales")
    drawn += "".join(shown_title(i) + i.contact_name for i in (*sales, *non_sales))
    return fix_text_map(bytes(data.data()), shared_glyph_fixes(drawn)), pages


_HEX = re.compile(r"<([0-9A-Fa-f]{4})>")
_ARRAY = re.compile(r"\[([^\]]*)\]")
_CHAR_PAIR = re.compile(r"^(\s*<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>", re.MULTILINE)
# CJK Radicals Supplement and Kangxi Radicals: CJK fonts draw them with the glyph of the
# ideograph they look like.
_RADICALS = "".join(chr(c) for c in range(0x2E80, 0x2FE0))


def shared_glyph_fixes(text: str) -> dict[int, int]:
    """Code points the PDF's text map would name wrongly, and the characters drawn instead.

    Qt maps each glyph back to the lowest code point that uses it, so with Noto Sans CJK
    户 comes out as the radical ⼾ and 水 as ⽔, and a space as a tab: searching or
    copying the PDF would not find "客户". The font tells which drawn characters share a
    glyph with a radical; those radicals are mapped back to the drawn characters.
    """
    fixes = {0x09: 0x20}
    available = set(QFontDatabase.families())
    family = next((f for f in CJK_FAMILIES if f in available), None)
    if family is None:
        return fixes
    raw = QRawFont.fromFont(QFont(family))
    by_glyph: dict[int, int] = {}
    for ch, glyph in zip(_RADICALS, raw.glyphIndexesForString(_RADICALS), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, ord(ch))
    drawn = "".join(sorted({ch for ch in text if 0x3000 <= ord(ch) <= 0xFFFF} - set(_RADICALS)))
    for ch, glyph in zip(drawn, raw.glyphIndexesForString(drawn), strict=True):
        radical = by_glyph.get(glyph)
        if radical is not None:
            fixes.setdefault(radical, ord(ch))
    return fixes


def _fix_cmap(cmap: str, fixes: dict[int, int]) -> str:
    def fix(m: re.Match[str]) -> str:
        code = int(m.group(1), 16)
        return f"<{fixes.get(code, code):04X}>"

    def fix_array(m: re.Match[str]) -> str:
        return "[" + _HEX.sub(fix, m.group(1)) + "]"

    out = _ARRAY.sub(fix_array, cmap)
    parts = re.split(r"(beginbfchar|endbfchar)", out)
    for i in range(1, len(parts)):
        if parts[i - 1] == "beginbfchar":
            parts[i] = _CHAR_PAIR.sub(
                lambda m: (
                    m.group(1) + f"<{fixes.get(int(m.group(2), 16), int(m.group(2), 16)):04X}>"
                ),
                parts[i],
            )
    return "".join(parts)


def fix_text_map(pdf: bytes, fixes: dict[int, int]) -> bytes:
    """`pdf` with each font's ToUnicode map pointing at the characters that were drawn."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        table = fonts.get_object() if fonts is not None else None
        if not isinstance(table, DictionaryObject):
            continue
        for font in table.values():
            to_unicode = font.get_object().get("/ToUnicode")
            stream = to_unicode.get_object() if to_unicode is not None else None
            if not isinstance(stream, StreamObject):
                continue
            old = stream.get_data().decode("latin-1")
            new = _fix_cmap(old, fixes)
            if new != old:
                stream.set_data(new.encode("latin-1"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def draw_sheet(
    painter: QPainter,
    device: QPagedPaintDevice,
    heading: str,
    sales: Sequence[PlanItemInfo],
    non_sales: Sequence[PlanItemInfo],
) -> int:
    """Paint the sheet on a PDF writer or a printer (already begun); the number of pages."""
    body = sheet_font(11)
    head = sheet_font(16)
    head.setBold(True)
    sub = sheet_font(12)
    sub.setBold(True)
    page = QRectF(painter.viewport())
    gap = page.width() * 0.04
    col_w = (page.width() - gap) / 2
    metrics = QFontMetricsF(body, device)
    line_h = metrics.height() * 1.5
    box = metrics.height() * 0.8
    indent = box * 3.2  # box, gap, number, gap
    text_w = col_w - indent
    header_h = QFontMetricsF(head, device).height() * 2.0
    top = header_h + QFontMetricsF(sub, device).height() * 1.8
    per_page = max(1, int((page.height() - top) // line_h))
    columns = [
        paginate(item_rows(sales, metrics, text_w), per_page),
        paginate(item_rows(non_sales, metrics, text_w), per_page),
    ]
    titles = (tr("Sales"), tr("Non-sales"))
    pages = max(len(columns[0]), len(columns[1]))
    pen = QPen(painter.pen())
    pen.setWidthF(max(1.0, device.logicalDpiX() / 150))
    for p in range(pages):
        if p:
            device.newPage()
        painter.setPen(pen)
        painter.setFont(head)
        title = heading if pages == 1 else f"{heading}  ({p + 1}/{pages})"
        painter.drawText(
            QRectF(0, 0, page.width(), header_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        rule_x = col_w + gap / 2
        painter.drawLine(int(rule_x), int(header_h), int(rule_x), int(page.height()))
        painter.drawLine(0, int(header_h), int(page.width()), int(header_h))
        for c, column_pages in enumerate(columns):
            x = c * (col_w + gap)
            painter.setFont(sub)
            painter.drawText(
                QRectF(x, header_h, col_w, top - header_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                titles[c],
            )
            painter.setFont(body)
            rows = column_pages[p] if p < len(column_pages) else []
            for i, (number, text, done) in enumerate(rows):
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
                    QRectF(x + indent, y, text_w, line_h), Qt.AlignmentFlag.AlignVCenter, text
                )
    return pages


def write_plan_pdf(
    path: Path,
    day: date,
    sales: Sequence[PlanItemInfo],
    non_sales: Sequence[PlanItemInfo],
) -> int:
    """Write the sheet to `path` (whole or not at all); returns the number of pages.

    Raises ExportFailed when the file cannot be written.
    """
    data, pages = render_plan_pdf(day, sales, non_sales)
    write_atomically(Path(path), data)
    return pages
