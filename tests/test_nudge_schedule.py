"""The gentle nudge's schedule, driven by the injected clock: the timer is "fired" by
moving the clock by the timer's own interval and calling its timeout, as Qt would."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from journal import FixedClock
from ui.plumbing import nudge as nudge_mod
from ui.plumbing.nudge import RECHECK, NudgeScheduler, is_due, next_due
from ui.plumbing.prefs import Preferences

FRIDAY = datetime(2026, 11, 20, 9, 0)  # a Friday
MON, WED = 0, 2


@pytest.fixture
def prefs(tmp_path):
    return Preferences(tmp_path / "settings.ini")


@pytest.fixture
def clock():
    return FixedClock(FRIDAY)


def _scheduler(qapp, clock, prefs):
    scheduler = NudgeScheduler(clock, prefs)
    came: list[datetime] = []
    scheduler.nudge.connect(lambda: came.append(clock.now()))
    scheduler.reschedule()
    return scheduler, came


def _run_until(scheduler, clock, end: datetime, on_each=None) -> None:
    """Let time pass as the single-shot timer would see it, until `end`."""
    for _step in range(2_000):  # a timer that fires at once forever would be a bug
        if not scheduler.timer.isActive() or clock.now() >= end:
            return
        clock.advance(milliseconds=scheduler.timer.interval())
        if on_each is not None:
            on_each(clock.now())
        scheduler.timer.timeout.emit()
    raise AssertionError("the nudge's timer kept firing without time passing")


def test_off_by_default(qapp, clock, prefs):
    assert prefs.nudge_on is False
    scheduler, came = _scheduler(qapp, clock, prefs)
    assert scheduler.due_at is None and not scheduler.timer.isActive()
    clock.set_wall(datetime(2026, 11, 20, 23, 0))
    scheduler.check()
    assert came == []


def test_it_comes_at_the_time_on_the_chosen_days_only(qapp, clock, prefs):
    prefs.nudge_on, prefs.nudge_time, prefs.nudge_days = True, time(19, 30), {MON, WED}
    scheduler, came = _scheduler(qapp, clock, prefs)
    assert scheduler.due_at == datetime(2026, 11, 23, 19, 30)  # Friday → Monday
    _run_until(scheduler, clock, datetime(2026, 12, 3, 23, 59))
    assert came == [datetime(2026, 11, 23, 19, 30), datetime(2026, 11, 25, 19, 30),
                    datetime(2026, 11, 30, 19, 30), datetime(2026, 12, 2, 19, 30)]


def test_the_timer_waits_for_the_due_time_and_never_longer_than_the_recheck(qapp, clock,
                                                                           prefs):
    prefs.nudge_on, prefs.nudge_time = True, time(9, 10)
    scheduler, _came = _scheduler(qapp, clock, prefs)
    assert scheduler.timer.interval() == 10 * 60 * 1000  # 09:00 → 09:10
    prefs.nudge_time = time(21, 0)
    scheduler.reschedule()
    assert scheduler.timer.interval() == RECHECK.total_seconds() * 1000


def test_not_on_a_day_something_was_kept(qapp, clock, prefs):
    prefs.nudge_on, prefs.nudge_time = True, time(19, 30)
    scheduler, came = _scheduler(qapp, clock, prefs)
    scheduler.kept()  # Friday morning: a moment was kept
    assert prefs.last_kept_day == date(2026, 11, 20)
    assert scheduler.due_at == datetime(2026, 11, 21, 19, 30)  # not today: tomorrow
    _run_until(scheduler, clock, datetime(2026, 11, 21, 23, 0))
    assert came == [datetime(2026, 11, 21, 19, 30)]  # control: Saturday it comes


def test_kept_after_the_timer_was_set_still_counts(qapp, clock, prefs):
    prefs.nudge_on, prefs.nudge_time = True, time(19, 30)
    scheduler, came = _scheduler(qapp, clock, prefs)
    prefs.last_kept_day = date(2026, 11, 20)  # kept in another way (the date is the truth)
    _run_until(scheduler, clock, datetime(2026, 11, 20, 23, 59))
    assert came == []


def test_once_a_day_even_after_a_restart(qapp, clock, prefs):
    prefs.nudge_on, prefs.nudge_time = True, time(19, 30)
    scheduler, came = _scheduler(qapp, clock, prefs)
    _run_until(scheduler, clock, datetime(2026, 11, 20, 23, 0))
    assert came == [datetime(2026, 11, 20, 19, 30)]
    scheduler.check()  # a stray check the same evening
    again, came_again = _scheduler(qapp, clock, prefs)  # the app started again
    again.check()
    assert came == [datetime(2026, 11, 20, 19, 30)] and came_again == []
    assert again.due_at == datetime(2026, 11, 21, 19, 30)


def test_started_after_the_time_it_comes_once_that_day(qapp, clock, prefs):
    prefs.nudge_on, prefs.nudge_time = True, time(7, 0)
    scheduler, came = _scheduler(qapp, clock, prefs)  # 09:00, two hours late
    assert scheduler.due_at == FRIDAY and scheduler.timer.interval() == 0
    scheduler.timer.timeout.emit()
    assert came == [FRIDAY]


def test_a_clock_set_by_hand_is_noticed(qapp, clock, prefs):
    prefs.nudge_on, prefs.nudge_time = True, time(19, 30)
    scheduler, came = _scheduler(qapp, clock, prefs)
    clock.set_wall(datetime(2026, 11, 20, 20, 0))  # the laptop woke up after the time
    scheduler.timer.timeout.emit()  # the next recheck (at most RECHECK later)
    assert came == [datetime(2026, 11, 20, 20, 0)]


def test_no_days_chosen_means_no_nudge(qapp, clock, prefs):
    prefs.nudge_on, prefs.nudge_days = True, set()
    assert prefs.nudge_days == frozenset()
    assert next_due(prefs, FRIDAY) is None
    assert not is_due(prefs, datetime(2026, 11, 20, 23, 0))


def test_a_damaged_settings_file_falls_back_to_quiet_defaults(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[nudge]\non=maybe\ntime=25:99\ndays=x9\nlast_kept_day=soon\n")
    prefs = Preferences(path)
    assert prefs.nudge_on is False
    assert prefs.nudge_time == time(19, 30)
    assert prefs.nudge_days == frozenset()
    assert prefs.last_kept_day is None


def test_the_words_are_fixed_and_hold_no_journal_text(qapp, monkeypatch):
    assert nudge_mod.nudge_text() == "A small moment today?"
