"""Backups: verified generations, the startup rescue, restoring here or on another machine."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import pytest
from conftest import PASSPHRASE

from journal import Entry, JournalDamaged, KeyFileMissing, Vault, WrongPassphrase
from journal.backups.manager import (
    Backup,
    BackupManager,
    open_or_offer,
    restore,
    verify_backup,
)
from journal.vault.kdf import TEST_PARAMS


def note(journal, words: str) -> None:
    journal.add_entry(Entry("reflection", journal.clock.now(), {"body": words}))


def words_in(journal) -> list[str]:
    return sorted(e.text["body"] for e in journal.list_entries().entries)


def damage(path) -> bytes:
    """Change bytes in the middle of a file (like a bad disk sector); return the result."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def manager(vault):
    return BackupManager.for_vault(vault, keep=3)


def test_a_backup_is_a_verified_journal_folder(vault, journal, manager):
    note(journal, "first words")
    backup = manager.make_backup(journal)
    assert backup.folder.parent == vault.folder / "backups"
    assert backup.made_at == datetime(2026, 11, 20, 9, 0)
    assert sorted(p.name for p in backup.folder.iterdir()) == ["journal.db", "journal.key",
                                                             "sequence"]
    verify_backup(backup, journal.data_key())
    assert not [p for p in manager.folder.iterdir() if p.name.startswith(".")]  # no leftovers
    assert backup.key_path.read_bytes() == vault.key_path.read_bytes()


def test_generations_are_kept_and_the_oldest_pruned(journal, manager):
    made = []
    for n in range(5):
        note(journal, f"day {n}")
        made.append(manager.make_backup(journal))
        journal.clock.advance(days=1)
    kept = manager.list_backups()
    assert [b.folder for b in kept] == [b.folder for b in reversed(made[2:])]
    assert not made[0].folder.exists() and not made[1].folder.exists()
    twice = manager.make_backup(journal), manager.make_backup(journal)  # same second
    assert twice[0].folder != twice[1].folder
    assert manager.list_backups()[0].folder == twice[1].folder


def test_a_backup_that_fails_to_verify_prunes_nothing(journal, manager, monkeypatch):
    for _ in range(3):
        manager.make_backup(journal)
        journal.clock.advance(hours=1)
    before = manager.list_backups()

    def broken(*_args):
        raise JournalDamaged()

    monkeypatch.setattr("journal.backups.manager.verify_backup", broken)
    with pytest.raises(JournalDamaged):
        manager.make_backup(journal)
    assert manager.list_backups() == before
    assert sorted(p.name for p in manager.folder.iterdir()) == sorted(
        b.folder.name for b in before)


def test_backups_are_made_once_a_day(journal, manager):
    assert manager.backup_if_due(journal) is not None
    journal.clock.advance(hours=23)
    assert manager.backup_if_due(journal) is None
    journal.clock.advance(hours=1)
    assert manager.backup_if_due(journal) is not None


def test_a_damaged_journal_is_set_aside_and_the_latest_good_backup_offered(vault, journal,
                                                                          manager):
    note(journal, "kept safe")
    older = manager.make_backup(journal)
    journal.clock.advance(days=1)
    note(journal, "also kept")
    newest = manager.make_backup(journal)
    journal.clock.advance(days=1)
    damage(newest.db_path)  # the newest backup is damaged too: the older one is offered
    note(journal, "after the backup")
    journal.close()
    broken = damage(vault.db_path)

    opened = open_or_offer(vault, PASSPHRASE, manager)
    assert opened.journal is None and isinstance(opened.problem, JournalDamaged)
    assert opened.offer == older
    assert vault.db_path.read_bytes() == broken  # nothing changed before the caregiver says so

    moved = restore(opened.offer, vault.folder, PASSPHRASE)
    assert {p.name for p in moved} >= {"journal.db", "journal.key"}  # their own names,
    assert len({p.parent for p in moved}) == 1  # together in one set-aside folder
    assert moved[0].parent.parent == vault.folder / "set-aside"
    aside = next(p for p in moved if p.name == "journal.db")
    assert aside.read_bytes() == broken  # set aside, never deleted
    again = Vault(vault.folder, kdf_params=TEST_PARAMS).open(PASSPHRASE)
    try:
        assert words_in(again) == ["kept safe"]
    finally:
        again.close()


def test_a_missing_key_file_is_offered_a_backup_too(vault, journal, manager):
    note(journal, "hello")
    backup = manager.make_backup(journal)
    journal.close()
    vault.key_path.unlink()
    opened = open_or_offer(vault, PASSPHRASE, manager)
    assert isinstance(opened.problem, KeyFileMissing) and opened.offer == backup
    assert open_or_offer(vault, "not the passphrase", manager).offer is None


def test_a_healthy_journal_just_opens(vault, journal, manager):
    journal.close()
    opened = open_or_offer(vault, PASSPHRASE, manager)
    try:
        assert opened.journal is not None and opened.problem is None
    finally:
        opened.journal.close()


def test_a_backup_restores_on_another_machine(tmp_path, journal, manager):
    note(journal, "from the old laptop")
    backup = manager.make_backup(journal)
    carried = tmp_path / "usb" / backup.folder.name
    shutil.copytree(backup.folder, carried)  # what a caregiver copies to a stick
    new_home = tmp_path / "new-laptop" / "Small Moments"
    with pytest.raises(WrongPassphrase):
        restore(Backup.at(carried), new_home, "not the passphrase")
    assert not (new_home / "journal.db").exists()
    assert restore(Backup.at(carried), new_home, PASSPHRASE) == []
    reopened = Vault(new_home, kdf_params=TEST_PARAMS).open(PASSPHRASE)
    try:
        assert words_in(reopened) == ["from the old laptop"]
        assert reopened.journal_id == journal.journal_id
    finally:
        reopened.close()


def test_a_damaged_backup_is_not_restored(tmp_path, journal, manager):
    backup = manager.make_backup(journal)
    damage(backup.db_path)
    target = tmp_path / "elsewhere"
    with pytest.raises(JournalDamaged):
        restore(backup, target, PASSPHRASE)
    assert not target.exists() or not any(target.iterdir())


def test_backups_made_before_a_key_rotation_still_open_with_their_key_file(vault, journal,
                                                                          manager, tmp_path):
    note(journal, "before rotation")
    before = manager.make_backup(journal)
    vault.rotate_data_key(journal, PASSPHRASE)
    journal.clock.advance(minutes=5)
    after = manager.make_backup(journal)
    assert before.key_path.read_bytes() != after.key_path.read_bytes()
    assert manager.newest_that_opens(PASSPHRASE) == after
    restore(before, tmp_path / "old", PASSPHRASE)
    old = Vault(tmp_path / "old", kdf_params=TEST_PARAMS).open(PASSPHRASE)
    old.close()
    assert timedelta(minutes=5) == after.made_at - before.made_at
