"""The moment form's photos, second round (a review and a fresh-eyes walk):

- a lock keeps the words being typed as a draft but can't keep a new photo (it is only
  in memory): the form (and Today) says so plainly when it comes back, and the draft
  holds only how many there were, never the photo;
- a Save that waits for a photo still happens when the keys help (F1) covers the form;
- the photo row deleted (a lock) before its photo is ready: its result touches nothing;
- a photo that gets ready while the caregiver types elsewhere asks nothing (their keys
  stay in their words); its tile says "Add words", and picking it asks;
- opening a moment lands on its words with no blinking edit caret, still focusable."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel
from test_ui_photos_busy import Gate, ready
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, START, lock_and_let_work_end, unlock

from journal import Entry
from journal.records import photos
from tests import photo_samples
from ui.moments import photos as strip_module
from ui.moments.drafts import draft_text, photos_left

LOST_ONE = "The photo you added wasn't kept when your journal locked. You can add it again."


def form_with_a_photo(qtbot, window, ctx, words="Leo laughing"):
    window.shell.open_form("connection")
    form = window.shell.form
    form.texts["child_did"].setPlainText(words)
    form.photos.add_button.setFocus()
    ctx.dialogs.set_next_answer("Leo in the bath")
    form.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    ready(qtbot, form.photos)
    assert [i.alt for i in form.photos.items] == ["Leo in the bath"]
    return form


def test_a_lock_keeps_the_words_and_says_plainly_the_photo_was_not_kept(
        qtbot, open_window, ctx):
    journal = open_window.journal
    form_with_a_photo(qtbot, open_window, ctx)
    open_window.shell.save_drafts()
    kept = journal.load_draft("moment-form")
    assert json.loads(kept)["photos_left"] == 1  # a count: no photo, no photo words
    assert "Leo in the bath" not in kept and "jpeg" not in kept.lower()
    lock_and_let_work_end(qtbot, open_window)
    unlock(qtbot, open_window, PASSPHRASE)
    form = open_window.shell.form
    assert open_window.shell.stack.currentWidget() is form
    assert form.texts["child_did"].toPlainText() == "Leo laughing"
    assert form.photos.items == []
    assert form.problem.isVisible() and form.problem.text() == LOST_ONE
    assert form.photos.add_button.accessibleDescription() == LOST_ONE


def test_a_form_holding_only_a_photo_still_says_it_was_not_kept(qtbot, open_window, ctx):
    """No words yet, only a new photo: the lock keeps the form, so it can say so."""
    form_with_a_photo(qtbot, open_window, ctx, words="")
    lock_and_let_work_end(qtbot, open_window)
    unlock(qtbot, open_window, PASSPHRASE)
    form = open_window.shell.form
    assert open_window.shell.stack.currentWidget() is form
    assert form.photos.items == [] and form.problem.text() == LOST_ONE


def test_control_a_form_without_photos_comes_back_without_that_message(qtbot, open_window):
    open_window.shell.open_form("connection")
    open_window.shell.form.texts["child_did"].setPlainText("Leo laughing")
    lock_and_let_work_end(qtbot, open_window)
    unlock(qtbot, open_window, PASSPHRASE)
    form = open_window.shell.form
    assert form.texts["child_did"].toPlainText() == "Leo laughing"
    assert form.problem.isHidden()


def test_an_older_or_odd_draft_has_no_photos_left():
    entry = Entry("connection", START, {"child_did": "x"})
    assert photos_left(draft_text(entry, (None, None))) == 0
    assert photos_left(draft_text(entry, (None, None), 2)) == 2
    for odd in ('{"kind": "connection"}', "[]", "not json", '{"photos_left": "many"}'):
        assert photos_left(odd) == 0


def today_with_a_photo(qtbot, window, ctx):
    """Today's reflection with words and a new photo, picked with "Add a photo"."""
    today = window.shell.today
    today.editor.setPlainText("A slow morning")
    today.photos.add_button.setFocus()
    ctx.dialogs.set_next_answer("")
    today.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    ready(qtbot, today.photos)
    return today


