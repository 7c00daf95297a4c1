"""Small file-system helpers: private folders and files, atomic replace with fsync, and
setting a journal's files aside together.

Every file the app saves is private to the person (0600) and every folder it makes is
0700. Saves go through one atomic writer: a temporary file made with O_EXCL in the
target folder (`tempfile.mkstemp`, so a planted symlink cannot redirect it), fsync,
rename into place, fsync of the folder.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
PRIVATE_UMASK = 0o077


def private_umask() -> int:
    """New files and folders are for this person only (call once at start). Returns the
    umask that was set before."""
    return os.umask(PRIVATE_UMASK)


def private_folder(folder: Path) -> Path:
    """Make `folder` (and its missing parents, each fsynced in its parent) and tighten
    it to 0700."""
    folder = Path(folder)
    make_folder(folder)  # durable: a power cut cannot take the new folder back
    if os.name != "nt" and stat.S_IMODE(folder.stat().st_mode) != FOLDER_MODE:
        os.chmod(folder, FOLDER_MODE)
    return folder


def private_files(paths: Iterable[Path]) -> None:
    """Tighten each existing file in `paths` to 0600 (never follows a symlink)."""
    if os.name == "nt":
        return
    for path in paths:
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            continue
        if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) != FILE_MODE:
            os.chmod(path, FILE_MODE)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op where the OS cannot)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_folder(folder: Path) -> None:
    """Create `folder` (private: mode 0700) and its missing parents so that a power cut
    cannot take them back: each new folder's name is fsynced in its parent."""
    folder = Path(folder)
    if folder.is_dir():
        return
    make_folder(folder.parent)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        if not folder.is_dir():
            raise
    fsync_dir(folder.parent)


def _atomically(path: Path, fill: Callable[[int], None]) -> None:
    """Write a file through `fill(fd)` so that a crash leaves the old file or the new one:
    a new temporary file beside it (O_EXCL, 0600), fsync, rename into place, fsync of
    the folder."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        try:
            if os.name != "nt":
                os.fchmod(fd, FILE_MODE)
            fill(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path`, all or nothing (private: mode 0600)."""
    _atomically(path, lambda fd: _write_all(fd, data))


def atomic_copy(src: Path, dest: Path) -> None:
    """Copy `src` to `dest`, all or nothing (private: mode 0600)."""
    def fill(fd: int) -> None:
        with open(src, "rb") as source:
            while chunk := source.read(1 << 20):
                _write_all(fd, chunk)
    _atomically(dest, fill)


SET_ASIDE = "set-aside"  # the folder, beside the journal, that holds set-aside copies


def set_aside_together(folder: Path, names: Iterable[str], stamp: str) -> Path | None:
    """Move the files `names` found in `folder` together into `folder/set-aside/<stamp>/`,
    keeping their own names (so SQLite still finds a database's -wal and -shm beside it).
    Never deletes anything. Returns the new folder, or None if nothing was there."""
    folder = Path(folder)
    present = [name for name in names if (folder / name).exists()]
    if not present:
        return None
    root = private_folder(folder / SET_ASIDE)
    target, n = root / stamp, 1
    while target.exists():
        n += 1
        target = root / f"{stamp}-{n}"
    target.mkdir(mode=FOLDER_MODE)
    fsync_dir(root)
    for name in present:
        os.replace(folder / name, target / name)
    fsync_dir(target)
    fsync_dir(folder)
    return target


def atomic_fill(path: Path, fill: Callable[[int], None]) -> None:
    """Write `path` through `fill(fd)` (for writers that stream), all or nothing."""
    _atomically(path, fill)
