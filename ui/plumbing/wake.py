"""Starting Small Moments again brings the open window forward.

A second start finds every journal held by a window already open. Instead of only saying
"already open", it asks that window to come forward, through two small files in the data
folder (no network, nothing a caregiver wrote): it writes a new token to
`small-moments.wake`; each open window watches the folder, shows itself (a journal left
open in a hidden or minimised window locks first, as the tray icon does) and writes the
same token back to `small-moments.woke`. The second start waits a moment for that
answer; without one it says "already open" as before.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from PySide6.QtCore import QEventLoop, QFileSystemWatcher, QObject, QTimer, Signal

from journal.fsutil import atomic_write

WAKE_NAME = "small-moments.wake"
WOKE_NAME = "small-moments.woke"
ANSWER_MS = 3000  # how long a second start waits for the open window to answer


def _read(path: Path) -> str:
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return path.read_text(encoding="ascii")[:64]
    return ""


def wake_open_window(root: Path, wait_ms: int = ANSWER_MS) -> bool:
    """Ask the window open on `root` to come forward. True once it answered."""
    root = Path(root)
    token = uuid.uuid4().hex  # only to tell this start from an earlier one
    watcher = QFileSystemWatcher([str(root)])
    loop, timer = QEventLoop(), QTimer()
    timer.setSingleShot(True)
    answered = []

    def look(_path: str = "") -> None:
        if _read(root / WOKE_NAME) == token:
            answered.append(True)
            loop.quit()

    watcher.directoryChanged.connect(look)
    timer.timeout.connect(loop.quit)
    try:
        atomic_write(root / WAKE_NAME, token.encode("ascii"))
    except OSError:
        return False
    timer.start(wait_ms)
    look()
    if not answered:
        loop.exec()
    watcher.removePaths(watcher.directories())
    return bool(answered)


class WakeWatch(QObject):
    """Watches `root` for a second start's token; emits `woken` and answers it."""

    woken = Signal()

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.seen = _read(self.root / WAKE_NAME)  # a token from before this start
        self.watcher = QFileSystemWatcher(self)
        if self.root.is_dir():
            self.watcher.addPath(str(self.root))
        self.watcher.directoryChanged.connect(self._look)

    def _look(self, _path: str) -> None:
        token = _read(self.root / WAKE_NAME)
        if not token or token == self.seen:
            return
        self.seen = token
        self.woken.emit()
        with contextlib.suppress(OSError):
            atomic_write(self.root / WOKE_NAME, token.encode("ascii"))
