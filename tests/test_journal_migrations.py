"""Schema versions: the v1 fixture opens and upgrades; a newer file is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import sqlcipher3

from journal import Entry, InvalidInput, JournalTooNew, Vault
from journal.vault import migrations
from journal.vault.kdf import TEST_PARAMS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PASSPHRASE = "small moments fixture v1"  # documented in fixtures/make_v1.py


@pytest.fixture
def v1(tmp_path):
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "v1", folder)
    return Vault(folder, kdf_params=TEST_PARAMS)


def files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_v1_fixture_opens_with_everything_in_it(v1):
    code = (v1.folder / "recovery-code.txt").read_text().strip()
    for opener in (lambda: v1.open(FIXTURE_PASSPHRASE), lambda: v1.open_with_recovery(code)):
        with opener() as journal:
            assert migrations.schema_version(journal.conn) == migrations.LATEST
            assert {p.nickname for p in journal.list_people()} == {"Fixture Child",
                                                                   "Fixture Grandma"}
            kinds = sorted(e.kind for e in journal.list_entries().entries)
            assert kinds == ["connection", "reflection", "repair"]
            assert [h.entry_id for h in journal.search("babble")]
            assert journal.load_draft("today") == "Fixture draft"


def test_upgrade_runs_each_step_once_after_an_encrypted_backup(v1, monkeypatch):
    calls = []

    def later(conn):
        calls.append("later")
        conn.execute("ALTER TABLE people ADD COLUMN pronouns TEXT")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, later))
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        assert migrations.schema_version(journal.conn) == len(migrations.STEPS)
        key = journal.data_key()
    assert calls == ["later"]
    backup = v1.folder / "journal.db.before-v2"  # one copy, before the first step ran
    assert backup.exists() and b"Fixture" not in backup.read_bytes()
    conn = sqlcipher3.connect(str(backup))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 3
    conn.close()
    with v1.open(FIXTURE_PASSPHRASE):
        pass
    assert calls == ["later"]


def test_a_failing_step_rolls_back_and_leaves_the_version(v1, monkeypatch):
    def broken(conn):
        conn.execute("ALTER TABLE people ADD COLUMN half_done TEXT")
        raise RuntimeError("step failed half way")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, broken))
    with pytest.raises(RuntimeError):
        v1.open(FIXTURE_PASSPHRASE)
    monkeypatch.undo()
    with v1.open(FIXTURE_PASSPHRASE) as journal:  # the steps before it stay done
        assert migrations.schema_version(journal.conn) == migrations.LATEST
        columns = [row[1] for row in journal.conn.execute("PRAGMA table_info(people)")]
        assert "half_done" not in columns


def test_a_newer_journal_is_refused_untouched(v1):
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        journal.conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    before = files(v1.folder)
    with pytest.raises(JournalTooNew, match="newer version"):
        v1.open(FIXTURE_PASSPHRASE)
    assert files(v1.folder) == before


def test_v1_entries_get_a_language_column_and_new_entries_keep_theirs(v1):
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        columns = [row[1] for row in journal.conn.execute("PRAGMA table_info(entries)")]
        assert "lang" in columns
        old = journal.list_entries().entries
        assert len(old) == 3 and {e.lang for e in old} == {None}  # written before: unknown
        words = {"child_did": "balbuceó", "i_did": "le canté", "how_it_ended": "sonrió"}
        added = journal.add_entry(Entry("connection", datetime(2026, 11, 3, 9, 0), words,
                                        lang="es"))
        assert journal.get_entry(added.id).lang == "es"
        edited = journal.update_entry(replace(added, text={**words, "i_did": "le hablé"}))
        assert edited.lang == "es"
        with pytest.raises(InvalidInput, match="language"):
            journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 9, 0),
                                    {"body": "x"}, lang="es'; DROP"))
    with v1.open(FIXTURE_PASSPHRASE) as journal:  # still there after closing
        assert journal.get_entry(added.id).lang == "es"


def test_v1_upgrades_to_v4_visits_keeping_every_count(v1):
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        assert migrations.schema_version(journal.conn) >= 4
        sql = journal.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries'"
                                   ).fetchone()[0]
        assert "'visit'" in sql
        assert journal.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert journal.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        before = journal.counts().per_kind
        added = journal.add_entry(Entry("visit", datetime(2026, 11, 3, 10, 0),
                                        {"they_noticed": "You waited for her"},
                                        next_visit=datetime(2026, 11, 10).date()))
        assert journal.counts().per_kind == {**before, "visit": 1}
        assert [h.entry_id for h in journal.search("waited")] == [added.id]


def test_v1_entries_belong_to_the_first_caregiver_after_the_writer_step(v1):
    step = migrations.STEPS.index(migrations._caregivers) + 1  # the lead orders the steps
    with v1.open(FIXTURE_PASSPHRASE) as journal:
        assert migrations.schema_version(journal.conn) >= step
        columns = [row[1] for row in journal.conn.execute("PRAGMA table_info(entries)")]
        assert "writer" in columns
        old = journal.list_entries().entries
        assert old and {entry.writer for entry in old} == {"passphrase"}
        assert journal.writers() == ["passphrase"]
        journal.set_writer("caregiver-0a1b2c3d", "Grandma")
        added = journal.add_entry(Entry("reflection", datetime(2026, 11, 3, 10, 0),
                                        {"body": "She hummed along"}))
        assert added.writer == "caregiver-0a1b2c3d"
        assert journal.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with v1.open(FIXTURE_PASSPHRASE) as journal:  # the step ran once; the name is kept
        assert journal.writer_names() == {"caregiver-0a1b2c3d": "Grandma"}
