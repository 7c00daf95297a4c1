"""Locking after sleep and on suspend, quick hide, first-run locking, people you took out,
the prompt focus, and kind Spanish words for what can't be saved."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, flush_deletes, make_window, unlock, visible_texts

from journal import FixedClock, InvalidInput, Person
from ui.plumbing.idle import IdleWatcher

MARKER = "heron-blanket-3318"


def _tick(watcher: IdleWatcher, clock, seconds: int) -> None:
    """What the timer does while the computer is awake: a check every few seconds."""
    step = watcher.timer.interval() // 1000
    for _ in range(seconds // step):
        clock.advance(seconds=step)
        watcher.check()


# -- sleep, suspend, quick hide, first run -------------------------------------------
def test_a_long_gap_between_checks_means_the_computer_slept(qtbot):
    clock = FixedClock(datetime(2026, 1, 1, 8, 0))
    watcher = IdleWatcher(clock, minutes=5)
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    _tick(watcher, clock, 60)
    assert not fired
    watcher.last_activity = clock.monotonic()  # someone typing
    clock.advance(minutes=5, seconds=11)  # the timer stood still: the computer slept
    watcher.last_activity = clock.monotonic()  # a key pressed the moment it woke
    watcher.check()
    assert fired == [True] and not watcher.active
    watcher.uninstall()


def test_a_short_gap_is_just_idle_time(qtbot):
    clock = FixedClock(datetime(2026, 1, 1, 8, 0))
    watcher = IdleWatcher(clock, minutes=5)
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    clock.advance(minutes=3)  # a short sleep counts as idle time, like the setting says
    watcher.check()
    assert not fired
    _tick(watcher, clock, 2 * 60)
    assert fired == [True]
    watcher.uninstall()


def test_a_key_press_right_after_waking_does_not_keep_it_open(qtbot, open_window, clock):
    shell = open_window.shell
    shell.today.editor.setPlainText(MARKER)
    clock.advance(minutes=30)  # asleep
    qtbot.keyClick(shell.today.editor, Qt.Key.Key_A)
    assert open_window.idle.last_activity < clock.monotonic()  # not counted as activity
    qtbot.waitUntil(lambda: open_window.state == "locked", timeout=3000)


def test_the_system_suspending_the_app_locks_it(qtbot, open_window):
    open_window.idle.state_changed(Qt.ApplicationState.ApplicationInactive)
    assert open_window.state == "open"  # another window came to the front: no lock
    open_window.idle.state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert open_window.state == "locked"


def test_quick_hide_locks_and_minimizes(qtbot, open_window):
    open_window.shell.today.editor.setPlainText(MARKER)
    qtbot.keyClick(open_window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert open_window.state == "locked"
    assert open_window.windowState() & Qt.WindowState.WindowMinimized
    flush_deletes()
    assert not any(MARKER in text for text in visible_texts())
    open_window.showNormal()
    unlock(qtbot, open_window)
    assert open_window.shell.today.editor.toPlainText() == MARKER  # kept as a draft


def test_auto_lock_watches_first_run_once_the_journal_exists(qtbot, ctx, clock):
    window = make_window(qtbot, ctx)
    page = window.first_run
    page._go(1)
    assert not window.idle.active  # nothing to lock yet
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirm.setText(PASSPHRASE)
    page.create()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=10000)
    code = page.code_view.code_label.text()
    journal = page.journal
    assert window.idle.active
    clock.advance(minutes=ctx.prefs.autolock_minutes)
    window.idle.check()
    assert window.state == "locked" and not journal.is_open
    flush_deletes()
    assert not any(code in text for text in visible_texts())
    unlock(qtbot, window)
    assert window.state == "open"


# -- people you took out ---------------------------------------------------------------
def test_people_taken_out_can_be_seen_and_put_back(qtbot, open_window, ctx):
    journal = open_window.journal
    rosa = journal.add_person(Person("village", "Abuela Rosa"))
    journal.add_person(Person("child", "Bean"))
    page = open_window.shell.people
    page.reload()
    page.list.setCurrentIndex(page.model.index(page.model.row_of(rosa.id)))
    ctx.dialogs.set_next_answer(True)
    page.remove()
    assert not page.note.isHidden() and "put them back" in page.note.text()
    assert open_window.shell.timeline.person.findData(rosa.id) < 0
    page.trash_button.click()
    assert page.in_trash and not page.editor.isVisibleTo(page)
    assert page.model.rowCount() == 1
    assert page.model.index(0).data(Qt.ItemDataRole.DisplayRole).startswith("Abuela Rosa")
    assert page.restore_button.isEnabled()
    page.restore_button.click()
    assert [p.nickname for p in journal.people_in_trash()] == []
    assert {p.nickname for p in journal.list_people()} == {"Abuela Rosa", "Bean"}
    assert not page.in_trash  # nobody left out: back to the village, Rosa selected
    assert page.nickname.text() == "Abuela Rosa"
    assert open_window.shell.timeline.person.findData(rosa.id) >= 0


def test_an_empty_trash_of_people_says_so(qtbot, open_window):
    page = open_window.shell.people
    page.show_trash()
    assert not page.empty.isHidden() and "still in your village" in page.empty.text()
    assert not page.restore_button.isEnabled()
    page.back_button.click()
    assert not page.in_trash and page.editor.isVisibleTo(page)


# -- what to notice more -----------------------------------------------------------------
def test_focus_choice_is_kept_in_the_journal_and_steers_todays_question(
        qtbot, open_window, data_dir):
    settings = open_window.shell.settings
    today = open_window.shell.today
    assert settings.focus.currentData() == "" and settings.focus.currentText().startswith(
        "Anything")
    assert settings.focus.count() == 14
    target = "resilience" if today.prompt.focus != "resilience" else "social_connections"
    settings.focus.setCurrentIndex(settings.focus.findData(target))
    assert open_window.journal.get_setting("prompt_focus") == target
    assert today.prompt.focus == target  # today's question changed to fit
    today.show_another()
    assert today.prompt.focus == target
    open_window.lock()
    assert "prompt_focus" not in ctx_prefs_text(open_window)  # not in the plain settings
    unlock(qtbot, open_window)
    settings = open_window.shell.settings
    assert settings.focus.currentData() == target
    assert open_window.shell.today.prompt.focus == target
    settings.focus.setCurrentIndex(0)
    assert open_window.journal.get_setting("prompt_focus") == ""


def ctx_prefs_text(window) -> str:
    path = window.ctx.prefs.path
    return path.read_text() if path.exists() else ""


def test_focus_words_in_spanish(qtbot, open_window):
    open_window.set_language("es")
    settings = open_window.shell.settings
    assert settings.focus.itemText(0) == "De todo un poco"
    assert settings.focus.itemText(settings.focus.findData("warmth")) == "Cariño y mimos"
    assert settings.focus_box.title() == "La pregunta de hoy"


# -- kind words for what can't be saved ------------------------------------------------------
def test_an_empty_name_is_caught_before_the_core_in_both_languages(qtbot, open_window, ctx):
    page = open_window.shell.people
    page.new_person()
    page.nickname.setText("   ")
    page.save()  # said under the name box (and to screen readers), not in a pop-up
    assert page.problem.text() == "Add a name first. A nickname is fine."
    open_window.set_language("es")
    assert page.problem.text() == "Primero escribe un nombre. Un apodo está bien."
    page.save()
    assert page.problem.text() == "Primero escribe un nombre. Un apodo está bien."
    page.nickname.setText("n" * 201)
    page.save()
    assert "más corto" in page.problem.text()
    assert page.nickname.accessibleDescription() == page.problem.text()
    assert open_window.journal.list_people() == []
    assert ctx.dialogs.shown == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_what_the_core_refuses_is_said_in_the_caregivers_language(ctx, lang):
    from ui.widgets.input_errors import input_error_text

    ctx.languages.switch(lang)
    gone = input_error_text(InvalidInput("That person isn't in the journal any more."), lang)
    trash = input_error_text(
        InvalidInput("That entry is in the trash. Restore it to edit it."), lang)
    other = input_error_text(InvalidInput("Something new the core says."), lang)
    assert len({gone, trash, other}) == 3
    for text in (gone, trash, other):
        assert "isn't in the journal" not in text and "Restore it" not in text
    if lang == "es":
        assert "papelera" in trash and "Nada de lo que escribiste se perdió" in other


def test_editing_a_moment_that_went_to_the_trash_says_so_in_spanish(qtbot, open_window, ctx):
    from journal import Entry

    journal = open_window.journal
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 1, 9), {"body": "hola"}))
    open_window.set_language("es")
    shell = open_window.shell
    shell.edit_entry(entry.id)
    journal.delete_entry(entry.id)  # say, from another place while the form was open
    shell.form.texts["body"].setPlainText("hola otra vez")
    shell.form.save()
    assert ctx.dialogs.shown[-1].kind == "warn"
    assert "papelera" in ctx.dialogs.shown[-1].text
    assert shell.stack.currentWidget() is shell.form  # the words stay on screen

