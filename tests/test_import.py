"""Imports: our own JSON (a round trip loses nothing) and jrnl's JSON; bad files add nothing."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from test_export import fill

from journal import Entry, InvalidInput
from journal.transfer.export import export_data, export_json
from journal.transfer.importers import JRNL, OURS, detect, import_file, import_jrnl, import_ours


def without_ids(data: dict) -> dict:
    """The export with ids replaced by what they point at, and the export time dropped."""
    people = {p["id"]: p["nickname"] for p in data["people"]}
    strengths = {s["id"]: s["key"] or s["label"] for s in data["strengths"]}
    out = dict(data, exported_at=None)
    out["people"] = [dict(p, id=None) for p in data["people"]]
    out["strengths"] = sorted((s["key"] or "", s["label"]) for s in data["strengths"])
    out["entries"] = [dict(e, id=None, people=[people[p] for p in e["people"]],
                           strengths=[(strengths[m["strength"]], m["whose"])
                                      for m in e["strengths"]]) for e in data["entries"]]
    return out


def test_round_trip_through_a_fresh_journal_loses_nothing(journal, fresh):
    fill(journal)
    first = export_data(journal)
    result = import_file(fresh, export_json(journal))
    assert (result.kind, result.entries, result.people, result.strengths) == (OURS, 2, 3, 1)
    again = export_data(fresh)
    assert without_ids(again) == without_ids(first)
    assert fresh.search("Ελένη")  # the search index knows the imported words
    assert [p.nickname for p in fresh.people_in_trash()] == ["Old neighbour"]


def test_importing_twice_adds_again_and_keeps_existing_drafts(journal, fresh):
    fill(journal)
    fresh.save_draft("entry:new", "mine")
    import_ours(fresh, export_json(journal))
    import_ours(fresh, export_json(journal))
    assert fresh.count_entries() == 4
    assert fresh.load_draft("entry:new") == "mine"


JRNL_SAMPLE = {
    "tags": {"@leo": 2},
    "entries": [
        {"title": "First bath at home with @leo.", "body": "He kicked and splashed.\nI laughed.",
         "date": "2024-01-31", "time": "21:14", "starred": False, "tags": ["@leo"]},
        {"title": "Slept four hours in a row!", "body": "", "date": "2024-02-01",
         "time": "06:05", "starred": True, "tags": []},
        {"title": "", "body": "", "date": "2024-02-02", "time": "07:00", "starred": False,
         "tags": []},
        {"title": "Walk to the park with @leo.", "body": "", "date": "2024-02-03",
         "starred": False, "tags": ["@leo"]},
    ],
}


def test_jrnl_entries_become_reflections(journal):
    assert detect(json.dumps(JRNL_SAMPLE).encode()) == JRNL
    result = import_jrnl(journal, json.dumps(JRNL_SAMPLE).encode())
    assert (result.kind, result.entries, result.skipped) == (JRNL, 3, 1)
    found = {e.happened_at: e for e in journal.list_entries().entries}
    first = found[datetime(2024, 1, 31, 21, 14)]
    assert first.kind == "reflection"
    assert first.text["body"] == (
        "First bath at home with @leo.\nHe kicked and splashed.\nI laughed.")
    starred = found[datetime(2024, 2, 1, 6, 5)]
    assert starred.ok_to_share is False  # a star never means "OK to share"
    assert datetime(2024, 2, 3, 12, 0) in found  # no time: midday


@pytest.mark.parametrize("data, message", [
    (b"not json at all", "isn't a JSON file"),
    (b"[1, 2, 3]", "isn't a Small Moments export or a jrnl"),
    ({"entries": [{"title": "ok", "date": "2024-01-01"}, {"title": "x", "date": "31/01/2024"}]},
     "entry 2 has a date we can't read"),
    ({"entries": [{"title": "ok", "date": "2024-01-01", "time": "25:99"}]},
     "entry 1 has a time we can't read"),
    ({"entries": [{"title": 5, "date": "2024-01-01"}]}, "entry 1 has a 'title'"),
    ({"format": "small-moments-export", "schema_version": 99}, "newer version"),
])
def test_bad_files_give_a_clear_message_and_add_nothing(journal, data, message):
    journal.add_entry(Entry("reflection", datetime(2026, 11, 1, 9), {"body": "x"}))
    with pytest.raises(InvalidInput, match=message) as caught:
        import_file(journal, data)
    assert "Nothing was added" in str(caught.value)
    assert journal.count_entries() == 1


def test_a_bad_entry_deep_in_our_export_adds_nothing_at_all(journal, fresh):
    fill(journal)
    data = export_data(journal)
    data["entries"][1]["kind"] = "diary"  # caught when saving, inside the one transaction
    with pytest.raises(InvalidInput):
        import_ours(fresh, data)
    assert fresh.count_entries() == 0 and fresh.list_people() == []
    assert fresh.prompt_history() == [] and fresh.drafts() == {}
    assert [s for s in fresh.strengths() if s.own] == []
    data = export_data(journal)
    data["entries"][0]["people"] = [12345]
    with pytest.raises(InvalidInput, match="entry 1 names a person or strength"):
        import_ours(fresh, data)
    assert fresh.count_entries() == 0



def test_add_records_refuses_a_reference_past_the_new_people(fresh):
    from journal import Person

    entry = Entry("connection", datetime(2026, 11, 3, 9), {"child_did": "smiled"}, people=[-2])
    with pytest.raises(InvalidInput, match="isn't there"):
        fresh.add_records([Person("child", "Leo")], [], [entry])
    assert fresh.list_people() == [] and fresh.count_entries() == 0
    entry.people = [-1]
    fresh.add_records([Person("child", "Leo")], [("Sang", None)], [entry])
    assert [p.nickname for p in fresh.list_people()] == ["Leo"]
