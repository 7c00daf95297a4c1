"""Slow work off the UI thread (like Anki's aqt.operations).

`run_in_background(parent, work, on_success, on_failure)` runs `work()` in Qt's thread
pool and calls exactly one of the callbacks back on the UI thread. The parent keeps
the operation alive until it reports.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Runnable(QRunnable):
    def __init__(self, op: Operation) -> None:
        super().__init__()
        self._op = op

    def run(self) -> None:
        try:
            result = self._op.work()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            self._report(False, exc)
        else:
            self._report(True, result)

    def _report(self, ok: bool, value: object) -> None:
        # RuntimeError: the window that asked is gone (closed mid-work); nobody to tell
        with contextlib.suppress(RuntimeError):
            self._op.reported.emit(ok, value)


class Operation(QObject):
    """One background call. Signals `succeeded(result)` / `failed(exc)` on the UI thread."""

    reported = Signal(bool, object)  # emitted from the worker thread
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.running = False
        self.reported.connect(self._deliver)

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(_Runnable(self))

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self.running = False
        try:
            if ok:
                self.succeeded.emit(value)
            else:
                self.failed.emit(value)
        finally:
            self.finished.emit()
            self.deleteLater()


def run_in_background(parent: QObject, work: Callable[[], Any],
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None]) -> Operation:
    op = Operation(work, parent)
    op.succeeded.connect(on_success)
    op.failed.connect(on_failure)
    op.start()
    return op
