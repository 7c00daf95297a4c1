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
