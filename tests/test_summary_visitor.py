"""The summary as a home visitor reads it (issue 16): page 1 opens with the agenda, then
the child (each item off unless ticked); repairs lead with coming back together; a
sentence instead of a chart when few weeks hold moments; "Since our last visit"; the
one-page choice; and two languages on one page."""

from __future__ import annotations

import io
from datetime import date, datetime

import pypdf
import pytest
from test_summary_data import make_typical, typical_selection

from journal import Entry, Person, StrengthMark
from journal.summary.build import CHART_KEY, Selection, build_summary, candidates
from journal.summary.model import Chart, Moment
from journal.summary.pdf import render_pdf
from journal.summary.visitor import age_words, months_old

START, END = date(2026, 11, 1), date(2026, 11, 30)


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, 0)


def select(**kw) -> Selection:
    base = dict(start=START, end=END, ticked=frozenset(), shared_on=date(2026, 12, 1))
    base.update(kw)
    return Selection(**base)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def family(journal):
    leo = journal.add_person(Person("child", "Leo", "2025-06"))
    ana = journal.add_person(Person("village", "Ana", how_they_help="Home visitor"))
    calm = journal.strengths()[0]
    visit = journal.add_entry(Entry(
        "visit", at(5, 10), {"they_noticed": "VISITOR-NOTICED you wait for him",
                             "want_to_try": "TRY-THIS singing at bath time"},
        people=[ana.id], ok_to_share=True, next_visit=date(2026, 11, 19)))
    repair = journal.add_entry(Entry(
        "repair", at(6), {"pulled_apart": "PULLED things got loud",
                          "reconnected": "BACK we hugged on the sofa"},
        strengths=[StrengthMark(calm.id)], ok_to_share=True))
    connection = journal.add_entry(Entry(
        "connection", at(9), {"child_did": "He babbled", "i_did": "I babbled back"},
        strengths=[StrengthMark(calm.id)], ok_to_share=True))
    return {"leo": leo, "ana": ana, "calm": calm, "visit": visit, "repair": repair,
            "connection": connection}


def test_the_child_is_two_items_off_unless_ticked(journal, family):
    leo = family["leo"]
    sections = {s.key: s for s in candidates(journal, START, END, "en")}
    items = {c.key: c for c in sections["child"].items}
    assert set(items) == {f"child-name:{leo.id}", f"child-age:{leo.id}"}
    assert not any(c.ok_to_share for c in items.values())  # off until ticked
    assert items[f"child-age:{leo.id}"].label == "Age: 17 months"
    none = build_summary(journal, select(know="Sleep"))
    assert "Leo" not in none.text() and "17 months" not in none.text()
    only_age = build_summary(journal, select(ticked=frozenset({f"child-age:{leo.id}"})))
    assert "Age: 17 months" in only_age.text() and "Leo" not in only_age.text()
    both = build_summary(journal, select(ticked=frozenset(items), lang="es"))
    child = next(s for s in both.sections if s.key == "child")
    assert child.heading == "Nuestro peque"
    assert child.blocks[0].items == ("Nombre: Leo", "Edad: 17 meses")


def test_ages_read_in_months_then_years():
    assert months_old("2025-06", date(2026, 11, 30)) == 17
    assert months_old("2027-01", date(2026, 11, 30)) is None
    assert months_old("junk", date(2026, 11, 30)) is None
    assert [age_words(n, "en") for n in (0, 1, 23, 24, 40)] == [
        "under 1 month", "1 month", "23 months", "2 years", "3 years"]
    assert age_words(12, "es") == "12 meses" and age_words(30, "es") == "2 años"


def test_page_one_opens_with_the_agenda_then_the_child(journal, family):
    ticked = frozenset({f"child-name:{family['leo'].id}", f"strength:{family['calm'].id}",
                        f"entry:{family['connection'].id}"})
    summary = build_summary(journal, select(ticked=ticked, know="We moved house",
                                            questions=("Is biting normal?",)))
    assert [s.key for s in summary.sections][:3] == ["agenda", "child", "strengths"]
    text = pdf_text(render_pdf(summary))
    page_one = pypdf.PdfReader(io.BytesIO(render_pdf(summary))).pages[0].extract_text()
    assert page_one.index("We moved house") < page_one.index("Is biting normal?") \
        < page_one.index("Leo") < page_one.index("Strengths we noticed")
    assert "What we would like to talk about" in text


