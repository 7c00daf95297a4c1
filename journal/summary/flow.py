"""Making reportlab's layout of a long summary quicker, with the same bytes out.

A year of moments is about 10,000 paragraphs. On its own, reportlab reads each one's
markup with an HTML parser, measures the same words' widths again and again, measures
each paragraph twice, and copies the page frame for every group kept together. Here:
markup is read once per shape, word widths are remembered, a paragraph breaks its lines
once per width, and a group kept together is measured without copying the frame.
tests/test_summary_flow.py checks the PDF against reportlab on its own (QUICK = False):
byte for byte, but for the labels, whose letters land in the same places.
"""

from __future__ import annotations

import copy
import functools
import html
import re
import threading
from collections.abc import Callable
from typing import TypeVar

import reportlab.platypus.paragraph as _paragraph_module
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paragraph import split as _split_words  # not at no-break spaces
from reportlab.platypus.paraparser import ParaParser

QUICK = True  # tests switch it off to compare with reportlab on its own
_TAG = re.compile(r"(<[^>]*>)")
_MARK = re.compile("[\ue000-\uf8ff]")  # private-use letters stand in for the words
_reportlab_width = _paragraph_module.stringWidth
T = TypeVar("T")


@functools.lru_cache(maxsize=65_536)
def _remembered_width(text: str, font: str, size: float, encoding: str = "utf8") -> float:
    return stringWidth(text, font, size, encoding)


width = _remembered_width  # for the page estimate: the same widths, remembered once
_making = [0]  # summaries being made (or estimated) right now, on any thread
_making_lock = threading.Lock()


def forgets_words(make: Callable[..., T]) -> Callable[..., T]:
    """`make` a summary (or its page count); once no summary is being made, the words it
    measured are let go: nothing a caregiver wrote stays in memory after the summary."""

    @functools.wraps(make)
    def making(*args: object, **kwargs: object) -> T:
        with _making_lock:
            _making[0] += 1
        try:
            return make(*args, **kwargs)
        finally:
            with _making_lock:
                _making[0] -= 1
                if not _making[0]:
                    _remembered_width.cache_clear()

    return making


def _width(text: str, font: str, size: float, encoding: str = "utf8") -> float:
    """The width reportlab's line breaking asks for, remembered (a year of moments asks
    for about 235,000 widths of a few thousand different words)."""
    if QUICK:
        return _remembered_width(text, font, size, encoding)
    return _reportlab_width(text, font, size, encoding)


_paragraph_module.stringWidth = _width  # the name paragraph.py breaks its lines with


class _Paragraph(Paragraph):
    """A paragraph that breaks its lines once per width. reportlab measures each one twice
    (keeping a moment together on a page measures it, then the page measures it again)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if QUICK and getattr(self, "_wrapped_at", None) == availWidth and hasattr(
                self, "blPara"):
            return self.width, self.height
        self._wrapped_at = availWidth
        return super().wrap(availWidth, availHeight)


class Together(KeepTogether):
    """reportlab's KeepTogether, measured without a copy of the page's frame. (reportlab
    copies it in case what is measured adds content to the frame; paragraphs, tables and
    pictures never do.)"""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        doc = getattr(self.canv, "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        if not QUICK or frame is None:
            return super().wrap(aW, aH)
        doc.frame = None
        try:
            return super().wrap(aW, aH)
        finally:
            doc.frame = frame


@functools.lru_cache(maxsize=256)
def _read_template(template: str, style: ParagraphStyle) -> tuple | None:
    """reportlab's reading of markup whose words are private-use stand-ins."""
    parser = ParaParser()
    parser.caseSensitive = 1
    style, frags, bullet = parser.parse(template, style)
    if frags is None or bullet:
        return None
    return style, tuple(frags)


