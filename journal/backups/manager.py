"""Automatic encrypted backups, the startup rescue, and restoring (here or on another
machine). DESIGN.md, "Nothing lost".

A backup is a folder `backups/<YYYYMMDD-HHMMSS>/` holding `journal.db` (an encrypted
`sqlcipher_export` copy, same data key) and `journal.key` (a copy of the key file), so
the folder is itself a journal folder: copied anywhere, it opens with the passphrase
that opened the journal when the backup was made. Each backup is written under a
temporary name, verified (every page, the structure, the key file, the journal id),
then renamed into place; only then are the oldest generations beyond `keep` removed.

A damaged journal is never deleted or overwritten. `open_or_offer` opens the journal,
or, when the file or key file is damaged, finds the newest backup that verifies with
the passphrase; `restore` sets the damaged files aside (renamed beside themselves) and
copies the backup in.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

from journal.clock import Clock, SystemClock
from journal.errors import JournalDamaged, KeyFileDamaged, KeyFileMissing, WrongPassphrase
from journal.fsutil import atomic_copy, fsync_dir, set_aside
from journal.records.store import Journal
from journal.vault import db, keyfile, migrations
from journal.vault.access import DB_NAME, KEY_NAME, RESTORING, Vault

FOLDER_NAME = "backups"
KEEP = 7
EVERY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"(\d{8}-\d{6})(?:-(\d+))?")
# Files that make up a journal in its folder (SQLite's WAL files included).
JOURNAL_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}.new", KEY_NAME)


class BackupStopped(Exception):
    """A backup stopped before it was done (the journal was locked); nothing was kept."""


@dataclass(frozen=True)
class Backup:
    folder: Path
    made_at: datetime | None = None  # from the folder name; None for a folder from elsewhere

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_NAME

    @classmethod
    def at(cls, folder: Path) -> Backup:
        """A backup folder anywhere (for example copied from another machine)."""
        folder = Path(folder)
        match = _NAME.fullmatch(folder.name)
        made = datetime.strptime(match.group(1), _STAMP) if match else None
        return cls(folder, made)


@dataclass(frozen=True)
class Opened:
    """What `open_or_offer` found: the open journal, or what went wrong and a backup."""

    journal: Journal | None
    problem: Exception | None = None  # JournalDamaged, KeyFileMissing or KeyFileDamaged
    offer: Backup | None = None  # the newest backup that opens with this passphrase


# -- checking a backup -------------------------------------------------------------------
def backup_key(backup: Backup, passphrase: str) -> bytes:
    """The data key from the backup's own key file (WrongPassphrase if it doesn't open)."""
    kf = keyfile.load(backup.key_path)
    for keyset in (kf.current, kf.pending):
        if keyset is None:
            continue
        key = keyfile.unlock_slot(kf, keyset, keyfile.PASSPHRASE, passphrase)
        if key is not None:
            return key
    raise WrongPassphrase()


def verify_backup(backup: Backup, data_key: bytes, stop: threading.Event | None = None) -> None:
    """Raise unless the backup's database opens with `data_key`, every page and the
    structure check out, and it belongs with its key file. Changes nothing on disk."""
    kf = keyfile.load(backup.key_path)
    if not backup.db_path.is_file() or backup.db_path.stat().st_size == 0:
        raise JournalDamaged("The backup's journal file is missing.")
    uri = f"{backup.db_path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    except sqlcipher3.Error as exc:
        raise JournalDamaged() from exc
    try:
        db.watch(conn, stop)
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db.verify(conn, full=True)
        if not 1 <= migrations.schema_version(conn) <= migrations.LATEST:
            raise JournalDamaged("This backup was made by another version of Small Moments.")
        row = conn.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
        if row is None or row[0] != kf.journal_id:
            raise JournalDamaged("This backup's journal file belongs with another key file.")
    except sqlcipher3.DatabaseError as exc:
        raise JournalDamaged() from exc
    finally:
        conn.close()


# -- making and listing backups --------------------------------------------------------------
class BackupManager:
    """Backups of one journal in `folder` (by default `<data folder>/backups`)."""

    def __init__(self, folder: Path, *, keep: int = KEEP, clock: Clock | None = None) -> None:
        if keep < 1:
            raise ValueError("keep at least one backup")
        self.folder = Path(folder)
        self.keep = keep
        self.clock = clock or SystemClock()

    @classmethod
    def for_vault(cls, vault: Vault, *, keep: int = KEEP) -> BackupManager:
        return cls(vault.folder / FOLDER_NAME, keep=keep, clock=vault.clock)

    def list_backups(self) -> list[Backup]:
        """Complete backups (both files present), newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.fullmatch(path.name)
            if match and (path / DB_NAME).is_file() and (path / KEY_NAME).is_file():
                found.append((match.group(1), int(match.group(2) or 1), path))
        return [Backup.at(path) for _, _, path in sorted(found, reverse=True)]

    def latest(self) -> Backup | None:
        backups = self.list_backups()
        return backups[0] if backups else None

    def is_due(self, every: timedelta = EVERY) -> bool:
        latest = self.latest()
        return latest is None or latest.made_at is None or \
            self.clock.now() - latest.made_at >= every

    def backup_if_due(self, journal: Journal, every: timedelta = EVERY, *,
                      stop: threading.Event | None = None) -> Backup | None:
        """The automatic backup: call after unlocking and before locking (off the UI thread)."""
        return self.make_backup(journal, stop=stop) if self.is_due(every) else None

    def make_backup(self, journal: Journal, key_file: Path | None = None, *,
                    stop: threading.Event | None = None) -> Backup:
        """A new verified backup; then the oldest beyond `keep` are removed. Setting
        `stop` (from another thread) ends it soon: BackupStopped, its folder cleared."""
        key_file = Path(key_file or Path(journal.path).with_name(KEY_NAME))
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = self.clock.now().strftime(_STAMP)
        final, n = self.folder / stamp, 1
        while final.exists():
            n += 1
            final = self.folder / f"{stamp}-{n}"
        for stale in self.folder.glob(".partial-*"):  # left by a backup that was cut off
            shutil.rmtree(stale, ignore_errors=True)
        partial = self.folder / f".partial-{final.name}-{os.getpid()}"
        partial.mkdir(mode=0o700)
        try:
            journal.export_copy(partial / DB_NAME, stop)
            if stop is not None and stop.is_set():  # a short copy may end before it looks
                raise BackupStopped()
            kf = keyfile.load(key_file)
            if kf.journal_id != journal.journal_id:
                raise KeyFileDamaged("The key file beside the journal belongs to another one.")
            atomic_copy(key_file, partial / KEY_NAME)
            verify_backup(Backup(partial), journal.data_key(), stop)
            fsync_dir(partial)
            os.replace(partial, final)
            fsync_dir(self.folder)
        except BaseException as exc:
            shutil.rmtree(partial, ignore_errors=True)
            if stop is not None and stop.is_set():
                raise BackupStopped() from exc
            raise
        self.prune()
        return Backup.at(final)

    def prune(self) -> list[Path]:
        """Remove the oldest backups beyond `keep`. Only our own backup folders, never
        anything set aside."""
        removed = []
        for backup in self.list_backups()[self.keep:]:
            shutil.rmtree(backup.folder)
            removed.append(backup.folder)
        if removed:
            fsync_dir(self.folder)
        return removed

    def newest_that_opens(self, passphrase: str) -> Backup | None:
        """The newest backup whose key file opens with `passphrase` and that verifies."""
        keys: dict[bytes, bytes | None] = {}
        for backup in self.list_backups():
            try:
                raw = backup.key_path.read_bytes()
                if raw not in keys:
                    try:
                        keys[raw] = backup_key(backup, passphrase)
                    except WrongPassphrase:
                        keys[raw] = None
                if keys[raw] is None:
                    continue
                verify_backup(backup, keys[raw])
            except (OSError, JournalDamaged, KeyFileDamaged, KeyFileMissing):
                continue
            return backup
        return None


