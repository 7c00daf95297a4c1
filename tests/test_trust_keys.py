"""A replaced secret opens nothing the app keeps: after a passphrase change, a reset with
the recovery code, or a new recovery code, the old secret opens no key file anywhere in
the data folder (the live one, each backup's, each set-aside copy's, pending sets)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from journal import Entry, KeyFileDamaged, Vault, keyfile, recovery
from journal.backups.lockout import lock_out_old_secrets
from journal.backups.manager import BackupManager, restore, verify_backup
from journal.vault.kdf import TEST_PARAMS
from journal.vault.kept import kept_key_files
from journal.vault.keyfile import PASSPHRASE as PASS_SLOT
from journal.vault.keyfile import PREVIOUS, RECOVERY, KeyFile, KeySet

NEW = "a brand new evening passphrase"


def every_key_file(folder: Path) -> list[Path]:
    """Every file under the data folder that reads as a key file, wherever it is."""
    found = []
    for path in Path(folder).rglob("*"):
        if path.is_file():
            try:
                keyfile.load(path)
            except (KeyFileDamaged, OSError):
                continue
            found.append(path)
    return found


def opens(path: Path, slot_id: str, secret) -> bool:
    kf = keyfile.load(path)
    return any(keyfile.unlock_slot(kf, ks, slot_id, secret) is not None
               for ks in (kf.current, kf.pending) if ks is not None)


@pytest.fixture
def kept(vault, created):
    """A journal with two backups, a restore's set-aside copy, an older version's set-aside
    key file, and a backup whose key file still holds a pending key set."""
    journal, code = created
    manager = BackupManager.for_vault(vault)
    journal.add_entry(Entry("reflection", datetime(2026, 11, 1, 9), {"body": "first"}))
    first = manager.make_backup(journal)
    vault.clock.advance(days=1)
    manager.make_backup(journal)
    journal.close()
    restore(first, vault.folder, PASSPHRASE)  # sets the journal aside in set-aside/<stamp>/
    shutil.copy(vault.key_path, vault.folder / "journal.key.set-aside-20261101-090000")
    kf = keyfile.load(vault.key_path)
    current = keyfile.unlock_slot(kf, kf.current, PASS_SLOT, PASSPHRASE)
    generation, staged = kf.current.generation + 1, bytes(range(32))
    pending = KeySet(generation, {  # as a rotation that was cut off leaves it
        PASS_SLOT: keyfile.passphrase_slot(kf.journal_id, generation, PASSPHRASE, staged,
                                           TEST_PARAMS),
        PREVIOUS: keyfile.secret_slot(PREVIOUS, kf.journal_id, generation, current, staged)})
    odd = vault.folder / "backups" / "20261101-090000-9"
    odd.mkdir()
    KeyFile(kf.journal_id, kf.current, pending).save(odd / "journal.key")
    shutil.copy(first.db_path, odd / "journal.db")
    files = every_key_file(vault.folder)
    assert len(files) == 6 and sorted(files) == sorted(kept_key_files(vault.folder))
    assert all(opens(path, PASS_SLOT, PASSPHRASE) for path in files)
    assert all(opens(path, RECOVERY, recovery.parse_code(code)) for path in files
               if path.parent.name != odd.name)
    return vault, code


def test_control_before_any_change_the_secrets_open_every_key_file(kept):
    vault, code = kept
    files = every_key_file(vault.folder)
    assert [p for p in files if opens(p, PASS_SLOT, PASSPHRASE)] == files


def test_after_a_passphrase_change_the_old_one_opens_no_key_file(kept):
    vault, _code = kept
    vault.change_passphrase(PASSPHRASE, NEW)
    files = every_key_file(vault.folder)
    assert [p for p in files if opens(p, PASS_SLOT, PASSPHRASE)] == []
    assert [p for p in files if not opens(p, PASS_SLOT, NEW)] == []  # backups open with it
    vault.open(NEW).close()
    for backup in BackupManager.for_vault(vault).list_backups():
        from journal.backups.manager import backup_key

        verify_backup(backup, backup_key(backup, NEW))


def test_after_a_reset_with_the_code_the_old_passphrase_opens_no_key_file(kept):
    vault, code = kept
    vault.reset_passphrase(code, NEW).close()
    files = every_key_file(vault.folder)
    assert [p for p in files if opens(p, PASS_SLOT, PASSPHRASE)] == []
    vault.open(NEW).close()


def test_after_a_new_recovery_code_the_old_code_opens_no_key_file(kept):
    vault, old_code = kept
    new_code = vault.new_recovery_code(PASSPHRASE)
    files = every_key_file(vault.folder)
    old, new = recovery.parse_code(old_code), recovery.parse_code(new_code)
    assert [p for p in files if opens(p, RECOVERY, old)] == []
    assert opens(vault.key_path, RECOVERY, new)
    vault.open_with_recovery(new_code).close()


def test_locking_out_for_good_leaves_one_fresh_backup_under_a_new_key(kept):
    vault, old_code = kept
    journal = vault.open(PASSPHRASE)
    old_key = journal.data_key()
    steps = []
    new_code = lock_out_old_secrets(vault, journal, PASSPHRASE,
                                    progress=lambda n, total: steps.append((n, total)))
    assert journal.data_key() != old_key
    assert steps[-1][0] == steps[-1][1]
    journal.close()
    files = every_key_file(vault.folder)
    old = recovery.parse_code(old_code)
    assert [p for p in files if opens(p, RECOVERY, old)] == []
    backups = BackupManager.for_vault(vault).list_backups()
    assert len(backups) == 1
    with vault.open_with_recovery(new_code) as again:
        verify_backup(backups[0], again.data_key())
        assert again.count_entries() == 1
    for path in files:  # the live key file and the backup hand out only the new key
        if path == vault.key_path or "backups" in path.parts:
            kf = keyfile.load(path)
            assert kf.pending is None
            assert keyfile.unlock_slot(kf, kf.current, PASS_SLOT, PASSPHRASE) != old_key


def test_a_lock_out_cut_off_after_the_rotation_still_hands_over_the_new_code(kept,
                                                                             monkeypatch):
    from journal import StorageFull
    from journal.errors import LockOutUnfinished

    vault, _old_code = kept
    journal = vault.open(PASSPHRASE)

    def full(*_args, **_kwargs):
        raise StorageFull()

    monkeypatch.setattr(BackupManager, "make_backup", full)
    with pytest.raises(LockOutUnfinished) as cut:
        lock_out_old_secrets(vault, journal, PASSPHRASE)
    journal.close()
    vault.open_with_recovery(cut.value.code).close()  # the code it carries is the real one


def test_a_set_aside_copy_of_another_journal_keeps_its_own_recovery_slot(vault, created,
                                                                         tmp_path):
    journal, _code = created
    journal.close()
    other = Vault(tmp_path / "other", kdf_params=TEST_PARAMS)
    other_journal, other_code = other.create("another family's passphrase")
    other_journal.close()
    aside = vault.folder / "set-aside" / "20261101-090000"
    aside.mkdir(parents=True)
    shutil.copy(other.key_path, aside / "journal.key")
    vault.new_recovery_code(PASSPHRASE)
    assert opens(aside / "journal.key", RECOVERY, recovery.parse_code(other_code))
