"""One-file backups: `small-moments-YYYY-MM-DD.smbackup`.

A `.smbackup` file is a plain (uncompressed) tar archive of exactly three members, in
this order:

    backup.json   {"format": "small-moments-backup", "version": 1, "sequence": N,
                   "source": "<the local backup it was made from>"}
    journal.key   the key file (wrapped keys only; it opens nothing without a secret)
    journal.db    the encrypted database (SQLCipher: every page is ciphertext)

Nothing in it is plain journal text, and its name carries only a date, so it can be
copied, mailed to oneself or kept on a USB stick as one file. Members are written with
fixed owner, time and mode, so the archive says nothing about the machine either.

Reading is strict: exactly those names, regular files only, sizes bounded, no paths.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path

from journal.backups.manager import Backup
from journal.errors import InvalidInput
from journal.fsutil import atomic_fill
from journal.vault import keyfile
from journal.vault.access import DB_NAME, KEY_NAME

SUFFIX = ".smbackup"
FORMAT = "small-moments-backup"
VERSION = 1
INFO_NAME = "backup.json"
MEMBERS = (INFO_NAME, KEY_NAME, DB_NAME)
MAX_INFO_BYTES = 4096
MAX_DB_BYTES = 64 * 1024**3


class NotABackup(InvalidInput):
    """The file is not a Small Moments backup (or is cut short)."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or "This file isn't a Small Moments backup, or it was cut "
                                    "short. Nothing was changed.")


@dataclass(frozen=True)
class ArchiveInfo:
    path: Path
    sequence: int
    source: str
    journal_id: str = ""  # whose backup: the id in its key file ("" if it can't be read)


def _member(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def _write(target: Path, info: bytes, key_bytes: bytes, db_stream, db_size: int) -> None:
    def fill(fd: int) -> None:
        with os.fdopen(fd, "wb", closefd=False) as out, \
                tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
            tar.addfile(_member(INFO_NAME, len(info)), io.BytesIO(info))
            tar.addfile(_member(KEY_NAME, len(key_bytes)), io.BytesIO(key_bytes))
            tar.addfile(_member(DB_NAME, db_size), db_stream)

    atomic_fill(Path(target), fill)


def write_archive(target: Path, *, key_bytes: bytes, db_path: Path, sequence: int,
                  source: str) -> None:
    """Write a `.smbackup` at `target`, all or nothing (temporary file, fsync, rename)."""
    info = json.dumps({"format": FORMAT, "version": VERSION, "sequence": int(sequence),
                       "source": str(source)}, sort_keys=True).encode("utf-8")
    with open(db_path, "rb") as db:
        _write(target, info, key_bytes, db, os.fstat(db.fileno()).st_size)


def rekey(path: Path, key_bytes: bytes) -> None:
    """Replace the key file inside the archive at `path`, all or nothing; the database
    and the sequence number stay as they are."""
    with _open(path) as tar:
        members = _checked_members(tar)
        info = tar.extractfile(members[0]).read()  # type: ignore[union-attr]
        _write(path, info, key_bytes, tar.extractfile(members[2]), members[2].size)


def archive_backup(backup: Backup, target: Path, *, sequence: int) -> None:
    """A local backup folder as one `.smbackup` file."""
    write_archive(target, key_bytes=backup.key_path.read_bytes(), db_path=backup.db_path,
                  sequence=sequence, source=backup.folder.name)


def _checked_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = []
    try:
        for member in tar:
            members.append(member)
            if len(members) > len(MEMBERS):
                raise NotABackup()
    except (tarfile.TarError, EOFError) as exc:
        raise NotABackup() from exc
    if [m.name for m in members] != list(MEMBERS) or not all(m.isreg() for m in members):
        raise NotABackup()
    sizes = {INFO_NAME: MAX_INFO_BYTES, KEY_NAME: keyfile.MAX_BYTES, DB_NAME: MAX_DB_BYTES}
    if any(m.size > sizes[m.name] for m in members) or members[2].size == 0:
        raise NotABackup()
    return members


def _open(path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(path, mode="r:")  # no compression: nothing to unpack blindly
    except (tarfile.TarError, EOFError) as exc:
        raise NotABackup() from exc


def _info(tar: tarfile.TarFile, member: tarfile.TarInfo) -> dict:
    try:
        data = json.loads(tar.extractfile(member).read())  # type: ignore[union-attr]
    except (ValueError, tarfile.TarError, EOFError) as exc:
        raise NotABackup() from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT \
            or not isinstance(data.get("sequence"), int) or data.get("version") != VERSION:
        raise NotABackup()
    return data


def read_info(path: Path) -> ArchiveInfo:
    """The archive's sequence number and source (NotABackup if it is not one of ours)."""
    with _open(path) as tar:
        members = _checked_members(tar)
        data = _info(tar, members[0])
        key = tar.extractfile(members[1]).read()  # type: ignore[union-attr]
    try:
        journal_id = keyfile.KeyFile.from_bytes(key).journal_id
    except (ValueError, keyfile.KeyFileDamaged):
        journal_id = ""
    return ArchiveInfo(Path(path), data["sequence"], str(data.get("source", "")), journal_id)


def read_key_bytes(path: Path) -> bytes:
    """The key file held in the archive."""
    with _open(path) as tar:
        members = _checked_members(tar)
        return tar.extractfile(members[1]).read()  # type: ignore[union-attr]


def extract(path: Path, into: Path) -> Backup:
    """Unpack the key file and the database into the empty folder `into` (mode 0600)."""
    into = Path(into)
    into.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        with _open(path) as tar:
            members = _checked_members(tar)
            _info(tar, members[0])
            for member in members[1:]:
                source = tar.extractfile(member)
                fd = os.open(into / member.name, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                             | getattr(os, "O_NOFOLLOW", 0), 0o600)
                with os.fdopen(fd, "wb") as out:
                    copied = 0
                    while chunk := source.read(1 << 20):  # type: ignore[union-attr]
                        out.write(chunk)
                        copied += len(chunk)
                    if copied != member.size:
                        raise NotABackup()
    except (tarfile.TarError, EOFError) as exc:
        raise NotABackup() from exc
    return Backup(into)


def same_contents(path: Path, backup: Backup) -> bool:
    """True if the archive holds exactly the backup's key file and database (read back
    after writing, so a copy cut short or changed on the way is never trusted)."""
    def digest(stream) -> str:
        h = hashlib.sha256()
        while chunk := stream.read(1 << 20):
            h.update(chunk)
        return h.hexdigest()

    try:
        with _open(path) as tar:
            members = _checked_members(tar)
            held = [digest(tar.extractfile(m)) for m in members[1:]]
    except (NotABackup, OSError, tarfile.TarError, EOFError):
        return False
    with open(backup.key_path, "rb") as key, open(backup.db_path, "rb") as db:
        return held == [digest(key), digest(db)]
