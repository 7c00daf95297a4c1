"""Accent-blind search for every script the app shows: NFKD plus a small table for letters
that are not a base letter and a mark (ł, ø, đ, ß, æ, œ, ı), the same on both sides."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from journal import Entry, Vault
from journal.records.search import fold
from journal.vault import migrations
from journal.vault.kdf import TEST_PARAMS

NAMES = [  # (as written in an entry, as typed in the search box)
    ("Ελένη", "ελενη"),        # Greek, with tonos
    ("Nguyễn Thị Đào", "dao"),  # Vietnamese: stacked marks, and đ
    ("Nguyễn", "nguyen"),
    ("Łucja", "lucja"),        # Polish ł
    ("Søren", "soren"),        # Danish ø
    ("Ærø", "aero"),           # Danish æ
    ("Straße", "strasse"),     # German ß
    ("Œuvre", "oeuvre"),
    ("Işıl", "isil"),          # Turkish dotless ı
    ("İpek", "ipek"),          # Turkish dotted İ
    ("Begoña", "begona"),      # Spanish ñ
]


@pytest.mark.parametrize(("written", "typed"), NAMES)
def test_a_name_is_found_without_its_marks(journal, written, typed):
    other = journal.add_entry(Entry("reflection", datetime(2026, 11, 1, 9), {"body": "lunch"}))
    saved = journal.add_entry(Entry("reflection", datetime(2026, 11, 2, 9),
                                    {"body": f"{written} sang with us"}))
    assert [h.entry_id for h in journal.search(typed)] == [saved.id]
    assert [h.entry_id for h in journal.search(written)] == [saved.id]  # and as written
    assert other.id not in [h.entry_id for h in journal.search(typed)]


def test_the_snippet_shows_the_words_as_written(journal):
    journal.add_entry(Entry("reflection", datetime(2026, 11, 2, 9), {"body": "Łucja laughed"}))
    [hit] = journal.search("lucja")
    assert "".join(text for text, _ in hit.snippet) == "Łucja laughed"
    assert ("Łucja", True) in hit.snippet


def test_fold_is_the_same_for_text_and_query():
    assert fold("ŁUCJA Søren ÆRØ Straße Œuvre Işıl") == "lucja soren aero strasse oeuvre isil"
    assert fold("Ελένη") == fold("ΕΛΕΝΗ") == "ελενη"


def test_the_v1_fixture_is_indexed_again_when_it_upgrades(tmp_path):
    folder = tmp_path / "v1"
    shutil.copytree(Path(__file__).resolve().parent / "fixtures" / "v1", folder)
    vault = Vault(folder, kdf_params=TEST_PARAMS)
    with vault.open("small moments fixture v1") as journal:
        assert migrations.schema_version(journal.conn) == migrations.LATEST
        assert [h.entry_id for h in journal.search("babble")]
        saved = journal.add_entry(Entry("reflection", datetime(2026, 11, 2, 9),
                                        {"body": "Søren waved"}))
        assert [h.entry_id for h in journal.search("soren")] == [saved.id]
        journal.verify(full=True)
