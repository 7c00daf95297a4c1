"""Today's "a moment from before": shown, opened, hidden for today, turned off, translated."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import START, unlock

from journal import Entry
from journal.records.lookback import months_before
from ui.today.look_back import HIDDEN_KEY, SHOW_KEY


def _keep_year_old_repair(journal) -> int:
    day = months_before(START.date(), 12)
    entry = journal.add_entry(Entry("repair", datetime.combine(day, START.time()), {
        "pulled_apart": "APART-MARKER", "reconnected": "We rocked until she slept."}))
    return int(entry.id)


def _card(window):
    return window.shell.today.look_back


def test_no_moment_from_before_no_card(open_window):
    assert not _card(open_window).isVisible()
    assert _card(open_window).found is None


def test_a_year_old_repair_comes_back_with_only_its_coming_back(qtbot, open_window):
    entry_id = _keep_year_old_repair(open_window.journal)
    open_window.shell.today.refresh_week()
    card = _card(open_window)
    assert card.isVisible()
    assert card.heading.text() == "A year ago, you found your way back to each other:"
    assert card.words.text() == "We rocked until she slept."
    assert "APART-MARKER" not in " ".join((card.heading.text(), card.words.text(),
                                           card.when.text()))
    assert card.accessibleName() == "A moment from before"
    assert card.hide_button.text() == "Hide for today"
    qtbot.mouseClick(card.open_button, Qt.MouseButton.LeftButton)
    shell = open_window.shell
    assert shell.stack.currentWidget() is shell.entry_view
    assert shell.entry_view.entry.id == entry_id


def test_hide_for_today_holds_after_a_lock_and_comes_back_tomorrow(qtbot, open_window, clock):
    _keep_year_old_repair(open_window.journal)
    open_window.shell.today.refresh_week()
    qtbot.mouseClick(_card(open_window).hide_button, Qt.MouseButton.LeftButton)
    assert not _card(open_window).isVisible()
    assert open_window.journal.get_setting(HIDDEN_KEY) == START.date().isoformat()
    open_window.lock()
    unlock(qtbot, open_window)
    assert not _card(open_window).isVisible()  # still hidden today
    open_window.lock()
    clock.advance(days=1)  # a year and a day: still "about" a year ago
    unlock(qtbot, open_window)
    assert _card(open_window).isVisible()


def test_turned_off_in_the_journal_no_card(qtbot, open_window):
    _keep_year_old_repair(open_window.journal)
    open_window.journal.set_setting(SHOW_KEY, "off")
    open_window.shell.today.refresh_week()
    assert not _card(open_window).isVisible()
    open_window.journal.set_setting(SHOW_KEY, "on")  # control: on again, it shows
    open_window.shell.today.refresh_week()
    assert _card(open_window).isVisible()


def test_a_moment_moved_to_the_trash_leaves_today(qtbot, open_window):
    entry_id = _keep_year_old_repair(open_window.journal)
    open_window.shell.today.refresh_week()
    assert _card(open_window).found.entry_id == entry_id
    shell = open_window.shell
    shell.view_entry(entry_id)
    shell._delete_from_view(entry_id)
    qtbot.waitUntil(lambda: open_window.journal.get_entry(entry_id).deleted_at is not None)
    assert not _card(open_window).isVisible()


def test_the_card_speaks_spanish(qtbot, open_window):
    _keep_year_old_repair(open_window.journal)
    open_window.shell.today.refresh_week()
    open_window.set_language("es")
    card = _card(open_window)
    assert card.heading.text().startswith("Hace un año")
    assert card.hide_button.text() == "Ocultar por hoy"
    open_window.set_language("en")


def test_moments_from_about_a_month_back_are_found_from_today(open_window):
    day = months_before(START.date(), 1) - timedelta(days=2)
    open_window.journal.add_entry(Entry("reflection", datetime.combine(day, START.time()),
                                        {"body": "First steps!"}))
    open_window.shell.today.refresh_week()
    assert _card(open_window).heading.text() == "A month ago you wrote:"
    assert _card(open_window).words.text() == "First steps!"
