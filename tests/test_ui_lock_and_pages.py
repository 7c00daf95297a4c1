"""Locking never waits for the day's backup (it stops, its partial folder is cleared, the
next unlock tries again), and pages other than Today are built when first shown."""

from __future__ import annotations

import threading

import pytest
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import make_window, stopped_backup_is_made_again, unlock

from journal.backups.manager import BackupManager
from journal.records.store import Journal
from ui.plumbing.operations import held


def test_lock_stops_a_running_backup_and_the_next_unlock_tries_again(
        qtbot, ctx, made_journal, data_dir, monkeypatch):
    real = Journal.export_copy
    started, seen = threading.Event(), {}

    def blocking_export(self, dest, stop=None, **options):
        """A backup that holds still until it is told to stop (no sleep, no clock)."""
        dest.write_bytes(b"half a copy")
        seen["stop"] = stop
        started.set()
        seen["stopped"] = stop is not None and stop.wait(20)
        raise OSError("interrupted")

    monkeypatch.setattr(Journal, "export_copy", blocking_export)
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)  # no backup yet: the day's first one starts
    assert window.state == "open"
    qtbot.waitUntil(started.is_set, timeout=10000)
    folder = data_dir / "backups"
    assert [p.name.startswith(".partial-") for p in folder.iterdir()] == [True]
    journal = window.journal
    window.lock()
    assert window.state == "locked" and window.journal is None
    assert seen["stop"].is_set()  # lock set the stop at once
    # lock did not wait for it: the backup ends on its own thread a moment later
    qtbot.waitUntil(lambda: not held(journal), timeout=10000)
    assert seen["stopped"] is True  # it was the stop that let it go; it did not time out
    stopped_backup_is_made_again(qtbot, window, journal, folder,
                                 lambda: monkeypatch.setattr(Journal, "export_copy", real))


def test_without_the_stop_the_blocking_backup_would_hold_the_lock(data_dir, journal):
    """Control for the harness above: the stand-in really blocks until told to stop."""
    stop, started, done = threading.Event(), threading.Event(), threading.Event()
    manager = BackupManager(data_dir / "backups")
    errors = []

    def run():
        try:
            manager.make_backup(journal, stop=stop)
        except BaseException as exc:  # noqa: BLE001 - what the thread saw
            errors.append(exc)
        done.set()

    def blocking_export(dest, stop=None, **options):
        dest.write_bytes(b"half a copy")
        started.set()
        stop.wait()
        raise OSError("interrupted")

    journal.export_copy = blocking_export
    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(20)
    assert not done.is_set()  # held: nothing but the stop lets it go
    stop.set()
    worker.join(20)
    assert done.is_set() and type(errors[0]).__name__ == "BackupStopped"
    assert list((data_dir / "backups").iterdir()) == []


def test_a_real_backup_stops_inside_sqlite(data_dir, journal):
    """The stop reaches SQLite itself: a set stop ends the copy before it starts."""
    stop = threading.Event()
    stop.set()
    manager = BackupManager(data_dir / "backups")
    try:
        manager.make_backup(journal, stop=stop)
    except Exception as exc:  # noqa: BLE001
        assert type(exc).__name__ == "BackupStopped"
    else:
        raise AssertionError("the backup did not stop")
    assert list((data_dir / "backups").iterdir()) == []
    assert manager.make_backup(journal).folder.is_dir()  # without the stop it is made


def test_pages_other_than_today_are_built_when_first_shown(qtbot, open_window):
    shell = open_window.shell
    qtbot.waitUntil(lambda: not shell.my_data.working, timeout=10000)  # the day's backup
    built = set(shell._pages)
    assert "timeline" not in built and "people" not in built and "settings" not in built
    assert "wizard" not in built and "form" not in built
    assert shell.tabs.count() == 5
    shell.tabs.setCurrentIndex(1)  # Moments
    assert "timeline" in shell._pages
    assert shell.tabs.currentWidget() is shell.timeline
    assert shell.tabs.tabText(1) == "&Moments"
    shell.tabs.setCurrentIndex(4)
    assert shell.tabs.currentWidget() is shell.settings
    assert "people" not in shell._pages
    open_window.lock()


@pytest.mark.parametrize("where", ["moment form", "summary"])
def test_a_draft_that_cannot_be_written_never_keeps_the_journal_open(qtbot, open_window,
                                                                     monkeypatch, where):
    """A full disk at lock: the words can't be kept, but the journal still closes (its
    key is dropped) and the lock screen says plainly what happened."""
    import sqlite3

    window, journal = open_window, open_window.journal
    shell = window.shell
    if where == "moment form":
        shell.open_form("connection")
        shell.form.texts["child_did"].setPlainText("Reached for my hand")
    else:
        from test_ui_summary_wizard import fill, loaded, open_wizard
        fill(journal)
        wizard = open_wizard(qtbot, window)
        wizard.next()
        loaded(qtbot, wizard)
        wizard.next()
        wizard.notes.know.setPlainText("Mornings are hard")

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(journal, "save_draft", full)
    window.lock()
    assert window.state == "locked" and window.journal is None
    assert not journal.is_open  # closed: the key went with it
    message = window.unlock_page.message
    assert not message.isHidden() and "could not be kept" in message.text()
    assert window.unlock_page.passphrase.accessibleDescription() == message.text()
