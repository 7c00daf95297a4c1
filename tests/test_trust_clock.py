"""Backups and auto-lock do not trust the wall clock: backups are ordered by a sequence
number kept with them, and idle time is measured on a monotonic clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal import Entry, FixedClock
from journal.backups.manager import BackupManager
from ui.plumbing.idle import IdleWatcher


def note(journal, words: str) -> None:
    journal.add_entry(Entry("reflection", datetime(2026, 11, 1, 9), {"body": words}))


@pytest.fixture
def manager(vault):
    return BackupManager.for_vault(vault, keep=3)


def test_a_backup_made_after_the_clock_went_back_a_year_is_kept_as_the_newest(
        vault, journal, manager):
    clock = vault.clock
    clock.set_wall(datetime(2027, 11, 20, 9, 0))  # the clock was a year ahead
    for n in range(3):
        note(journal, f"ahead {n}")
        manager.make_backup(journal)
        clock.advance(days=1)
    clock.set_wall(datetime(2026, 11, 20, 9, 0))  # then put right
    note(journal, "the newest words")
    made = manager.make_backup(journal)
    assert made.folder.exists()  # "Make a backup now" keeps what it says it made
    assert manager.list_backups()[0].folder == made.folder
    assert len(manager.list_backups()) == 3
    assert made.sequence == 4


def test_a_backup_from_the_future_does_not_stop_the_automatic_backups(vault, journal,
                                                                       manager):
    clock = vault.clock
    clock.set_wall(datetime(2027, 11, 20, 9, 0))
    manager.make_backup(journal)
    clock.set_wall(datetime(2026, 11, 20, 9, 0))
    assert manager.is_due()
    made = manager.backup_if_due(journal)
    assert made is not None and manager.list_backups()[0].folder == made.folder
    assert not manager.is_due()  # and then once a day, as before
    clock.advance(days=1)
    assert manager.is_due()


def test_going_forward_a_year_orders_and_prunes_by_sequence(vault, journal, manager):
    clock = vault.clock
    made = []
    for _ in range(2):
        made.append(manager.make_backup(journal))
        clock.set_wall(datetime(2027, 12, 1, 9, 0))
    made.append(manager.make_backup(journal))
    clock.set_wall(datetime(2026, 1, 1, 9, 0))
    made.append(manager.make_backup(journal))
    assert [b.folder for b in manager.list_backups()] == [b.folder for b in made[:0:-1]]
    assert not made[0].folder.exists()


def test_idle_time_is_not_delayed_by_a_clock_that_steps_back_an_hour(qtbot):
    clock = FixedClock(datetime(2026, 11, 1, 2, 30))
    watcher = IdleWatcher(clock, minutes=5)
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(48):  # 4 minutes of checks, 5 seconds apart
        clock.advance(seconds=5)
        watcher.check()
    clock.set_wall(clock.now().replace(hour=1))  # daylight saving ends: back an hour
    assert not fired
    for _ in range(13):  # 65 more seconds
        clock.advance(seconds=5)
        watcher.check()
    assert fired == [True]
    watcher.uninstall()


def test_control_idle_time_without_the_step_still_locks_after_five_minutes(qtbot):
    clock = FixedClock(datetime(2026, 11, 1, 2, 30))
    watcher = IdleWatcher(clock, minutes=5)
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(59):
        clock.advance(seconds=5)
        watcher.check()
    assert not fired
    clock.advance(seconds=5)
    watcher.check()
    assert fired == [True]
    watcher.uninstall()
