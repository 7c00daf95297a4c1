"""One instance at a time per data folder, with a QLockFile inside the folder."""

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
