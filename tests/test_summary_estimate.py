"""The page count the wizard says before the PDF is made matches the PDF, for short and
long summaries, both languages and both papers; and plain text escaped at a glance is
escaped as it would be letter by letter. (The quicker layout is checked in
test_summary_flow.py.)"""

from __future__ import annotations

import io
import random
import unicodedata
from datetime import date, datetime, timedelta

import pikepdf
import pytest
from test_summary_data import make_typical, typical_selection

from journal import Entry
from journal.summary import glyphs
from journal.summary.build import Selection, build_summary, candidates
from journal.summary.estimate import estimate_pages
from journal.summary.pdf import render_pdf

END = date(2026, 11, 30)
WORDS = ("She reached for my face and laughed when I sang our song again",
         "We read the book about the bear twice, and she turned the pages herself",
         "Things got loud at dinner and I took a breath", "Un abrazo largo en el sofá",
         "He pointed at the dog and looked back at me to see if I saw it too")


def pages(pdf: bytes) -> int:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return len(doc.pages)


def moments(journal, total: int, seed: int = 5) -> Selection:
    rng = random.Random(seed)
    journal.add_entries([Entry(
        "connection", datetime(2026, 11, 29, 20, 0) - timedelta(hours=7 * i),
        {"child_did": " ".join(rng.sample(WORDS, rng.randint(1, 3))),
         "i_did": rng.choice(WORDS)}, ok_to_share=True) for i in range(total)])
    start = END - timedelta(days=total * 7 // 24 + 1)
    ticked = frozenset(c.key for s in candidates(journal, start, END, "en") for c in s.items)
    return Selection(start, END, ticked, name="Maria and Leo", shared_on=END,
                     know="Sleep has been hard since the move. " * 6)


def close_enough(estimate: int, real: int) -> bool:
    return abs(estimate - real) <= max(1, real // 50)  # within a page, or 2% of a long one


def test_the_control_a_wrong_count_is_not_close_enough():
    assert not close_enough(12, 10) and not close_enough(290, 301)
    assert close_enough(11, 10) and close_enough(300, 301)


@pytest.mark.parametrize("lang, paper", [("en", "letter"), ("es", "a4")])
def test_the_estimate_matches_a_typical_summary(journal, lang, paper):
    make_typical(journal)
    summary = build_summary(journal, typical_selection(journal, lang))
    assert close_enough(estimate_pages(summary, paper), pages(render_pdf(summary,
                                                                          paper=paper)))


@pytest.mark.parametrize("total, lang, paper", [(40, "es", "letter"), (160, "en", "a4"),
                                                (400, "es", "a4")])
def test_the_estimate_matches_long_summaries(journal, total, lang, paper):
    chosen = moments(journal, total)
    summary = build_summary(journal, Selection(**{**chosen.__dict__, "lang": lang}))
    real = pages(render_pdf(summary, paper=paper))
    assert real > total // 10  # long enough to tell
    assert close_enough(estimate_pages(summary, paper), real)


def test_one_page_is_one_page(journal):
    chosen = moments(journal, 60)
    summary = build_summary(journal, Selection(**{**chosen.__dict__, "one_page": True}))
    assert estimate_pages(summary, "letter") == 1 == pages(render_pdf(summary, paper="letter"))


@pytest.mark.parametrize("text", ["plain words", "a & b <c>", "tab\there\nnew line",
                                  "caf\u00e9 ni\u00f1o", "cafe\u0301 (decomposed)",
                                  "soft\u00adhyphen", "zero\u200bwidth", "\u5c71 mountain",
                                  "\u0645\u0631\u062d\u0628\u0627", "bell\x07", ""])
def test_text_escaped_at_a_glance_is_escaped_the_same(text, monkeypatch):
    quick = glyphs._for_pdf(text)
    monkeypatch.setattr(glyphs, "_plain", lambda: __import__("re").compile("(?!)"))
    assert glyphs._for_pdf(text) == quick
    assert glyphs.needs_shaping(text) == any(
        unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def test_the_estimate_stops_when_asked(journal):
    from journal.summary.model import SummaryCancelled

    summary = build_summary(journal, moments(journal, 30))
    with pytest.raises(SummaryCancelled):
        estimate_pages(summary, "a4", cancelled=lambda: True)
    assert estimate_pages(summary, "a4", cancelled=lambda: False) >= 1


def test_the_estimate_counts_ticked_photos(journal):
    """Photos ticked in the wizard take room on paper; the estimate must count them."""
    from tests import photo_samples as samples

    selection = moments(journal, 24)
    for n, entry in enumerate(journal.list_entries().entries):
        journal.photos.add(entry.id, samples.tagged_jpeg(900, 600), alt=f"Photo {n}")
    ticked = frozenset(c.key for s in candidates(journal, selection.start, END, "en")
                       for c in s.items)
    assert any(k.startswith("photo:") for k in ticked)
    selection = Selection(selection.start, END, ticked, name="Maria and Leo", shared_on=END)
    summary = build_summary(journal, selection)
    real = pages(render_pdf(summary, paper="letter"))
    assert real >= 8  # the photos made it long, so a missed photo shows
    assert close_enough(estimate_pages(summary, "letter"), real)
