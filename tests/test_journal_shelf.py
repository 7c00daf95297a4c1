"""Several journals in one data folder (journal/shelf.py): the first one stays where it
always was, the others get folders of their own, labels live in a plain list that holds
nothing written in a journal, and removing a journal only ever moves it."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from journal import Entry, FixedClock, Vault
from journal.errors import JournalBusy
from journal.shelf import EXTRA, INDEX_NAME, MAIN, REMOVED, LabelProblem, Shelf
from journal.vault.kdf import TEST_PARAMS

CLOCK = FixedClock(datetime(2026, 11, 20, 9, 0))
DAY = date(2026, 11, 20)


def make_journal(folder: Path, words: str, passphrase: str = PASSPHRASE) -> None:
    journal, _code = Vault(folder, kdf_params=TEST_PARAMS, clock=CLOCK).create(passphrase)
    journal.add_entry(Entry("connection", datetime(2026, 11, 19, 8), {"child_did": words}))
    journal.close()


def digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "journal.lock"}


def test_an_existing_journal_is_the_first_one_in_place(data_dir):
    make_journal(data_dir, "old words")
    before = digests(data_dir)
    (only,) = Shelf(data_dir).journals()
    assert (only.id, only.label, only.folder, only.exists()) == (MAIN, "", data_dir, True)
    assert digests(data_dir) == before  # nothing moved, nothing written
    assert not (data_dir / INDEX_NAME).exists()


def test_an_empty_data_folder_is_one_journal_to_set_up(data_dir):
    (only,) = Shelf(data_dir).journals()
    assert only.id == MAIN and not only.exists()


def test_create_gives_a_folder_of_its_own_and_a_label_in_the_list(data_dir):
    make_journal(data_dir, "first")
    shelf = Shelf(data_dir)
    shelf.label_main("Journal 1")
    second = shelf.create("  Mine  ")
    assert second.label == "Mine" and second.folder == data_dir / EXTRA / "j2"
    assert second.folder.is_dir() and not second.exists()
    make_journal(second.folder, "second")
    assert [(j.id, j.label) for j in shelf.journals()] == [(MAIN, "Journal 1"), ("j2", "Mine")]
    rows = json.loads((data_dir / INDEX_NAME).read_text("utf-8"))["journals"]
    assert rows == [{"id": "main", "label": "Journal 1"}, {"id": "j2", "label": "Mine"}]
    journal = Vault(second.folder, kdf_params=TEST_PARAMS).open(PASSPHRASE)
    assert [e.text["child_did"] for e in journal.list_entries().entries] == ["second"]
    journal.close()


@pytest.mark.parametrize(("label", "reason"), [("   ", "empty"), ("x" * 41, "long"),
                                               ("journal 2", "taken")])
def test_a_label_that_cant_be_used_says_why_and_changes_nothing(data_dir, label, reason):
    shelf = Shelf(data_dir)
    shelf.create("Journal 2")
    before = (data_dir / INDEX_NAME).read_bytes()
    with pytest.raises(LabelProblem) as caught:
        shelf.create(label)
    assert caught.value.reason == reason
    assert (data_dir / INDEX_NAME).read_bytes() == before
    assert [j.id for j in shelf.journals()] == ["j2"]


def test_rename_changes_only_the_label(data_dir):
    shelf = Shelf(data_dir)
    second = shelf.create("Journal 2")
    make_journal(second.folder, "words")
    before = digests(second.folder)
    shelf.rename("j2", "Mine")
    assert shelf.get("j2").label == "Mine"
    assert digests(second.folder) == before
    with pytest.raises(LabelProblem):
        shelf.rename("j2", "")
    assert shelf.get("j2").label == "Mine"


def test_remove_moves_the_whole_journal_and_deletes_nothing(data_dir):
    make_journal(data_dir, "first")
    shelf = Shelf(data_dir)
    second = shelf.create("Mine")
    make_journal(second.folder, "second")
    (second.folder / "backups").mkdir()
    (second.folder / "backups" / "note.bin").write_bytes(b"\x01" * 10)
    before = digests(second.folder)
    moved = shelf.remove("j2", DAY)
    assert moved == data_dir / REMOVED / "Mine 2026-11-20"
    assert not second.folder.exists()
    assert digests(moved) == before  # every file, byte for byte
    assert [j.id for j in shelf.journals()] == [MAIN]
    journal = Vault(moved, kdf_params=TEST_PARAMS).open(PASSPHRASE)  # still opens there
    journal.close()


def test_removing_the_first_journal_moves_its_files_and_keeps_the_others(data_dir):
    make_journal(data_dir, "first")
    (data_dir / "backups").mkdir()
    (data_dir / "backups" / "b.bin").write_bytes(b"b")
    (data_dir / "photos-of-the-future").mkdir()  # a folder a later version may add
    before = digests(data_dir)
    shelf = Shelf(data_dir)
    shelf.label_main("Journal 1")
    second = shelf.create("Mine")
    make_journal(second.folder, "second")
    moved = shelf.remove(MAIN, DAY)
    assert digests(moved) == before
    assert not (data_dir / "journal.db").exists()
    assert [(j.id, j.label) for j in shelf.journals()] == [("j2", "Mine")]
    assert shelf.remove("j2", DAY) == data_dir / REMOVED / "Mine 2026-11-20"
    again = shelf.create("Journal 1")  # the same label and day: a new folder, not theirs
    assert again.id == "j2"  # the id is free again; its old folder was moved away
    assert shelf.remove("j2", DAY) == data_dir / REMOVED / "Journal 1 2026-11-20 (2)"
    assert digests(moved) == before


def test_a_journal_that_cannot_be_opened_is_never_deleted_or_overwritten(data_dir):
    """Damaged files, a folder the list forgot: listed, never reused, moved whole."""
    shelf = Shelf(data_dir)
    lost = data_dir / EXTRA / "j2"
    lost.mkdir(parents=True)
    (lost / "journal.db").write_bytes(b"not a database" * 50)
    (lost / "journal.key").write_bytes(b"{broken")
    before = digests(lost)
    assert [(j.id, j.label) for j in shelf.journals()][-1] == ("j2", "")
    fresh = shelf.create("Journal 3")
    assert fresh.id == "j3" and digests(lost) == before
    assert shelf.forget_empty("j2") is False and digests(lost) == before
    moved = shelf.remove("j2", DAY)
    assert moved.name == f"j2 {DAY.isoformat()}"  # no label: named by its folder
    assert digests(moved) == before


def test_an_unreadable_list_is_set_aside_not_overwritten(data_dir):
    (data_dir / INDEX_NAME).write_text("{ not json", "utf-8")
    shelf = Shelf(data_dir)
    assert [j.id for j in shelf.journals()] == [MAIN]
    shelf.create("Journal 2")
    (kept,) = data_dir.glob(f"{INDEX_NAME}.unreadable-*")
    assert kept.read_text("utf-8") == "{ not json"


def test_forget_empty_drops_only_a_journal_that_was_never_set_up(data_dir):
    shelf = Shelf(data_dir)
    empty = shelf.create("Journal 2")
    assert shelf.forget_empty(empty.id) is True and not empty.folder.exists()
    kept = shelf.create("Journal 2")
    make_journal(kept.folder, "words")
    assert shelf.forget_empty(kept.id) is False and kept.exists()


def test_a_journal_open_in_another_program_is_not_removed(data_dir, tmp_path):
    shelf = Shelf(data_dir)
    second = shelf.create("Mine")
    make_journal(second.folder, "words")
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})
        from journal.vault import lock
        held = lock.acquire({str(second.folder)!r})
        print("held", flush=True)
        sys.stdin.readline()
    """)
    other = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "held"
        with pytest.raises(JournalBusy):
            shelf.remove("j2", DAY)
        assert second.exists() and not (data_dir / REMOVED / "Mine 2026-11-20").exists()
    finally:
        other.communicate("\n", timeout=30)
    assert shelf.remove("j2", DAY).is_dir()


def test_the_list_of_journals_holds_labels_only(data_dir):
    marker = "ZQXSHELFMARK"
    make_journal(data_dir, f"{marker} first")
    shelf = Shelf(data_dir)
    shelf.label_main("Journal 1")
    make_journal(shelf.create("Mine").folder, f"{marker} second")
    text = (data_dir / INDEX_NAME).read_text("utf-8")
    assert marker not in text and "Journal 1" in text and "Mine" in text
