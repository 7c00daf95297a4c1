"""Small helpers for the summary wizard's work off the UI thread, and where it saves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal

from ui.plumbing.operations import emit_later, ready_to_hand_over


class Relay(QObject):
    """Carries progress from the worker thread to the progress bar. Made on the UI
    thread; the worker never signals through it directly (a lock may be deleting the
    wizard, and this relay with it, at that very moment: that crashed), it hands each
    value over through the app's lasting relay (ui/plumbing/operations.py)."""

    progress = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        ready_to_hand_over()  # on the UI thread, before any worker reports
        super().__init__(parent)


def scaled(low: int, high: int, relay: Relay):
    def report(done: int, total: int) -> None:  # on the worker's thread: touches no Qt
        emit_later(relay, "progress", low + (high - low) * done // max(1, total))
    return report


def save_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()
