"""The summary wizard, second round: the Protect choice comes back through a lock (the
password never does: it is typed again); Esc and Close ask whenever something would be
lost, never when nothing was done; the web page copy asks about a password only when
the PDF has one; after unlock the summary being made comes back by itself."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_summary_keep import KNOW, relock, to_save_step, to_words
from test_ui_summary_wizard import arrow_to, fill, loaded, open_wizard, pdf_text, wait_built
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import lock_and_let_work_end

from ui.summary.keep import DRAFT_KEY

# -- 1. Protect comes back; the password is typed again -----------------------------------


def test_protect_comes_back_ticked_and_the_password_is_typed_again(qtbot, window, ctx,
                                                                   tmp_path):
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.notes.know.setPlainText(KNOW)
    wizard.notes.protect.setChecked(True)
    password = wizard.notes.password.text()
    assert password
    relock(qtbot, window)
    kept = window.journal.load_draft(DRAFT_KEY)
    assert json.loads(kept)["protect"] is True and password not in kept
    wizard = window.shell.wizard
    assert window.shell.stack.currentWidget() is wizard  # item 5: back by itself
    notes = wizard.notes
    assert wizard.steps.currentWidget() is notes and notes.protect.isChecked()
    assert wizard.password() is None and notes.password.text() == ""
    assert "password was not kept" in wizard.message.text()  # said at the top, at once
    assert notes.retype.isVisibleTo(notes) and "type" in notes.password_note.text().casefold()
    wizard.next()  # no PDF without its password: it says so, where the box is
    assert not wizard.building and wizard.steps.currentWidget() is notes
    assert wizard.message.isVisible() and "password" in wizard.message.text()
    assert notes.retype.hasFocus()
    QTest.keyClicks(notes.retype, password)
    assert wizard.password() == password
    wizard.next()
    wait_built(qtbot, wizard)
    assert KNOW in pdf_text(wizard._pdf, password)
    wizard.next()
    ctx.dialogs.set_next_answer(str(tmp_path / "ours.pdf"))
    wizard.save.save_pdf.click()
    assert KNOW in pdf_text((tmp_path / "ours.pdf").read_bytes(), password)


def test_a_new_password_can_be_made_instead_of_typing_the_old_one(qtbot, window):
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.notes.protect.setChecked(True)
    relock(qtbot, window)
    notes = window.shell.wizard.notes
    notes.new_password.click()
    assert window.shell.wizard.password() == notes.password.text() != ""
    assert not notes.retype.isVisibleTo(notes)


def test_control_an_unticked_protect_comes_back_unticked(qtbot, window):
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.notes.know.setPlainText(KNOW)
    relock(qtbot, window)
    wizard = window.shell.wizard
    assert not wizard.notes.protect.isChecked() and wizard.password() is None
    assert not wizard.notes.password_box.isVisibleTo(wizard.notes)


# -- 2. Esc and Close ask whenever something would be lost --------------------------------


def test_esc_asks_before_a_built_pdf_goes_even_without_words(qtbot, window, ctx):
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.next()
    wait_built(qtbot, wizard)
    ctx.dialogs.set_next_answer(False)
    QTest.keyClick(wizard.next_button, Qt.Key.Key_Escape)
    assert ctx.dialogs.shown[-1].title == "Close without saving?"
    assert window.shell.stack.currentWidget() is wizard and wizard._pdf is not None


def test_close_asks_when_the_ticks_were_changed(qtbot, window, ctx):
    ids = fill(window.journal)
    wizard = open_wizard(qtbot, window)
    wizard.next()
    loaded(qtbot, wizard)
    arrow_to(wizard.items.view, f"entry:{ids['private']}")
    QTest.keyClick(wizard.items.view, Qt.Key.Key_Space)
    ctx.dialogs.set_next_answer(False)
    wizard.close_button.click()
    assert ctx.dialogs.shown[-1].title == "Close without saving?"
    assert window.shell.stack.currentWidget() is wizard


def test_control_opening_and_closing_at_once_never_asks(qtbot, window, ctx):
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    asked = len(ctx.dialogs.shown)
    QTest.keyClick(wizard.dates.four_weeks, Qt.Key.Key_Escape)
    assert window.shell.stack.currentWidget() is window.shell.tabs
    wizard = open_wizard(qtbot, window)
    wizard.next()  # just looked at the list, changed nothing
    loaded(qtbot, wizard)
    wizard.close_button.click()
    assert len(ctx.dialogs.shown) == asked
    assert window.shell.stack.currentWidget() is window.shell.tabs


# -- 3. the web page copy asks about a password only when the PDF has one -----------------


def test_protect_ticked_then_unticked_saves_the_web_page_copy_without_asking(
        qtbot, window, ctx, tmp_path):
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.notes.protect.setChecked(True)
    wizard.notes.protect.setChecked(False)
    wizard.next()
    wait_built(qtbot, wizard)
    wizard.next()
    asked = len(ctx.dialogs.shown)
    ctx.dialogs.set_next_answer(str(tmp_path / "copy.html"))
    wizard.save.save_html.click()
    assert [d.kind for d in ctx.dialogs.shown[asked:]] == ["save_file"]
    assert (tmp_path / "copy.html").exists()


# -- 5. after unlock the summary comes back by itself, only for its caregiver -------------


def test_after_unlock_the_summary_being_made_comes_back_by_itself(qtbot, window):
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_save_step(qtbot, wizard)
    relock(qtbot, window)
    shell = window.shell
    assert shell.stack.currentWidget() is shell.wizard
    assert "We kept the summary" in shell.wizard.message.text()
    qtbot.waitUntil(lambda: shell.wizard.isAncestorOf(qtbot_focus()), timeout=5000)


def test_control_no_draft_unlock_shows_today(qtbot, window):
    relock(qtbot, window)
    assert window.shell.stack.currentWidget() is window.shell.tabs


def qtbot_focus():
    from PySide6.QtWidgets import QApplication
    return QApplication.focusWidget()


# -- 4. the chart's hint is for the parent, on the preview step, never in the PDF ---------


def test_the_chart_hint_shows_to_the_parent_not_in_the_pdf(qtbot, window):
    fill(window.journal)  # moments in one or two weeks: a sentence, not a chart
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    assert "chart:connection" in wizard.items.ticked()
    wizard.next()
    wait_built(qtbot, wizard)
    assert wizard.preview.chart_note.isVisibleTo(wizard.preview)
    assert "three or more weeks" in wizard.preview.chart_note.text()
    text = pdf_text(wizard._pdf)
    assert "We wrote down" in text and "chart" not in text.casefold()


def test_control_no_chart_hint_when_the_chart_is_in(qtbot, window):
    from datetime import timedelta

    from test_ui_support import START

    from journal import Entry

    fill(window.journal)
    for days in (8, 15, 22):  # three more weeks hold moments: the chart is drawn
        window.journal.add_entry(Entry("connection", START - timedelta(days=days),
                                       {"child_did": "Smiled"}))
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.next()
    wait_built(qtbot, wizard)
    assert not wizard.preview.chart_note.isVisibleTo(wizard.preview)


def test_the_summary_comes_back_only_for_the_caregiver_who_was_making_it(
        qtbot, ctx, made_journal, data_dir):
    from test_ui_caregivers import BEA, add_bea
    from test_ui_support import make_window, unlock

    bea = add_bea(data_dir)
    window = make_window(qtbot, ctx)
    window.unlock_page.picker.box.setCurrentIndex(1)  # Grandma Bea
    unlock(qtbot, window, BEA)
    assert window.journal.writer == bea
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.notes.know.setPlainText(KNOW)
    lock_and_let_work_end(qtbot, window)
    window.unlock_page.picker.box.setCurrentIndex(0)  # the first caregiver: not theirs
    unlock(qtbot, window)
    assert window.state == "open" and window.journal.writer != bea
    assert window.shell.stack.currentWidget() is window.shell.tabs
    lock_and_let_work_end(qtbot, window)
    window.unlock_page.picker.box.setCurrentIndex(1)  # Bea again: hers comes back
    unlock(qtbot, window, BEA)
    assert window.shell.stack.currentWidget() is window.shell.wizard
    assert window.shell.wizard.notes.know.toPlainText() == KNOW
    lock_and_let_work_end(qtbot, window)
