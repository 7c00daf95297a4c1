"""The caregiver's own exports: JSON with a schema version, and readable Markdown."""

from __future__ import annotations

import json
from datetime import date, datetime

from journal import Entry, Person, StrengthMark
from journal.transfer.export import (
    EXPORT_WARNING,
    FORMAT,
    SCHEMA_VERSION,
    export_data,
    export_json,
    export_markdown,
    md_escape,
)


def fill(journal) -> dict:
    leo = journal.add_person(Person("child", "Leo", "2025-06"))
    rosa = journal.add_person(Person("village", "Abuela Rosa", how_they_help="Sunday soup"))
    gone = journal.add_person(Person("village", "Old neighbour"))
    own = journal.add_own_strength("Sang the silly song", "resilience")
    calm = journal.strengths()[0]
    first = journal.add_entry(Entry(
        "connection", datetime(2026, 11, 3, 8, 30),
        {"child_did": "Reached for my face", "i_did": "# I smiled", "how_it_ended": "Calm"},
        people=[leo.id, gone.id], strengths=[StrengthMark(calm.id), StrengthMark(own.id, "child")],
        routine="bath", feeling="close", back_and_forths="many", ok_to_share=True))
    journal.add_entry(Entry("reflection", datetime(2026, 11, 4, 21), {"body": "Ελένη came by"},
                            prompt_id="ref-1", prompt_text="Who helped today?"))
    trashed = journal.add_entry(Entry("repair", datetime(2026, 11, 5), {"remember": "TRASHED"}))
    journal.delete_entry(trashed.id)
    journal.delete_person(gone.id)
    journal.record_prompt(date(2026, 11, 4), "ref-1", "answered")
    journal.save_draft("entry:new", "half a thought")
    return {"leo": leo, "rosa": rosa, "gone": gone, "own": own, "first": first}


def test_json_export_has_a_schema_version_and_everything_but_the_trash(journal):
    made = fill(journal)
    data = json.loads(export_json(journal))
    assert data["format"] == FORMAT and data["schema_version"] == SCHEMA_VERSION == 1
    assert [p["nickname"] for p in data["people"]] == ["Leo", "Abuela Rosa", "Old neighbour"]
    assert data["people"][2]["in_trash"] is True  # kept: an entry still names them
    assert [e["kind"] for e in data["entries"]] == ["connection", "reflection"]
    first = data["entries"][0]
    assert first["text"]["i_did"] == "# I smiled"
    assert first["people"] == [made["leo"].id, made["gone"].id]
    assert {"strength": made["own"].id, "whose": "child"} in first["strengths"]
    own = next(s for s in data["strengths"] if s["id"] == made["own"].id)
    assert own == {"id": made["own"].id, "key": None, "label": "Sang the silly song",
                   "factor": "resilience"}
    assert data["prompt_history"] == [{"day": "2026-11-04", "prompt_id": "ref-1",
                                       "status": "answered"}]
    assert data["drafts"] == {"entry:new": "half a thought"}
    assert "TRASHED" not in export_json(journal).decode()
    assert "Ελένη" in export_json(journal).decode()  # UTF-8, not \\u escapes
    assert data == export_data(journal) | {"exported_at": data["exported_at"]}


def test_markdown_export_reads_well_in_both_languages(journal):
    fill(journal)
    md = export_markdown(journal, "en").decode()
    assert md.startswith("# My Small Moments journal\n")
    assert EXPORT_WARNING["en"] in md
    assert "### Tuesday, November 3, 2026 · 08:30 · Connection moment" in md
    assert "**What I did:** \\# I smiled" in md  # the caregiver's words stay text
    assert "Leo, Old neighbour · Bath · Many back-and-forths · How I felt: Close" in md
    assert "> Who helped today?" in md and "Ελένη came by" in md
    assert "- **Abuela Rosa** (village): Sunday soup" in md
    assert "half a thought" in md and "TRASHED" not in md
    es = export_markdown(journal, "es").decode()
    assert "# Mi diario Small Moments" in es and EXPORT_WARNING["es"] in es
    assert "### Martes 3 de noviembre de 2026 · 08:30 · Momento de conexión" in es


def test_warnings_say_plainly_the_file_is_not_encrypted():
    assert "not encrypted" in EXPORT_WARNING["en"]
    assert "no está cifrado" in EXPORT_WARNING["es"]


def test_markdown_escape_keeps_words_as_typed():
    assert md_escape("# one\n- two\n1. three\nplain *stays*") == \
        "\\# one  \n\\- two  \n\\1. three  \nplain *stays*"


def test_empty_journal_exports(journal):
    assert json.loads(export_json(journal))["entries"] == []
    assert "No entries yet." in export_markdown(journal).decode()
