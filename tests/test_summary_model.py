"""The summary model: candidates for the wizard, and exactly what was ticked in the summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from test_summary_data import END, START, make_typical, typical_selection

from journal import Entry, InvalidInput, Person, StrengthMark
from journal.records.models import Filters
from journal.summary.build import (
    CHART_KEY,
    REPAIR_COUNT_KEY,
    Selection,
    SummaryCancelled,
    build_summary,
    candidates,
    suggested,
)

DAY = date(2026, 11, 10)


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 11, day, hour, 0)


@pytest.fixture
def small(journal):
    """Two of each kind: one marked OK to share (words SHARE-*), one not (words SECRET-*)."""
    calm = journal.strengths()[0]
    rosa = journal.add_person(Person("village", "Abuela Rosa", how_they_help="SECRET-SOUP"))
    ids = {}
    for n, kind in enumerate(("connection", "repair", "reflection")):
        field = {"connection": "child_did", "repair": "pulled_apart", "reflection": "body"}[kind]
        for share in (True, False):
            word = f"{'SHARE' if share else 'SECRET'}-{kind.upper()}"
            entry = journal.add_entry(Entry(
                kind, at(3 + n, 8 + share), {field: word},
                strengths=[StrengthMark(calm.id)], ok_to_share=share,
                back_and_forths="many" if kind == "connection" else None))
            ids[word] = entry.id
    return {"ids": ids, "rosa": rosa, "calm": calm}


def select(**kw) -> Selection:
    base = dict(start=date(2026, 11, 1), end=date(2026, 11, 30), ticked=frozenset(),
                shared_on=date(2026, 12, 1))
    base.update(kw)
    return Selection(**base)


def test_candidates_are_grouped_by_section_with_the_share_flag(journal, small):
    sections = candidates(journal, date(2026, 11, 1), date(2026, 11, 30), "en")
    assert [s.key for s in sections] == ["strengths", "connection", "repair", "village",
                                        "words"]
    by_key = {item.key: item for s in sections for item in s.items}
    assert by_key[f"entry:{small['ids']['SHARE-REPAIR']}"].ok_to_share is True
    assert by_key[f"entry:{small['ids']['SECRET-REPAIR']}"].ok_to_share is False
    assert by_key[f"person:{small['rosa'].id}"].ok_to_share is False  # names: ask first
    assert by_key[CHART_KEY].label == "We wrote down 2 moments of connection in these 5 weeks."
    assert by_key[REPAIR_COUNT_KEY].ok_to_share is True
    assert "SECRET-SOUP" in by_key[f"person:{small['rosa'].id}"].detail
    assert suggested(sections) == {k for k, item in by_key.items() if item.ok_to_share}


def test_nothing_unticked_reaches_the_summary(journal, small):
    ticked = frozenset({f"entry:{small['ids'][w]}" for w in
                        ("SHARE-CONNECTION", "SHARE-REPAIR", "SHARE-REFLECTION")})
    text = build_summary(journal, select(ticked=ticked)).text()
    for word in ("SHARE-CONNECTION", "SHARE-REPAIR", "SHARE-REFLECTION"):
        assert word in text
    assert "SECRET" not in text
    assert "Abuela Rosa" not in text  # people only when ticked
    assert "Strengths we noticed" not in text  # counts only when ticked
    assert "We found our way back" not in text


def test_counts_and_village_appear_only_when_ticked(journal, small):
    ticked = frozenset({CHART_KEY, REPAIR_COUNT_KEY, f"strength:{small['calm'].id}",
                        f"person:{small['rosa'].id}"})
    summary = build_summary(journal, select(ticked=ticked))
    text = summary.text()
    assert "Stayed calm: in 6 moments" in text
    assert "We found our way back to each other 2 times in these 5 weeks." in text
    assert "We wrote down 2 moments of connection" in text
    assert "Abuela Rosa" in text and "SECRET-SOUP" in text  # ticked: their words go along
    assert "SECRET-" + "CONNECTION" not in text  # the counts carry no words
    assert [s.key for s in summary.sections] == ["strengths", "connection", "repair",
                                                 "village", "about"]


def test_empty_sections_are_left_out_and_cover_says_the_family_chose(journal):
    summary = build_summary(journal, select(name=""))
    assert [s.key for s in summary.sections] == ["about"]
    assert summary.name == "Our family"
    assert summary.shared_by == "Shared on December 1, 2026"  # no sharer named: only the day
    assert summary.chose == "The family chose everything in this summary, one item at a time."


def test_ticked_entries_outside_the_dates_or_in_the_trash_stay_out(journal):
    late = journal.add_entry(Entry("reflection", datetime(2027, 1, 5, 9), {"body": "LATE"}))
    gone = journal.add_entry(Entry("reflection", at(5), {"body": "GONE"}))
    journal.delete_entry(gone.id)
    text = build_summary(journal, select(ticked=frozenset(
        {f"entry:{late.id}", f"entry:{gone.id}", "entry:999", "nonsense", "entry:x"}))).text()
    assert "LATE" not in text and "GONE" not in text


def test_note_questions_and_names_are_the_caregivers_words(journal, small):
    summary = build_summary(journal, select(
        name="Nguye\u0302\u0303n Thị Ánh and Leo", know="We are doing our best.\nEvery day.",
        questions=("How do we handle goodbyes?", "  ", "Sleep?"), lang="en"))
    assert summary.name == "Nguyễn Thị Ánh and Leo"  # NFC: one character per letter
    agenda = summary.sections[0]  # page 1 opens with what the family wants to talk about
    assert agenda.key == "agenda" and agenda.heading == "What we would like to talk about"
    assert agenda.blocks[1].text == "We are doing our best.\nEvery day."
    assert agenda.blocks[3].items == ("How do we handle goodbyes?", "Sleep?")


def test_entry_details_read_naturally_in_spanish(journal, small):
    ticked = frozenset({f"entry:{small['ids']['SHARE-CONNECTION']}",
                        f"strength:{small['calm'].id}", REPAIR_COUNT_KEY})
    summary = build_summary(journal, select(ticked=ticked, lang="es"))
    text = summary.text()
    assert "Fortalezas que notamos" in text
    assert "Mantuve la calma: en 6 momentos" in text
    assert "Volvimos a encontrarnos 2 veces en estas 5 semanas." in text
    assert "Nos respondimos muchas veces" in text
    assert "Martes 3 de noviembre" in text
    assert summary.dates == "Del 1 de noviembre de 2026 al 30 de noviembre de 2026"


def test_one_is_said_in_words(journal):
    journal.add_entry(Entry("repair", at(4), {"pulled_apart": "loud"}))
    summary = build_summary(journal, select(ticked=frozenset({REPAIR_COUNT_KEY}),
                                            start=DAY.replace(day=2), end=DAY.replace(day=8)))
    assert "We found our way back to each other once in this week." in summary.text()


def test_bad_dates_and_long_names_get_a_clear_message(journal):
    with pytest.raises(InvalidInput, match="before the start"):
        candidates(journal, date(2026, 11, 30), date(2026, 11, 1))
    with pytest.raises(InvalidInput, match="too long"):
        build_summary(journal, select(name="x" * 500))


def test_progress_is_reported_and_cancel_stops(journal, small):
    seen = []
    build_summary(journal, select(), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4) and len(seen) >= 3
    with pytest.raises(SummaryCancelled):
        build_summary(journal, select(), cancelled=lambda: True)


def test_summary_words_follow_the_language_rules(journal):
    find_avoided = pytest.importorskip("prompts.language_rules").find_avoided
    make_typical(journal)
    for lang in ("en", "es"):
        selection = typical_selection(journal, lang)
        text = build_summary(journal, selection).text()
        assert find_avoided(text, lang) == [], lang
    # and the typical selection really covers every section
    summary = build_summary(journal, typical_selection(journal, "en"))
    assert [s.key for s in summary.sections] == ["agenda", "child", "strengths", "connection",
                                                 "repair", "village", "words", "about"]
    assert START < END


@pytest.fixture
def village_of_three(journal):
    """The caregiver who writes, another caregiver, and a grandmother."""
    lucia = journal.add_person(Person("caregiver", "Lucía"))
    journal.add_person(Person("child", "Mia", "2026-02"))
    papa = journal.add_person(Person("caregiver", "Papá Tomás", how_they_help="Bath time"))
    abuela = journal.add_person(Person("village", "Abuela Rosa", how_they_help="Sunday soup"))
    return lucia, papa, abuela


def test_the_caregiver_who_writes_is_not_in_our_village(journal, village_of_three):
    lucia, papa, abuela = village_of_three
    sections = {s.key: s for s in candidates(journal, date(2026, 11, 1), date(2026, 11, 30))}
    assert [c.label for c in sections["village"].items] == ["Papá Tomás", "Abuela Rosa"]
    everyone = frozenset(f"person:{p.id}" for p in (lucia, papa, abuela))
    summary = build_summary(journal, select(ticked=everyone))
    village = next(s for s in summary.sections if s.key == "village")
    assert village.blocks[1].items == (("Papá Tomás", "Bath time"),
                                       ("Abuela Rosa", "Sunday soup"))
    assert "Lucía" not in summary.text()


def test_shared_by_names_the_sharers_never_the_child(journal, village_of_three):
    from journal.summary.build import default_sharer
    assert default_sharer(journal) == "Lucía"
    summary = build_summary(journal, select(name="Lucía and Mia",
                                            shared_by=default_sharer(journal)))
    assert summary.name == "Lucía and Mia"  # the cover name is the family's choice
    assert summary.shared_by == "Shared by Lucía on December 1, 2026"
    assert "Mia" not in summary.shared_by
    spanish = build_summary(journal, select(shared_by="Lucía y Tomás", lang="es"))
    assert spanish.shared_by == "Compartido por Lucía y Tomás el 1 de diciembre de 2026"


def test_chart_weeks_start_on_the_first_day_and_match_the_sentence(journal):
    make_typical(journal)  # November 1 to January 29: 90 days, 12 weeks and 6 days
    summary = build_summary(journal, select(start=START, end=END,
                                            ticked=frozenset({CHART_KEY})))
    connection = next(s for s in summary.sections if s.key == "connection")
    line, chart = connection.blocks[0].text, connection.blocks[1]
    assert len(chart.weeks) == 13 and "13 weeks" in line  # as many bars as weeks said
    assert chart.weeks[0][0] == START and chart.labels[0] == "Nov 1"
    assert chart.days == (7,) * 12 + (6,)
    assert chart.note == "The last bar is lighter: it counts only 6 days."
    total = journal.count_entries(Filters(start=START, end=END, kinds=("connection",)))
    assert sum(n for _, n in chart.weeks) == total and f"down {total} moments" in line
    whole = build_summary(journal, select(start=START, end=START + timedelta(days=27),
                                          ticked=frozenset({CHART_KEY})))
    chart = next(s for s in whole.sections if s.key == "connection").blocks[1]
    assert len(chart.weeks) == 4 and chart.note == ""  # whole weeks: nothing to explain
    spanish = build_summary(journal, select(start=START, end=END, lang="es",
                                            ticked=frozenset({CHART_KEY})))
    chart = next(s for s in spanish.sections if s.key == "connection").blocks[1]
    assert (chart.week_header, chart.count_header) == ("Semana", "Momentos")  # no "Semana del"
    assert chart.note == "La última barra es más clara: cuenta solo 6 días."


def test_spanish_feelings_are_whole_sentences_without_slashes(journal):
    calm, gentle = journal.strengths("es")[0], journal.strengths("es")[1]
    ids = []
    for n, feeling in enumerate(("close", "tired", "proud", "relieved", "silly", "calm")):
        ids.append(journal.add_entry(Entry(
            "connection", at(3 + n), {"child_did": "sonrió"}, feeling=feeling,
            strengths=[StrengthMark(calm.id), StrengthMark(gentle.id)])).id)
    summary = build_summary(journal, select(
        ticked=frozenset(f"entry:{i}" for i in ids), lang="es"))
    notes = " · ".join(n for s in summary.sections for b in s.blocks
                       for n in getattr(b, "notes", ()))
    for sentence in ("Nos sentimos unidos", "Sentí cansancio", "Sentí orgullo",
                     "Sentí alivio", "Tuve ganas de jugar", "Me sentí en calma"):
        assert sentence in notes
    assert "/" not in notes and "cerca" not in notes.lower()
    assert "Fortalezas que noté: Mantuve la calma, un toque suave" in notes
    english = build_summary(journal, select(ticked=frozenset({f"entry:{ids[1]}"})))
    assert {"How I felt: tired", "Strengths I noticed: Stayed calm, gentle touch"} <= set(
        english.strings())


def test_words_in_another_language_are_marked_with_it(journal):
    es = journal.add_entry(Entry("reflection", at(3), {"body": "Hoy se rió mucho."},
                                 lang="es"))
    en = journal.add_entry(Entry("reflection", at(4), {"body": "She laughed a lot."},
                                 lang="en"))
    old = journal.add_entry(Entry("reflection", at(5), {"body": "Written before."}))
    summary = build_summary(journal, select(
        ticked=frozenset(f"entry:{e.id}" for e in (es, en, old)), know="Vamos bien.",
        questions=("¿Y el sueño?",), words_lang="es"))
    words = next(s for s in summary.sections if s.key == "words")
    moments = [b for b in words.blocks if type(b).__name__ == "Moment"]
    assert [m.lang for m in moments] == ["es", None, None]
    agenda = next(s for s in summary.sections if s.key == "agenda")
    assert agenda.blocks[1].lang == "es"  # the note, typed while the app was in Spanish
    assert agenda.blocks[3].lang == "es"  # and the questions
    spanish = build_summary(journal, select(ticked=frozenset({f"entry:{es.id}"}), lang="es"))
    assert next(s for s in spanish.sections if s.key == "words").blocks[0].lang is None


def test_strengths_are_grouped_by_steps_and_protective_factors(journal):
    by_key = {s.key: s for s in journal.strengths("en")}
    own = journal.add_own_strength("Sang our song")  # the caregiver's own, no factor
    marks = {"SHOWN-1": ["noticed_cue", "gave_comfort"], "SHOWN-2": ["took_a_breath"],
             "HIDDEN-3": ["gave_comfort", "warm_voice"], "SHOWN-4": ["named_feelings"]}
    ids = {}
    for n, (words, keys) in enumerate(marks.items()):
        strengths = [StrengthMark(by_key[k].id) for k in keys]
        if words == "SHOWN-4":
            strengths.append(StrengthMark(own.id))
        ids[words] = journal.add_entry(Entry("connection", at(3 + n), {"child_did": words},
                                             strengths=strengths)).id
    ticked = frozenset({f"strength:{s.id}" for s in journal.strengths("en")}
                       | {f"entry:{ids[w]}" for w in ids if w.startswith("SHOWN")})
    section = build_summary(journal, select(ticked=ticked)).sections[0]
    kinds = [type(b).__name__ for b in section.blocks]
    assert kinds == ["Text", "Subheading", "Text", "StrengthGroup", "StrengthGroup",
                     "StrengthGroup", "Subheading", "Text", "StrengthGroup", "Subheading",
                     "Bullets"]
    groups = {b.title: b for b in section.blocks if type(b).__name__ == "StrengthGroup"}
    assert list(groups) == ["Noticing what my child shows", "Answering with warmth",
                            "Putting things into words", "Staying steady on hard days"]
    warmth = groups["Answering with warmth"]
    assert warmth.items == ("Gave comfort: in 2 moments", "Warm voice: in one moment")
    assert warmth.count == "in 2 moments" and warmth.framework == "Support and encourage"
    assert "HIDDEN" not in section_text(section)  # examples only from ticked moments
    assert groups["Noticing what my child shows"].example == 'For example: \u201cSHOWN-1\u201d'
    assert warmth.example == ""  # its only moment is quoted above: each quote once
    assert groups["Putting things into words"].example == 'For example: \u201cSHOWN-4\u201d'
    assert groups["Staying steady on hard days"].example == 'For example: \u201cSHOWN-2\u201d'
    assert section.blocks[-1].items == ("Sang our song: in one moment",)
    assert section.blocks[2].text == "The serve-and-return steps"  # the framework, small
    every = [item for b in section.blocks for item in getattr(b, "items", ())]
    assert len(every) == len(set(every)) == 6  # each marked strength, once


def test_each_quote_is_shown_once_under_the_first_group_it_fits(journal):
    """One moment marked with strengths of three groups is quoted once, under the first;
    a group with a moment of its own still quotes that one."""
    by_key = {s.key: s for s in journal.strengths("en")}
    both = journal.add_entry(Entry("connection", at(3), {"child_did": "ONLY-QUOTE"}, strengths=[
        StrengthMark(by_key[k].id) for k in ("noticed_cue", "gave_comfort", "took_a_breath")]))
    own = journal.add_entry(Entry("connection", at(4), {"child_did": "STEADY-QUOTE"},
                                  strengths=[StrengthMark(by_key["took_a_breath"].id)]))
    ticked = frozenset({f"strength:{s.id}" for s in journal.strengths("en")}
                       | {f"entry:{both.id}", f"entry:{own.id}"})
    for lang in ("en", "es"):
        summary = build_summary(journal, select(ticked=ticked, lang=lang))
        section = next(s for s in summary.sections if s.key == "strengths")
        examples = [b.example for b in section.blocks if type(b).__name__ == "StrengthGroup"]
        assert [e for e in examples if "ONLY-QUOTE" in e] == [examples[0]], examples
        assert sum("STEADY-QUOTE" in e for e in examples) == 1, examples
        assert len([e for e in examples if e]) == len({e for e in examples if e})


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_chart_says_no_busiest_week(journal, lang):
    """ERH.md: no scores. "The most in one week was 8" invites comparing weeks."""
    make_typical(journal)
    summary = build_summary(journal, select(start=START, end=END, lang=lang,
                                            ticked=frozenset({CHART_KEY})))
    chart = next(s for s in summary.sections if s.key == "connection").blocks[1]
    assert chart.description  # still says what the chart shows, for a screen reader
    for compare in ("most in one week", "The most", "con más", "más tuvo"):
        assert compare not in chart.description and compare not in summary.text()


def section_text(section) -> str:
    from journal.summary.model import Summary
    return Summary("en", "", "", "", "", "", (section,)).text()
