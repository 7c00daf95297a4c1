"""Every family's names and words in the PDF: Chinese, Japanese, Arabic and Hebrew (joined,
right to left), Vietnamese; and where this computer has no font for a script (Korean and
Devanagari here have only PostScript-outline fonts, or none), the letters are reported so
the wizard can say so and offer the web page copy."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime

import pypdf
import pypdfium2
import pytest

from journal import Entry
from journal.summary import glyphs, system_fonts
from journal.summary.build import Selection, build_summary
from journal.summary.pdf import missing_characters, render_pdf

NAMES = {"zh": "李小龍", "ja": "山田花子", "ar": "محمد", "he": "שלום", "vi": "Nguyễn Thị Ánh",
         "ko": "김민준", "hi": "देवनागरी"}


def summary_for(journal, name: str, body: str = "We read a book."):
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 9), {"body": body}))
    return build_summary(journal, Selection(date(2026, 11, 1), date(2026, 11, 30),
                                            frozenset({f"entry:{entry.id}"}), name=name,
                                            shared_by=name))


def extracted(data: bytes) -> str:
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    return unicodedata.normalize("NFKC", text)


def printable(name: str) -> bool:
    """Every letter has a font here: DejaVu Sans or one fontconfig found."""
    return all(glyphs.font_of(ch) is not None for ch in name if not ch.isspace())


@pytest.mark.parametrize("script", sorted(NAMES))
def test_each_script_prints_or_is_reported(journal, script):
    name = NAMES[script]
    summary = summary_for(journal, name)
    missing = missing_characters(summary)
    if printable(name):
        assert missing == []
        assert name in extracted(render_pdf(summary))  # cover and "Shared by"
    else:  # said plainly before saving, never dropped silently
        assert missing and set(missing) <= set(name)


def test_the_scripts_this_machine_has_fonts_for_really_print(journal):
    # fonts-dejavu (Latin, Vietnamese, Arabic, Hebrew) and fonts-droid-fallback (Chinese,
    # Japanese) are test requirements, like poppler-utils: these must print, not be skipped
    for script in ("zh", "ja", "ar", "he", "vi"):
        assert printable(NAMES[script]), (
            f"{script}: no TrueType font for it; install fonts-dejavu-core and "
            "fonts-droid-fallback (Noto CJK has CFF outlines, which reportlab can't embed)")


def test_arabic_is_joined_and_right_to_left(journal):
    assert glyphs.shaping_available()
    data = render_pdf(summary_for(journal, "محمد", body="جلسنا معًا وقرأنا كتابًا"))
    raw = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    # joined: meem (initial), hah (medial), meem (medial), dal (final), as written
    assert "\ufee3\ufea4\ufee4\ufeaa" in raw
    assert "\u062f\u0645\u062d\u0645" not in raw  # not the old reversed, unjoined letters


def test_a_right_to_left_paragraph_is_set_from_the_right(journal):
    data = render_pdf(summary_for(journal, "Leo", body="جلسنا معًا وقرأنا كتابًا"))
    page = pypdfium2.PdfDocument(data)[0]
    text = page.get_textpage()
    width = page.get_width()
    boxes = [text.get_charbox(i) for i in range(text.count_chars())
             if unicodedata.bidirectional(text.get_text_range(i, 1) or " ") == "AL"]
    assert boxes and max(box[2] for box in boxes) > width * 0.8  # ends at the right margin


def test_a_fontconfig_listing_is_read_without_the_familys_words(monkeypatch):
    calls = []

    def fake_run(args, **kwargs):
        calls.append(args)
        raise OSError("no fontconfig")

    system_fonts.system_fonts.cache_clear()
    monkeypatch.setattr(system_fonts.subprocess, "run", fake_run)
    try:
        assert system_fonts.system_fonts() == ()
        assert len(calls) == 1 and calls[0][1:] == ["--format", system_fonts._FORMAT]
    finally:
        system_fonts.system_fonts.cache_clear()


def _ink(image) -> object:
    """The inked part of a greyscale image, as a 64×64 black-and-white picture."""
    from PIL import ImageOps

    inverted = ImageOps.invert(image.convert("L"))
    box = inverted.point(lambda v: 255 if v > 100 else 0).getbbox()
    assert box, "nothing drawn"
    return inverted.crop(box).resize((64, 64)).point(lambda v: 255 if v > 100 else 0, "1")


def _overlap(a, b) -> float:
    from PIL import ImageChops

    both = ImageChops.logical_and(a, b).histogram()[-1]
    either = ImageChops.logical_or(a, b).histogram()[-1]
    return both / either


def _reference(ch: str, font_name: str):
    """`ch` drawn straight from the font file by FreeType: the shape it should have."""
    import freetype
    from PIL import Image
    from reportlab.pdfbase import pdfmetrics

    face = freetype.Face(pdfmetrics.getFont(font_name).face.filename)
    face.set_pixel_sizes(0, 160)
    face.load_char(ch, freetype.FT_LOAD_RENDER)
    bitmap = face.glyph.bitmap
    glyph = Image.frombytes("L", (bitmap.width, bitmap.rows), bytes(bitmap.buffer))
    page = Image.new("L", (bitmap.width + 20, bitmap.rows + 20), 255)
    page.paste(Image.eval(glyph, lambda v: 255 - v), (10, 10))
    return _ink(page)


def _printed(data: bytes, ch: str):
    """`ch` as the PDF shows it on the first page, rendered by pdfium."""
    page = pypdfium2.PdfDocument(data)[0]
    text = page.get_textpage()
    index = next(i for i in range(text.count_chars()) if text.get_text_range(i, 1) == ch)
    left, bottom, right, top = text.get_charbox(index)
    scale, height = 10, page.get_height()
    image = page.render(scale=scale).to_pil()
    return _ink(image.crop((int(left * scale) - 4, int((height - top) * scale) - 4,
                            int(right * scale) + 4, int((height - bottom) * scale) + 4)))


def test_chinese_and_japanese_print_as_their_own_glyphs_not_boxes(journal):
    for ch, other in (("李", "口"), ("花", "木"), ("山", "田")):
        font = glyphs.font_of(ch)
        assert font is not None and font != glyphs.FONT
        printed = _printed(render_pdf(summary_for(journal, f"{ch} Leo")), ch)
        right, wrong = _overlap(printed, _reference(ch, font)), _overlap(printed,
                                                                          _reference(other, font))
        assert right > 0.6 and right > wrong + 0.2, (ch, right, wrong)


def _bare(text: str) -> str:
    """NFKC (presentation forms back to letters), without vowel marks."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text)
                   if unicodedata.category(ch) != "Mn")


def test_a_long_right_to_left_paragraph_keeps_its_word_order_on_every_line(journal):
    body = "جلسنا معًا في الحديقة وقرأنا كتابًا عن الطيور. ثم ضحكنا كثيرًا ونام بهدوء. " * 3
    data = render_pdf(summary_for(journal, "Leo", body=body))
    lines = [line for line in pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text(
        ).splitlines() if any(unicodedata.bidirectional(ch) == "AL" for ch in line)]
    assert len(lines) >= 3  # it really wraps
    # each line is drawn right to left: its words, read from the right, are the next words
    read = [word for line in lines for word in reversed(_bare(line).split())]
    assert read == _bare(body).split()
