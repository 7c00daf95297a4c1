"""A full disk: saving and backing up report a clear error; the journal and the previous
backup stay whole."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from conftest import PASSPHRASE

from journal import Entry, StorageFull, StorageTrouble
from journal.backups.manager import BackupManager, verify_backup

ROOT = Path(__file__).resolve().parent.parent


def test_a_full_disk_refuses_the_save_and_the_backup_and_loses_nothing(vault, created):
    journal = created[0]
    kept = [journal.add_entry(Entry("reflection", datetime(2026, 11, d, 9),
                                    {"body": f"kept words {d}" + " ." * 3000})).id
            for d in range(1, 21)]
    manager = BackupManager.for_vault(vault)
    earlier = manager.make_backup(journal)
    key = journal.data_key()
    journal.close()
    limit = vault.db_path.stat().st_size // 2  # no file may grow past this: a full disk

    result = subprocess.run([sys.executable, str(ROOT / "tests/support/full_disk_worker.py"),
                             str(vault.folder), PASSPHRASE, str(limit)],
                            capture_output=True, text=True, timeout=120)
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    # A full disk (ENOSPC) reads as StorageFull; a file-size limit (EFBIG) as an I/O
    # error, StorageTrouble. Both are plain messages that say nothing saved was lost.
    refused = {"StorageFull", "StorageTrouble"}
    assert lines.get("save") in refused and lines.get("backup") in refused, (
        result.stdout + result.stderr)
    assert lines.get("small-save") == "saved"

    with vault.open(PASSPHRASE, verify=True) as again:
        again.verify(full=True)
        bodies = {e.id: e.text["body"] for e in again.get_entries(kept).values()}
        assert bodies == {i: f"kept words {d}" + " ." * 3000
                          for i, d in zip(kept, range(1, 21), strict=True)}
        assert again.count_entries() == 21  # the small save after the refused one landed
    backups = manager.list_backups()
    assert [b.folder for b in backups] == [earlier.folder]  # no half-written backup left
    verify_backup(earlier, key)
    leftovers = [p.name for p in manager.folder.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_the_messages_are_plain_and_kind():
    for error in (StorageFull(), StorageTrouble()):
        assert "space" in str(error) and "safe" in str(error)


def test_disk_errors_map_to_plain_errors_and_others_do_not():
    import errno

    from journal.vault import db

    assert isinstance(db.storage_error(OSError(errno.ENOSPC, "No space")), StorageFull)
    assert isinstance(db.storage_error(db.DatabaseError("database or disk is full")),
                      StorageFull)
    assert isinstance(db.storage_error(db.DatabaseError("disk I/O error")), StorageTrouble)
    assert db.storage_error(db.DatabaseError("no such table: x")) is None
    assert db.storage_error(ValueError("full")) is None
