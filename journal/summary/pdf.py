"""The shared summary as a PDF (reportlab), built in memory and returned as bytes.

- Embeds DejaVu Sans (journal/fonts, with its licence) so Latin (with Vietnamese), Greek
  and Cyrillic names render. `missing_characters` lists what it cannot show, so the
  wizard can say so; nothing is dropped silently.
- Metadata: the title, and the language in the document catalog. Nothing else.
- A password, when asked for, is applied by pikepdf as AES-256 (revision 6). The
  unprotected PDF exists only in memory; the caller writes the returned bytes with
  `fsutil.atomic_write`.
"""

from __future__ import annotations

import functools
import io
import secrets
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

import pikepdf
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from journal.summary.build import SummaryCancelled
from journal.summary.model import (
    Block,
    Bullets,
    Cancelled,
    Chart,
    Moment,
    People,
    Progress,
    Subheading,
    Summary,
    Text,
)
from journal.summary.text import t

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FILE = FONT_DIR / "DejaVuSans.ttf"
BOLD_FONT_FILE = FONT_DIR / "DejaVuSans-Bold.ttf"
FONT, BOLD = "SmallMomentsSans", "SmallMomentsSans-Bold"
PAPERS = {"letter": LETTER, "a4": A4}
# Territories whose usual paper is US Letter (as in the Unicode CLDR); A4 everywhere else.
LETTER_REGIONS = frozenset({"US", "PR", "CA", "MX", "BZ", "CL", "CO", "CR", "GT", "NI", "PA",
                            "PH", "SV", "VE"})
PASSWORD_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i look-alikes

INK = colors.HexColor("#2b2a28")
SOFT_INK = colors.HexColor("#5c5954")
ACCENT = colors.HexColor("#1e5f5b")  # deep teal: headings
WARM = colors.HexColor("#d9825b")  # terracotta: bars and markers
PAPER_TINT = colors.HexColor("#fbf3ea")


# -- fonts ----------------------------------------
@functools.cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))
    pdfmetrics.registerFont(TTFont(BOLD, str(BOLD_FONT_FILE)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@functools.cache
def _glyphs() -> frozenset[int]:
    regular = TTFontFile(str(FONT_FILE)).charToGlyph
    bold = TTFontFile(str(BOLD_FONT_FILE)).charToGlyph
    return frozenset(regular) & frozenset(bold)


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf") or ch.isspace()


def _unshowable(ch: str) -> bool:
    if _invisible(ch):
        return False
    if unicodedata.bidirectional(ch) in ("R", "AL"):
        return True  # right-to-left scripts: the PDF library cannot lay them out
    return ord(ch) not in _glyphs()


def missing_characters(text: str | Summary) -> list[str]:
    """Characters in `text` (or a whole summary) that the PDF cannot show, in order.

    The wizard shows these (with `describe_character`) so nothing is lost unseen; the
    HTML version shows them all.
    """
    if isinstance(text, Summary):
        text = text.text()
    text = unicodedata.normalize("NFC", text)
    return list(dict.fromkeys(ch for ch in text if _unshowable(ch)))


def describe_character(ch: str) -> str:
    """"山 (CJK UNIFIED IDEOGRAPH-5C71)": the character and its Unicode name."""
    return f"{ch} ({unicodedata.name(ch, f'U+{ord(ch):04X}')})"


def _for_pdf(text: str) -> str:
    """Escaped for reportlab's paragraph markup; invisible marks without a glyph removed."""
    text = "".join(ch for ch in unicodedata.normalize("NFC", text)
                   if ch in "\n\t" or not _invisible(ch) or ord(ch) in _glyphs())
    return escape(text).replace("\n", "<br/>")


# -- paper and password ----------------------------------------
def paper_for_locale(locale_name: str | None) -> str:
    """"letter" for US-style locales ("en_US", "es-US", "es_MX"), "a4" elsewhere."""
    name = (locale_name or "").replace("-", "_").split(".")[0].split("@")[0]
    region = name.split("_")[1].upper() if "_" in name else ""
    return "letter" if region in LETTER_REGIONS else "a4"


def new_password() -> str:
    """An easy-to-read password to pass on separately: four groups of four (about 79 bits),
    lower case, without look-alike characters, e.g. "k7qm-2xdp-9vhz-r4tn"."""
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(4))
                    for _ in range(4))