def _read(markup: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, list] | None:
    """The markup read as reportlab reads it, without reading it again for every
    paragraph: the tags are read once per shape (say, a bold label then words) and the
    words put back in. None for what only the full reading gets right (entities such as
    &amp;, or text with the stand-in letters in it)."""
    text = cleanBlockQuotedText(markup)
    if "&" in text or _MARK.search(text):
        return None
    pieces = _TAG.split(text)
    words = [piece for i, piece in enumerate(pieces) if not i % 2 and piece]
    if len(words) > 0x1900:
        return None
    marks = iter(range(0xE000, 0xE000 + len(words)))
    template = "".join(piece if i % 2 else chr(next(marks)) if piece else ""
                       for i, piece in enumerate(pieces))
    read = _read_template(template, style)
    if read is None:
        return None
    style, model = read
    used: list[int] = []

    def word(found: re.Match[str]) -> str:
        used.append(ord(found.group()) - 0xE000)
        return words[used[-1]]

    frags = []
    for frag in model:
        frag = copy.copy(frag)
        for name in ("link", "us_lines"):
            if isinstance(getattr(frag, name, None), list):
                setattr(frag, name, list(getattr(frag, name)))
        if getattr(frag, "text", ""):
            frag.text = _MARK.sub(word, frag.text)
        frags.append(frag)
    if used != list(range(len(words))):
        return None
    textTransformFrags(frags, style)
    return text, style, frags


def paragraph(markup: str, style: ParagraphStyle, **kw: object) -> Paragraph:
    """reportlab's paragraph for `markup`, read the quick way when it can be."""
    read = _read(markup, style) if QUICK else None
    if read is None:
        return _Paragraph(markup, style, **kw)
    text, style, frags = read
    return _Paragraph(text, style, frags=frags, **kw)


@functools.lru_cache(maxsize=256)
def _after_label(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-after-label", parent=style, firstLineIndent=indent)


class _Labelled(_Paragraph):
    """Words after a bold label ("What helped: a deep breath"), set as words of one font
    whose first line starts after the label, with the label drawn in its place. reportlab
    sets words of one font about three times quicker than words that mix two fonts; what
    a reader sees is the same. When a word would not fit on the first line beside the
    label, it falls back to the mixed paragraph (and so breaks its lines the same way)."""

    label: str | None = None  # drawn before the words, on the first line
    label_font = ""
    mixed: tuple[str, ParagraphStyle] | None = None  # (markup, style) to fall back to

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.mixed is not None and self.label is not None:
            room = availWidth - self.style.leftIndent - self.style.rightIndent
            first = room - self.style.firstLineIndent
            font, size = self.frags[0].fontName, self.frags[0].fontSize
            widest = max((_width(word, font, size) for word in _split_words(self.frags[0].text)),
                         default=0.0)
            if widest > first or self.style.firstLineIndent > room / 2:
                markup, style = self.mixed
                other = paragraph(markup, style)
                self.text, self.frags, self.style = other.text, other.frags, other.style
                self.label = None
            self.mixed = None
        return super().wrap(availWidth, availHeight)

    def draw(self) -> None:
        if self.label is not None:
            canvas, style = self.canv, self.style
            canvas.saveState()
            canvas.setFillColor(style.textColor)
            text = canvas.beginText(style.leftIndent, self.height - style.fontSize)
            text.setFont(self.label_font, style.fontSize)
            text.textOut(self.label + " ")
            canvas.drawText(text)
            canvas.restoreState()
        super().draw()

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:  # the label goes with the first lines only
            parts[0].label, parts[0].label_font = self.label, self.label_font
        return parts


def labelled(label_markup: str, words: str, style: ParagraphStyle, bold: str) -> Paragraph:
    """"Label: words": the label (markup, drawn in `bold`) then `words` (markup of one
    font), set the quick way when it applies, else as one paragraph of mixed markup."""
    mixed = f'<font name="{bold}">{label_markup}:</font> {words}'
    if not QUICK or "<" in label_markup or not words.strip():
        return paragraph(mixed, style)
    label = html.unescape(label_markup) + ":"
    indent = _width(label, bold, style.fontSize) + _width(" ", style.fontName, style.fontSize)
    after = _after_label(style, round(indent, 4))  # the space after it is the words' own
    read = _read(words, after)
    if read is None or len(read[2]) != 1:
        return paragraph(mixed, style)
    text, after, frags = read
    out = _Labelled(text, after, frags=frags)
    out.label, out.label_font, out.mixed = label, bold, (mixed, style)
    return out
