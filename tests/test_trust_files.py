"""Files and permissions, and setting a journal aside with everything it holds."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
import sqlcipher3
from conftest import PASSPHRASE

from journal import Entry, KeyFileDamaged, Vault, WrongPassphrase, keyfile
from journal.backups.manager import BackupManager, set_aside_journal
from journal.fsutil import atomic_write
from journal.vault.kdf import TEST_PARAMS

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


# -- modes ------------------------------------------------------------------------------
def test_the_data_folder_and_every_file_in_it_are_private(vault, journal):
    os.umask(0o022)  # as a desktop session usually has it
    journal.add_entry(Entry("reflection", datetime(2026, 11, 1, 9), {"body": "private"}))
    backup = BackupManager.for_vault(vault).make_backup(journal)
    assert mode(vault.folder) == 0o700
    for name in ("journal.db", "journal.db-wal", "journal.db-shm", "journal.key"):
        assert mode(vault.folder / name) == 0o600, name
    assert mode(backup.folder) == 0o700 and mode(backup.folder.parent) == 0o700
    for path in backup.folder.iterdir():
        assert mode(path) == 0o600, path.name


def test_an_existing_open_folder_is_tightened_when_the_journal_opens(vault, created):
    created[0].close()
    os.chmod(vault.folder, 0o755)
    os.chmod(vault.db_path, 0o644)
    os.chmod(vault.key_path, 0o644)
    vault.open(PASSPHRASE).close()
    assert mode(vault.folder) == 0o700
    assert mode(vault.db_path) == 0o600 and mode(vault.key_path) == 0o600


def test_the_app_starts_with_a_private_umask(monkeypatch):
    import main

    asked = []
    real = os.umask
    monkeypatch.setattr(os, "umask", lambda value: asked.append(value) or real(real(0o022)))
    assert main.main(["--version"]) == 0
    assert 0o077 in asked


# -- the atomic writer -----------------------------------------------------------------
def test_a_symlink_planted_at_the_temporary_name_cannot_redirect_a_save(tmp_path):
    target = tmp_path / "journal.key"
    target.write_bytes(b"old")
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"not yours")
    for name in (f".journal.key.tmp-{os.getpid()}", ".journal.key.tmp"):
        os.symlink(elsewhere, tmp_path / name)
    atomic_write(target, b"new key bytes")
    assert elsewhere.read_bytes() == b"not yours"
    assert target.read_bytes() == b"new key bytes" and not target.is_symlink()
    assert mode(target) == 0o600


def test_control_a_plain_save_replaces_the_file(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    atomic_write(folder / "plain.txt", b"one")
    atomic_write(folder / "plain.txt", b"two")
    assert (folder / "plain.txt").read_bytes() == b"two"
    assert sorted(p.name for p in folder.iterdir()) == ["plain.txt"]


# -- key derivation bounds -------------------------------------------------------------
@pytest.mark.parametrize(("name", "value"), [("memory_kib", 4 * 1024 * 1024),
                                             ("time_cost", 65), ("parallelism", 17)])
def test_argon2_parameters_beyond_the_bounds_are_a_damaged_key_file(vault, created, name,
                                                                   value):
    created[0].close()
    data = json.loads(vault.key_path.read_text())
    slot = next(s for s in data["current"]["slots"] if s["id"] == "passphrase")
    slot["params"][name] = value
    vault.key_path.write_text(json.dumps(data))
    with pytest.raises(KeyFileDamaged):
        keyfile.load(vault.key_path)
    with pytest.raises(KeyFileDamaged):
        vault.open(PASSPHRASE)


def test_control_parameters_at_the_bounds_still_load(vault, created):
    created[0].close()
    data = json.loads(vault.key_path.read_text())
    slot = next(s for s in data["current"]["slots"] if s["id"] == "passphrase")
    slot["params"].update(memory_kib=1024 * 1024, time_cost=64, parallelism=16)
    vault.key_path.write_text(json.dumps(data))
    keyfile.load(vault.key_path)


# -- setting aside ----------------------------------------------------------------------
WRITER = """
import os, sys
from datetime import datetime
sys.path.insert(0, sys.argv[1])
from journal import Entry, Vault
from journal.vault.kdf import TEST_PARAMS
journal = Vault(sys.argv[2], kdf_params=TEST_PARAMS).open(sys.argv[3])
journal.conn.execute("PRAGMA wal_autocheckpoint = 0")
for n in range(5):
    journal.add_entry(Entry("reflection", datetime(2026, 11, 1, 9), {"body": f"in the log {n}"}))
os._exit(0)  # no close, no checkpoint: the entries stay in the WAL
"""


def test_setting_aside_keeps_the_entries_still_in_the_write_ahead_log(vault, created):
    journal, _ = created
    key = journal.data_key()
    journal.close()
    subprocess.run([sys.executable, "-c", WRITER, str(ROOT), str(vault.folder), PASSPHRASE],
                   check=True)
    assert (vault.folder / "journal.db-wal").stat().st_size > 0
    moved = set_aside_journal(vault.folder, "20261120-090000")
    db = next(p for p in moved if p.name.startswith("journal.db")
              and "-wal" not in p.name and "-shm" not in p.name and ".new" not in p.name)
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 5
    conn.close()
    with Vault(db.parent, kdf_params=TEST_PARAMS).open(PASSPHRASE) as copy:
        assert copy.count_entries() == 5


def test_a_cut_off_restore_is_finished_only_after_the_key_is_checked(vault, created):
    journal, _ = created
    made = BackupManager.for_vault(vault).make_backup(journal)
    journal.close()
    for name in ("journal.db", "journal.key"):  # cut off after setting the journal aside
        (vault.folder / f"{name}.restoring").write_bytes((made.folder / name).read_bytes())
        (vault.folder / name).unlink()
    with pytest.raises(WrongPassphrase):
        vault.open("not the passphrase")
    assert (vault.folder / "journal.key.restoring").exists()  # nothing moved in
    assert not (vault.folder / "journal.key").exists()
    with vault.open(PASSPHRASE):
        assert vault.finished_restore  # said, not silent
    assert not list(vault.folder.glob("*.restoring"))


def test_leftover_staged_files_beside_a_whole_journal_are_never_moved_in(vault, created):
    journal, _ = created
    made = BackupManager.for_vault(vault).make_backup(journal)
    journal.close()
    before = vault.db_path.read_bytes()
    (vault.folder / "journal.db.restoring").write_bytes(made.db_path.read_bytes())
    with vault.open(PASSPHRASE):
        assert not vault.finished_restore
    assert vault.db_path.read_bytes() != made.db_path.read_bytes() or before
    assert (vault.folder / "journal.db.restoring").exists()
