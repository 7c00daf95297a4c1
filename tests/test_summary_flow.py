"""The quicker PDF layout (journal/summary/flow.py) against reportlab on its own
(flow.QUICK = False): the very same bytes where it only skips repeated work, and the
same letters on the same pages at the same places where it sets a moment's
"Label: words" as words of one font with the label drawn in front."""

from __future__ import annotations

from datetime import datetime

import pypdfium2
import pytest
from reportlab.platypus import Paragraph
from test_summary_estimate import END, moments

from journal import Entry
from journal.summary import flow
from journal.summary.build import Selection, build_summary, candidates
from journal.summary.estimate import estimate_pages
from journal.summary.pdf import render_pdf

NUDGE = 0.25  # points: the PDF rounds glyph widths, so a label's gap may differ a little


def letters(pdf: bytes) -> list[tuple[int, str, float, float]]:
    """(page, letter, left, bottom) for every letter a reader would see, in order."""
    doc = pypdfium2.PdfDocument(pdf)
    out = []
    try:
        for number in range(len(doc)):
            text = doc[number].get_textpage()
            for i in range(text.count_chars()):
                ch = text.get_text_range(i, 1)
                if ch.strip():
                    left, bottom, _, _ = text.get_charbox(i)
                    out.append((number, ch, round(left, 2), round(bottom, 2)))
    finally:
        doc.close()
    return out


def differences(one: bytes, other: bytes) -> list[str]:
    a, b = letters(one), letters(other)
    if [(p, ch) for p, ch, _, _ in a] != [(p, ch) for p, ch, _, _ in b]:
        return ["the letters or their pages differ"]
    return [f"{x} vs {y}" for x, y in zip(a, b, strict=True)
            if x[3] != y[3] or abs(x[2] - y[2]) > NUDGE]


def both(summary, monkeypatch, paper="letter") -> tuple[bytes, bytes]:
    monkeypatch.setattr(flow, "QUICK", False)
    slow = render_pdf(summary, paper=paper)
    monkeypatch.setattr(flow, "QUICK", True)
    return slow, render_pdf(summary, paper=paper)


def counted(monkeypatch, cls, method) -> list:
    calls, real = [], getattr(cls, method)

    def counting(self, *args, **kwargs):
        calls.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(cls, method, counting)
    return calls


def odd_moments(journal) -> Selection:
    """Words that take every road: markup look-alikes, a letter DejaVu Sans lacks, Arabic,
    no-break and soft hyphens, a word too wide to sit beside its label, and one field long
    enough to go over a page."""
    odd = ["Tom & Jerry <3 > all", "山 mountain walk", "\u0645\u0631\u062d\u0628\u0627 hello",
           "in\u00a010\u00a0moments we sang", "soft\u00adhyphen words here",
           "Supercalifragilisticexpialidocious" * 3 + " and more",
           "We sang. " * 700]
    journal.add_entries([Entry("connection", datetime(2026, 11, 20 + i, 9, 0),
                               {"child_did": words, "i_did": "I waited for her turn"},
                               ok_to_share=True) for i, words in enumerate(odd)])
    start = END.replace(day=1)
    ticked = frozenset(c.key for s in candidates(journal, start, END, "en") for c in s.items)
    return Selection(start, END, ticked, shared_on=END)


def test_skipping_repeated_work_gives_reportlabs_very_bytes(journal, monkeypatch):
    summary = build_summary(journal, moments(journal, 120))
    monkeypatch.setattr(flow, "labelled", lambda label, words, style, bold: flow.paragraph(
        f'<font name="{bold}">{label}:</font> {words}', style))  # labels as reportlab sets them
    broken = counted(monkeypatch, Paragraph, "breakLines")
    monkeypatch.setattr(flow, "QUICK", False)
    slow, slow_breaks = render_pdf(summary, paper="letter"), len(broken)
    monkeypatch.setattr(flow, "QUICK", True)
    broken.clear()
    assert render_pdf(summary, paper="letter") == slow
    assert 0 < len(broken) < 0.7 * slow_breaks  # each paragraph broken once, not twice


@pytest.mark.parametrize("lang, paper", [("en", "letter"), ("es", "a4")])
def test_labels_set_the_quick_way_look_the_same(journal, monkeypatch, lang, paper):
    chosen = moments(journal, 200)
    summary = build_summary(journal, Selection(**{**chosen.__dict__, "lang": lang}))
    quick_labels = counted(monkeypatch, flow._Labelled, "draw")
    slow, quick = both(summary, monkeypatch, paper)
    assert len(quick_labels) >= 200  # the quick way was taken, for every moment
    assert differences(slow, quick) == []


def test_odd_words_look_the_same(journal, monkeypatch):
    summary = build_summary(journal, odd_moments(journal))
    splits = counted(monkeypatch, flow._Labelled, "split")
    slow, quick = both(summary, monkeypatch)
    assert differences(slow, quick) == []
    assert any(p.label == "What happened:" for p in splits)  # the long field went over
    text = "".join(ch for _, ch, _, _ in letters(quick))
    assert text.count("Whathappened:") == 7 == text.count("WhatIdid:")  # once each


def test_the_control_a_label_set_wrong_is_caught(journal, monkeypatch):
    summary = build_summary(journal, moments(journal, 40))
    wide = flow._after_label.__wrapped__
    monkeypatch.setattr(flow, "_after_label", lambda style, indent: wide(style, indent + 2))
    slow, quick = both(summary, monkeypatch)
    assert differences(slow, quick) != []  # two points too far: the comparison sees it


def test_no_word_stays_in_memory_once_the_summary_is_made(journal):
    """Word widths are remembered while a summary (or its page count) is made, and let
    go when no summary is being made: a caregiver's words do not outlive the summary."""
    summary = build_summary(journal, moments(journal, 40))
    inside = {}

    @flow.forgets_words
    def making_two_at_once() -> None:  # the preview and the page count, say
        estimate_pages(summary, "letter")
        render_pdf(summary, paper="letter")
        inside["remembered"] = flow._remembered_width.cache_info().currsize

    making_two_at_once()
    assert inside["remembered"] > 100  # while a summary is made: remembered
    assert flow._remembered_width.cache_info().currsize == 0
    render_pdf(summary, paper="a4")
    estimate_pages(summary, "a4")
    assert flow._remembered_width.cache_info().currsize == 0
