"""Odd input: every text field stores and returns any text exactly, or refuses it with a
clear message and saves nothing. Key files that are not ours are refused, never crash."""

from __future__ import annotations

import contextlib
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import Entry, InvalidInput, KeyFileDamaged, Person
from journal.records.models import TEXT_FIELDS
from journal.vault import keyfile

ODD = [
    "", " ", "\x00", "a\x00b", "\x01\x02\x1b[31m", "\r\n\t", "\u202eevil\u202c", "שָׁלוֹם",
    "مرحبا", "e\u0301\u0301\u0301", "👩🏽‍🍼👶🏻", "\ufeff", "\uffff", "𝔘𝔫𝔦", "' OR 1=1 --",
    '"; DROP TABLE entries; --', "NEAR(a b)", "x" * 100_000,
]
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _round_trip(journal, kind: str, field: str, text: str) -> None:
    before = journal.count_entries()
    entry = Entry(kind, datetime(2026, 11, 1, 8), {field: text})
    try:
        saved = journal.add_entry(entry)
    except InvalidInput as refused:
        assert str(refused) and journal.count_entries() == before
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in text)  # only lone surrogates
        return
    assert journal.get_entry(saved.id).text[field] == text
    journal.search(text[:200])  # never raises


@pytest.mark.parametrize("text", ODD)
def test_odd_text_in_every_field_round_trips(journal, text):
    for kind, fields in TEXT_FIELDS.items():
        for field in fields:
            _round_trip(journal, kind, field, text)


@SETTINGS
@given(text=st.text(st.characters(codec=None), max_size=300),
       field=st.sampled_from([(k, f) for k, fs in TEXT_FIELDS.items() for f in fs]))
def test_any_text_round_trips_or_is_refused_clearly(journal, text, field):
    _round_trip(journal, field[0], field[1], text)


def test_lone_surrogates_are_refused_with_a_message(journal):
    with pytest.raises(InvalidInput, match="can't be saved"):
        journal.add_entry(Entry("reflection", datetime(2026, 11, 1), {"body": "a\udc80b"}))
    with pytest.raises(InvalidInput, match="can't be saved"):
        journal.add_person(Person("child", "Le\ud83do"))
    with pytest.raises(InvalidInput, match="can't be saved"):
        journal.save_draft("today", "\udfff")
    assert journal.count_entries() == 0 and journal.list_people() == []
    assert journal.load_draft("today") is None


@SETTINGS
@given(name=st.text(max_size=80), note=st.text(max_size=300), draft=st.text(max_size=300))
def test_people_and_drafts_take_any_text(journal, name, note, draft):
    try:
        person = journal.add_person(Person("village", name, how_they_help=note))
    except InvalidInput as refused:
        assert str(refused)
        assert not name.strip() or any(0xD800 <= ord(c) <= 0xDFFF for c in name + note)
    else:
        got = journal.get_person(person.id)
        assert (got.nickname, got.how_they_help) == (name.strip(), note)
    try:
        journal.save_draft("k", draft)
    except InvalidInput:
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in draft)
    else:
        assert journal.load_draft("k") == draft


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=2000))
def test_key_file_parser_never_crashes_on_bytes(raw):
    with contextlib.suppress(KeyFileDamaged):
        keyfile.KeyFile.from_bytes(raw)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                               max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(current=json_values, journal_id=json_values)
def test_key_file_parser_never_crashes_on_odd_json(current, journal_id):
    import json

    raw = json.dumps({"format": "small-moments-key", "version": 1, "journal_id": journal_id,
                      "current": current}).encode()
    with pytest.raises(KeyFileDamaged):
        keyfile.KeyFile.from_bytes(raw)


# -- importers ----------------------------------------------------------------------

def _nothing_added(journal) -> bool:
    return journal.count_entries() == 0 and journal.list_people() == [] \
        and journal.drafts() == {}


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=3000))
def test_importing_any_bytes_never_crashes(journal, raw):
    from journal.transfer.importers import import_file

    try:
        import_file(journal, raw)
    except InvalidInput as refused:
        assert str(refused) and _nothing_added(journal)


jrnl_entry = st.fixed_dictionaries(
    {"date": st.one_of(st.just("2024-01-31"), st.text(max_size=12)),
     "time": st.one_of(st.just("21:14"), st.text(max_size=6)),
     "title": st.text(max_size=60), "body": st.text(max_size=200)},
    optional={"starred": st.booleans(), "tags": st.lists(st.text(max_size=8), max_size=3)})


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(jrnl_entry, max_size=5))
def test_jrnl_imports_are_all_or_nothing(journal, entries):
    import json

    from journal.transfer.importers import import_file

    before = journal.count_entries()
    raw = json.dumps({"tags": {}, "entries": entries}).encode("utf-8", "surrogatepass")
    try:
        result = import_file(journal, raw)
    except InvalidInput as refused:
        assert str(refused) and journal.count_entries() == before
    else:
        assert result.entries + result.skipped == len(entries)  # empty ones are skipped
        assert journal.count_entries() == before + result.entries


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=json_values)
def test_importing_odd_json_shapes_never_crashes(journal, doc):
    import json

    from journal.transfer.importers import import_file

    for wrapped in (doc, {"format": "small-moments-export", "version": 1, "entries": doc},
                    {"entries": doc, "tags": {}}):
        before = journal.count_entries()
        try:
            result = import_file(journal, json.dumps(wrapped).encode())
        except InvalidInput as refused:
            assert str(refused) and journal.count_entries() == before
        else:
            assert journal.count_entries() == before + result.entries
