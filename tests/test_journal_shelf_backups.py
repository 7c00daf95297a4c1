"""Backups per journal: two journals in one data folder each keep their own backups, a
backup of one never holds the other, and a second place (a USB stick) that both use
keeps each journal's own generations: one journal's pruning never takes the other's."""

from __future__ import annotations

from datetime import datetime

from conftest import PASSPHRASE

from journal import Entry, FixedClock, Vault
from journal.backups import archive
from journal.backups.manager import BackupManager, backup_key, verify_backup
from journal.backups.place import BackupPlace
from journal.errors import WrongPassphrase
from journal.shelf import Shelf
from journal.vault.kdf import TEST_PARAMS
from journal.vault.keyfile import KeyFile
from tests.support.leak_scan import found_in

OTHER = "the other caregiver's own words"
MARK_A, MARK_B = "ZQXJOURNALAMARK", "ZQXJOURNALBMARK"


def two_journals(data_dir, clock):
    shelf = Shelf(data_dir)
    a_vault = Vault(data_dir, kdf_params=TEST_PARAMS, clock=clock)
    a, _ = a_vault.create(PASSPHRASE)
    b_vault = Vault(shelf.create("Mine").folder, kdf_params=TEST_PARAMS, clock=clock)
    b, _ = b_vault.create(OTHER)
    for journal, mark in ((a, MARK_A), (b, MARK_B)):
        for i in range(20):
            journal.add_entry(Entry("connection", datetime(2026, 11, 19, 8),
                                    {"child_did": f"{mark} {i} " + "peekaboo " * 30}))
    return (a_vault, a), (b_vault, b)


def test_each_journal_backs_up_only_itself(data_dir, tmp_path):
    clock = FixedClock(datetime(2026, 11, 20, 9, 0))
    (a_vault, a), (b_vault, b) = two_journals(data_dir, clock)
    try:
        a_backup = BackupManager.for_vault(a_vault).make_backup(a)
        b_backup = BackupManager.for_vault(b_vault).make_backup(b)
    finally:
        a.close()
        b.close()
    assert a_backup.folder.parent == data_dir / "backups"
    assert b_backup.folder.parent == b_vault.folder / "backups"
    assert {p.name for p in a_backup.folder.iterdir()} <= {"journal.db", "journal.key",
                                                           "sequence"}
    verify_backup(a_backup, backup_key(a_backup, PASSPHRASE))
    try:
        backup_key(a_backup, OTHER)
        raise AssertionError("the other journal's passphrase opened this backup")
    except WrongPassphrase:
        pass
    a_db = Vault(a_backup.folder, kdf_params=TEST_PARAMS).open(PASSPHRASE)
    try:
        texts = [e.text["child_did"] for e in a_db.list_entries(limit=100).entries]
    finally:
        a_db.close()
    assert texts and all(MARK_A in t for t in texts)  # A's words, none of B's
    assert found_in(data_dir, {MARK_A: MARK_A, MARK_B: MARK_B}) == []


def test_two_journals_can_share_a_backup_place_without_pruning_each_other(data_dir, tmp_path):
    clock = FixedClock(datetime(2026, 11, 20, 9, 0))
    (a_vault, a), (b_vault, b) = two_journals(data_dir, clock)
    stick = tmp_path / "stick"
    stick.mkdir()
    a_manager, b_manager = BackupManager.for_vault(a_vault), BackupManager.for_vault(b_vault)
    try:
        b_file = BackupPlace(stick, keep=2, clock=clock).add(b_manager.make_backup(b))
        for _ in range(4):  # A writes more generations than the place keeps
            clock.advance(days=1)
            BackupPlace(stick, keep=2, clock=clock).add(a_manager.make_backup(a))
    finally:
        a.close()
        b.close()
    assert b_file.exists()  # B's only copy was not pruned by A
    ids = {}
    for path in stick.iterdir():
        journal_id = KeyFile.from_bytes(archive.read_key_bytes(path)).journal_id
        ids.setdefault(journal_id, []).append(path)
    assert sorted(len(paths) for paths in ids.values()) == [1, 2]


def test_a_backup_of_one_journal_is_not_taken_for_the_others_in_a_shared_place(
        data_dir, tmp_path):
    """Both journals' backups are made the same minute (the same folder name): each is
    still written to the place, each with its own journal inside."""
    from journal.backups import place

    clock = FixedClock(datetime(2026, 11, 20, 9, 0))
    (a_vault, a), (b_vault, b) = two_journals(data_dir, clock)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        for vault, journal in ((b_vault, b), (a_vault, a)):
            place.choose_place(journal, stick)
            result = place.sync(place.place_for(journal), BackupManager.for_vault(vault),
                                journal, vault.key_path)
            assert result.written is not None
    finally:
        a.close()
        b.close()
    owners = {KeyFile.from_bytes(archive.read_key_bytes(p)).journal_id
              for p in stick.iterdir()}
    assert len(owners) == 2
