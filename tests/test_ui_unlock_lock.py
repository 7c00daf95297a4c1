"""Unlock (wrong passphrase vs damaged journal, forgot passphrase), locking, auto-lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, flush_deletes, make_window, unlock, visible_texts

from journal import Vault
from journal.vault.kdf import TEST_PARAMS

MARKER = "zebra-lullaby-4417"


def test_wrong_passphrase_and_damaged_journal_have_different_kind_messages(
        qtbot, ctx, made_journal, data_dir):
    window = make_window(qtbot, ctx)
    assert window.state == "locked"
    unlock(qtbot, window, "not the right words")
    wrong = window.unlock_page.message.text()
    assert window.state == "locked"
    assert "doesn't open this journal" in wrong
    assert window.unlock_page.message.property("damaged") is False
    db = data_dir / "journal.db"
    raw = bytearray(db.read_bytes())
    raw[5000:9000] = b"\xff" * 4000
    db.write_bytes(bytes(raw))
    before = db.read_bytes()
    unlock(qtbot, window)
    damaged = window.unlock_page.message.text()
    assert window.state == "locked"
    assert "damaged" in damaged and "Nothing was changed" in damaged
    assert damaged != wrong
    assert window.unlock_page.message.property("damaged") is True
    assert db.read_bytes() == before  # never deleted or rewritten


def test_forgot_passphrase_uses_the_recovery_code_then_a_new_passphrase(
        qtbot, ctx, made_journal, data_dir):
    window = make_window(qtbot, ctx)
    page = window.unlock_page
    qtbot.mouseClick(page.forgot_button, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == 1
    page.code.setText("AAAA-BBBB")
    page.fields.passphrase.setText("brand new words here")
    page.fields.confirm.setText("brand new words here")
    page.reset()
    qtbot.waitUntil(lambda: not page.working, timeout=10000)
    assert "typo" in page.message.text()
    page.code.setText(made_journal)
    page.reset()
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)
    window.lock()
    Vault(data_dir, kdf_params=TEST_PARAMS).open("brand new words here").close()


def test_reflection_draft_autosaves_and_survives_lock_and_unlock(qtbot, open_window):
    today = open_window.shell.today
    qtbot.keyClicks(today.editor, f"We laughed at the {MARKER}")
    assert today.autosave.isActive()
    today.autosave.timeout.emit()  # what the timer does after a few seconds
    assert open_window.journal.load_draft("today-reflection").endswith(MARKER)
    qtbot.keyClicks(today.editor, " again")
    qtbot.keyClick(open_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert open_window.state == "locked"
    unlock(qtbot, open_window)
    assert open_window.shell.today.editor.toPlainText() == f"We laughed at the {MARKER} again"


def test_auto_lock_after_idle_clears_every_widget(qtbot, open_window, clock, ctx):
    shell = open_window.shell
    shell.today.editor.setPlainText(f"draft {MARKER}")
    shell.open_form("connection")
    shell.form.texts["child_did"].setPlainText(f"pointed at the {MARKER}")
    shell.timeline.search.setText(MARKER)
    assert any(MARKER in text for text in visible_texts())
    clock.advance(minutes=4)
    open_window.idle.check()
    assert open_window.state == "open"
    qtbot.keyClick(shell.form.texts["child_did"], Qt.Key.Key_A)  # activity resets the wait
    clock.advance(minutes=4)
    open_window.idle.check()
    assert open_window.state == "open"
    clock.advance(minutes=ctx.prefs.autolock_minutes)
    open_window.idle.check()
    assert open_window.state == "locked"
    flush_deletes()
    assert not any(MARKER in text for text in visible_texts())
    assert open_window.windowTitle() == "Small Moments"
    unlock(qtbot, open_window)
    shell = open_window.shell
    assert shell.stack.currentWidget() is shell.form  # the moment form came back
    assert MARKER in shell.form.texts["child_did"].toPlainText()
    assert MARKER in shell.today.editor.toPlainText()


def test_quick_hide_locks_at_once_and_shows_the_neutral_screen(qtbot, open_window):
    open_window.shell.today.editor.setPlainText(MARKER)
    qtbot.keyClick(open_window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert open_window.state == "locked"
    assert open_window.stack.currentWidget() is open_window.unlock_page
    assert open_window.unlock_page.passphrase.text() == ""
    flush_deletes()
    assert not any(MARKER in text for text in visible_texts())


def test_window_title_never_holds_journal_text(qtbot, open_window):
    shell = open_window.shell
    shell.today.editor.setPlainText(MARKER)
    shell.today.save_reflection()
    for index in range(shell.tabs.count()):
        shell.tabs.setCurrentIndex(index)
        assert open_window.windowTitle() == "Small Moments"
    shell.timeline.search.setText(MARKER)
    shell.timeline.run_search()
    assert MARKER not in open_window.windowTitle()


def test_closing_keeps_the_draft_and_closes_the_journal(qtbot, open_window, data_dir):
    open_window.shell.today.editor.setPlainText(MARKER)
    journal = open_window.journal
    open_window.close()
    assert not journal.is_open
    again = Vault(data_dir, kdf_params=TEST_PARAMS).open(PASSPHRASE)
    try:
        assert again.load_draft("today-reflection") == MARKER
    finally:
        again.close()
