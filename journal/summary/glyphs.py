"""The PDF's fonts: DejaVu Sans embedded (journal/summary/fonts, with its licence), which
characters it can show, and text made safe for reportlab's paragraph markup."""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

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