# -- styles ----------------------------------------
@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    _register_fonts()
    base = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=10.5,
                          leading=14.5, textColor=INK,
                          spaceAfter=4)

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": style("title", fontName=BOLD, fontSize=21, leading=26, textColor=ACCENT,
                       spaceAfter=4),
        "name": style("name", fontSize=15, leading=20, spaceAfter=6),
        "cover": style("cover", fontSize=10.5, leading=14.5, textColor=SOFT_INK, spaceAfter=1),
        "chose": style("chose", fontName=BOLD, fontSize=10.5, leading=14.5, textColor=ACCENT,
                       spaceBefore=6, spaceAfter=0),
        "h2": style("h2", fontName=BOLD, fontSize=14.5, leading=19, textColor=ACCENT,
                    spaceBefore=14, spaceAfter=5, keepWithNext=1),
        "h3": style("h3", fontName=BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=3,
                    keepWithNext=1),
        "intro": style("intro", textColor=SOFT_INK, keepWithNext=1),
        "count": style("count", fontName=BOLD, fontSize=11.5, leading=16, spaceAfter=6,
                       keepWithNext=1),
        "note": style("note", fontSize=9.5, leading=13, textColor=SOFT_INK),
        "bullet": style("bullet", leftIndent=14, bulletIndent=2, spaceAfter=2),
        "moment": style("moment", fontName=BOLD, fontSize=10.5, leading=14, textColor=ACCENT,
                        spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "field": style("field", leftIndent=10, spaceAfter=2),
        "small": style("small", leftIndent=10, fontSize=9, leading=12.5, textColor=SOFT_INK,
                       spaceAfter=2),
        "caption": style("caption", fontSize=8.5, leading=11, textColor=SOFT_INK,
                         alignment=TA_CENTER, spaceAfter=6),
    }


# -- flowables ----------------------------------------
def _cover(summary: Summary, width: float) -> Flowable:
    s = _styles()
    cell = [Paragraph(_for_pdf(summary.title), s["title"]),
            Paragraph(_for_pdf(summary.name), s["name"]),
            Paragraph(_for_pdf(summary.dates), s["cover"]),
            Paragraph(_for_pdf(summary.shared_by), s["cover"]),
            Paragraph(_for_pdf(summary.chose), s["chose"])]
    table = Table([[cell]], colWidths=[width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, -1), PAPER_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 4, WARM),
        ("LEFTPADDING", (0, 0), (-1, -1), 16), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
        ("TOPPADDING", (0, 0), (-1, -1), 12), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return table


def _chart(chart: Chart, width: float) -> list[Flowable]:
    height = 1.35 * inch
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 6, 16, width - 12, height - 30
    bars.data = [[n for _, n in chart.weeks]]
    step = max(1, -(-len(chart.labels) // 14))  # at most 14 labels under the bars
    bars.categoryAxis.categoryNames = [label if i % step == 0 else ""
                                       for i, label in enumerate(chart.labels)]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.fillColor = SOFT_INK
    bars.categoryAxis.strokeColor = colors.HexColor("#cfc8bf")
    bars.categoryAxis.tickDown = 0
    bars.valueAxis.visible = False
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(1, max(bars.data[0])) * 1.25
    bars.bars[0].fillColor = WARM
    bars.bars[0].strokeColor = None
    bars.barLabelFormat = lambda v: str(int(v)) if v else ""
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 7
    bars.barLabels.fillColor = INK
    bars.barLabels.nudge = 6
    bars.barSpacing = 1
    bars.groupSpacing = 4
    drawing.add(bars)
    return [drawing, Paragraph(_for_pdf(chart.caption), _styles()["caption"])]


def _moment(block: Moment) -> list[Flowable]:
    s = _styles()
    parts: list[Flowable] = [Paragraph(_for_pdf(block.heading), s["moment"])]
    for label, words in block.fields:
        text = _for_pdf(words)
        if label:
            text = f'<font name="{BOLD}">{_for_pdf(label)}:</font> {text}'
        parts.append(Paragraph(text, s["field"]))
    if block.notes:
        parts.append(Paragraph(" · ".join(_for_pdf(n) for n in block.notes), s["small"]))
    return parts


def _bullets(block: Bullets, width: float, columns: int = 1) -> list[Flowable]:
    items = [Paragraph(_bold_marked(item), _styles()["bullet"], bulletText="•")
             for item in block.items]
    if columns == 1:
        return items if len(items) <= 8 else [Table(
            [[item] for item in items], colWidths=[width], style=_TIGHT)]
    rows = -(-len(items) // columns)
    grid = [[items[c * rows + r] if c * rows + r < len(items) else ""
             for c in range(columns)] for r in range(rows)]
    return [Table(grid, colWidths=[width / columns] * columns, style=_TIGHT)]


def _bold_marked(text: str) -> str:
    """Markup for `text`, with the part between two NUL marks in bold (a person's name)."""
    pieces = text.split("\0")
    return "".join(f'<font name="{BOLD}">{_for_pdf(p)}</font>' if i % 2 else _for_pdf(p)
                   for i, p in enumerate(pieces))


_TIGHT = TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)])


