"""Search: safe for any text, accent-blind, prefix-aware, filtered, with marked snippets."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import Entry, Person
from journal.records.models import Filters
from journal.records.search import match_expression


@pytest.fixture
def filled(journal):
    leo = journal.add_person(Person("child", "Leo"))
    texts = [
        ("connection", 1, {"child_did": "José babbled at the window", "i_did": "I babbled back"}),
        ("connection", 5, {"child_did": "El niño se rió en el baño", "i_did": "canté"}),
        ("repair", 9, {"pulled_apart": "Things got loud at bedtime",
                       "reconnected": "We rocked together"}),
        ("reflection", 12, {"body": "Grandma read the bedtime story"}),
    ]
    ids = [journal.add_entry(Entry(kind, datetime(2026, 11, day, 19), text,
                                   people=[leo.id] if day == 9 else [])).id
           for kind, day, text in texts]
    return journal, ids, leo


def hits(journal, text, **filters):
    return [h.entry_id for h in journal.search(text, Filters(**filters))]


def test_accents_are_ignored_both_ways(filled):
    journal, ids, _ = filled
    assert hits(journal, "jose") == [ids[0]]
    assert hits(journal, "JOSÉ") == [ids[0]]
    assert hits(journal, "nino") == [ids[1]]
    assert hits(journal, "cante") == [ids[1]]


def test_prefix_matching_for_type_ahead(filled):
    journal, ids, _ = filled
    assert set(hits(journal, "bed")) == {ids[2], ids[3]}
    assert hits(journal, "babb") == [ids[0]]
    assert hits(journal, "rocked tog") == [ids[2]]
    assert hits(journal, "rocked zebra") == []


def test_people_names_are_searchable(filled):
    journal, ids, _ = filled
    assert hits(journal, "leo") == [ids[2]]


def test_filters_apply_to_search(filled):
    journal, ids, leo = filled
    assert hits(journal, "bedtime", kinds=("reflection",)) == [ids[3]]
    assert hits(journal, "bedtime", person_id=leo.id) == [ids[2]]
    assert hits(journal, "bedtime", start=date(2026, 11, 10)) == [ids[3]]


def test_snippet_marks_the_matches(filled):
    journal, ids, _ = filled
    (hit,) = journal.search("window")
    assert ("window", True) in hit.snippet
    assert "José babbled at the" in hit.snippet_text
    assert hit.kind == "connection" and hit.happened_at == datetime(2026, 11, 1, 19)


def test_snippet_sets_each_part_apart(filled):
    """The caregiver's fields, the names and the tags are set apart with a dot: a name
    is never read as the end of the sentence before it."""
    journal, ids, _ = filled
    (hit,) = journal.search("loud")
    assert hit.snippet_text == "Things got loud at bedtime · We rocked together · Leo"
    (hit,) = journal.search("leo")
    assert hit.snippet_text.endswith("rocked together · Leo")
    from journal.records.search import _Marker, _snippet

    (only,) = _snippet("\U0001F642\n\U0001F388", _Marker({"x"}, None))  # no words at all
    assert only == ("\U0001F642 · \U0001F388", False)


def test_better_matches_rank_first(journal):
    weak = journal.add_entry(Entry("reflection", datetime(2026, 11, 2), {
        "body": "A long afternoon of errands and naps and one small song in the car " * 5}))
    strong = journal.add_entry(Entry("reflection", datetime(2026, 11, 1), {"body": "song song"}))
    assert hits(journal, "song") == [strong.id, weak.id]


@pytest.mark.parametrize("text", [
    '"', '""', "'", "AND", "OR", "NOT", "NEAR(", "a NEAR(b", "*", "**", ":", "text:",
    "-", "- bed", "(", ")", "((bed", "bed)", "^bed", "{a b}", "🙂", "👶🏽 bed", "\x00",
    "a" * 10_000, "bed " * 2_500, "ὈΔΥΣΣΕΎΣ", "عربى", "\u202ebed", "e\u0301", "",
])
def test_odd_text_never_raises(filled, text):
    journal, _, _ = filled
    assert isinstance(journal.search(text), list)


def test_operators_are_plain_words(filled):
    journal, ids, _ = filled
    assert hits(journal, "bedtime OR window") == []
    assert hits(journal, "window AND") == []
    assert match_expression('say "hi" NOT') == '"say" "hi" "not" *'  # folded, quoted


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_search_never_raises_on_any_text(filled, text):
    journal, _, _ = filled
    assert isinstance(journal.search(text), list)


def test_equal_matches_come_newest_first_whatever_order_they_were_written(journal):
    days = [18, 20, 19]
    ids = {day: journal.add_entry(Entry("connection", datetime(2026, 11, day, 9),
                                        {"child_did": "Pointed at the dog"})).id for day in days}
    assert hits(journal, "dog") == [ids[20], ids[19], ids[18]]
