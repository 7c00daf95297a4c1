"""The recovery-code page, for the PDF and the printer alike: the code whole on one line,
big, in a monospace face; which journal it opens and the day it was made; a few plain
lines at a size a person reads without glasses. Painted directly (no HTML layout that
could break the code in two), in memory: nothing here writes a file."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

CODE_POINTS = 24.0  # the code's size when it fits (it does on A4 and Letter at 20 mm)
CODE_FLOOR = 14.0  # never smaller: shrinking stops here, the line never breaks
TITLE_POINTS = 20.0
BODY_POINTS = 13.0
MARGIN_MM = 20.0
# A monospace face with a slashed or dotted zero first (the code uses 0 and 1, never O,
# I or L; typing O, I or L back still counts as 0 and 1).
CODE_FAMILIES = ["DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo", "Courier New"]


@dataclass(frozen=True)
class PageWords:
    """Everything the page says, already in the caregiver's language."""

    title: str
    code: str
    journal: str  # "Journal: Sunny days"; "" leaves the line out
    made: str  # "Made on Tuesday, December 1, 2026"; "" leaves the line out
    lines: tuple[str, ...]


def page_size_for_locale() -> QPageSize:
    """Letter where the language's country measures in inches, A4 everywhere else."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def set_page(device: QPagedPaintDevice, size: QPageSize) -> None:
    device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))


def code_font(device: QPagedPaintDevice, words: str, width: float) -> QFont:
    """The monospace face, as big as fits `width` on one line (CODE_POINTS at most)."""
    font = QFont()
    font.setFamilies(CODE_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setBold(True)
    size = CODE_POINTS
    while True:
        font.setPointSizeF(size)
        if size <= CODE_FLOOR or QFontMetricsF(font, device).horizontalAdvance(words) <= width:
            return font
        size -= 0.5


def _text_font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica", "Arial"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def paint_page(device: QPagedPaintDevice, words: PageWords) -> None:
    """Paint the one page on a PDF writer or a printer (its own page size and margins)."""
    dpi = device.resolution()
    area = device.pageLayout().paintRectPixels(dpi)
    width = float(area.width())
    gap = dpi / 6  # a sixth of an inch between blocks
    painter = QPainter(device)
    try:
        painter.setPen(QColor("#000000"))
        y = 0.0
        y = _paragraph(painter, device, _text_font(TITLE_POINTS, True), words.title, y, width)
        y += gap / 2
        for line in (words.journal, words.made):
            if line:
                y = _paragraph(painter, device, _text_font(BODY_POINTS), line, y, width)
        y += gap
        padding = dpi / 6
        font = code_font(device, words.code, width - 2 * padding)
        high = QFontMetricsF(font, device).height() + 2 * padding
        box = QRectF(0, y, width, high)
        painter.save()
        painter.setPen(QPen(QColor("#000000"), dpi / 72))  # a 1 pt frame
        painter.drawRoundedRect(box, dpi / 12, dpi / 12)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
                         words.code)
        painter.restore()
        y += high + gap
        body = _text_font(BODY_POINTS)
        for line in words.lines:
            y = _paragraph(painter, device, body, line, y, width) + gap / 2
    finally:
        painter.end()


def _paragraph(painter: QPainter, device: QPagedPaintDevice, font: QFont, text: str,
               y: float, width: float) -> float:
    """Words wrapped to the page's width at `y`; returns where the next block starts."""
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    metrics = QFontMetricsF(font, device)
    rect = metrics.boundingRect(QRectF(0, y, width, 10 * width), int(flags), text)
    painter.setFont(font)
    painter.drawText(QRectF(0, y, width, rect.height()), flags, text)
    return y + rect.height()
