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

import pikepdf
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import ActionFlowable

from journal.summary import chart as chart_drawing
from journal.summary.build import SummaryCancelled
from journal.summary.fit import fit_one_page
from journal.summary.flow import Together, forgets_words
from journal.summary.glyphs import (  # noqa: F401 - callers import these from here
    BOLD,
    FONT,
    _for_pdf,
    _register_fonts,
    describe_character,
    missing_characters,
)
from journal.summary.glyphs import labelled as _labelled
from journal.summary.glyphs import paragraph as _p
from journal.summary.model import (
    Block,
    Bullets,
    Cancelled,
    Chart,
    Moment,
    People,
    Progress,
    Section,
    StrengthGroup,
    Subheading,
    Summary,
    Text,
)
from journal.summary.pdf_photos import photo_flowables
from journal.summary.text import t

PAPERS = {"letter": LETTER, "a4": A4}
# Territories whose usual paper is US Letter (as in the Unicode CLDR); A4 everywhere else.
LETTER_REGIONS = frozenset({"US", "PR", "CA", "MX", "BZ", "CL", "CO", "CR", "GT", "NI", "PA",
                            "PH", "SV", "VE"})
PASSWORD_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
NBSP = "\u00a0"
PULL_UP_ABOUT = True  # tests switch it off to show the case it handles  # no 0/o, 1/l/i look-alikes

INK = colors.HexColor("#2b2a28")
SOFT_INK = colors.HexColor("#5c5954")
ACCENT = colors.HexColor("#1e5f5b")  # deep teal: headings
WARM = colors.HexColor("#d9825b")  # terracotta: bars and markers
PAPER_TINT = colors.HexColor("#fbf3ea")


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
        "framework": style("framework", fontSize=8.5, leading=11, textColor=SOFT_INK,
                           spaceAfter=2, keepWithNext=1),
        "group": style("group", spaceBefore=5, spaceAfter=2),
        "example": style("example", leftIndent=14, fontSize=9, leading=12.5,
                         textColor=SOFT_INK, spaceAfter=3),
        "bullet": style("bullet", leftIndent=14, bulletIndent=2, spaceAfter=2),
        "moment": style("moment", fontName=BOLD, fontSize=10.5, leading=14, textColor=ACCENT,
                        spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "field": style("field", leftIndent=10, spaceAfter=2, spaceShrinkage=0),
        "small": style("small", leftIndent=10, fontSize=9, leading=12.5, textColor=SOFT_INK,
                       spaceAfter=2),
        "caption": style("caption", fontSize=8.5, leading=11, textColor=SOFT_INK,
                         alignment=TA_CENTER, spaceAfter=4),
        "chart_text": style("chart_text", fontSize=9.5, leading=13, textColor=SOFT_INK,
                            spaceAfter=4),
        "about": style("about", fontSize=7.5, leading=9.5, textColor=SOFT_INK, spaceBefore=4),
    }


