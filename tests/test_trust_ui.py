"""What the app says about keys, files and restores is what the code does."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window, unlock

from journal import Entry, keyfile, recovery
from journal.backups import manager as backup_module
from journal.backups.manager import BackupManager
from journal.vault.kept import kept_key_files
from journal.vault.keyfile import RECOVERY

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys
sys.path.insert(0, sys.argv[1])
from journal.vault import lock
held = lock.acquire(sys.argv[2])
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_journal_in_use_says_so_and_never_offers_a_restore(qtbot, ctx, made_journal,
                                                              data_dir):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(ROOT), str(data_dir)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        window = make_window(qtbot, ctx)
        unlock(qtbot, window)
        page = window.unlock_page
        assert window.state == "locked"
        assert page.message.text().startswith("Small Moments is already using this journal")
        assert page.message.property("damaged") is False
        assert [s for s in ctx.dialogs.shown if s.kind == "ask"] == []
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    unlock(qtbot, window)  # control: once the other one is gone, it opens
    assert window.state == "open"
    window.lock()


def _codes_opening(data_dir, code: str) -> list[Path]:
    secret = recovery.parse_code(code)
    return [p for p in kept_key_files(data_dir)
            if keyfile.unlock_slot(keyfile.load(p), keyfile.load(p).current, RECOVERY, secret)]


def test_a_new_code_asks_one_question_and_yes_locks_out_for_good(qtbot, open_window, ctx,
                                                                  data_dir, made_journal):
    journal = open_window.journal
    journal.add_entry(Entry("reflection", datetime(2026, 11, 19, 9), {"body": "kept"}))
    manager = BackupManager.for_vault(ctx.vault())
    qtbot.waitUntil(lambda: len(manager.list_backups()) == 1, timeout=10000)  # the daily
    manager.make_backup(journal)
    old_key = journal.data_key()
    settings = open_window.shell.settings
    settings.current.setText(PASSPHRASE)
    ctx.dialogs.set_next_answer(True)
    settings.new_recovery_code()
    qtbot.waitUntil(lambda: not settings.code_view.isHidden(), timeout=20000)
    asked = [s for s in ctx.dialogs.shown if s.kind == "ask"]
    assert len(asked) == 1 and "old recovery code" in asked[0].text
    assert settings.busy.maximum() == 4 and settings.busy.value() == 4  # progress shown
    assert "new key" in settings.key_message.text()
    assert journal.data_key() != old_key
    assert len(manager.list_backups()) == 1
    assert _codes_opening(data_dir, made_journal) == []
    new_code = settings.code_view.code_label.text()
    assert len(_codes_opening(data_dir, new_code)) == 2  # the journal and its one backup


def test_a_new_code_with_no_keeps_the_backups_and_retires_the_old_code(qtbot, open_window,
                                                                       ctx, data_dir,
                                                                       made_journal):
    manager = BackupManager.for_vault(ctx.vault())
    qtbot.waitUntil(lambda: len(manager.list_backups()) == 1, timeout=10000)
    settings = open_window.shell.settings
    settings.current.setText(PASSPHRASE)
    ctx.dialogs.set_next_answer(False)
    settings.new_recovery_code()
    qtbot.waitUntil(lambda: not settings.code_view.isHidden(), timeout=10000)
    assert _codes_opening(data_dir, made_journal) == []
    assert len(manager.list_backups()) == 1
    assert len(_codes_opening(data_dir, settings.code_view.code_label.text())) == 2


def test_a_restore_cut_off_after_setting_aside_says_where_the_journal_is(
        qtbot, open_window, ctx, data_dir, monkeypatch):
    manager = BackupManager.for_vault(ctx.vault())
    made = manager.make_backup(open_window.journal)
    real = os.replace

    def power_cut(src, dst):
        if str(src).endswith(".restoring"):
            raise OSError("power cut")
        real(src, dst)

    monkeypatch.setattr(backup_module.os, "replace", power_cut)
    open_window.restore_backup(made, PASSPHRASE)
    qtbot.waitUntil(lambda: open_window.unlock_page.isEnabled(), timeout=10000)
    monkeypatch.undo()
    warned = [s for s in ctx.dialogs.shown if s.kind == "warn"]
    assert len(warned) == 1
    assert "was not changed" not in warned[0].text
    aside = next((data_dir / "set-aside").iterdir())
    assert str(aside) in warned[0].text
    assert (aside / "journal.db").exists() and (aside / "journal.key").exists()


def test_lock_clears_journal_words_from_the_clipboard(qtbot, open_window):
    words = "we hummed the otter song"
    open_window.shell.today.editor.setPlainText(words)
    QGuiApplication.clipboard().setText("the otter song")
    open_window.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_control_lock_leaves_what_another_program_copied(qtbot, ctx, made_journal):
    QGuiApplication.clipboard().setText("a recipe from the web")  # before the app's window
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    window.shell.today.editor.setPlainText("we hummed the otter song")
    window.quick_hide()
    assert QGuiApplication.clipboard().text() == "a recipe from the web"
    QGuiApplication.clipboard().clear()


def test_the_recovery_code_pdf_is_saved_privately_through_the_atomic_writer(
        qtbot, ctx, tmp_path, monkeypatch):
    from ui.widgets import recovery_code
    from ui.widgets.recovery_code import RecoveryCodeView

    written = []
    real = recovery_code.atomic_write
    monkeypatch.setattr(recovery_code, "atomic_write",
                        lambda path, data: written.append(path) or real(path, data))
    os.umask(0o022)
    view = RecoveryCodeView(ctx.dialogs)
    qtbot.addWidget(view)
    view.set_code("7KQ2-M9XD-AAAA-BBBB-CCCC-DDDD-EEEE")
    target = tmp_path / "code.pdf"
    ctx.dialogs.set_next_answer(str(target))
    assert view.save_pdf() == str(target)
    assert written == [target]
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_lock_out_that_stops_after_the_new_key_still_shows_the_new_code(
        qtbot, open_window, ctx, data_dir, monkeypatch):
    from journal import StorageFull

    manager = BackupManager.for_vault(ctx.vault())
    qtbot.waitUntil(lambda: len(manager.list_backups()) == 1, timeout=10000)

    def full(*_args, **_kwargs):
        raise StorageFull()

    monkeypatch.setattr(BackupManager, "make_backup", full)
    settings = open_window.shell.settings
    settings.current.setText(PASSPHRASE)
    ctx.dialogs.set_next_answer(True)
    settings.new_recovery_code()
    qtbot.waitUntil(lambda: settings.busy.isHidden(), timeout=20000)
    assert not settings.code_view.isHidden()
    assert "new recovery code" in settings.key_message.text()
    assert len(_codes_opening(data_dir, settings.code_view.code_label.text())) >= 1
