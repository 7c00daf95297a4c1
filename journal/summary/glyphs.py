"""The PDF's fonts: DejaVu Sans embedded (journal/summary/fonts, with its licence), which
characters it can show, and text made safe for reportlab's paragraph markup."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile
from reportlab.platypus import Paragraph

from journal.summary import flow, system_fonts
from journal.summary.model import Summary

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FILE = FONT_DIR / "DejaVuSans.ttf"
BOLD_FONT_FILE = FONT_DIR / "DejaVuSans-Bold.ttf"
FONT, BOLD = "SmallMomentsSans", "SmallMomentsSans-Bold"


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


@functools.cache
def shaping_available() -> bool:
    """HarfBuzz (uharfbuzz) is there: reportlab can join Arabic letters, order right-to-left
    words and combine Devanagari letters."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def needs_shaping(text: str) -> bool:
    """Text whose letters change shape or order with their neighbours."""
    if not text or max(text) < "\u0590":  # Latin, Greek, Cyrillic, Armenian: none of them
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL") or 0x0900 <= ord(ch) <= 0x0DFF
               or 0x0E00 <= ord(ch) <= 0x0EFF or 0x1000 <= ord(ch) <= 0x109F
               or 0x1780 <= ord(ch) <= 0x17FF for ch in text)


def font_of(ch: str) -> str | None:
    """FONT when DejaVu Sans has `ch`, else a system font that has it, else None."""
    if ord(ch) in _glyphs():
        return FONT
    return system_fonts.font_for(ord(ch))


def _unshowable(ch: str) -> bool:
    if _invisible(ch):
        return False
    if needs_shaping(ch) and not shaping_available():
        return True  # without HarfBuzz, reportlab would print these unjoined or reversed
    return font_of(ch) is None


def missing_characters(text: str | Summary) -> list[str]:
    """Characters in `text` (or a whole summary) that the PDF cannot show, in order.

    The wizard shows these (with `describe_character`) so nothing is lost unseen; the
    HTML version shows them all.
    """
    if isinstance(text, Summary):
        text = text.text()
    text = unicodedata.normalize("NFC", text)
    return list(dict.fromkeys(ch for ch in text if _unshowable(ch)))


@functools.cache
def _plain() -> re.Pattern[str]:
    """Text made only of characters that `_for_pdf` keeps as they are (DejaVu Sans has
    them, or they are spaces it keeps): it needs no character-by-character look."""
    kept = [chr(n) for n in range(0x3000) if (n in _glyphs() or chr(n).isspace())
            and (chr(n) in "\n\t" or not _invisible(chr(n)) or n in _glyphs())]
    return re.compile("[" + "".join(re.escape(ch) for ch in kept) + "]*\\Z")


def describe_character(ch: str) -> str:
    """"山 (CJK UNIFIED IDEOGRAPH-5C71)": the character and its Unicode name."""
    return f"{ch} ({unicodedata.name(ch, f'U+{ord(ch):04X}')})"


def _for_pdf(text: str) -> str:
    """Escaped for reportlab's paragraph markup; invisible marks without a glyph removed;
    letters DejaVu Sans lacks set in a system font that has them (<font name=…>)."""
    if _plain().match(text) and unicodedata.is_normalized("NFC", text):
        return escape(text).replace("\n", "<br/>")  # the same, at a glance (most text)
    text = "".join(ch for ch in unicodedata.normalize("NFC", text)
                   if ch in "\n\t" or not _invisible(ch) or ord(ch) in _glyphs())
    runs: list[tuple[str | None, str]] = []
    for ch in text:
        other = font_of(ch) if not ch.isspace() and ord(ch) not in _glyphs() else None
        if other == FONT:
            other = None
        if runs and (runs[-1][0] == other or (ch.isspace() and runs[-1][0] is not None)):
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        else:
            runs.append((other, ch))
    return "".join(escape(piece) if name is None else f'<font name="{name}">{escape(piece)}</font>'
                   for name, piece in runs).replace("\n", "<br/>")


def paragraph(markup: str, style: ParagraphStyle, **kw: object) -> Paragraph:
    """A paragraph; shaped by HarfBuzz when its letters need it (Arabic, Hebrew, Indic),
    and set from the right when it starts in a right-to-left script."""
    if needs_shaping(markup) and shaping_available():
        style = _shaped(style, _starts_right_to_left(markup))
    return flow.paragraph(markup, style, **kw)


def labelled(label: str, words: str, style: ParagraphStyle) -> Paragraph:
    """"Label: words" with the label in bold (both as markup)."""
    mixed = f'<font name="{BOLD}">{label}:</font> {words}'
    if needs_shaping(mixed) and shaping_available():
        return paragraph(mixed, style)
    return flow.labelled(label, words, style, BOLD)


def _starts_right_to_left(markup: str) -> bool:
    for ch in re.sub(r"<[^>]*>", "", markup):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return False


@functools.cache
def _shaped(style: ParagraphStyle, right_to_left: bool) -> ParagraphStyle:
    extra = {"alignment": TA_RIGHT} if right_to_left and style.alignment == TA_LEFT else {}
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1, **extra)
