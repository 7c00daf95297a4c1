"""The summary model: candidates for the wizard, and exactly what was ticked in the summary."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from test_summary_data import END, START, make_typical, typical_selection

from journal import Entry, InvalidInput, Person, StrengthMark
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
    assert summary.shared_by == "Shared by our family on December 1, 2026"
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
    words = next(s for s in summary.sections if s.key == "words")
    assert words.blocks[1].text == "We are doing our best.\nEvery day."
    questions = next(s for s in summary.sections if s.key == "questions")
    assert questions.blocks[0].items == ("How do we handle goodbyes?", "Sleep?")


def test_entry_details_read_naturally_in_spanish(journal, small):
    ticked = frozenset({f"entry:{small['ids']['SHARE-CONNECTION']}",
                        f"strength:{small['calm'].id}", REPAIR_COUNT_KEY})
    summary = build_summary(journal, select(ticked=ticked, lang="es"))
    text = summary.text()
    assert "Fortalezas que notamos" in text
    assert "Mantuve la calma: en 6 momentos" in text
    assert "Volvimos a encontrarnos 2 veces en estas 5 semanas." in text
    assert "Muchas idas y vueltas" in text
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
    assert [s.key for s in summary.sections] == ["strengths", "connection", "repair",
                                                 "village", "words", "questions", "about"]
    assert START < END
