"""A second place for backups: a USB stick, another drive, a folder a cloud client syncs.

Backups beside the journal help with a damaged file; a second place helps when the
laptop itself is lost, broken or wiped. Each verified backup is also written there as
one `.smbackup` file (see archive.py), read back to check it, and the place keeps its
own number of generations, ordered by a sequence number kept inside each file (never by
the clock, which may be wrong). The newest is never pruned.

A place that is not there (a stick unplugged) is never an error the caregiver has to
deal with: `sync` notes it and tries again next time. When the passphrase or recovery
code changes, the key file inside every archive there is brought up to date the next
time the place is reachable (`refresh_keys`); until then `keys_behind` says so.

The chosen folder and the fingerprint of the key file last written there are kept
inside the encrypted journal (`Journal` settings), never in a plain settings file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from journal.backups import archive
from journal.backups.archive import ArchiveInfo, NotABackup
from journal.backups.manager import Backup, BackupManager
from journal.clock import Clock, SystemClock
from journal.errors import KeyFileDamaged
from journal.fsutil import fsync_dir
from journal.vault import keyfile

PLACE_SETTING = "backup_place"
KEYS_SETTING = "backup_place_keys"
KEEP = 7
_NAME = re.compile(r"small-moments-\d{4}-\d{2}-\d{2}(?:-\d+)?\.smbackup")


class PlaceMissing(OSError):
    """The second place is not reachable right now (for example, the stick is out)."""


@dataclass
class SyncResult:
    """What `sync` did: where it wrote, which archives got the new key file, and whether
    the place was missing (then nothing was written and nothing is wrong)."""

    folder: Path
    missing: bool = False
    written: Path | None = None
    refreshed: list[Path] = field(default_factory=list)
    outdated: list[Path] = field(default_factory=list)
    key_fingerprint: str = ""


def fingerprint(key_bytes: bytes) -> str:
    return hashlib.sha256(key_bytes).hexdigest()


class BackupPlace:
    """The `.smbackup` files of one journal in one folder."""

    def __init__(self, folder: Path, *, keep: int = KEEP, clock: Clock | None = None) -> None:
        if keep < 1:
            raise ValueError("keep at least one backup")
        self.folder = Path(folder)
        self.keep = keep
        self.clock = clock or SystemClock()

    def reachable(self) -> bool:
        return self.folder.is_dir() and os.access(self.folder, os.W_OK | os.X_OK)

    def archives(self, journal_id: str | None = None) -> list[ArchiveInfo]:
        """Our backup files in the place, newest (highest sequence) first. Files that are
        not ours, or are cut short, are left alone and not listed. With `journal_id`,
        only that journal's: two journals on one computer may share one place."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            if not _NAME.fullmatch(path.name) or not path.is_file():
                continue
            try:
                info = archive.read_info(path)
            except (NotABackup, OSError):
                continue
            if journal_id is None or info.journal_id == journal_id:
                found.append(info)
        return sorted(found, key=lambda info: (info.sequence, info.path.name), reverse=True)

    def newest_file(self) -> Path | None:
        """The most recently written backup file here, by name and time only (nothing is
        read: on a slow stick or a cloud folder, opening every file would be slow)."""
        if not self.folder.is_dir():
            return None
        files = [p for p in self.folder.iterdir() if _NAME.fullmatch(p.name) and p.is_file()]
        return max(files, key=lambda p: p.stat().st_mtime, default=None)

    def _new_name(self) -> Path:
        stem = f"small-moments-{self.clock.today().isoformat()}"
        target, n = self.folder / f"{stem}{archive.SUFFIX}", 1
        while target.exists():
            n += 1
            target = self.folder / f"{stem}-{n}{archive.SUFFIX}"
        return target

    def add(self, backup: Backup) -> Path:
        """Write `backup` here as a new `.smbackup`, read it back, then prune the oldest
        beyond `keep` (never the one just written). PlaceMissing if the place is gone."""
        if not self.reachable():
            raise PlaceMissing(f"{self.folder} is not there right now")
        for stale in self.folder.glob(".small-moments-*"):  # a copy that was cut off
            with contextlib.suppress(OSError):
                stale.unlink()
        own = keyfile.KeyFile.from_bytes(backup.key_path.read_bytes()).journal_id
        known = self.archives(own)
        sequence = (known[0].sequence if known else 0) + 1
        target = self._new_name()
        archive.archive_backup(backup, target, sequence=sequence)
        if not archive.same_contents(target, backup):
            with contextlib.suppress(OSError):
                target.unlink()
            raise OSError(f"the copy in {self.folder} did not read back the same")
        self.prune(keep_path=target, journal_id=own)
        return target

    def prune(self, keep_path: Path | None = None, journal_id: str | None = None) -> list[Path]:
        """The oldest beyond `keep` go; with `journal_id`, counted and pruned for that
        journal only (another journal's backups in the same place are never touched)."""
        removed = []
        for info in self.archives(journal_id)[self.keep:]:
            if info.path == keep_path:
                continue
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
                removed.append(info.path)
        if removed:
            fsync_dir(self.folder)
        return removed

    def refresh_keys(self, live_key: bytes) -> tuple[list[Path], list[Path]]:
        """Give every archive of the same journal and data key the live key file, so it
        opens with exactly today's passphrase and recovery code. Returns (rewritten,
        outdated): outdated archives hold another data key (made before the key was
        replaced "for good") and cannot be re-keyed; the caller replaces them."""
        live = keyfile.KeyFile.from_bytes(live_key)
        rewritten, outdated = [], []
        for info in self.archives():
            try:
                held = archive.read_key_bytes(info.path)
                if held == live_key:
                    continue
                old = keyfile.KeyFile.from_bytes(held)
            except (NotABackup, OSError, ValueError, KeyFileDamaged):
                continue
            if old.journal_id != live.journal_id:
                continue  # another journal's backup in the same folder: not ours to touch
            if old.current.generation != live.current.generation:
                outdated.append(info.path)
                continue
            archive.rekey(info.path, live_key)
            rewritten.append(info.path)
        return rewritten, outdated


