"""The seams tests rely on: dialogs answered in advance, background work, idle checks."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal import FixedClock
from ui.plumbing.dialogs import Dialogs, NoAnswerQueued
from ui.plumbing.idle import IdleWatcher
from ui.plumbing.operations import run_in_background


def test_headless_dialogs_use_queued_answers_and_never_wait():
    dialogs = Dialogs(headless=True)
    dialogs.inform(None, "t", "hello")  # a message needs no answer
    dialogs.set_next_answer(True)
    assert dialogs.ask(None, "t", "sure?") is True
    dialogs.set_next_answer("/tmp/x.pdf")
    assert dialogs.save_file(None, "t", "x.pdf", "*.pdf") == "/tmp/x.pdf"
    with pytest.raises(NoAnswerQueued):
        dialogs.ask(None, "t", "nobody prepared this")
    assert [s.kind for s in dialogs.shown] == ["inform", "ask", "save_file", "ask"]


def test_background_work_reports_on_the_ui_thread(qtbot):
    import threading

    from PySide6.QtCore import QObject

    parent = QObject()
    results, errors, threads = [], [], []
    main = threading.get_ident()

    def work():
        threads.append(threading.get_ident())
        return 42

    run_in_background(parent, work, lambda r: results.append((r, threading.get_ident())),
                      errors.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [(42, main)] and threads[0] != main

    def boom():
        raise ValueError("no")

    run_in_background(parent, boom, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_idle_watcher_uses_the_clock_not_sleeping(qtbot):
    clock = FixedClock(datetime(2026, 1, 1, 8, 0))
    watcher = IdleWatcher(clock, minutes=5)
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.check()
    assert not fired  # not started: nothing to lock
    watcher.start()
    clock.advance(minutes=4, seconds=59)
    watcher.check()
    assert not fired
    clock.advance(seconds=1)
    watcher.check()
    assert fired == [True] and not watcher.active
    watcher.uninstall()
