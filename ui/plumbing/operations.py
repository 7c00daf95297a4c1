"""Slow work off the UI thread (like Anki's aqt.operations).

`run_in_background(parent, work, on_success, on_failure)` runs `work()` in Qt's thread
pool and calls exactly one of the callbacks back on the UI thread. The parent keeps
the operation alive until it reports.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
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


class _Pages(QObject):
    page = Signal(object)  # emitted from the worker thread, delivered on the UI thread


def stream_in_background(parent: QObject, pages: Callable[[], Iterable[Any]],
                         on_page: Callable[[Any], None], on_done: Callable[[Any], None],
                         on_failure: Callable[[BaseException], None]) -> Operation:
    """Like `run_in_background`, but each item `pages()` yields reaches `on_page` on the
    UI thread as soon as it is made (in order, all before `on_done`)."""
    relay = _Pages(parent)
    relay.page.connect(on_page)

    def work() -> None:
        for page in pages():
            with contextlib.suppress(RuntimeError):  # the one who asked is gone
                relay.page.emit(page)

    op = run_in_background(parent, work, on_done, on_failure)
    op.finished.connect(relay.deleteLater)
    return op
