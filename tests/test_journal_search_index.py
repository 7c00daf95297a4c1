"""The search index keeps no copy of the words (issue 17): contentless FTS5, rows that can
be deleted, the words shown in a hit read from the entry itself; upgrading fills it again
in one transaction, saying how far it is, and gives the freed room back."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import sqlcipher3

from journal import Entry, Person, Vault
from journal.vault import db, migrations
from journal.vault.kdf import TEST_PARAMS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PASSPHRASE = "small moments fixture v1"  # documented in fixtures/make_v1.py
FTS_STEP = migrations.STEPS.index(migrations._fts_contentless) + 1  # its number, not fixed


def hits(journal, text):
    return [h.entry_id for h in journal.search(text)]


def index_tables(conn) -> set[str]:
    return {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE name LIKE 'entries_fts%'")}


def assert_keeps_no_words(conn) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries_fts'").fetchone()[0]
    assert "content = ''" in sql and "contentless_delete = 1" in sql
    assert "entries_fts_content" not in index_tables(conn)  # no copy of the words
    assert conn.execute("SELECT text FROM entries_fts LIMIT 1").fetchall() in ([], [(None,)])


def test_the_index_holds_no_copy_of_the_words(journal):
    journal.add_entry(Entry("reflection", datetime(2026, 11, 2, 9), {"body": "Łucja laughed"}))
    assert_keeps_no_words(journal.conn)
    [hit] = journal.search("lucja")  # the words shown come from the entry, as written
    assert "".join(text for text, _ in hit.snippet) == "Łucja laughed"


def test_edits_trash_and_renames_keep_the_index_right(journal):
    abuela = journal.add_person(Person("village", "Abuela"))
    saved = journal.add_entry(Entry("reflection", datetime(2026, 11, 2, 9),
                                    {"body": "We sang in the bath"}, people=[abuela.id]))
    assert hits(journal, "bath") == [saved.id]
    journal.update_entry(replace(saved, text={"body": "We read by the window"}))
    assert hits(journal, "bath") == [] and hits(journal, "window") == [saved.id]
    journal.update_person(replace(abuela, nickname="Nana"))
    assert hits(journal, "abuela") == [] and hits(journal, "nana") == [saved.id]
    [hit] = journal.search("nana")
    assert ("Nana", True) in hit.snippet
    journal.delete_entry(saved.id)
    assert hits(journal, "window") == []
    journal.restore_entry(saved.id)
    assert hits(journal, "window") == [saved.id]
    for _ in range(3):  # the same row written again and again stays one hit
        journal.update_entry(replace(saved, text={"body": "We read by the window"}))
    assert hits(journal, "window") == [saved.id]
    assert journal.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    journal.conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")


@pytest.fixture
def v1(tmp_path):
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "v1", folder)
    return Vault(folder, kdf_params=TEST_PARAMS)


def test_upgrading_fills_the_index_again_saying_how_far_it_is(v1):
    said: list[tuple[int, int]] = []
    v1.migration_progress = lambda done, total: said.append((done, total))
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        assert migrations.schema_version(journal.conn) == migrations.LATEST >= FTS_STEP
        assert_keeps_no_words(journal.conn)
        assert index_tables(journal.conn) == {
            "entries_fts", "entries_fts_data", "entries_fts_idx", "entries_fts_docsize",
            "entries_fts_config"}
        [found] = journal.search("babble")
        assert any(match for _, match in found.snippet)
        count = journal.count_entries()
        journal.conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
    assert said and said[-1] == (count, count)
    assert [done for done, _ in said] == sorted(done for done, _ in said)


def test_the_step_fills_the_index_in_batches_in_one_transaction(v1, monkeypatch):
    monkeypatch.setattr(migrations, "_FTS_BATCH", 1)  # one entry a batch: every batch shows
    said: list[tuple[int, int]] = []
    v1.migration_progress = lambda done, total: said.append((done, total))
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        count = journal.count_entries()
        assert hits(journal, "babble")
    assert said == [(n, count) for n in range(1, count + 1)]


def test_a_failing_rebuild_leaves_the_old_index_whole(v1, monkeypatch):
    def broken(done, total):
        raise RuntimeError("the disk is full")
    v1.migration_progress = broken
    with pytest.raises(RuntimeError):
        v1.open(FIXTURE_PASSPHRASE)
    v1.migration_progress = None
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        assert migrations.schema_version(journal.conn) == migrations.LATEST
        assert hits(journal, "babble")


def test_upgrading_gives_the_room_back(tmp_path):
    """A journal written before the step shrinks when it upgrades (VACUUM after)."""
    folder = tmp_path / "old"
    vault = Vault(folder, kdf_params=TEST_PARAMS)
    journal, _ = vault.create("a passphrase for the test")
    body = "We sang the bath song and she splashed and laughed with us again " * 20
    journal.add_entries(Entry("reflection", datetime(2026, 1, 1 + n % 28, 9), {"body": body})
                        for n in range(400))
    conn = journal.conn
    conn.execute("DROP TABLE entries_fts")  # as the file was before the step: two copies
    conn.execute(migrations._FTS_V2)
    conn.execute("INSERT INTO entries_fts (rowid, text, shown) SELECT id, lower(body), body"
                 " FROM entries")
    conn.execute(f"PRAGMA user_version = {FTS_STEP - 1}")
    journal.close()
    before = (folder / "journal.db").stat().st_size
    with vault.open("a passphrase for the test") as journal:
        assert len(hits(journal, "splashed")) == 50  # the search's default page
    after = (folder / "journal.db").stat().st_size
    assert after < before * 0.7, (before, after)


def test_closing_gives_back_the_room_search_no_longer_uses(tmp_path):
    """New journals are INCREMENTAL auto_vacuum; closing frees the pages the index let go."""
    vault = Vault(tmp_path / "j", kdf_params=TEST_PARAMS)
    journal, _ = vault.create("a passphrase for the test")
    body = "We sang the bath song and she splashed and laughed with us again " * 10
    for batch in range(6):  # the index merges its pieces as it grows: pages are let go
        journal.add_entries(Entry("reflection", datetime(2026, 1, 1 + n % 28, 9),
                                  {"body": f"{body} {batch} {n}"}) for n in range(300))
    for entry in journal.list_entries(limit=200).entries:
        journal.delete_entry(entry.id)
    journal.purge_trash()
    conn = journal.conn
    assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
    journal.close()
    with vault.open("a passphrase for the test") as journal:
        assert journal.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert len(hits(journal, "splashed")) == 50


def test_an_upgraded_journal_gives_back_room_at_close_too(v1):
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        assert journal.conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2


class FullDiskAtVacuum:
    """A connection whose disk is full just when the VACUUM after the upgrade runs."""

    def __init__(self, conn) -> None:
        self.conn, self.refused = conn, 0

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def execute(self, sql, *args):
        if sql == "VACUUM":
            self.refused += 1
            raise sqlcipher3.OperationalError("database or disk is full")
        return self.conn.execute(sql, *args)


def test_a_full_disk_at_the_vacuum_still_opens_the_upgraded_journal(tmp_path):
    vault = Vault(tmp_path / "j", kdf_params=TEST_PARAMS)
    journal, _ = vault.create("a passphrase for the test")
    saved = journal.add_entry(Entry("reflection", datetime(2026, 1, 2, 9), {"body": "splash"}))
    key, conn = journal.data_key(), journal.conn
    conn.execute("DROP TABLE entries_fts")
    conn.execute(migrations._FTS_V2)
    conn.execute("INSERT INTO entries_fts (rowid, text, shown) SELECT id, body, body FROM entries")
    conn.execute(f"PRAGMA user_version = {FTS_STEP - 1}")
    journal.close()
    raw = db.connect(vault.db_path, key, check=False)
    full = FullDiskAtVacuum(raw)
    migrations.migrate(full, vault.db_path, key)
    assert full.refused == 1  # the control: the VACUUM was tried, and refused
    assert migrations.schema_version(raw) == migrations.LATEST
    raw.close()
    with vault.open("a passphrase for the test") as journal:
        assert hits(journal, "splash") == [saved.id]


def test_the_timeline_index_grows_at_its_end_and_is_read_backwards(journal):
    """Ascending, so new entries fill its last pages; newest first needs no sorting."""
    from journal.records import entries
    from journal.records.models import Filters

    sql = journal.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries_timeline'"
                               ).fetchone()[0]
    assert "DESC" not in sql.upper()
    where, params = entries.filter_sql(Filters(kinds=("repair",)))
    plan = " ".join(row[3] for row in journal.conn.execute(
        f"EXPLAIN QUERY PLAN {entries._SELECT} INDEXED BY entries_timeline WHERE {where}"
        " AND (e.happened_at, e.id) < (?, ?) ORDER BY e.happened_at DESC, e.id DESC LIMIT 51",
        [*params, "2026-01-01", 9]))
    assert "entries_timeline" in plan and "TEMP B-TREE" not in plan  # no sort: read backwards
