"""Automatic encrypted backups, the startup rescue, and restoring (here or on another
machine). DESIGN.md, "Nothing lost".

A backup is a folder `backups/<YYYYMMDD-HHMMSS>/` holding `journal.db` (an encrypted
`sqlcipher_export` copy, same data key), `journal.key` (a copy of the key file) and
`sequence` (its number: backups are ordered by it, never by the clock, so a clock that
was once wrong neither stops backups nor prunes the newest). The folder is itself a
journal folder: copied anywhere, it opens with the journal's passphrase (a passphrase
change gives every kept key file the new one; see journal.vault.kept). Each backup is
written under a temporary name, verified (every page, the structure, the key file, the
journal id), then renamed into place; only then are the oldest beyond `keep` removed,
never the one just written.

A damaged journal is never deleted or overwritten. `open_or_offer` opens the journal,
or, when the file or key file is damaged, finds the newest backup that verifies with
the passphrase; `restore` sets the journal's files aside together (database, -wal,
-shm and key file, with their own names, in `set-aside/<stamp>/`) and copies the
backup in.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

from journal.clock import Clock, SystemClock
from journal.errors import (
    JournalDamaged,
    KeyFileDamaged,
    KeyFileMissing,
    KeyFileTooNew,
    RestoreCutOff,
    WrongPassphrase,
)
from journal.fsutil import (
    atomic_copy,
    atomic_write,
    fsync_dir,
    private_files,
    private_folder,
    set_aside_together,
)
from journal.records.store import Journal
from journal.vault import db, keyfile, lock, migrations
from journal.vault.access import DB_NAME, KEY_NAME, RESTORING, Vault
from journal.vault.kept import BACKUPS, KEY_FILES

FOLDER_NAME = BACKUPS
SEQUENCE = "sequence"  # the file in a backup folder that holds its number
KEEP = 7
EVERY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"(\d{8}-\d{6})(?:-(\d+))?")
# Files that make up a journal in its folder (SQLite's WAL files included, and a
# rollback journal a power cut can leave behind: paired with a restored database it
# would be played into it and damage it).
JOURNAL_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal",
                 f"{DB_NAME}.new", KEY_NAME)


class BackupStopped(Exception):
    """A backup stopped before it was done (the journal was locked); nothing was kept."""


@dataclass(frozen=True)
class Backup:
    folder: Path
    made_at: datetime | None = None  # from the folder name; None for a folder from elsewhere
    sequence: int = 0  # its place among this journal's backups (0: made by an older version)

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
        return cls(folder, made, _read_sequence(folder))


def _read_sequence(folder: Path) -> int:
    try:
        text = (Path(folder) / SEQUENCE).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return 0
    return int(text) if text.isdigit() and len(text) < 19 else 0


_WRITING: set[str] = set()  # partial folders this process is writing right now


def _alive(pid: int) -> bool:
    """True if a process with this id is running (its partial backup is not stale)."""
    if pid == os.getpid():
        return False  # ours: `_WRITING` says which are still being written
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
        found = keyfile.find_caregiver(kf, keyset, passphrase)  # any caregiver's
        if found is not None:
            return found[1]
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
        """Complete backups (both files present), newest first: by sequence number, and
        by the name's time only among backups an older version made."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.fullmatch(path.name)
            if match and (path / DB_NAME).is_file() and (path / KEY_NAME).is_file():
                backup = Backup.at(path)
                found.append(((backup.sequence, match.group(1), int(match.group(2) or 1)),
                              backup))
        return [backup for _, backup in sorted(found, key=lambda item: item[0], reverse=True)]

    def latest(self) -> Backup | None:
        backups = self.list_backups()
        return backups[0] if backups else None

    def is_due(self, every: timedelta = EVERY) -> bool:
        """Due when the newest backup is `every` old, or seems to be from the future (the
        clock was ahead then, or is behind now)."""
        latest = self.latest()
        if latest is None or latest.made_at is None:
            return True
        age = self.clock.now() - latest.made_at
        return age >= every or age < timedelta(0)

    def backup_if_due(self, journal: Journal, every: timedelta = EVERY, *,
                      stop: threading.Event | None = None) -> Backup | None:
        """The automatic backup: call after unlocking and before locking (off the UI thread)."""
        return self.make_backup(journal, stop=stop) if self.is_due(every) else None

    def make_backup(self, journal: Journal, key_file: Path | None = None, *,
                    stop: threading.Event | None = None) -> Backup:
        """A new verified backup; then the oldest beyond `keep` are removed. Setting
        `stop` (from another thread) ends it soon: BackupStopped, its folder cleared."""
        key_file = Path(key_file or Path(journal.path).with_name(KEY_NAME))
        private_folder(self.folder)
        stamp = self.clock.now().strftime(_STAMP)
        final, n = self.folder / stamp, 1
        while final.exists():
            n += 1
            final = self.folder / f"{stamp}-{n}"
        self._clear_stale_partials()
        sequence = max((b.sequence for b in self.list_backups()), default=0) + 1
        partial = self.folder / f".partial-{final.name}-{secrets.token_hex(4)}-{os.getpid()}"
        partial.mkdir(mode=0o700)
        _WRITING.add(partial.name)
        try:
            journal.export_copy(partial / DB_NAME, stop, check=False)  # verify_backup checks it
            if stop is not None and stop.is_set():  # a short copy may end before it looks
                raise BackupStopped()
            kf = keyfile.load(key_file)
            if kf.journal_id != journal.journal_id:
                raise KeyFileDamaged("The key file beside the journal belongs to another one.")
            with KEY_FILES:  # never half way through a key change (journal.vault.kept)
                atomic_copy(key_file, partial / KEY_NAME)
            atomic_write(partial / SEQUENCE, f"{sequence}\n".encode("ascii"))
            private_files(partial.iterdir())
            verify_backup(Backup(partial), journal.data_key(), stop)
            fsync_dir(partial)
            while True:  # another backup may have taken the name meanwhile
                try:
                    os.replace(partial, final)
                    break
                except OSError:
                    if not final.exists():
                        raise
                    n += 1
                    final = self.folder / f"{stamp}-{n}"
            fsync_dir(self.folder)
        except BaseException as exc:
            shutil.rmtree(partial, ignore_errors=True)
            if stop is not None and stop.is_set():
                raise BackupStopped() from exc
            raise
        finally:
            _WRITING.discard(partial.name)
        self.prune(keep_also=final)
        return Backup.at(final)

    def _clear_stale_partials(self) -> None:
        """Remove what a backup that was cut off left, but never the unfinished backup
        of a process that is still running."""
        for stale in self.folder.glob(".partial-*"):
            pid = stale.name.rpartition("-")[2]
            if stale.name in _WRITING or (pid.isdigit() and _alive(int(pid))):
                continue
            shutil.rmtree(stale, ignore_errors=True)

    def prune(self, keep_also: Path | None = None) -> list[Path]:
        """Remove the oldest backups beyond `keep`, never `keep_also` (the backup just
        written). Only our own backup folders, never anything set aside."""
        removed = []
        for backup in self.list_backups()[self.keep:]:
            if keep_also is not None and backup.folder == Path(keep_also):
                continue
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
def open_or_offer(vault: Vault, passphrase: str, manager: BackupManager | None = None, *,
                  caregiver: str | None = None, defer: bool = False) -> Opened:
    """Open the journal (as `caregiver`, a key slot id, when the unlock screen asked who
    is there); if its file or key file is damaged or missing, change nothing and offer
    the newest backup that opens with this passphrase. WrongPassphrase, JournalTooNew
    and KeyFileTooNew pass through (they are not damage). With `defer`, only the quick
    page checks run now; the caller runs the full one (journal.vault.integrity.PageCheck)."""
    try:
        return Opened(vault.open(passphrase, caregiver=caregiver, defer=defer))
    except KeyFileTooNew:
        raise
    except (JournalDamaged, KeyFileMissing, KeyFileDamaged) as problem:
        manager = manager or BackupManager.for_vault(vault)
        return Opened(None, problem, manager.newest_that_opens(passphrase))


