"""The summary wizard never loses a parent's words: Done asks before an unsaved summary
goes; a lock (or the idle lock) keeps the summary being made as a draft inside the
encrypted journal and the wizard gives it back; a summary saved or closed on purpose
leaves no draft."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_summary_wizard import (
    PRIVATE,
    SHARED,
    SHARED_REPAIR,
    arrow_to,
    fill,
    loaded,
    open_wizard,
    pdf_text,
    wait_built,
)
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import lock_and_let_work_end, unlock

from ui.plumbing.operations import held
from ui.summary.keep import DRAFT_KEY

KNOW = "Mornings are hard, evenings are sweet."
QUESTION = "How can I help with goodbyes?"




def to_words(qtbot, wizard) -> None:
    wizard.next()
    loaded(qtbot, wizard)
    wizard.next()
    assert wizard.steps.currentWidget() is wizard.notes


def to_save_step(qtbot, wizard) -> None:
    to_words(qtbot, wizard)
    wizard.notes.know.setPlainText(KNOW)
    wizard.notes.questions.setPlainText(QUESTION)
    wizard.next()
    wait_built(qtbot, wizard)
    wizard.next()
    assert wizard.steps.currentWidget() is wizard.save


def relock(qtbot, window) -> None:
    """What Ctrl+L and the idle lock do, then the caregiver comes back."""
    lock_and_let_work_end(qtbot, window)
    assert window.state != "open"
    unlock(qtbot, window)
    assert window.state == "open"


# -- 1. Done on the last step ------------------------------------------------------------


def test_done_before_saving_asks_and_the_safe_answer_stays_to_save(qtbot, window, ctx):
    fill(window.journal)
    shell = window.shell
    wizard = open_wizard(qtbot, window)
    to_save_step(qtbot, wizard)
    assert wizard.next_button.text().replace("&", "") == "Done"
    ctx.dialogs.set_next_answer(False)  # "No": the default button, the safe one
    wizard.next_button.click()
    asked = ctx.dialogs.shown[-1]
    assert (asked.kind, asked.title) == ("ask", "Close without saving?")
    assert "not saved yet" in asked.text
    assert shell.stack.currentWidget() is wizard and wizard.steps.currentWidget() is wizard.save
    assert wizard.notes.know.toPlainText() == KNOW and wizard._pdf is not None
    assert wizard.save.save_pdf.hasFocus()  # right where the saving is
    ctx.dialogs.set_next_answer(True)
    wizard.next_button.click()
    assert shell.stack.currentWidget() is shell.tabs
    assert window.journal.load_draft(DRAFT_KEY) is None  # closed on purpose


def test_done_after_saving_just_closes_and_leaves_no_draft(qtbot, window, ctx,
                                                           tmp_path):
    fill(window.journal)
    shell = window.shell
    wizard = open_wizard(qtbot, window)
    to_save_step(qtbot, wizard)
    shell.save_drafts()  # as the autosave does while the wizard shows
    assert window.journal.load_draft(DRAFT_KEY) is not None
    ctx.dialogs.set_next_answer(str(tmp_path / "ours.pdf"))
    wizard.save.save_pdf.click()
    assert (tmp_path / "ours.pdf").exists()
    assert window.journal.load_draft(DRAFT_KEY) is None  # saved: nothing to give back
    asked = len(ctx.dialogs.shown)
    wizard.next_button.click()  # Done: no question (none queued; headless would raise)
    assert len(ctx.dialogs.shown) == asked and shell.stack.currentWidget() is shell.tabs
    relock(qtbot, window)
    assert window.journal.load_draft(DRAFT_KEY) is None


def test_words_changed_after_a_save_are_unsaved_again(qtbot, window, ctx, tmp_path):
    """Saved once, then Back to add a paragraph: a lock keeps the new words, and Done
    asks again before the changed summary closes."""
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_save_step(qtbot, wizard)
    ctx.dialogs.set_next_answer(str(tmp_path / "first.pdf"))
    wizard.save.save_pdf.click()
    assert window.journal.load_draft(DRAFT_KEY) is None
    wizard.back()
    wizard.back()
    assert wizard.steps.currentWidget() is wizard.notes
    wizard.notes.know.setPlainText(KNOW + " And bath time is our best time.")
    relock(qtbot, window)
    assert "bath time" in json.loads(window.journal.load_draft(DRAFT_KEY))["know"]
    wizard = open_wizard(qtbot, window)  # given back; a new PDF of it, not saved
    qtbot.waitUntil(lambda: wizard.steps.currentWidget() is wizard.notes, timeout=20000)
    wizard.next()
    wait_built(qtbot, wizard)
    wizard.next()
    ctx.dialogs.set_next_answer(False)
    wizard.next_button.click()  # Done
    assert ctx.dialogs.shown[-1].title == "Close without saving?"
    assert wizard.steps.currentWidget() is wizard.save


# -- 2. a lock keeps the summary being made --------------------------------------------------


def test_a_lock_keeps_the_words_ticks_and_choices_and_the_wizard_gives_them_back(
        qtbot, window, ctx):
    ids = fill(window.journal)
    wizard = open_wizard(qtbot, window)
    wizard.dates.three_months.setChecked(True)
    wizard.next()
    loaded(qtbot, wizard)
    arrow_to(wizard.items.view, f"entry:{ids['repair']}")  # untick the repair moment
    QTest.keyClick(wizard.items.view, Qt.Key.Key_Space)
    arrow_to(wizard.items.view, f"entry:{ids['private']}")  # tick one not marked to share
    QTest.keyClick(wizard.items.view, Qt.Key.Key_Space)
    ticked = wizard.items.ticked()
    wizard.next()
    notes = wizard.notes
    notes.name.setText("Maria and Leo")
    QTest.keyClicks(notes.know, KNOW)
    notes.questions.setPlainText(QUESTION)
    notes.paper.setCurrentIndex(notes.paper.findData("a4"))
    notes.one_page.setChecked(True)
    relock(qtbot, window)

    kept = json.loads(window.journal.load_draft(DRAFT_KEY))
    assert kept["know"] == KNOW and "password" not in json.dumps(kept).casefold()
    wizard = open_wizard(qtbot, window)
    notes = wizard.notes
    assert wizard.steps.currentWidget() is notes  # where it was left
    assert wizard.message.isVisible() and "We kept the summary" in wizard.message.text()
    assert (notes.name.text(), notes.know.toPlainText(), notes.questions.toPlainText()) == (
        "Maria and Leo", KNOW, QUESTION)
    assert notes.paper.currentData() == "a4" and notes.one_page.isChecked()
    assert wizard.dates.three_months.isChecked()
    assert wizard.items.ticked() == ticked  # at once, even while the list is read again
    loaded(qtbot, wizard)
    assert wizard.items.ticked() == ticked
    qtbot.waitUntil(lambda: wizard.notes.estimate.isVisible())  # "about 1 page", again
    notes.one_page.setChecked(False)
    wizard.next()
    wait_built(qtbot, wizard)
    text = pdf_text(wizard._pdf)
    assert KNOW in text and QUESTION in text and SHARED in text and PRIVATE in text
    assert SHARED_REPAIR not in text  # still unticked
    ctx.dialogs.set_next_answer(True)  # Close: "The words you added here are not kept…"
    wizard.close_button.click()
    assert window.journal.load_draft(DRAFT_KEY) is None
    wizard = open_wizard(qtbot, window)  # a new summary starts fresh
    assert wizard.steps.currentWidget() is wizard.dates and not wizard.message.isVisible()
    assert wizard.notes.know.toPlainText() == ""


def test_the_idle_lock_while_the_pdf_is_made_keeps_the_words(qtbot, window, ctx,
                                                            clock):
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.notes.know.setPlainText(KNOW)
    wizard.next()  # the PDF is being made (or made) when the lock comes
    clock.advance(minutes=ctx.prefs.autolock_minutes + 1)
    window.idle.check()  # the parent stopped to think; the journal locked itself
    assert window.state == "locked"
    qtbot.waitUntil(lambda: not held(), timeout=20000)  # the work it stopped has ended
    unlock(qtbot, window)
    wizard = open_wizard(qtbot, window)
    assert wizard.steps.currentWidget() is wizard.notes  # never past the words step
    assert wizard.notes.know.toPlainText() == KNOW and wizard._pdf is None


def test_the_wizard_draft_is_kept_every_few_seconds_while_it_shows(qtbot, window):
    """A crash or a dead battery loses at most a few seconds, as with the moment form."""
    fill(window.journal)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.notes.questions.setPlainText(QUESTION)
    journal = window.journal
    qtbot.waitUntil(lambda: QUESTION in (journal.load_draft(DRAFT_KEY) or ""), timeout=10000)


def test_closing_on_purpose_leaves_no_draft_and_nothing_typed_keeps_none(qtbot, window,
                                                                       ctx):
    fill(window.journal)
    shell, journal = window.shell, window.journal
    wizard = open_wizard(qtbot, window)
    shell.save_drafts()  # step 1, no words: nothing worth keeping
    assert journal.load_draft(DRAFT_KEY) is None
    to_words(qtbot, wizard)
    wizard.notes.know.setPlainText(KNOW)
    shell.save_drafts()
    assert KNOW in journal.load_draft(DRAFT_KEY)
    ctx.dialogs.set_next_answer(True)
    QTest.keyClick(wizard.notes.name, Qt.Key.Key_Escape)
    assert shell.stack.currentWidget() is shell.tabs
    assert journal.load_draft(DRAFT_KEY) is None
    relock(qtbot, window)
    assert window.journal.load_draft(DRAFT_KEY) is None


def test_a_draft_that_cannot_be_read_starts_fresh_and_stays(qtbot, window):
    """Control: the line "We kept…" shows only when something really came back."""
    window.journal.save_draft(DRAFT_KEY, "{not json")
    wizard = open_wizard(qtbot, window)
    assert wizard.steps.currentWidget() is wizard.dates and not wizard.message.isVisible()
    assert window.journal.load_draft(DRAFT_KEY) == "{not json"  # nothing lost


def test_a_draft_without_ticks_shows_the_list_again(qtbot, window):
    """Ticks that can't be trusted (an imported draft) are never used unseen: the list
    shows again, ticked as it always starts."""
    ids = fill(window.journal)
    draft = {"step": 2, "dates": "four_weeks", "start": "2026-10-24", "end": "2026-11-20",
             "ticked": None, "know": KNOW}
    window.journal.save_draft(DRAFT_KEY, json.dumps(draft))
    wizard = open_wizard(qtbot, window)
    assert wizard.steps.currentWidget() is wizard.items and wizard.message.isVisible()
    loaded(qtbot, wizard)
    assert f"entry:{ids['shared']}" in wizard.items.ticked()
    assert f"entry:{ids['private']}" not in wizard.items.ticked()
    assert wizard.notes.know.toPlainText() == KNOW


def test_an_imported_summary_draft_is_left_out(journal, fresh):
    """Another journal's summary being made is not this caregiver's: never given to
    them as "the summary you were making"; the Markdown copy does not dump it either."""
    from journal.transfer.export import export_json, export_markdown
    from journal.transfer.importers import import_ours

    journal.save_draft(DRAFT_KEY, json.dumps({"step": 2, "ticked": ["entry:1"], "know": KNOW,
                                              "shared_by": "SHARERMARK"}))
    journal.save_draft("today-reflection", "WORDSMARK")
    import_ours(fresh, export_json(journal))
    assert fresh.load_draft(DRAFT_KEY) is None
    assert not any(DRAFT_KEY in key for key in fresh.drafts())
    assert "WORDSMARK" in fresh.drafts().values()  # control: other drafts still come in
    markdown = export_markdown(journal).decode()
    assert "WORDSMARK" in markdown and "SHARERMARK" not in markdown and "ticked" not in markdown


def test_a_draft_too_long_to_keep_whole_keeps_the_words_without_ticks(qtbot, window,
                                                                       monkeypatch):
    """A huge list of ticks can't be kept in one piece: the words still are (the list
    then shows again on its step, ticked as it always starts)."""
    from journal import InvalidInput

    journal = window.journal
    real = journal.save_draft

    def too_long_with_ticks(key: str, content: str) -> None:
        if '"ticked": [' in content:
            raise InvalidInput("The draft is too long to save in one piece.")
        real(key, content)

    fill(journal)
    monkeypatch.setattr(journal, "save_draft", too_long_with_ticks)
    wizard = open_wizard(qtbot, window)
    to_words(qtbot, wizard)
    wizard.notes.know.setPlainText(KNOW)
    window.shell.save_drafts()
    kept = json.loads(journal.load_draft(DRAFT_KEY))
    assert kept["know"] == KNOW and kept["ticked"] is None