def place_for(journal) -> BackupPlace | None:
    """The second place the caregiver chose for this journal, if any (read on the
    journal's own thread)."""
    folder = journal.get_setting(PLACE_SETTING)
    return BackupPlace(Path(folder), clock=journal.clock) if folder else None


def choose_place(journal, folder: Path | None) -> None:
    """Remember (or, with None, forget) the second place; a new place starts with no
    record of which key file it holds."""
    journal.set_setting(PLACE_SETTING, "" if folder is None else str(Path(folder)))
    journal.set_setting(KEYS_SETTING, "")


def keys_behind(journal, key_path: Path) -> bool:
    """True while archives in the place may still open with an old secret: the key file
    changed since it was last written there (the place was not reachable since)."""
    if place_for(journal) is None:
        return False
    written = journal.get_setting(KEYS_SETTING)
    try:
        live = fingerprint(Path(key_path).read_bytes())
    except OSError:
        return False
    return bool(written) and written != live


def record_sync(journal, result: SyncResult | None) -> None:
    """After `sync` (back on the journal's thread): remember which key file the place holds."""
    if result is not None and not result.missing and result.key_fingerprint:
        journal.set_setting(KEYS_SETTING, result.key_fingerprint)


def sync(place: BackupPlace, manager: BackupManager, journal, key_path: Path,
         stop: threading.Event | None = None) -> SyncResult:
    """Bring the place up to date (safe off the UI thread: it touches the journal only
    through `make_backup`, which reads on a connection of its own): re-key its archives
    if the key file changed, and write the newest local backup there if it is not there
    yet. A missing place is noted in the result, never raised. `stop` ends a backup it
    makes (BackupStopped; locking sets it)."""
    result = SyncResult(place.folder)
    if not place.reachable():
        result.missing = True
        return result
    live_key = Path(key_path).read_bytes()
    result.refreshed, result.outdated = place.refresh_keys(live_key)
    newest = manager.latest()
    own = keyfile.KeyFile.from_bytes(live_key).journal_id
    held = {info.source for info in place.archives(own)}  # only this journal's
    if newest is None or newest.key_path.read_bytes() != live_key:
        newest = manager.make_backup(journal, key_path, stop=stop)  # under today's keys
    if newest.folder.name not in held or result.outdated:
        result.written = place.add(newest)
    for path in result.outdated:  # replaced by the fresh one just written
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            result.refreshed = [p for p in result.refreshed if p != path]
    result.key_fingerprint = fingerprint(live_key)
    return result
