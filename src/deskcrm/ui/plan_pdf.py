"""The plan sheet as a one-page A4 call sheet: the date on top, sales on the left (per
item the name once, company, phone, what is due or promised and why, a line for the
result), other work on the right. A day that does not fit says so instead of spilling
onto a second page.

Drawn with QPainter on QPdfWriter (part of Qt, so no extra PDF library) and a CJK font
so Chinese is embedded, not boxes. Needs a QGuiApplication (the CLI makes an offscreen one).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
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
from deskcrm.ui.vocabulary.plan_lines import line_text, shown_title, shown_why

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei")
LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans")


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr() calls under the empty context.
    return QCoreApplication.translate("", text)


def sheet_font(point_size: float) -> QFont:
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
    font.setPointSizeF(point_size)
    return font


# Chinese line breaking (the kinsoku rules of CJK typesetting): no line starts with
# closing punctuation and none ends with opening punctuation.
NO_LINE_START = set("）)]】」』〕〉》}，。、；：！？,.;:!?%‰℃·…—～〜ー・’”")
NO_LINE_END = set("（([【「『〔〈《{‘“")


def _ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "+-_/@#")


def _cut(text: str, metrics: QFontMetricsF, width: float) -> int:
    """How many leading characters of `text` fit in `width`: at a space when one is near
    (Latin words and numbers stay whole), between characters otherwise (Chinese), never
    leaving closing punctuation to start the next line or opening punctuation to end one."""
    if metrics.horizontalAdvance(text) <= width:
        return len(text)
    lo, hi = 1, len(text)  # the longest fitting prefix, at least one character
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    cut = lo
    space = text.rfind(" ", 0, cut + 1)
    if space > cut // 2:
        cut = space
    elif _ascii_word(text[cut - 1]) and cut < len(text) and _ascii_word(text[cut]):
        start = cut
        while start > 0 and _ascii_word(text[start - 1]):
            start -= 1
        if start > 0:
            cut = start  # a number or a word goes down whole
    while 1 < cut < len(text) and (text[cut] in NO_LINE_START or text[cut - 1] in NO_LINE_END):
        cut -= 1
    return cut


def wrap(text: str, metrics: QFontMetricsF, width: float, limit: int = 0) -> list[str]:
    """`text` in lines of `width`; with `limit`, at most that many (the last elided)."""
    lines: list[str] = []
    rest = " ".join(text.split())
    while rest:
        if limit and len(lines) == limit - 1:
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        cut = _cut(rest, metrics, width)
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return lines


class SheetTooFull(Exception):
    """The day does not fit on one A4 page even in the smallest print."""

    def __init__(self, sales: int, non_sales: int) -> None:
        super().__init__(f"{sales} sales and {non_sales} other items do not fit on one page")
        self.sales, self.non_sales = sales, non_sales


def too_full_text(exc: SheetTooFull) -> str:
    return (
        tr(
            "The plan does not fit on one A4 page (%1 sales items, %2 other). Move or "
            "remove some items, then print again; nothing was printed."
        )
        .replace("%1", str(exc.sales))
        .replace("%2", str(exc.non_sales))
    )


@dataclass
class _Block:
    """One item as drawn: its number, its lines (the first in bold for a contact), and
    whether it ends with a line to write the result on."""

    number: str
    lines: list[str]
    done: bool
    bold_first: bool = False
    result_line: bool = False
    contact: str = ""  # the name, printed in bold at the start of the first line


def _sales_block(n: int, item: PlanItemInfo, metrics: QFontMetricsF, width: float) -> _Block:
    """A sales item as a call-sheet entry: the name once with company and phone, what
    is due or promised and why, then a line for the result."""
    what = shown_title(item)
    why = shown_why(item)
    if item.contact_id is None:
        lines = wrap(what, metrics, width, limit=3)
        return _Block(f"{n}.", lines, item.done, result_line=True)
    head = "  ".join(x for x in (item.contact_name, item.company, item.phone) if x)
    lines = wrap(head, metrics, width, limit=1)
    body = f"{what} — {why}" if what and why else what or why
    lines += wrap(body, metrics, width, limit=2)
    return _Block(f"{n}.", lines, item.done, result_line=True, contact=item.contact_name)


def _other_block(n: int, item: PlanItemInfo, metrics: QFontMetricsF, width: float) -> _Block:
    text = line_text(item)
    return _Block(f"{n}.", wrap(text, metrics, width, limit=3), item.done)


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
    """The sheet as PDF bytes, and its number of pages (always one).

    Raises SheetTooFull when the day does not fit on the page.
    """
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
        drawn = draw_sheet(painter, writer, heading, sales, non_sales)
    finally:
        painter.end()
    buffer.close()
    data: QByteArray = buffer.data()
    return fix_text_map(bytes(data.data()), shared_glyph_fixes(drawn)), 1


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


@dataclass
class _Layout:
    body: QFont
    bold: QFont
    small: QFont
    line_h: float
    result_h: float
    gap: float
    number_w: float
    box: float
    sales: list[_Block]
    other: list[_Block]


# Print sizes tried, largest first; below the last the sheet is no longer readable.
BODY_SIZES = (10.0, 9.0, 8.0, 7.5, 7.0, 6.5)
SALES_SHARE = 0.63  # of the page width: calls need room for names, phones and results
COLUMN_GAP = 0.03


def _height(blocks: list[_Block], lay: _Layout) -> float:
    return sum(
        len(b.lines) * lay.line_h + (lay.result_h if b.result_line else 0) + lay.gap for b in blocks
    )


def _layout(
    device: QPagedPaintDevice,
    width: float,
    height: float,
    sales: Sequence[PlanItemInfo],
    non_sales: Sequence[PlanItemInfo],
) -> _Layout:
    """The largest print at which both columns fit in `height`; SheetTooFull otherwise."""
    widest = f"{max(len(sales), len(non_sales), 1)}."
    for size in BODY_SIZES:
        body, bold, small = sheet_font(size), sheet_font(size), sheet_font(size * 0.85)
        bold.setBold(True)
        metrics = QFontMetricsF(body, device)
        box = metrics.height() * 0.75
        # The number column is as wide as the largest number (100. and up stay clear).
        number_w = QFontMetricsF(bold, device).horizontalAdvance(widest)
        indent = box * 1.6 + number_w + box * 0.5
        sales_w = width * SALES_SHARE - indent
        other_w = width * (1 - SALES_SHARE - COLUMN_GAP) - indent
        lay = _Layout(
            body=body,
            bold=bold,
            small=small,
            line_h=metrics.height() * 1.12,
            result_h=metrics.height() * 1.3,
            gap=metrics.height() * 0.25,
            number_w=number_w,
            box=box,
            sales=[_sales_block(n, i, metrics, sales_w) for n, i in enumerate(sales, 1)],
            other=[_other_block(n, i, metrics, other_w) for n, i in enumerate(non_sales, 1)],
        )
        if _height(lay.sales, lay) <= height and _height(lay.other, lay) <= height:
            return lay
    raise SheetTooFull(len(sales), len(non_sales))


def _draw_column(
    painter: QPainter, lay: _Layout, blocks: list[_Block], x: float, y: float, width: float
) -> str:
    """Draw one column's blocks from (x, y); the text drawn (for the PDF's text map)."""
    drawn: list[str] = []
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    indent = lay.box * 1.6 + lay.number_w + lay.box * 0.5
    text_w = width - indent
    for block in blocks:
        painter.setFont(lay.body)
        painter.drawRect(QRectF(x, y + (lay.line_h - lay.box) / 2, lay.box, lay.box))
        if block.done:
            painter.drawText(QRectF(x, y, lay.box, lay.line_h), Qt.AlignmentFlag.AlignCenter, "✓")
        painter.setFont(lay.bold)
        painter.drawText(
            QRectF(x + lay.box * 1.6, y, lay.number_w, lay.line_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            block.number,
        )
        drawn.append(block.number)
        for i, line in enumerate(block.lines):
            tx = x + indent
            rect_y = y + i * lay.line_h
            if i == 0 and block.contact and line.startswith(block.contact):
                painter.setFont(lay.bold)
                painter.drawText(QRectF(tx, rect_y, text_w, lay.line_h), left, block.contact)
                drawn.append(block.contact)
                tx += QFontMetricsF(lay.bold, painter.device()).horizontalAdvance(block.contact)
                line = line[len(block.contact) :]
            painter.setFont(lay.body)
            painter.drawText(QRectF(tx, rect_y, x + width - tx, lay.line_h), left, line)
            drawn.append(line)
        y += len(block.lines) * lay.line_h
        if block.result_line:
            label = tr("Result:")
            painter.setFont(lay.small)
            painter.drawText(QRectF(x + indent, y, text_w, lay.result_h), left, label)
            drawn.append(label)
            start = (
                x
                + indent
                + QFontMetricsF(lay.small, painter.device()).horizontalAdvance(label + " ")
            )
            base = y + lay.result_h * 0.8
            painter.drawLine(int(start), int(base), int(x + width), int(base))
            y += lay.result_h
        y += lay.gap
    return "".join(drawn)


def draw_sheet(
    painter: QPainter,
    device: QPagedPaintDevice,
    heading: str,
    sales: Sequence[PlanItemInfo],
    non_sales: Sequence[PlanItemInfo],
) -> str:
    """Paint the one-page call sheet on a PDF writer or a printer (already begun): sales
    left as call entries, other work right. Returns the text drawn.

    Raises SheetTooFull, before painting anything, when the day does not fit the page.
    """
    head = sheet_font(15)
    head.setBold(True)
    sub = sheet_font(11)
    sub.setBold(True)
    page = QRectF(painter.viewport())
    header_h = QFontMetricsF(head, device).height() * 1.8
    top = header_h + QFontMetricsF(sub, device).height() * 1.7
    lay = _layout(device, page.width(), page.height() - top, sales, non_sales)
    sales_w = page.width() * SALES_SHARE
    other_x = page.width() * (SALES_SHARE + COLUMN_GAP)
    other_w = page.width() - other_x
    pen = QPen(painter.pen())
    pen.setWidthF(max(1.0, device.logicalDpiX() / 150))
    painter.setPen(pen)
    painter.setFont(head)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(0, 0, page.width(), header_h), left, heading)
    rule_x = sales_w + (other_x - sales_w) / 2
    painter.drawLine(int(rule_x), int(header_h), int(rule_x), int(page.height()))
    painter.drawLine(0, int(header_h), int(page.width()), int(header_h))
    titles = (tr("Sales"), tr("Non-sales"))
    painter.setFont(sub)
    painter.drawText(QRectF(0, header_h, sales_w, top - header_h), left, titles[0])
    painter.drawText(QRectF(other_x, header_h, other_w, top - header_h), left, titles[1])
    drawn = heading + "".join(titles) + "✓"
    drawn += _draw_column(painter, lay, lay.sales, 0, top, sales_w)
    drawn += _draw_column(painter, lay, lay.other, other_x, top, other_w)
    return drawn


def write_plan_pdf(
    path: Path,
    day: date,
    sales: Sequence[PlanItemInfo],
    non_sales: Sequence[PlanItemInfo],
) -> int:
    """Write the sheet to `path` (whole or not at all); returns the number of pages (1).

    Raises ExportFailed when the file cannot be written, SheetTooFull (nothing written)
    when the day does not fit on one page.
    """
    data, pages = render_plan_pdf(day, sales, non_sales)
    write_atomically(Path(path), data)
    return pages
