"""Damaged and foreign files: each gets its own plain message, nothing is changed, and the
newest backup that opens is offered; restoring it sets the damaged files aside."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from journal import Entry, JournalDamaged, KeyFileDamaged, KeyFileMissing, Vault
from journal.backups.manager import BackupManager, open_or_offer, restore
from journal.vault.kdf import TEST_PARAMS

PAGE = 4096


def flip(offset_of):
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset_of(len(data))] ^= 0x01
        path.write_bytes(bytes(data))
    return damage


def truncate(size_of):
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: size_of(len(data))])
    return damage


def plain_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def other_journal(path: Path) -> None:
    other = Vault(path.parent.parent / "elsewhere", kdf_params=TEST_PARAMS)
    other.create(PASSPHRASE)[0].close()
    path.write_bytes(other.db_path.read_bytes())


CASES = {
    "byte flip, first page": (flip(lambda n: 200), "journal.db", JournalDamaged),
    "byte flip, middle page": (flip(lambda n: (n // PAGE // 2) * PAGE + 100), "journal.db",
                               JournalDamaged),
    "byte flip, last page": (flip(lambda n: n - 50), "journal.db", JournalDamaged),
    "truncated to 0 bytes": (truncate(lambda n: 0), "journal.db", JournalDamaged),
    "truncated to half": (truncate(lambda n: (n // 2 // PAGE) * PAGE), "journal.db",
                          JournalDamaged),
    "truncated mid-page": (truncate(lambda n: n - 1234), "journal.db", JournalDamaged),
    "a plain SQLite file": (plain_sqlite, "journal.db", JournalDamaged),
    "a random file": (lambda p: p.write_bytes(os.urandom(p.stat().st_size)), "journal.db",
                      JournalDamaged),
    "another journal's database": (other_journal, "journal.db", JournalDamaged),
    "journal file missing": (lambda p: p.unlink(), "journal.db", JournalDamaged),
    "key file missing": (lambda p: p.unlink(), "journal.key", KeyFileMissing),
    "key file cut short": (truncate(lambda n: n // 3), "journal.key", KeyFileDamaged),
}


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def with_backup(vault, created):
    journal = created[0]
    for day in range(1, 29):
        journal.add_entry(Entry("connection", datetime(2026, 10, day, 8),
                                {"child_did": f"morning song {day} " * 40}))
    manager = BackupManager.for_vault(vault)
    backup = manager.make_backup(journal)
    journal.add_entry(Entry("reflection", datetime(2026, 11, 1), {"body": "after the backup"}))
    journal.close()
    return vault, manager, backup


@pytest.mark.parametrize("case", sorted(CASES))
def test_damage_is_named_nothing_changes_and_the_backup_is_offered(with_backup, case):
    vault, manager, backup = with_backup
    damage, name, expected = CASES[case]
    damage(vault.folder / name)
    before = snapshot(vault.folder)

    opened = open_or_offer(vault, PASSPHRASE, manager)
    assert opened.journal is None and isinstance(opened.problem, expected)
    assert "backup" in str(opened.problem) or isinstance(opened.problem, KeyFileMissing)
    if expected is JournalDamaged:  # the key was right: say so, it is not a typo
        assert "passphrase is right" in str(opened.problem) or "missing" in str(opened.problem)
    assert opened.offer is not None and opened.offer.folder == backup.folder
    assert snapshot(vault.folder) == before  # nothing changed, nothing deleted

    damaged = {n: (vault.folder / n).read_bytes() for n in ("journal.db", "journal.key")
               if (vault.folder / n).exists()}
    set_aside = restore(opened.offer, vault.folder, PASSPHRASE)
    assert {p.read_bytes() for p in set_aside} == set(damaged.values())
    with vault.open(PASSPHRASE) as journal:
        assert journal.count_entries() == 28  # as it was when the backup was made
        journal.verify(full=True)
