"""How many pages a summary will have, worked out before the PDF is made.

The wizard says it on the "Add your words" step (and suggests one page past 20), so it
must be quick for 2,000 moments and right. It follows `pdf._story` block by block and
fills pages the way reportlab's frames do (what is kept together moves to a new page
whole when it fits on one; longer things break between lines). The moments, nearly all
of a long summary, are measured by breaking their words into lines with the font's real
widths, without reportlab's markup parser; everything else is measured by reportlab.
"""

from __future__ import annotations

import functools
import io
import re

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from journal.summary import flow, pdf
from journal.summary.model import Cancelled, Moment, Summary, SummaryCancelled
from journal.summary.pdf_photos import MAX_HEIGHT, MAX_WIDTH

_BREAKS = re.compile(r"[ \t\n\r\f\v]+")
_PAD = 6  # reportlab's frame padding, on each side
_Piece = tuple[float, float, float, float]  # space before, height, space after, line height


_width = flow.width  # remembered while a summary is made, then let go


def _lines(parts: list[tuple[str, str]], style, width: float, indent: float = 0.0) -> int:
    """Lines that `parts` ((font, words), one after the other) take at `width`, the first
    line starting `indent` in."""
    room = width - style.leftIndent - style.rightIndent
    lines, used, limit = 1, 0.0, room - indent
    for font, words in parts:
        space = _width(" ", font, style.fontSize)
        for word in filter(None, _BREAKS.split(words)):  # not at no-break spaces
            wide = _width(word, font, style.fontSize)
            if used and used + space + wide > limit:
                lines, used, limit = lines + 1, 0.0, room
            used += (space if used else 0.0) + wide
            while used > limit:  # a word longer than the line breaks inside
                lines, used, limit = lines + 1, used - limit, room
    return lines


def _field(label: str, words: str, style, width: float) -> _Piece:
    """A moment's "Label: words", as flow.labelled sets it: the words' first line starts
    after the label, unless a word is too wide to fit there."""
    if not label:
        return _piece([(pdf.FONT, words)], style, width)
    indent = _width(label + ":", pdf.BOLD, style.fontSize) + _width(" ", pdf.FONT, style.fontSize)
    room = width - style.leftIndent - style.rightIndent
    widest = max((_width(w, pdf.FONT, style.fontSize) for w in _BREAKS.split(words) if w),
                 default=0.0)
    if widest > room - indent or indent > room / 2:
        return _piece([(pdf.BOLD, label + ":"), (pdf.FONT, words)], style, width)
    return (style.spaceBefore, _lines([(pdf.FONT, words)], style, width, indent)
            * style.leading, style.spaceAfter, style.leading)


def _piece(parts: list[tuple[str, str]], style, width: float) -> _Piece:
    return (style.spaceBefore, _lines(parts, style, width) * style.leading, style.spaceAfter,
            style.leading)


def _moment(block: Moment, width: float) -> list[_Piece]:
    s = pdf._styles()
    out = [_piece([(pdf.BOLD, block.heading)], s["moment"], width)]
    out += [_field(label, words, s["field"], width) for label, words in block.fields]
    if block.notes:
        out.append(_piece([(pdf.FONT, " · ".join(block.notes))], s["small"], width))
    for photo in block.photos:  # as pdf_photos draws them: a gap, the picture, its words
        scale = min(MAX_WIDTH / photo.width, MAX_HEIGHT / photo.height, 1.0)
        out += [(0, 4, 0, 4), (0, photo.height * scale, 0, photo.height * scale)]
        if photo.alt:
            out.append(_piece([(pdf.FONT, photo.alt)], s["small"], width))
    return out


@functools.cache
def _canvas() -> Canvas:
    return Canvas(io.BytesIO())  # reportlab measures some things on a canvas: never saved


def _measured(flowable: Flowable, width: float, height: float) -> _Piece:
    _, tall = flowable.wrapOn(_canvas(), width, height)
    line = flowable.style.leading if isinstance(flowable, Paragraph) else tall
    return flowable.getSpaceBefore(), tall, flowable.getSpaceAfter(), line


def _units(summary: Summary, width: float, height: float, compact: bool = False,
           cancelled: Cancelled | None = None) -> list[list[_Piece]]:
    """What goes on paper, in order, as units kept together (as `pdf._story` makes them)."""
    units = [[_measured(pdf._cover(summary, width), width, height)], [(0, 4, 0, 4)]]
    for section in summary.sections:
        if section.key == "about":
            kept = pdf._about(section, compact or summary.one_page)  # a KeepTogether
            units.append([_measured(f, width, height) for f in kept._content])
            continue
        heading = pdf._p(pdf._for_pdf(section.heading), pdf._styles()["h2"])
        pending = [_measured(heading, width, height)]
        for number, block in enumerate(section.blocks):
            if cancelled is not None and number % 200 == 0 and cancelled():
                raise SummaryCancelled()
            if isinstance(block, Moment):
                pieces = _moment(block, width)
            else:
                flowables = pdf._unit(block, section.key, width)
                if pdf._leads(flowables):
                    pending += [_measured(flowables[0], width, height)]
                    continue
                pieces = [_measured(f, width, height) for f in flowables]
            units.append(pending + pieces)
            pending = []
        if pending:
            units.append(pending)
    return units


@flow.forgets_words
def estimate_pages(summary: Summary, paper: str = "a4", *,
                   cancelled: Cancelled | None = None) -> int:
    """The number of pages `pdf.render_pdf(summary, paper=paper)` will make (one, for a
    one-page summary). Raises SummaryCancelled when `cancelled()` turns True."""
    if summary.one_page:
        return 1
    page_width, page_height = pdf.PAPERS[paper]
    width = page_width - 1.7 * inch - 2 * _PAD
    height = page_height - 1.6 * inch - 2 * _PAD
    pages, alone = _fill(_units(summary, width, height, cancelled=cancelled), height)
    if alone and pdf.PULL_UP_ABOUT:  # "About this journal" alone on the last page
        pages = min(pages, _fill(_units(summary, width, height, compact=True), height)[0])
    return pages


def _fill(units: list[list[_Piece]], height: float) -> tuple[int, bool]:
    """Pages these units fill, and whether the last one starts a page of its own."""
    pages, used, after_last, alone = 1, 0.0, 0.0, False
    for unit in units:
        whole = sum(b + h + a for b, h, a, _ in unit) - unit[-1][2] - (
            max(unit[0][0] - after_last, 0.0) if used else unit[0][0])
        if used and used + whole > height and whole <= height:
            pages, used = pages + 1, 0.0  # kept together: it moves to the next page
        alone = not used and pages > 1
        for before, tall, after, line in unit:
            used += max(before - after_last, 0.0) if used else 0.0  # spaces overlap
            while used + tall > height:  # breaks between lines onto the next pages
                fits = (height - used) // line * line if line < tall else 0.0
                if not used and not fits:
                    break  # taller than a page and no lines to break at: it is shrunk
                tall -= fits
                pages, used = pages + 1, 0.0
            used, after_last = used + tall + after, after
    return pages, alone
