"""The weekly bar chart for the PDF, drawn so that it stays out of the text layer.

Copy-paste and screen readers read a PDF's text in the order it was drawn; a bar chart's
labels and numbers come out as stray digits and dates. So the chart's words are drawn
as shapes (glyph outlines through freetype), and the same sentence the HTML has goes
under the chart as real text. A last week with fewer than 7 days is drawn lighter.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.graphics.utils import text2Path
from reportlab.lib import colors
from reportlab.lib.units import inch

from journal.summary.model import Chart

BAR = colors.HexColor("#d9825b")  # terracotta, as the HTML
PARTIAL = colors.HexColor("#efc3ad")  # the same, lighter: a week with fewer days
LABEL = colors.HexColor("#5c5954")
NUMBER = colors.HexColor("#2b2a28")
AXIS = colors.HexColor("#cfc8bf")
MAX_LABELS = 14


def _shape_text(text: str, x: float, y: float, font: str, size: float, color) -> Group:
    """`text` as filled outlines centred on x: visible on paper, absent from the text."""
    path = text2Path(text, x, y, fontName=font, fontSize=size, anchor="middle",
                     fillColor=color, strokeColor=None)
    return Group(path)


def draw(chart: Chart, width: float, font: str) -> Drawing:
    height = 1.35 * inch
    drawing = Drawing(width, height, initialFontName=font, initialFontSize=7)
    counts = [n for _, n in chart.weeks]
    days = chart.days or (7,) * len(counts)
    bottom, top = 14.0, height - 12.0  # room for the dates below and a number above
    slot = width / len(counts)
    bar_width = min(slot * 0.72, 0.6 * inch)
    most = max(1, max(counts))
    step = max(1, -(-len(counts) // MAX_LABELS))
    numbers = slot >= 9  # too narrow for numbers over every bar: the sentence says them
    drawing.add(Line(0, bottom, width, bottom, strokeColor=AXIS, strokeWidth=0.6))
    for i, (n, length, label) in enumerate(zip(counts, days, chart.labels, strict=True)):
        middle = slot * (i + 0.5)
        tall = (top - bottom - 10) * n / most
        if n:
            drawing.add(Rect(middle - bar_width / 2, bottom, bar_width, tall,
                             fillColor=BAR if length >= 7 else PARTIAL, strokeColor=None))
        if n and numbers:
            drawing.add(_shape_text(str(n), middle, bottom + tall + 3, font, 7, NUMBER))
        if i % step == 0:
            drawing.add(_shape_text(label, middle, bottom - 9, font, 7, LABEL))
    return drawing
