"""The accessible HTML summary: same words as the PDF, lang set, real headings, the chart
in words and a table, escaped caregiver text, nothing loaded from elsewhere."""

from __future__ import annotations

import re
from datetime import date, datetime
from html.parser import HTMLParser

import pytest
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


class Structure(HTMLParser):
    """What a screen reader (and axe-core) checks: headings, table headers, images, lang."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.header_cells: list[tuple[str, dict, str]] = []  # (tag, attrs, text) in thead
        self.row_starts: list[tuple[str, dict]] = []  # first cell of each body row
        self.images: list[tuple[str, dict]] = []
        self.langs: list[tuple[str, str]] = []  # (lang, text inside)
        self._in_thead = False
        self._cell: list | None = None
        self._row_first = False
        self._lang_stack: list[tuple[str, str | None, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))
        if tag in ("img", "svg", "canvas", "object", "embed", "input", "area"):
            self.images.append((tag, attrs))
        if tag == "thead":
            self._in_thead = True
        if tag == "tr":
            self._row_first = not self._in_thead
        if tag in ("th", "td"):
            if self._in_thead:
                self._cell = [tag, attrs, ""]
            elif self._row_first:
                self.row_starts.append((tag, attrs))
                self._row_first = False
        if tag not in ("br", "meta"):
            self._lang_stack.append((tag, attrs.get("lang"), []))

    def handle_endtag(self, tag):
        if tag == "thead":
            self._in_thead = False
        if tag in ("th", "td") and self._cell is not None:
            self.header_cells.append(tuple(self._cell))
            self._cell = None
        while self._lang_stack:
            open_tag, lang, text = self._lang_stack.pop()
            if lang:
                self.langs.append((lang, " ".join("".join(text).split())))
            if self._lang_stack:
                self._lang_stack[-1][2].extend(text)
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[2] += data
        if self._lang_stack:
            self._lang_stack[-1][2].append(data)


def structure(html: bytes) -> Structure:
    found = Structure()
    found.feed(html.decode("utf-8"))
    return found


def check_structure(html: bytes, lang: str, *, chart: bool = True) -> Structure:
    found = structure(html)
    assert found.langs[-1][0] == lang  # <html lang> closes last
    assert found.headings[0] == 1 and found.headings.count(1) == 1
    for before, after in zip(found.headings, found.headings[1:], strict=False):
        assert after <= before + 1, found.headings  # no level skipped on the way down
    assert bool(found.header_cells) == chart, "the chart (only) has a header row"
    for tag, attrs, text in found.header_cells:  # no empty or unlabelled header cell
        assert tag == "th" and attrs.get("scope") == "col" and text.strip()
    assert bool(found.row_starts) == chart and all(tag == "th" and attrs.get("scope") == "row"
                                    for tag, attrs in found.row_starts)
    for _tag, attrs in found.images:  # nothing drawn without words
        assert attrs.get("alt") or attrs.get("aria-label") or attrs.get("aria-hidden")
    return found


def test_html_structure_is_sound_in_both_languages(journal):
    make_typical(journal)
    for lang in ("en", "es"):
        check_structure(render_html(build_summary(journal, typical_selection(journal, lang))),
                        lang)


def test_structure_check_catches_what_axe_would():  # the control for the checker above
    good = (b'<html lang="en"><h1>T</h1><h2>S</h2><table><thead><tr><th scope="col">W</th>'
            b'<th scope="col">N</th></tr></thead><tbody><tr><th scope="row">a</th><td>1</td>'
            b"</tr></tbody></table></html>")
    check_structure(good, "en")
    for bad in (good.replace(b"<h2>S</h2>", b"<h3>S</h3>"),  # a skipped level
                good.replace(b'<th scope="col">N</th>', b"<td></td>"),  # empty header cell
                good.replace(b'<th scope="row">a</th>', b"<td>a</td>"),  # row without header
                good.replace(b"<h1>T</h1>", b'<h1>T</h1><img src="x.png">'),  # no alt text
                good.replace(b'lang="en"', b'lang="es"')):
        with pytest.raises(AssertionError):
            check_structure(bad, "en")


def test_words_in_another_language_carry_lang(journal):
    es = journal.add_entry(Entry("connection", datetime(2026, 11, 3, 9),
                                 {"child_did": "Señaló el pájaro."}, lang="es"))
    en = journal.add_entry(Entry("connection", datetime(2026, 11, 4, 9),
                                 {"child_did": "Pointed at the bird."}, lang="en"))
    summary = build_summary(journal, Selection(
        date(2026, 11, 1), date(2026, 11, 30), frozenset({f"entry:{es.id}", f"entry:{en.id}"}),
        know="Dormimos mejor.", words_lang="es"))
    found = check_structure(render_html(summary), "en", chart=False)
    marked = [text for lang, text in found.langs if lang == "es"]
    assert marked == ["Dormimos mejor.", "Señaló el pájaro."]  # the note opens page 1


def test_chart_table_fits_a_320_px_phone(journal):
    """An estimate, as no browser runs here: every character at most 0.65 em of the
    table's 14.4 px text, each cell's padding, and the bar's CSS width at 320 px."""
    make_typical(journal)
    for lang in ("en", "es"):
        html = render_html(build_summary(journal, typical_selection(journal, lang))).decode()
        table = html[html.index('<table class="weeks"'):html.index("</table>")]
        found = structure(table.encode())
        rows = re.findall(r'<th scope="row">([^<]*)</th><td><span class="n">(\d+)</span>', table)
        assert found.header_cells and rows
        em, pad = 14.4, 0.6 * 16
        track = re.search(r"\.track \{[^}]*width: min\((\d+)rem, (\d+)vw\)", html)
        bar = min(int(track[1]) * 16, int(track[2]) * 3.2)
        first = max(len(found.header_cells[0][2]), *(len(w) for w, _ in rows)) * 0.65 * em
        second = max(len(found.header_cells[1][2]) * 0.65 * em,
                     1.6 * em + bar)  # the number's box, then the bar
        assert first + second + 2 * pad <= 320 - 2 * 1.25 * 16, lang


def test_print_styles_keep_moments_whole_without_forced_breaks(journal):
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 9), {"body": "x"}))
    html = render_html(build_summary(journal, Selection(
        date(2026, 11, 1), date(2026, 11, 30), frozenset({f"entry:{entry.id}"})))).decode()
    assert re.search(r"@page \{ margin: [\d.]+cm; \}", html)
    printing = html[html.index("@media print"):]
    assert re.search(r"article\.moment[^{]*\{ break-inside: avoid; \}", printing)
    assert "break-before: page" not in html and "page-break-before" not in html
    assert re.search(r'<article class="moment">\s*<h3>', html)  # heading with its words
