"""The accessible HTML summary: same words as the PDF, lang set, real headings, the chart
in words and a table, escaped caregiver text, nothing loaded from elsewhere."""

from __future__ import annotations

from datetime import date, datetime
from html.parser import HTMLParser

from test_summary_data import make_typical, typical_selection

from journal import Entry
from journal.summary.build import Selection, build_summary
from journal.summary.html import render_html

MARKER = "UNTICKED-MARKER"


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: bytes) -> Outline:
    outline = Outline()
    outline.feed(html.decode("utf-8"))
    return outline


def test_html_has_lang_headings_chart_text_and_no_unticked_words(journal):
    make_typical(journal, marker=MARKER)
    for lang in ("en", "es"):
        summary = build_summary(journal, typical_selection(journal, lang))
        html = render_html(summary)
        outline = parse(html)
        assert outline.tags[0] == ("html", {"lang": lang})
        names = [tag for tag, _ in outline.tags]
        assert names.count("h1") == 1 and names.count("h2") == len(summary.sections)
        assert "h3" in names and "table" in names and "caption" in names
        assert "script" not in names and "img" not in names and "link" not in names
        text = " ".join("".join(outline.text).split())
        for piece in summary.strings():  # the same words as the PDF
            assert " ".join(piece.split()) in text
        assert MARKER not in html.decode()
        chart = next(b for s in summary.sections for b in s.blocks
                     if type(b).__name__ == "Chart")
        assert chart.description in text and "@media print" in html.decode()
        assert len(html) < 100_000


def test_html_escapes_the_caregivers_words(journal):
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 9),
                                    {"body": "<script>alert(1)</script> & 'quotes'"}))
    summary = build_summary(journal, Selection(
        date(2026, 11, 1), date(2026, 11, 30), frozenset({f"entry:{entry.id}"}),
        name='"Ana" <Leo>'))
    html = render_html(summary).decode()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x27;quotes&#x27;" in html
    assert "&quot;Ana&quot; &lt;Leo&gt;" in html