# -- flowables ----------------------------------------
def _cover(summary: Summary, width: float) -> Flowable:
    s = _styles()
    cell = [_p(_for_pdf(summary.title), s["title"]),
            _p(_for_pdf(summary.name), s["name"]),
            _p(_for_pdf(summary.dates), s["cover"]),
            _p(_for_pdf(summary.shared_by), s["cover"]),
            _p(_for_pdf(summary.chose), s["chose"])]
    table = Table([[cell]], colWidths=[width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("BACKGROUND", (0, 0), (-1, -1), PAPER_TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 4, WARM),
        ("LEFTPADDING", (0, 0), (-1, -1), 16), ("RIGHTPADDING", (0, 0), (-1, -1), 14),
        ("TOPPADDING", (0, 0), (-1, -1), 12), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return table


def _chart(chart: Chart, width: float) -> list[Flowable]:
    """The bars (drawn, out of the text layer), then in words: caption, sentence, note."""
    s = _styles()
    out: list[Flowable] = [chart_drawing.draw(chart, width, FONT),
                           _p(_for_pdf(chart.caption), s["caption"]),
                           _p(_for_pdf(chart.description), s["chart_text"])]
    if chart.note:
        out.append(_p(_for_pdf(chart.note), s["chart_text"]))
    return out


def _moment(block: Moment) -> list[Flowable]:
    s = _styles()
    parts: list[Flowable] = [_p(_for_pdf(block.heading), s["moment"])]
    for label, words in block.fields:
        parts.append(_labelled(_for_pdf(label), _for_pdf(words), s["field"]) if label
                     else _p(_for_pdf(words), s["field"]))
    if block.notes:
        parts.append(_p(" · ".join(_for_pdf(n) for n in block.notes), s["small"]))
    return parts + photo_flowables(block, s["small"])


def _bullets(block: Bullets, width: float, columns: int = 1) -> list[Flowable]:
    items = [_p(_bold_marked(item), _styles()["bullet"], bulletText="•")
             for item in block.items]
    if columns == 1:
        return items if len(items) <= 8 else [Table(
            [[item] for item in items], colWidths=[width], style=_TIGHT)]
    rows = -(-len(items) // columns)  # each column flows on its own: no ragged rows
    return [Table([[items[c * rows:(c + 1) * rows] for c in range(columns)]],
                  colWidths=[width / columns] * columns, style=_TIGHT)]


def _count_kept(line: str) -> str:
    """"Gave comfort: in 10 moments" with the count held on one line ("in 10 moments")."""
    label, sep, count = line.rpartition(": ")
    return f"{label}{sep}{count.replace(' ', NBSP)}" if sep else line


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
        return [_p(_for_pdf(block.text), s[block.role])]
    if isinstance(block, Subheading):
        return [_p(_for_pdf(block.text), s["h3"])]
    if isinstance(block, Bullets):
        if section_key == "strengths":
            block = Bullets(tuple(_count_kept(item) for item in block.items))
        wide = section_key == "strengths" and len(block.items) > 5
        return _bullets(block, width, columns=2 if wide else 1)
    if isinstance(block, People):
        return _bullets(Bullets(tuple(f"\0{name}\0" + (f" — {how}" if how else "")
                                      for name, how in block.items)), width)
    if isinstance(block, Moment):
        return _moment(block)
    if isinstance(block, StrengthGroup):
        return _group(block, width)
    return _chart(block, width)


def _group(block: StrengthGroup, width: float) -> list[Flowable]:
    """Title · count · the framework's name small; the strengths; one short example."""
    s, soft = _styles(), SOFT_INK.hexval().replace("0x", "#")
    head = (f'<font name="{BOLD}">{_for_pdf(block.title)}</font> \u00b7 {_for_pdf(block.count)}'
            f' <font size="8" color="{soft}">\u00b7 {_for_pdf(block.framework)}</font>')
    items = Bullets(tuple(_count_kept(item) for item in block.items))
    parts = [_p(head, s["group"]), *_bullets(items, width, 2 if len(items.items) > 3 else 1)]
    return parts + ([_p(_for_pdf(block.example), s["example"])] if block.example else [])


def _leads(unit: list[Flowable]) -> bool:
    """A heading or lead-in line that must not end a page alone."""
    return len(unit) == 1 and isinstance(unit[0], Paragraph) and bool(
        unit[0].getKeepWithNext())


def _story(summary: Summary, width: float, compact_about: bool = False) -> list[Flowable]:
    """The flowables in reading order. `compact_about` sets "About this journal" smaller,
    for when it would otherwise be alone on the last page."""
    story: list[Flowable] = [_cover(summary, width), Spacer(1, 4)]
    for section in summary.sections:
        if section.key == "about":
            story.append(_about(section, compact_about or summary.one_page))
            continue
        units = [[_p(_for_pdf(section.heading), _styles()["h2"])]]
        units += [_unit(block, section.key, width) for block in section.blocks]
        pending: list[Flowable] = []
        for unit in units:
            if _leads(unit):
                pending += unit  # headings and lead-ins go with what follows them
                continue
            unit, pending = pending + unit, []
            story.append(Together(unit) if len(unit) > 1 else unit[0])
        if pending:
            story.append(Together(pending))
    return story


def _about(section: Section, compact: bool) -> Flowable:
    """The closing paragraph; `compact`: its heading run in and the text in small print."""
    s = _styles()
    words = [_for_pdf(block.text) for block in section.blocks if isinstance(block, Text)]
    if compact:
        color = ACCENT.hexval().replace("0x", "#")
        heading = f'<font name="{BOLD}" color="{color}">{_for_pdf(section.heading)}</font>'
        parts: list[Flowable] = [_p(" ".join([heading, *words]), s["about"])]
    else:
        parts = [_p(_for_pdf(section.heading), s["h2"]),
                 *(_p(text, s["note"]) for text in words)]
    kept = Together(parts)
    for flowable in (*parts, kept):
        flowable.about = True  # to tell, after layout, whether it sits alone on a page
    return kept


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
        self.about_pages: set[int] = set()
        self.other_pages: set[int] = set()

    @property
    def about_alone(self) -> bool:
        """True when "About this journal" starts a page that holds nothing else."""
        return bool(self.about_pages and self.other_pages
                    and min(self.about_pages) > max(self.other_pages))

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if self._cancelled is not None and self._cancelled():
            raise SummaryCancelled()
        if not isinstance(flowable, ActionFlowable | Spacer):  # only what shows on paper
            pages = self.about_pages if getattr(flowable, "about", False) else self.other_pages
            pages.add(self.page)
        self._done += 1
        if self._progress is not None:
            self._progress(min(self._done, self._total), self._total)


@forgets_words
def render_pdf(summary: Summary, *, paper: str = "a4", password: str | None = None,
               progress: Progress | None = None, cancelled: Cancelled | None = None,
               fitted: bool = False) -> bytes:
    """The summary as PDF bytes (AES-256 with `password`); `progress(done, total)` as the
    pages fill; `cancelled()` True stops it. A one-page summary is made to fit (fit.py)."""
    if summary.one_page and not fitted:  # fitted unencrypted (pages are counted), then locked
        pdf = fit_one_page(summary, functools.partial(
            render_pdf, paper=paper, progress=progress, cancelled=cancelled, fitted=True))
        return finish(pdf, summary.title, summary.lang, password) if password else pdf
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
    pdf = out.getvalue()
    if doc.about_alone and PULL_UP_ABOUT:  # try it smaller, on the page before
        again = io.BytesIO()
        smaller = _Doc(again, progress=None, cancelled=cancelled, total=1, **doc_kwargs)
        smaller.build(_story(summary, width, compact_about=True),
                      canvasmaker=_numbered_canvas(summary))
        if smaller.page < doc.page:
            pdf = again.getvalue()
    return finish(pdf, summary.title, summary.lang, password)


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
