"""Bringing a journal home: "I already have a journal".

On a new computer (or after a wiped disk) the caregiver points at what they kept: a
`.smbackup` file, a backup folder, or a whole journal folder from the old computer. The
copy is unpacked into a hidden folder inside the data folder and opened there, with the
passphrase, or with the recovery code and a new passphrase: that checks every page,
and migrates a journal from an older version with its own safety copy. Only then are
its files moved into place. Anything that does not open changes nothing: the data
folder stays empty and the source is only read.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from journal.backups import archive
from journal.backups.archive import NotABackup
from journal.errors import InvalidInput
from journal.fsutil import atomic_copy, fsync_dir, private_folder
from journal.records.store import Journal
from journal.vault.access import DB_NAME, KEY_NAME, Vault

INCOMING = ".incoming"
# The files that make up a journal; the key file moves last.
_PARTS = re.compile(rf"{re.escape(DB_NAME)}(-wal|-shm|\.before-v\d+)?")


class AlreadyHasJournal(InvalidInput):
    def __init__(self) -> None:
        super().__init__("There is already a journal in this folder, so nothing was "
                         "brought in. Nothing was changed.")


def _stage(source: Path, staging: Path) -> None:
    """Copy (or unpack) the journal at `source` into the empty folder `staging`."""
    if source.is_file():
        archive.extract(source, staging)
        return
    if not source.is_dir():
        raise NotABackup("That file or folder isn't there any more. Nothing was changed.")
    if not (source / DB_NAME).is_file() or not (source / KEY_NAME).is_file():
        raise NotABackup("That folder doesn't hold a Small Moments journal or backup. It "
                         "needs a journal file and a key file. Nothing was changed.")
    staging.mkdir(mode=0o700)
    for name in (DB_NAME, f"{DB_NAME}-wal", KEY_NAME):  # -wal holds the newest pages
        if (source / name).is_file():
            atomic_copy(source / name, staging / name)


def bring_home(source: Path, vault: Vault, *, passphrase: str | None = None,
               code: str | None = None, new_passphrase: str | None = None) -> Journal:
    """Put the journal kept at `source` into the vault's (empty) folder and open it.

    With `code` and `new_passphrase` it opens with the recovery code and sets a new
    passphrase; else it opens with `passphrase`. Raises what unlocking raises
    (WrongPassphrase, WrongRecoveryCode, RecoveryCodeTypo, JournalDamaged,
    JournalTooNew, KeyFileDamaged), NotABackup for a file or folder that is not ours,
    or AlreadyHasJournal; in every such case nothing in the data folder changed.
    """
    if vault.exists():
        raise AlreadyHasJournal()
    folder = private_folder(vault.folder)
    staging = folder / f"{INCOMING}-{os.getpid()}"
    for stale in folder.glob(f"{INCOMING}-*"):  # left by a try that was cut off
        shutil.rmtree(stale, ignore_errors=True)
    try:
        _stage(Path(source), staging)
        staged = Vault(staging, kdf_params=vault._params, clock=vault.clock, lang=vault.lang)
        if code is not None:
            if not new_passphrase:
                raise InvalidInput("Choose a new passphrase first.")
            journal = staged.reset_passphrase(code, new_passphrase)
            passphrase = new_passphrase
        else:
            journal = staged.open(passphrase or "")
        journal.close()
        parts = sorted(p.name for p in staging.iterdir() if _PARTS.fullmatch(p.name))
        for name in [*parts, KEY_NAME]:
            os.replace(staging / name, folder / name)
        fsync_dir(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return vault.open(passphrase or "")
