"""One process per journal: an OS file lock (`fcntl.flock`) on `journal.lock` beside it.

The lock is held while a journal is open and while its files are rewritten (keys,
restore). It lives in the core, so two programs cannot open the same journal even
without the app's own instance lock (ui.plumbing.instance, a QLockFile on another file;
the two sit side by side). Inside one process the lock is shared and counted, so the
vault may be asked for it again while a journal is open. The OS drops it when the
process ends, however it ends.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from journal.errors import JournalBusy

LOCK_NAME = "journal.lock"

_held: dict[str, tuple[int, int]] = {}  # real path -> (fd, how many holders)
_guard = threading.Lock()


class JournalLock:
    """A held lock; `release()` once (also on garbage collection is not relied upon)."""

    def __init__(self, key: str) -> None:
        self._key: str | None = key

    def release(self) -> None:
        key, self._key = self._key, None
        if key is None:
            return
        with _guard:
            fd, count = _held[key]
            if count > 1:
                _held[key] = (fd, count - 1)
                return
            del _held[key]
        _unlock(fd)

    @property
    def held(self) -> bool:
        return self._key is not None


def acquire(folder: Path) -> JournalLock:
    """The journal lock for `folder`, or JournalBusy if another process holds it."""
    path = Path(folder) / LOCK_NAME
    key = os.path.realpath(path)
    with _guard:
        if key in _held:
            fd, count = _held[key]
            _held[key] = (fd, count + 1)
            return JournalLock(key)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_CLOEXEC", 0), 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise JournalBusy()
        _held[key] = (fd, 1)
        return JournalLock(key)


def is_locked_elsewhere(folder: Path) -> bool:
    """True if another process holds the lock (for tests and the UI's wording)."""
    try:
        acquire(folder).release()
    except JournalBusy:
        return True
    return False


if os.name == "nt":  # pragma: no cover - the packaged build is Linux; keep Windows working
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
