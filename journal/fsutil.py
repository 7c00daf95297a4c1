"""Small file-system helpers: atomic replace with fsync, and setting files aside."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path


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
    a temporary file beside it, fsync, rename into place, fsync of the folder."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
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
    """Write `data` to `path`, all or nothing."""
    _atomically(path, lambda fd: _write_all(fd, data))


def atomic_copy(src: Path, dest: Path) -> None:
    """Copy `src` to `dest`, all or nothing (private: mode 0600)."""
    def fill(fd: int) -> None:
        with open(src, "rb") as source:
            while chunk := source.read(1 << 20):
                _write_all(fd, chunk)
    _atomically(dest, fill)


def set_aside(path: Path, stamp: str) -> Path:
    """Rename a file that cannot be opened to a unique name beside it; never delete it."""
    path = Path(path)
    target = path.with_name(f"{path.name}.set-aside-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.set-aside-{stamp}-{n}")
    os.replace(path, target)
    fsync_dir(path.parent)
    return target
