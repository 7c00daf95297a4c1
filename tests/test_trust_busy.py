"""A journal in use is not a damaged journal: busy or locked gets its own error, never a
restore offer; an OS lock in the core keeps a journal to one process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from conftest import PASSPHRASE

from journal import JournalBusy, JournalDamaged
from journal.backups.manager import BackupManager, open_or_offer
from journal.vault import db, lock

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys
sys.path.insert(0, sys.argv[1])
from journal.vault import lock
held = lock.acquire(sys.argv[2])
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_process(vault, created):
    """A second process that holds the journal's core lock until told to stop."""
    created[0].close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(ROOT), str(vault.folder)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.stdin.close()
    proc.wait(timeout=30)


def test_a_second_process_holding_the_lock_makes_the_journal_busy(vault, other_process):
    with pytest.raises(JournalBusy, match="already using this journal"):
        vault.open(PASSPHRASE)
    with pytest.raises(JournalBusy):
        open_or_offer(vault, PASSPHRASE)  # never a restore offer
    other_process.stdin.close()
    other_process.wait(timeout=30)
    vault.open(PASSPHRASE).close()  # the lock goes with the process


def test_control_without_the_other_process_the_journal_opens(vault, created):
    created[0].close()
    vault.open(PASSPHRASE).close()
    assert not lock.is_locked_elsewhere(vault.folder)


def test_the_core_lock_sits_beside_the_apps_instance_lock(qapp, vault, created):
    from ui.plumbing.instance import InstanceLock

    created[0].close()
    instance = InstanceLock(vault.folder)
    assert instance.acquire()
    try:
        with vault.open(PASSPHRASE):
            assert (vault.folder / "journal.lock").exists()
    finally:
        instance.release()


def test_a_connection_holding_a_write_lock_is_busy_not_damage(vault, created, monkeypatch):
    journal, _ = created
    journal.close()
    monkeypatch.setattr(db, "BUSY_TIMEOUT", 0.05)
    key_conn = sqlcipher3.connect(str(vault.db_path), isolation_level=None)
    vault_key = None
    with vault.open(PASSPHRASE) as opened:
        vault_key = opened.data_key()
    key_conn.execute(f"PRAGMA key = \"x'{vault_key.hex()}'\"")
    key_conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    key_conn.execute("BEGIN EXCLUSIVE")
    key_conn.execute("INSERT INTO settings (key, value) VALUES ('held', 'x')")
    try:
        with pytest.raises(JournalBusy) as caught:
            vault.open(PASSPHRASE)
        assert not isinstance(caught.value, JournalDamaged)
        with pytest.raises(JournalBusy):
            open_or_offer(vault, PASSPHRASE, BackupManager.for_vault(vault))
    finally:
        key_conn.execute("ROLLBACK")
        key_conn.close()
    vault.open(PASSPHRASE).close()


def test_a_backup_never_clears_another_running_process_partial_folder(vault, journal):
    running = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.readline()"],
                               stdin=subprocess.PIPE)
    try:
        manager = BackupManager.for_vault(vault)
        manager.folder.mkdir(exist_ok=True)
        theirs = manager.folder / f".partial-20261120-090000-{running.pid}"
        theirs.mkdir()
        gone = manager.folder / ".partial-20261120-080000-999999999"  # no such process
        gone.mkdir()
        manager.make_backup(journal)
        assert theirs.is_dir()
        assert not gone.exists()  # control: a stale one is cleared
    finally:
        running.stdin.close()
        running.wait(timeout=30)