def set_aside_journal(folder: Path, stamp: str) -> list[Path]:
    """Move the journal's files in `folder` together into `set-aside/<stamp>/`, with their
    own names, so the set-aside copy opens as it was (never deleted). Returns where each
    file is now."""
    target = set_aside_together(folder, JOURNAL_FILES, stamp)
    if target is None:
        return []
    return [target / name for name in JOURNAL_FILES if (target / name).exists()]


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
    vault_folder = private_folder(Path(vault_folder))
    held = lock.acquire(vault_folder)  # JournalBusy if another program has it open
    try:
        stamp = (clock or SystemClock()).now().strftime(_STAMP)
        # Stage both files beside the journal first; if this stops half way, the vault
        # finishes the renames at the next unlock, once the staged key file opens with
        # the person's secret (Vault._unwrap), so the old or the restored journal is
        # always there to open.
        staged_db, staged_key = (vault_folder / f"{DB_NAME}{RESTORING}",
                                 vault_folder / f"{KEY_NAME}{RESTORING}")
        atomic_copy(backup.db_path, staged_db)
        atomic_copy(backup.key_path, staged_key)
        moved = set_aside_journal(vault_folder, stamp)
        try:
            os.replace(staged_key, vault_folder / KEY_NAME)
            os.replace(staged_db, vault_folder / DB_NAME)
            fsync_dir(vault_folder)
        except BaseException as exc:
            if moved:
                raise RestoreCutOff(set_aside_at=moved[0].parent) from exc
            raise
        return moved
    finally:
        held.release()