def test_todays_reflection_says_its_photo_was_not_kept_after_a_lock(qtbot, open_window,
                                                                     ctx):
    today = today_with_a_photo(qtbot, open_window, ctx)
    lock_and_let_work_end(qtbot, open_window)
    unlock(qtbot, open_window, PASSPHRASE)
    today = open_window.shell.today
    assert today.editor.toPlainText() == "A slow morning"
    assert today.notice.isVisible() and today.notice.text() == LOST_ONE
    lock_and_let_work_end(qtbot, open_window)  # said once: the next unlock is quiet
    unlock(qtbot, open_window, PASSPHRASE)
    assert open_window.shell.today.notice.isHidden()


def test_a_saved_reflection_leaves_nothing_to_say_after_a_lock(qtbot, open_window, ctx):
    today = today_with_a_photo(qtbot, open_window, ctx)
    today.save_draft()  # noted: one photo here
    today.save_reflection()
    lock_and_let_work_end(qtbot, open_window)
    unlock(qtbot, open_window, PASSPHRASE)
    assert open_window.shell.today.notice.isHidden()


def test_a_waiting_save_still_happens_if_the_keys_help_was_opened(qtbot, open_window, ctx,
                                                                  monkeypatch):
    """/tmp/review/test_save_wait_help.py: Save pressed, then F1 while the photo gets
    ready; the Save was dropped because the form was hidden."""
    shell = open_window.shell
    shell.open_form("connection")
    form = shell.form
    journal = open_window.journal
    gate = Gate(monkeypatch)
    form.texts["child_did"].setPlainText("Splashing")
    form.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    form.save()  # "Keeping it all right after"
    open_window.show_help()
    gate.open.set()
    qtbot.waitUntil(lambda: journal.list_entries().entries != [], timeout=10000)
    [entry] = journal.list_entries().entries
    assert entry.text["child_did"] == "Splashing"
    assert len(journal.photos.of_entry(entry.id)) == 1
    open_window.close_help()
    assert shell.stack.currentWidget() is not form  # saved: back on the tabs


def test_control_save_by_key_on_a_hidden_form_still_does_nothing(qtbot, open_window):
    shell = open_window.shell
    shell.open_form("connection")
    form = shell.form
    form.texts["child_did"].setPlainText("Splashing")
    open_window.show_help()
    form.save()
    assert open_window.journal.list_entries().entries == []
    open_window.close_help()


def test_a_photo_ready_after_its_row_is_gone_touches_nothing(qtbot, ctx):
    strip = strip_module.PhotoStrip(ctx.dialogs)
    job = strip.job = strip_module._Job()
    prepared = photos.prepare(photo_samples.tagged_jpeg(64, 48))
    shiboken6.delete(strip)  # a lock took the form away while it was made ready
    strip._ready(job, prepared)  # raised RuntimeError before (C++ object deleted)
    assert ctx.dialogs.shown == []


def test_a_photo_ready_while_typing_asks_nothing_and_keeps_the_keys_there(
        qtbot, open_window, ctx, monkeypatch):
    shell = open_window.shell
    shell.open_form("connection")
    form = shell.form
    box = form.texts["child_did"]
    box.setFocus()
    gate = Gate(monkeypatch)
    form.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))  # dropped, say
    gate.open.set()
    ready(qtbot, form.photos)
    assert ctx.dialogs.shown == []
    assert QApplication.focusWidget() is box
    [tile] = form.photos.tiles
    assert tile.accessibleName() == "Photo 1: no words yet"
    assert tile.text() == "Add words" and tile.toolTip() == "Add words for this photo"
    ctx.dialogs.set_next_answer("Splash")
    tile.click()
    assert [s.kind for s in ctx.dialogs.shown] == ["ask_text"]
    assert form.photos.tiles[0].accessibleName() == "Photo 1: Splash"


