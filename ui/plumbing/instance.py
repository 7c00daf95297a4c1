"""One app window per journal, with a QLockFile inside the journal's folder.

Each journal on the computer has its own lock: two windows can never hold the same
journal, and a window holds one journal at a time (the seat). Choosing another journal
takes that journal's lock first and only then lets go of the old one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "small-moments.lock"


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock: QLockFile | None = None

    def acquire(self) -> bool:
        """True if this is the only app using the folder (a stale lock is taken over)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = QLockFile(str(self.folder / LOCK_NAME))
        lock.setStaleLockTime(0)
        if not lock.tryLock(100):
            return False
        self._lock = lock
        return True

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


class JournalSeat:
    """The instance lock of the journal this window has chosen (one at a time)."""

    def __init__(self) -> None:
        self.lock: InstanceLock | None = None

    @property
    def folder(self) -> Path | None:
        return self.lock.folder if self.lock is not None else None

    def take(self, folder: Path) -> bool:
        """Hold `folder`'s lock instead of the one held now; False (and nothing let go)
        if another window has that journal."""
        folder = Path(folder)
        if self.lock is not None and self.lock.folder == folder:
            return True
        lock = InstanceLock(folder)
        if not lock.acquire():
            return False
        self.release()
        self.lock = lock
        return True

    def held_by_another(self, folder: Path) -> bool:
        """True if another window has the journal in `folder` (nothing is kept)."""
        if self.folder == Path(folder):
            return False
        probe = InstanceLock(folder)
        if not probe.acquire():
            return True
        probe.release()
        return False

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