def test_a_repair_leads_with_how_the_family_came_back_together(journal, family):
    summary = build_summary(journal, select(ticked=frozenset(
        {f"entry:{family['repair'].id}"})))
    repair = next(s for s in summary.sections if s.key == "repair")
    (moment,) = [b for b in repair.blocks if isinstance(b, Moment)]
    assert moment.fields[0] == ("How we found each other again", "BACK we hugged on the sofa")
    assert moment.fields[-1][1] == "PULLED things got loud"
    assert any(note.startswith("Strengths I noticed") for note in moment.notes)


def test_since_our_last_visit_shows_a_ticked_visit_and_nothing_unticked(journal, family):
    visit_key = f"entry:{family['visit'].id}"
    sections = {s.key: s for s in candidates(journal, START, END, "en")}
    assert [c.key for c in sections["visit"].items] == [visit_key]
    summary = build_summary(journal, select(ticked=frozenset({visit_key})))
    section = next(s for s in summary.sections if s.key == "visit")
    assert section.heading == "Since our last visit"
    text = summary.text()
    assert "VISITOR-NOTICED" in text and "TRY-THIS" in text
    assert "What they noticed about us" in text and "Something we want to try" in text
    assert "Ana" not in text  # the visitor's name only when ticked in Our village
    unticked = build_summary(journal, select(ticked=frozenset())).text()
    assert "VISITOR" not in unticked and "Since our last visit" not in unticked


def test_fewer_than_three_weeks_with_moments_read_as_a_sentence(journal, family):
    summary = build_summary(journal, select(ticked=frozenset({CHART_KEY})))
    blocks = next(s for s in summary.sections if s.key == "connection").blocks
    assert not any(isinstance(b, Chart) for b in blocks)
    # what it is, for the visitor; no app instruction that reads as a missing chart
    assert blocks[0].text == "We wrote down one moment of connection in these 5 weeks."
    assert "chart" not in summary.text().casefold()
    spanish = build_summary(journal, select(ticked=frozenset({CHART_KEY}), lang="es"))
    assert "gráfica" not in spanish.text().casefold()
    assert "Anotamos " in spanish.text()  # control: the sentence is there, in Spanish
    for day in (16, 23):  # three weeks hold moments now: the chart is back
        journal.add_entry(Entry("connection", at(day), {"child_did": "smiled"}))
    summary = build_summary(journal, select(ticked=frozenset({CHART_KEY})))
    blocks = next(s for s in summary.sections if s.key == "connection").blocks
    assert any(isinstance(b, Chart) for b in blocks)


def test_one_page_keeps_agenda_child_strengths_and_three_moments(journal):
    make_typical(journal)
    journal.add_person(Person("child", "Leo", "2025-06"))
    full = typical_selection(journal, "en", know="Sleep has been hard.",
                             questions=("When do teeth come?",))
    leo = next(p for p in journal.list_people("child") if p.nickname == "Leo")
    selection = Selection(**{**full.__dict__, "one_page": True,
                             "ticked": full.ticked | {f"child-name:{leo.id}"}})
    summary = build_summary(journal, selection)
    assert [s.key for s in summary.sections] == ["agenda", "child", "strengths", "moments",
                                                 "about"]
    moments = next(s for s in summary.sections if s.key == "moments").blocks
    assert 1 <= len(moments) <= 3
    pdf = render_pdf(summary, paper="letter")
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    assert len(pypdf.PdfReader(io.BytesIO(render_pdf(build_summary(journal, full)))).pages) > 1


