"""Slow work off the UI thread (like Anki's aqt.operations).

`run_in_background(parent, work, on_success, on_failure)` runs `work()` in Qt's thread
pool and calls exactly one of the callbacks back on the UI thread. The parent keeps
the operation alive until it reports.

Work started for an open journal names it (`journal=`) with how to stop it (`stop=`, an
event or a callable). Locking calls `let_go(journal)`: each such operation is told to
stop and its result is dropped (no callback runs on a page being wiped), and lock waits
only for work marked `shares_connection` (it uses the journal's own connection, which is
about to close). Work on connections of its own ends by itself a moment later, on its
thread (a stopped backup clears its partial folder there); work that never touches the
journal is not waited for at all. `settle()` waits for the stopped ones (before files are
moved, and at quit).
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

Stopper = threading.Event | Callable[[], None] | None


class _Relay(QObject):
    """Carries a call from a worker thread to the UI thread. It lives as long as the
    app: a worker never signals through an object the UI thread may be deleting at that
    very moment (that crashed: the page that asked was closed as its work reported)."""

    carry = Signal(object, object, object)  # receiver, call, arguments

    @Slot(object, object, object)
    def _hand_over(self, receiver: QObject, call: Callable[..., None], args: tuple) -> None:
        if shiboken6.isValid(receiver):  # gone meanwhile: nobody to tell
            call(*args)


_relay: _Relay | None = None


def ready_to_hand_over() -> None:
    """Make the relay on the UI thread (done by every Operation; call it once from the
    UI thread before a thread of one's own first uses `hand_over`)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.carry.connect(_relay._hand_over, Qt.ConnectionType.QueuedConnection)


def hand_over(receiver: QObject, call: Callable[..., None], *args: Any) -> None:
    """From any thread: run `call(*args)` soon on the UI thread, if `receiver` (a
    QObject living there) still exists then."""
    assert _relay is not None, "ready_to_hand_over() first, on the UI thread"
    if QCoreApplication.closingDown():  # the app is going: nobody is left to tell
        return
    with contextlib.suppress(RuntimeError):  # (gone in the very moment it closed)
        _relay.carry.emit(receiver, call, args)


def emit_later(sender: QObject, signal: str, *args: Any) -> None:
    """From any thread: `sender`'s signal named `signal` is emitted with `args` on the
    UI thread, if `sender` still exists then (its signal is not touched before)."""
    hand_over(sender, _emit, sender, signal, args)


def _emit(sender: QObject, signal: str, args: tuple) -> None:
    getattr(sender, signal).emit(*args)


class _Runnable(QRunnable):
    def __init__(self, op: Operation) -> None:
        super().__init__()
        self._op = op

    def run(self) -> None:
        op = self._op
        with _guard:  # decided together with let_go: work let go first never begins
            op.began = not op.dropped
        ok, value = False, None
        try:
            if op.began:
                try:
                    value, ok = op.work(), True
                except BaseException as exc:  # noqa: BLE001 - every failure goes to the UI
                    value = exc
        finally:
            op.work = None  # whatever it closed over (journal text) goes with it
            _ended(op)
            if op.dropped:
                ok, value = False, None  # let go at lock: the result goes nowhere
            hand_over(op, op._deliver, ok, value)  # _deliver drops it if let go by then


_guard = threading.Condition()
_live: list[Operation] = []  # started and not yet ended (on any thread)
_undelivered: weakref.WeakSet[Operation] = weakref.WeakSet()  # their result not yet given


def _ended(op: Operation) -> None:
    with _guard:
        if op in _live:
            _live.remove(op)
        op.ended.set()
        _guard.notify_all()


def held(journal: object | None = None) -> list[Operation]:
    """The operations started for `journal` not yet ended; None: those for any journal,
    and any work let go at a lock (say, a key file being rewritten) still ending."""
    with _guard:
        return [op for op in _live if (op.key is not None or op.dropped)
                and (journal is None or op.key == id(journal))]


def let_go(journal: object, under: QObject | None = None) -> None:
    """Lock: tell every operation of `journal` to stop and drop its result, and drop the
    result of any other work asked for by a page `under` the journal's shell (it is
    being wiped), even a result already on its way. Wait only for work that began on
    the journal's own connection (it closes next); the rest ends by itself on its
    thread, and what had not begun never begins."""
    with _guard:
        mine = [op for op in {*_live, *_undelivered} if op.key == id(journal)
                or (under is not None and _inside(op, under))]
        for op in mine:
            op.dropped = True
    for op in mine:
        op.let_go()
    _wait(lambda: [op for op in held(journal) if op.shares_connection and op.began], None)


def _inside(op: Operation, root: QObject) -> bool:
    try:
        node = op.parent()
        while node is not None:
            if node is root:
                return True
            node = node.parent()
    except RuntimeError:  # already deleted: it reports to nobody
        return False
    return False


def settle(journal: object | None = None, timeout: float | None = None) -> bool:
    """Wait until the operations of `journal` (None: of every journal) have ended.
    False if `timeout` seconds passed first."""
    with _guard:
        return _guard.wait_for(lambda: not held(journal), timeout)


def _wait(left: Callable[[], list[Operation]], timeout: float | None) -> bool:
    with _guard:
        return _guard.wait_for(lambda: not left(), timeout)


class Operation(QObject):
    """One background call. Signals `succeeded(result)` / `failed(exc)` on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None, *,
                 journal: object | None = None, stop: Stopper = None,
                 shares_connection: bool = False) -> None:
        super().__init__(parent)
        self.work: Callable[[], Any] | None = work
        self.running = False
        self.key = id(journal) if journal is not None else None
        self.stop = stop
        self.shares_connection = shares_connection
        self.dropped = False
        self.began = False
        self.ended = threading.Event()  # set on the worker thread when the work is over
        ready_to_hand_over()

    def start(self) -> None:
        self.running = True
        with _guard:
            _live.append(self)
            _undelivered.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))

    def let_go(self) -> None:
        """Stop (if it can) and drop the result: no callback runs after this."""
        self.dropped = True
        if isinstance(self.stop, threading.Event):
            self.stop.set()
        elif self.stop is not None:
            self.stop()

    def _deliver(self, ok: bool, value: object) -> None:
        self.running = False
        with _guard:
            _undelivered.discard(self)
        if self.dropped:
            self.deleteLater()
            return
        try:
            if ok:
                self.succeeded.emit(value)
            else:
                self.failed.emit(value)
        finally:
            # a callback that asked a question may have seen a lock delete the page (and
            # this operation with it) while the question was open: nothing left to tell
            if shiboken6.isValid(self):
                self.finished.emit()
                self.deleteLater()


def run_in_background(parent: QObject, work: Callable[[], Any],
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None], *,
                      journal: object | None = None, stop: Stopper = None,
                      shares_connection: bool = False) -> Operation:
    """`journal`: the open journal this work reads (lock lets it go, see `let_go`)."""
    op = Operation(work, parent, journal=journal, stop=stop,
                   shares_connection=shares_connection)
    op.succeeded.connect(on_success)
    op.failed.connect(on_failure)
    op.start()
    return op


def stream_in_background(parent: QObject, pages: Callable[[], Iterable[Any]],
                         on_page: Callable[[Any], None], on_done: Callable[[Any], None],
                         on_failure: Callable[[BaseException], None], *,
                         journal: object | None = None, stop: Stopper = None) -> Operation:
    """Like `run_in_background`, but each item `pages()` yields reaches `on_page` on the
    UI thread as soon as it is made (in order, all before `on_done`)."""
    mine: list[Operation] = []  # the operation, once made (the work may start before)

    def deliver(page: Any) -> None:
        if not (mine and mine[0].dropped):  # a page on its way at lock goes nowhere
            on_page(page)

    def work() -> None:
        for page in pages():
            if mine and mine[0].dropped:
                return  # let go at lock: no more pages go anywhere
            hand_over(parent, deliver, page)  # (goes nowhere if `parent` is gone by then)

    op = run_in_background(parent, work, on_done, on_failure, journal=journal, stop=stop)
    mine.append(op)
    return op
