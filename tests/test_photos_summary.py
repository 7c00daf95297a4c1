"""Photos in the shared summary: never suggested, in only when ticked (and only with their
moment), their words as the HTML alt text, drawn in the PDF; no metadata in either."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from pypdf import PdfReader

from journal import Entry
from journal.summary.build import build_summary, candidates, suggested
from journal.summary.html import render_html
from journal.summary.model import Moment, Selection
from journal.summary.paging import candidate_pages
from journal.summary.pdf import render_pdf
from tests import photo_samples as samples

START, END = date(2026, 11, 1), date(2026, 11, 20)


def moment_with_photo(journal):
    entry = journal.add_entry(Entry("connection", datetime(2026, 11, 10, 9),
                                    {"child_did": "Swung high", "i_did": "Pushed gently"},
                                    ok_to_share=True))
    photo = journal.photos.add(entry.id, samples.tagged_jpeg(900, 600), alt="On the swing")
    return entry, photo


def summary_of(journal, ticked):
    return build_summary(journal, Selection(START, END, frozenset(ticked)))


def moments(summary) -> list[Moment]:
    return [b for s in summary.sections for b in s.blocks if isinstance(b, Moment)]


def test_the_wizard_lists_a_photo_under_its_moment_and_never_suggests_it(journal):
    entry, photo = moment_with_photo(journal)
    items = [c for page in candidate_pages(journal, START, END) for c in page]
    keys = [c.key for c in items]
    assert keys.index(f"photo:{photo.id}") == keys.index(f"entry:{entry.id}") + 1
    item = items[keys.index(f"photo:{photo.id}")]
    assert "On the swing" in item.label and not item.ok_to_share
    sections = candidates(journal, START, END)
    assert f"photo:{photo.id}" in [c.key for s in sections for c in s.items]
    chosen = suggested(sections)
    assert f"entry:{entry.id}" in chosen and f"photo:{photo.id}" not in chosen


def test_a_photo_goes_in_only_when_ticked_and_only_with_its_moment(journal):
    entry, photo = moment_with_photo(journal)
    [shown] = moments(summary_of(journal, {f"entry:{entry.id}"}))
    assert shown.photos == ()
    assert moments(summary_of(journal, {f"photo:{photo.id}"})) == []
    [shown] = moments(summary_of(journal, {f"entry:{entry.id}", f"photo:{photo.id}"}))
    assert [p.alt for p in shown.photos] == ["On the swing"]


def test_html_carries_the_photo_inline_with_its_words_as_alt_text(journal):
    entry, photo = moment_with_photo(journal)
    without = render_html(summary_of(journal, {f"entry:{entry.id}"})).decode()
    assert "<img" not in without
    page = render_html(summary_of(journal, {f"entry:{entry.id}", f"photo:{photo.id}"})).decode()
    [tag] = re.findall(r"<img [^>]*>", page)
    assert 'alt="On the swing"' in tag and 'src="data:image/jpeg;base64,' in tag
    assert "http" not in tag
    for marker in samples.MARKERS:
        assert marker not in page


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_pdf_draws_a_ticked_photo_and_nothing_else(journal):
    entry, photo = moment_with_photo(journal)
    assert _images(render_pdf(summary_of(journal, {f"entry:{entry.id}"}))) == 0
    pdf = render_pdf(summary_of(journal, {f"entry:{entry.id}", f"photo:{photo.id}"}))
    assert _images(pdf) == 1
    for marker in samples.MARKERS:
        assert marker.encode() not in pdf


def test_a_visits_ticked_photo_goes_in_too(journal):
    from journal import Person

    ana = journal.add_person(Person("village", "Ana"))
    visit = journal.add_entry(Entry("visit", datetime(2026, 11, 12, 10),
                                    {"they_noticed": "You wait for him"}, people=[ana.id]))
    photo = journal.photos.add(visit.id, samples.tagged_jpeg(300, 200), alt="Ana and Leo")
    [shown] = moments(summary_of(journal, {f"entry:{visit.id}", f"photo:{photo.id}"}))
    assert [p.alt for p in shown.photos] == ["Ana and Leo"]