def test_two_languages_label_in_both_and_keep_the_words_as_written(journal, family):
    ticked = frozenset({f"child-age:{family['leo'].id}", f"strength:{family['calm'].id}",
                        f"entry:{family['repair'].id}", f"entry:{family['visit'].id}"})
    summary = build_summary(journal, select(ticked=ticked, lang="en", second_lang="es",
                                            know="Él duerme poco", questions=("¿Y el sueño?",)))
    text = summary.text()
    headings = [s.heading for s in summary.sections]
    assert "What we would like to talk about / De qué nos gustaría hablar" in headings
    assert "Strengths we noticed / Fortalezas que notamos" in headings
    assert summary.title == "A summary of our strengths / Un resumen de nuestras fortalezas"
    assert "Age: 17 months / Edad: 17 meses" in text
    assert "How we found each other again / Cómo volvimos a encontrarnos" in text
    single = build_summary(journal, select(ticked=ticked, lang="en", know="Él duerme poco",
                                           questions=("¿Y el sueño?",))).text()
    for words in ("Él duerme poco", "¿Y el sueño?", "BACK we hugged on the sofa",
                  "VISITOR-NOTICED you wait for him"):  # as often as in one language
        assert text.count(words) == single.count(words) >= 1, words
    pdf = pdf_text(render_pdf(summary))
    assert "Fortalezas que notamos" in pdf and "Strengths we noticed" in pdf
    assert "BACK we hugged on the sofa" in pdf
    same = build_summary(journal, select(ticked=ticked, lang="es", second_lang="es"))
    assert " / " not in same.title  # the same language twice is one language


def test_one_page_stays_one_page_when_words_run_long_and_with_a_password(journal):
    from journal.summary.fit import pages

    make_typical(journal)
    full = typical_selection(journal, "en", one_page=True, know="A long note. " * 40,
                             questions=tuple(f"Question {n}?" for n in range(6)))
    summary = build_summary(journal, full)
    assert pages(render_pdf(summary, paper="letter")) == 1
    assert "Question 5?" in pdf_text(render_pdf(summary, paper="a4"))  # the agenda stays
    locked = render_pdf(summary, paper="a4", password="correct horse")
    reader = pypdf.PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted and reader.decrypt("correct horse") and len(reader.pages) == 1


def test_one_page_in_two_languages_labels_the_child_in_both(journal, family):
    leo = family["leo"].id
    summary = build_summary(journal, select(
        ticked=frozenset({f"child-name:{leo}", f"child-age:{leo}"}), one_page=True,
        second_lang="es", know="Dormimos poco"))
    child = next(s for s in summary.sections if s.key == "child")
    assert child.blocks[0].items == (
        "Name: Leo · Age: 17 months / Nombre: Leo · Edad: 17 meses",)
    assert summary.text().count("Dormimos poco") == 1


def test_the_web_page_copy_marks_the_second_language_on_headings_only(journal, family):
    from journal.summary.html import render_html

    ticked = frozenset({f"strength:{family['calm'].id}", f"entry:{family['repair'].id}"})
    html = render_html(build_summary(journal, select(
        ticked=ticked, lang="en", second_lang="es", know="We / they"))).decode()
    assert 'Strengths we noticed / <span lang="es">Fortalezas que notamos</span>' in html
    assert '<html lang="en">' in html
    assert ('When we wrote down a moment, we could mark the strengths we saw in it. These '
            'are the ones we chose to share.<br><span lang="es">Cuando anotamos') in html
    assert "We / they" in html and 'We / <span' not in html  # the family's words: as typed
    from test_summary_html import check_structure

    found = check_structure(html.encode(), "en", chart=False)  # headings in order, lang last
    assert ("es", "Fortalezas que notamos") in found.langs
    one = render_html(build_summary(journal, select(ticked=ticked, lang="en"))).decode()
    assert '<span lang="es">' not in one


def test_the_quick_line_is_captioned_as_the_form_asked_it(journal, family):
    """The form asks "What happened?" for the one line a moment needs, and keeps the
    answer in `child_did`; the summary must caption it with the same question, not
    "What my child did" (it is often what we did together)."""
    summary = build_summary(journal, select(ticked=frozenset(
        {f"entry:{family['connection'].id}"})))
    (moment,) = [b for s in summary.sections for b in s.blocks if isinstance(b, Moment)]
    assert moment.fields[0] == ("What happened", "He babbled")