def test_opening_a_moment_lands_on_its_words_without_an_edit_caret(qtbot, open_window):
    journal = open_window.journal
    entry = journal.add_entry(Entry("connection", START, {"child_did": "We sang"}))
    shell = open_window.shell
    shell.view_entry(entry.id)
    focus = QApplication.focusWidget()
    assert isinstance(focus, QLabel) and focus.accessibleDescription() == "We sang"
    flags = focus.textInteractionFlags()
    assert not flags & Qt.TextInteractionFlag.TextSelectableByKeyboard  # no caret
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert focus.focusPolicy() & Qt.FocusPolicy.TabFocus  # still reached by Tab
    other = next(v for v in shell.entry_view.values if v is not focus)
    bar = QApplication.palette().color(QPalette.ColorRole.Highlight).name()
    edge = [label.grab().toImage().pixelColor(1, label.height() // 2).name()
            for label in (focus, other)]
    assert edge[0] == bar != edge[1]  # where focus is, without a caret: a bar beside it


def test_a_form_that_came_back_empty_and_locks_again_says_nothing_more(
        qtbot, open_window, ctx):
    """Told once: the empty form, locked again untouched, leaves no draft behind."""
    form_with_a_photo(qtbot, open_window, ctx, words="")
    lock_and_let_work_end(qtbot, open_window)
    unlock(qtbot, open_window, PASSPHRASE)
    assert open_window.shell.form.problem.text() == LOST_ONE
    lock_and_let_work_end(qtbot, open_window)  # (away from the computer: the idle lock)
    unlock(qtbot, open_window, PASSPHRASE)
    assert open_window.shell.stack.currentWidget() is open_window.shell.tabs
    assert open_window.journal.load_draft("moment-form") is None


def test_ctrl_enter_keeps_todays_reflection_after_a_photo(qtbot, open_window, ctx):
    """Adding a photo leaves focus on "Add a photo": Ctrl+Enter still keeps it all."""
    from PySide6.QtTest import QTest

    today = open_window.shell.today
    today.editor.setFocus()
    QTest.keyClicks(today.editor, "A slow morning")
    today.photos.add_button.setFocus()
    ctx.dialogs.set_next_answer("Leo at breakfast")
    today.photos.add_bytes(photo_samples.tagged_jpeg(64, 48))
    ready(qtbot, today.photos)
    focus = QApplication.focusWidget()
    assert focus is not today.editor
    QTest.keyClick(focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert today.editor.toPlainText() == ""  # kept, and the box is ready for the next
    assert [e.text.get("body") for e in open_window.journal.list_entries().entries][:1] == [
        "A slow morning"]


def test_todays_lost_photo_is_told_to_the_caregiver_who_added_it(qtbot, ctx, made_journal,
                                                                 data_dir):
    """Each caregiver's own, as the words are: Bea is not told of a photo she never
    added (nor learns that someone was adding one), and the one who added it is told."""
    from test_ui_caregivers import BEA, add_bea
    from test_ui_support import make_window

    bea = add_bea(data_dir)
    window = make_window(qtbot, ctx)
    picker = window.unlock_page.picker
    picker.box.setCurrentIndex(picker.box.findData("passphrase"))
    unlock(qtbot, window)
    today_with_a_photo(qtbot, window, ctx)
    lock_and_let_work_end(qtbot, window)
    picker.box.setCurrentIndex(picker.box.findData(bea))
    unlock(qtbot, window, BEA)
    assert window.shell.today.notice.text() != LOST_ONE  # Bea: nothing about it
    lock_and_let_work_end(qtbot, window)
    picker.box.setCurrentIndex(picker.box.findData("passphrase"))
    unlock(qtbot, window)
    assert window.shell.today.notice.text() == LOST_ONE  # the one who added it
    lock_and_let_work_end(qtbot, window)
