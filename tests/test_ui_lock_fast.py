"""Lock never waits for background work it need not wait for (issue 24).

Work that does not use the journal's own connection (a page's task, copying a finished
backup) is let go: lock closes the journal and drops the key while it still runs, and
its late result touches nothing. Work on the journal is told to stop: a backup in the
middle of a statement ends at once inside SQLite, its partial folder is cleared, and the
next unlock makes it again. Only work sharing the journal's own connection is waited for.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import (
    flush_deletes,
    make_window,
    stopped_backup_is_made_again,
    unlock,
    visible_texts,
)

import ui.shell.window as window_module
from journal.errors import JournalClosed
from journal.vault import db
from ui.plumbing import operations
from ui.plumbing.operations import run_in_background, stream_in_background

SECRET = "Leo giggled in the bath tonight"  # stands for anything a caregiver wrote
VALVE = 3.0  # seconds: only so a lock that waits (the control) cannot hang the test


def locked_while_held(window, gate: threading.Event) -> bool:
    """Lock the window; True if the lock was over while `gate` was still closed. A lock
    that waits for work held on `gate` is let through by a valve after VALVE seconds
    (only so it cannot hang the test); then it returns False."""
    lock_over = threading.Event()

    def valve() -> None:
        if not lock_over.wait(VALVE):
            gate.set()

    threading.Thread(target=valve, daemon=True).start()
    window.lock()
    held = not gate.is_set()
    lock_over.set()
    gate.set()
    return held


def lock_while_blocked(qtbot, window, *, for_journal: bool) -> None:
    """Start a task on a page of the open journal that holds still on an event this test
    holds; lock; the lock must be over while the task is still held. Then let it go and
    check its late result reaches nothing."""
    gate, started = threading.Event(), threading.Event()
    journal, shell = window.journal, window.shell
    page = shell.today
    reached: list[object] = []

    def work() -> str:
        started.set()
        gate.wait()  # held until the test lets go (or the valve of locked_while_held)
        return SECRET

    def show(value) -> None:  # what a page does with its result
        reached.append(value)
        page.editor.setPlainText(str(value))

    op = run_in_background(page, work, show, show,
                           journal=journal if for_journal else None)
    qtbot.waitUntil(started.is_set, timeout=10000)
    held_during_lock = locked_while_held(window, gate)
    assert held_during_lock, "lock waited for work that does not need the journal"
    assert window.state == "locked" and window.journal is None
    assert not journal.is_open
    assert journal._key == bytearray()  # the key was wiped at once
    with pytest.raises(JournalClosed):
        journal.data_key()
    assert window.stack.currentWidget() is window.unlock_page
    qtbot.waitUntil(op.ended.is_set, timeout=10000)  # the late result is out now
    for _ in range(3):
        QApplication.processEvents()
        flush_deletes()
    assert reached == []
    assert all(SECRET not in text for text in visible_texts())


@pytest.mark.parametrize("for_journal", [False, True], ids=["page task", "journal task"])
def test_lock_does_not_wait_for_work_held_off_the_journal(qtbot, open_window, for_journal):
    lock_while_blocked(qtbot, open_window, for_journal=for_journal)


def test_control_a_lock_that_waits_for_all_work_is_caught(qtbot, open_window, monkeypatch):
    """The harness above fails when lock waits for the whole thread pool (as it did)."""
    real_let_go = window_module.let_go

    def waiting_for_all(journal, under=None) -> None:
        real_let_go(journal, under)
        QThreadPool.globalInstance().waitForDone()

    monkeypatch.setattr(window_module, "let_go", waiting_for_all)
    with pytest.raises(AssertionError, match="lock waited"):
        lock_while_blocked(qtbot, open_window, for_journal=False)


def test_lock_stops_a_backup_in_the_middle_of_a_statement(
        qtbot, ctx, made_journal, data_dir, monkeypatch):
    """The day's backup is inside SQLite's copy when lock comes: lock tells it to stop and
    does not wait; the statement ends "interrupted", the partial folder is cleared on the
    backup's thread, nothing is kept, and the next unlock makes the backup."""
    real_watch = db.watch
    mid_statement, held = threading.Event(), {}

    def holding_watch(conn, stop):
        real_watch(conn, stop)
        if stop is None or held:
            return

        def progress() -> int:  # SQLite calls this while the copy runs
            held["conn"] = conn
            mid_statement.set()
            stop.wait(VALVE)  # the statement holds still here until lock says stop
            return 1 if stop.is_set() else 0
        held["stop"] = stop
        conn.set_progress_handler(progress, 100)

    monkeypatch.setattr(db, "watch", holding_watch)
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)  # no backup yet: the day's first one starts
    journal = window.journal
    qtbot.waitUntil(mid_statement.is_set, timeout=20000)
    folder = data_dir / "backups"
    assert [p.name.startswith(".partial-") for p in folder.iterdir()] == [True]
    assert operations.held(journal)  # the backup is running for this journal
    window.lock()
    assert held["stop"].is_set()  # told to stop at once
    assert window.state == "locked" and not journal.is_open
    stopped_backup_is_made_again(qtbot, window, journal, folder,
                                 lambda: monkeypatch.setattr(db, "watch", real_watch))


