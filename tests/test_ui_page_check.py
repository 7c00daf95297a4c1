"""Unlock shows the journal once the quick checks pass; the full page check runs in the
background. Damage it finds is told kindly, and the next unlock offers the backup."""

from __future__ import annotations

import threading
from datetime import datetime

from test_page_check import flip, unsampled
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window, unlock

from journal import Entry, FixedClock, JournalDamaged, Vault
from journal.backups.manager import BackupManager
from journal.vault import integrity
from journal.vault.kdf import TEST_PARAMS


def _journal_with_a_backup(data_dir) -> None:
    vault = Vault(data_dir, kdf_params=TEST_PARAMS, clock=FixedClock(datetime(2026, 11, 18)))
    journal, _code = vault.create(PASSPHRASE)
    try:
        journal.add_entries(Entry("connection", datetime(2026, 10, 1 + d % 28, 8),
                                  {"child_did": f"morning song {d} " * 60}) for d in range(120))
        BackupManager.for_vault(vault).make_backup(journal)
    finally:
        journal.close()


def test_damage_found_in_the_background_is_told_and_the_backup_offered(qtbot, ctx, data_dir):
    _journal_with_a_backup(data_dir)
    flip(data_dir / "journal.db", unsampled(data_dir / "journal.db"))
    window = make_window(qtbot, ctx)
    ctx.dialogs.set_next_answer(True)  # "Lock now and open it again?"
    unlock(qtbot, window)
    assert window.state == "open"  # the quick checks passed: the journal shows
    qtbot.waitUntil(lambda: window.state == "locked", timeout=20000)
    told = [s for s in ctx.dialogs.shown if s.kind == "ask"]
    assert len(told) == 1 and "problem in your journal file" in told[0].text
    assert "Nothing was deleted" in told[0].text
    ctx.dialogs.set_next_answer(True)  # "A backup from ... opens with your passphrase. Use it?"
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.state == "open", timeout=20000)
    asked = [s for s in ctx.dialogs.shown if s.kind == "ask"]
    assert len(asked) == 2 and asked[1].text.startswith("Your journal file can't be opened.")
    assert len(sorted(data_dir.glob("set-aside/*/journal.db"))) == 1
    window.lock()


def test_control_without_the_background_check_the_damage_goes_unseen(qtbot, ctx, data_dir,
                                                                      monkeypatch):
    _journal_with_a_backup(data_dir)
    flip(data_dir / "journal.db", unsampled(data_dir / "journal.db"))
    monkeypatch.setattr(integrity, "full_check", lambda *a, **k: True)
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.page_check.result is not None, timeout=20000)
    assert window.page_check.result == "passed" and window.state == "open"
    assert not [s for s in ctx.dialogs.shown if s.kind == "ask"]
    window.lock()


def test_the_journal_is_usable_while_the_check_runs_and_lock_stops_it(qtbot, ctx, data_dir,
                                                                      monkeypatch):
    _journal_with_a_backup(data_dir)
    entered, release = threading.Event(), threading.Event()
    real = integrity.Pages.bad_in

    def slow(self, first, last):
        entered.set()
        release.wait(10)  # a very slow disk
        return real(self, first, last)

    monkeypatch.setattr(integrity.Pages, "bad_in", slow)
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    qtbot.waitUntil(entered.is_set, timeout=10000)
    watch = window.page_check
    assert watch.running and window.state == "open"
    today = window.shell.today
    qtbot.keyClicks(today.editor, "she laughed")  # the window answers meanwhile
    assert "she laughed" in today.editor.toPlainText()
    window.lock()  # stops the check; never waits for it
    assert window.state == "locked" and not window.journal
    release.set()
    watch.check._thread.join(10)
    assert watch.result is None  # stopped: nothing reported for a closed journal


def _damage_what_today_reads(data_dir) -> int:
    """Flip a byte in every page the unlock itself does not read (a flip that makes
    the quick open fail is put back), so the journal opens and Today meets damage."""
    from test_page_check import pages_of

    vault = Vault(data_dir, kdf_params=TEST_PARAMS)
    path = data_dir / "journal.db"
    kept = 0
    for page in range(2, pages_of(path) + 1):
        flip(path, page)
        try:
            vault.open(PASSPHRASE, defer=True).close()
            kept += 1
        except JournalDamaged:
            flip(path, page)  # the unlock reads this one: put it back
    return kept


def test_damage_met_while_today_is_built_is_told_and_the_backup_offered(qtbot, ctx,
                                                                        data_dir):
    _journal_with_a_backup(data_dir)
    assert _damage_what_today_reads(data_dir) > 10
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: any(s.kind == "inform" for s in ctx.dialogs.shown),
                    timeout=20000)
    assert window.state == "locked" and window.journal is None and window.shell is None
    (told,) = [s for s in ctx.dialogs.shown if s.kind == "inform"]
    assert "problem in your journal file" in told.text and "Nothing was deleted" in told.text
    ctx.dialogs.set_next_answer(True)  # "A backup from ... opens with your passphrase. Use it?"
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.state == "open", timeout=20000)
    asked = [s for s in ctx.dialogs.shown if s.kind == "ask"]
    assert asked and asked[-1].text.startswith("Your journal file can't be opened.")
    assert len(window.journal.list_entries(limit=200).entries) == 120  # the backup's
    window.lock()
