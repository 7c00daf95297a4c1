"""Lock out the old recovery code and old passphrases for good.

A new recovery code or passphrase already opens every kept key file in place of the
old one (journal.vault.kept). This stronger path is for when an old code or key file
may have been seen or copied: it

1. rotates the data key, so the database itself opens only with a new key, and makes
   a new recovery code (the passphrase stays the one typed);
2. makes one fresh, verified backup under the new key;
3. removes every older backup and the copies made before schema upgrades (they are
   under the old key), keeping the fresh backup;
4. gives each set-aside copy the new recovery code where the passphrase opens it (a
   set-aside copy keeps its own old data key: it is a different, older file).

Every step is safe to stop: the journal opens after each one. If a step after the
rotation fails, LockOutUnfinished carries the new recovery code, so it is still shown.
Runs off the UI thread; `progress(step, steps)` reports each step.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from pathlib import Path

from journal.backups.manager import BackupManager
from journal.errors import LockOutUnfinished
from journal.fsutil import fsync_dir
from journal.records.store import Journal
from journal.vault.access import DB_NAME, Vault
from journal.vault.kept import kept_key_files

STEPS = 4


def lock_out_old_secrets(vault: Vault, journal: Journal, passphrase: str,
                         progress: Callable[[int, int], None] | None = None,
                         manager: BackupManager | None = None) -> str:
    """Rotate the data key, replace the backups with one fresh backup, and return the new
    recovery code (to show once)."""
    report = progress or (lambda _step, _steps: None)
    manager = manager or BackupManager.for_vault(vault)
    code, secret = vault.rotate_data_key_with_secret(journal, passphrase)
    report(1, STEPS)
    try:
        _replace_backups(vault, journal, passphrase, secret, manager, report)
    except Exception as exc:  # the new code must still reach the person
        raise LockOutUnfinished(code=code) from exc
    return code


def _replace_backups(vault: Vault, journal: Journal, passphrase: str, secret: bytes,
                     manager: BackupManager, report: Callable[[int, int], None]) -> None:
    fresh = manager.make_backup(journal)
    report(2, STEPS)
    for backup in manager.list_backups():
        if backup.folder != fresh.folder:
            shutil.rmtree(backup.folder)
    for stale in manager.folder.glob(".partial-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for copy in vault.folder.glob(f"{DB_NAME}.before-v*"):
        with contextlib.suppress(FileNotFoundError):
            copy.unlink()
    fsync_dir(manager.folder)
    fsync_dir(vault.folder)
    report(3, STEPS)
    live = [vault.key_path, fresh.key_path]
    vault.give_recovery_code(passphrase, secret,
                             skip=tuple(p for p in kept_key_files(vault.folder) if p in live),
                             caregiver=journal.writer)
    report(4, STEPS)


def kept_copies(vault: Vault) -> list[Path]:
    """Key files other than the live one (for the wording: what the lock-out touches)."""
    return [path for path in kept_key_files(vault.folder) if path != vault.key_path]