def test_lock_waits_for_work_on_the_journals_own_connection(qtbot, open_window):
    """A key change re-keys on the journal's own connection: lock waits until it ends
    (and only then closes the journal)."""
    window = open_window
    journal = window.journal
    gate, started, seen = threading.Event(), threading.Event(), {}

    def work() -> None:
        started.set()
        gate.wait(VALVE)
        seen["open at the end"] = journal.is_open

    op = run_in_background(window.shell.settings, work, lambda _r: None, lambda _e: None,
                           journal=journal, shares_connection=True)
    qtbot.waitUntil(started.is_set, timeout=10000)
    real_wait, waited_for = operations._wait, []

    def spying(left, timeout):  # what let_go waits for, as it begins to wait
        waited_for.extend(left())
        return real_wait(left, timeout)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(operations, "_wait", spying)
        locker = threading.Thread(target=operations.let_go, args=(journal,))
        locker.start()
        qtbot.waitUntil(lambda: bool(waited_for) or not locker.is_alive(), timeout=10000)
        gate.set()
        locker.join()
    assert waited_for == [op]  # it waited for the work (a lock that did not: nothing)
    assert seen["open at the end"] is True  # the journal was still open for it
    window.lock()


def test_settle_waits_for_work_let_go_and_a_restore_settles_first(qtbot, open_window,
                                                                  monkeypatch):
    """Work the lock let go may still be ending: `settle` waits for it, and a restore
    (which moves the journal's files) settles before it moves anything."""
    window = open_window
    journal = window.journal
    gate, started = threading.Event(), threading.Event()

    def work() -> None:
        started.set()
        gate.wait(VALVE)  # a stopped task still ending (it ignores its stop)

    op = run_in_background(window, work, lambda _r: None, lambda _e: None, journal=journal)
    qtbot.waitUntil(started.is_set, timeout=10000)
    window.lock()
    assert operations.held(journal) == [op]
    assert operations.settle(timeout=0.05) is False  # still ending: settle says so
    import ui.my_data.backups as backups_module

    restoring, seen = threading.Event(), {}

    def fake_restore(*_args):
        seen["work still held"] = bool(operations.held(journal))
        restoring.set()
        return []

    monkeypatch.setattr(backups_module, "restore", fake_restore)
    real_settle, settling = operations.settle, threading.Event()

    def spying(*args, **kwargs):
        settling.set()
        return real_settle(*args, **kwargs)

    monkeypatch.setattr(backups_module, "settle", spying)
    done = threading.Event()
    backups_module.restore_locked(window, window.ctx, None, "x", done.set)
    qtbot.waitUntil(lambda: settling.is_set() or restoring.is_set(), timeout=10000)
    moved_early = restoring.is_set()  # a restore that did not settle first moves now
    gate.set()
    qtbot.waitUntil(done.is_set, timeout=10000)
    assert not moved_early
    assert seen == {"work still held": False}
    assert operations.settle(timeout=VALVE) is True


def start_a_result(page, reached: list, journal) -> object:
    return run_in_background(page, lambda: SECRET, reached.append, reached.append)


def start_a_page(page, reached: list, journal) -> object:
    return stream_in_background(page, lambda: iter([SECRET]), reached.append,
                                lambda _r: None, lambda _e: None, journal=journal)


@pytest.mark.parametrize("start", [start_a_result, start_a_page], ids=["result", "page"])
def test_what_is_already_on_its_way_at_lock_goes_nowhere(qtbot, open_window, start):
    """The work ended just before the lock and what it made (a result, or a page of a
    stream) waits in the event queue: lock drops it too (a new recovery code, say, is
    never put on a wiped page)."""
    window = open_window
    reached: list[object] = []
    op = start(window.shell.today, reached, window.journal)
    assert op.ended.wait(10)  # done (no event loop turns here: not yet given to the page)
    assert reached == []
    window.lock()
    for _ in range(3):
        QApplication.processEvents()
        flush_deletes()
    assert reached == []


def test_settle_waits_for_key_file_work_the_lock_let_go(qtbot, open_window):
    """Work on key files only (a new passphrase) names no journal; let go at lock, it
    still ends on its thread, and settle (before a restore moves files) waits for it."""
    window = open_window
    gate, started = threading.Event(), threading.Event()

    def rewrap() -> None:
        started.set()
        gate.wait(VALVE)

    op = run_in_background(window.shell.settings, rewrap, lambda _r: None, lambda _e: None)
    qtbot.waitUntil(started.is_set, timeout=10000)
    window.lock()
    assert op.dropped
    assert operations.settle(timeout=0.05) is False  # still rewriting: not settled
    gate.set()
    assert operations.settle(timeout=VALVE) is True


def test_work_still_queued_at_lock_never_begins_and_is_not_waited_for(qtbot, open_window):
    """Work waiting for a free thread when lock comes (every thread busy) is dropped: it
    never reads the journal, nobody is told, and lock does not wait for it, even for
    key work on the journal's own connection."""
    window = open_window
    journal = window.journal
    pool = QThreadPool.globalInstance()
    gate, busy = threading.Event(), []

    def blocker() -> None:
        busy.append(1)
        gate.wait()  # only the test (or the valve of locked_while_held) lets these go

    for _ in range(pool.maxThreadCount()):
        run_in_background(window, blocker, lambda _r: None, lambda _e: None)
    qtbot.waitUntil(lambda: len(busy) == pool.maxThreadCount(), timeout=10000)
    ran, told = [], []
    queued = [run_in_background(page, lambda: (ran.append("began"), journal.count_entries()),
                                told.append, told.append, journal=journal,
                                shares_connection=shared)
              for page, shared in ((window.shell.today, False),
                                   (window.shell.settings, True))]
    assert locked_while_held(window, gate), "lock waited for work that had not begun"
    qtbot.waitUntil(lambda: all(op.ended.is_set() for op in queued), timeout=10000)
    for _ in range(3):
        QApplication.processEvents()
    assert ran == [] and told == []
