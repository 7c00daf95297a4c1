"""Small helpers for the summary wizard's work off the UI thread, and where it saves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal


class Relay(QObject):
    """Carries progress from the worker thread to the progress bar (queued)."""

    progress = Signal(int)


def scaled(low: int, high: int, relay: Relay):
    def report(done: int, total: int) -> None:
        relay.progress.emit(low + (high - low) * done // max(1, total))
    return report


def save_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()