# -- the startup check and restoring ----------------------------------------------------------
def open_or_offer(vault: Vault, passphrase: str, manager: BackupManager | None = None) -> Opened:
    """Open the journal; if its file or key file is damaged or missing, change nothing and
    offer the newest backup that opens with this passphrase. WrongPassphrase and
    JournalTooNew pass through (they are not damage)."""
    try:
        return Opened(vault.open(passphrase))
    except (JournalDamaged, KeyFileMissing, KeyFileDamaged) as problem:
        manager = manager or BackupManager.for_vault(vault)
        return Opened(None, problem, manager.newest_that_opens(passphrase))


def set_aside_journal(folder: Path, stamp: str) -> list[Path]:
    """Rename the journal's files in `folder` beside themselves (never deleted)."""
    folder = Path(folder)
    moved = []
    for name in JOURNAL_FILES:
        path = folder / name
        if path.exists():
            moved.append(set_aside(path, stamp))
    return moved


def restore(backup: Backup, vault_folder: Path, passphrase: str,
            clock: Clock | None = None) -> list[Path]:
    """Put `backup` in place as the journal in `vault_folder` (here or on another machine).

    The backup is checked with the passphrase first (WrongPassphrase, JournalDamaged);
    then the journal files already there are set aside, never deleted, and the backup's
    database and key file are copied in. Close the journal before calling this. Returns
    the set-aside paths. The restored journal opens with the passphrase that opened it
    when the backup was made.
    """
    verify_backup(backup, backup_key(backup, passphrase))
    vault_folder = Path(vault_folder)
    vault_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (clock or SystemClock()).now().strftime(_STAMP)
    # Stage both files beside the journal first; if this stops half way, the vault
    # finishes the renames at the next unlock (Vault.finish_restore), so the old or
    # the restored journal is always there to open.
    staged_db, staged_key = (vault_folder / f"{DB_NAME}{RESTORING}",
                             vault_folder / f"{KEY_NAME}{RESTORING}")
    atomic_copy(backup.db_path, staged_db)
    atomic_copy(backup.key_path, staged_key)
    moved = set_aside_journal(vault_folder, stamp)
    os.replace(staged_key, vault_folder / KEY_NAME)
    os.replace(staged_db, vault_folder / DB_NAME)
    fsync_dir(vault_folder)
    return moved