def _unit(block: Block, section_key: str, width: float) -> list[Flowable]:
    """The flowables for one block, to be kept on one page when they fit."""
    s = _styles()
    if isinstance(block, Text):
        return [Paragraph(_for_pdf(block.text), s[block.role])]
    if isinstance(block, Subheading):
        return [Paragraph(_for_pdf(block.text), s["h3"])]
    if isinstance(block, Bullets):
        wide = section_key == "strengths" and len(block.items) > 5
        return _bullets(block, width, columns=2 if wide else 1)
    if isinstance(block, People):
        return _bullets(Bullets(tuple(f"\0{name}\0" + (f" — {how}" if how else "")
                                      for name, how in block.items)), width)
    if isinstance(block, Moment):
        return _moment(block)
    return _chart(block, width)


def _leads(unit: list[Flowable]) -> bool:
    """A heading or lead-in line that must not end a page alone."""
    return len(unit) == 1 and isinstance(unit[0], Paragraph) and bool(
        unit[0].getKeepWithNext())


def _story(summary: Summary, width: float) -> list[Flowable]:
    story: list[Flowable] = [_cover(summary, width), Spacer(1, 4)]
    for section in summary.sections:
        units = [[Paragraph(_for_pdf(section.heading), _styles()["h2"])]]
        units += [_unit(block, section.key, width) for block in section.blocks]
        pending: list[Flowable] = []
        for unit in units:
            if _leads(unit):
                pending += unit  # headings and lead-ins go with what follows them
                continue
            unit, pending = pending + unit, []
            story.append(KeepTogether(unit) if len(unit) > 1 else unit[0])
        if pending:
            story.append(KeepTogether(pending))
    return story


# -- the document ----------------------------------------
def _numbered_canvas(summary: Summary) -> type[Canvas]:
    footer = f"{summary.title} · "

    class NumberedCanvas(Canvas):
        """Holds each page until the end so the footer can say "Page 2 of 5"."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(FONT, 8.5)
                self.setFillColor(SOFT_INK)
                self.drawCentredString(
                    width / 2, 0.45 * inch,
                    footer + t(summary.lang, "page", n=number, total=total))
                super().showPage()
            super().save()

    return NumberedCanvas


class _Doc(SimpleDocTemplate):
    def __init__(self, *args: object, progress: Progress | None, cancelled: Cancelled | None,
                 total: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._progress, self._cancelled, self._total, self._done = progress, cancelled, total, 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if self._cancelled is not None and self._cancelled():
            raise SummaryCancelled()
        self._done += 1
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)


def render_pdf(summary: Summary, *, paper: str = "a4", password: str | None = None,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> bytes:
    """The summary as PDF bytes (protected with AES-256 when `password` is given).

    `progress(done, total)` is called as the pages fill; `cancelled()` returning True
    stops the work with SummaryCancelled.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper is one of {sorted(PAPERS)}")
    _register_fonts()
    out = io.BytesIO()
    doc_kwargs = dict(pagesize=PAPERS[paper], leftMargin=0.85 * inch, rightMargin=0.85 * inch,
                      topMargin=0.75 * inch, bottomMargin=0.85 * inch, title=summary.title,
                      author="", subject="", creator="", producer="", keywords="",
                      invariant=1, lang=summary.lang, displayDocTitle=1,
                      initialFontName=FONT, initialFontSize=10.5)
    width = PAPERS[paper][0] - 1.7 * inch
    story = _story(summary, width)
    doc = _Doc(out, progress=progress, cancelled=cancelled, total=len(story), **doc_kwargs)
    doc.build(story, canvasmaker=_numbered_canvas(summary))
    return finish(out.getvalue(), summary.title, summary.lang, password)


def finish(pdf: bytes, title: str, lang: str, password: str | None = None) -> bytes:
    """Keep only the title (document info) and the language (catalog); encrypt if asked.

    Everything happens in memory. Encryption is AES-256, revision 6 (pikepdf/qpdf),
    never reportlab's own (RC4, or the deprecated revision 5).
    """
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.trailer.Info = doc.make_indirect(pikepdf.Dictionary(Title=pikepdf.String(title)))
        for name in ("/Metadata", "/PieceInfo"):
            if name in doc.Root:
                del doc.Root[name]
        doc.Root.Lang = pikepdf.String(lang)
        doc.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        out = io.BytesIO()
        if password:
            doc.save(out, encryption=pikepdf.Encryption(
                owner=secrets.token_urlsafe(24), user=password, R=6,
                allow=pikepdf.Permissions()))
        else:
            doc.save(out, deterministic_id=True)
        return out.getvalue()
