"""A new recovery code that was never shown is not lost in silence.

Making a new code changes the key files before the code reaches the screen. If the
journal locks in between (Ctrl+L, the quick hide, the auto-lock) or the app closes, the
caregiver never saw the new code, and the old one no longer opens the journal. The next
unlock says so and offers to make a new one; once a code is on screen, it never asks.
"""

from __future__ import annotations

import threading

from test_trust_ui import _codes_opening
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, unlock

from journal.vault.access import Vault

NOTICE = "didn't see it"


def notices(ctx) -> list:
    return [s for s in ctx.dialogs.shown if s.kind == "ask" and NOTICE in s.text]


def make_code(qtbot, window, ctx, passphrase: str = PASSPHRASE) -> None:
    settings = window.shell.settings
    settings.current.setText(passphrase)
    ctx.dialogs.set_next_answer(False)  # a new code only, not the lock-out
    settings.new_recovery_code()


def test_a_code_made_as_the_journal_locks_is_told_at_the_next_unlock(
        qtbot, open_window, ctx, data_dir, made_journal, monkeypatch):
    gate, started, over = threading.Event(), threading.Event(), threading.Event()
    real = Vault.new_recovery_code

    def held(self, *args, **kwargs):
        started.set()
        gate.wait(30)
        try:
            return real(self, *args, **kwargs)
        finally:
            over.set()

    monkeypatch.setattr(Vault, "new_recovery_code", held)
    make_code(qtbot, open_window, ctx)
    qtbot.waitUntil(started.is_set, timeout=10000)
    open_window.lock()  # before the new code reaches the screen
    gate.set()
    qtbot.waitUntil(over.is_set, timeout=30000)  # the new code is made, after the lock
    assert _codes_opening(data_dir, made_journal) == []  # the old code opens nothing now
    assert notices(ctx) == []

    ctx.dialogs.set_next_answer(True)  # "make a new recovery code now?" yes
    unlock(qtbot, open_window)
    qtbot.waitUntil(lambda: len(notices(ctx)) == 1, timeout=10000)
    settings = open_window.shell.settings
    assert open_window.shell.tabs.currentWidget() is settings
    qtbot.waitUntil(settings.current.hasFocus, timeout=5000)
    assert settings.key_message.text() == "Type your current passphrase first."
    for shown in (settings.current, settings.code_button, settings.key_message):
        assert not shown.visibleRegion().isEmpty()  # in view, not below the fold

    monkeypatch.setattr(Vault, "new_recovery_code", real)
    make_code(qtbot, open_window, ctx)
    qtbot.waitUntil(lambda: not settings.code_view.isHidden(), timeout=10000)
    new_code = settings.code_view.code_label.text()
    assert len(_codes_opening(data_dir, new_code)) >= 1
    open_window.lock()
    unlock(qtbot, open_window)  # the code was on screen: nothing more to say
    for _ in range(3):
        qtbot.wait(0)  # the notice is queued for the next turn of the event loop
    assert len(notices(ctx)) == 1


def test_a_code_not_made_leaves_nothing_to_tell(qtbot, open_window, ctx, data_dir,
                                                 made_journal):
    make_code(qtbot, open_window, ctx, passphrase="not the passphrase at all")
    settings = open_window.shell.settings
    qtbot.waitUntil(lambda: not settings.key_message.isHidden(), timeout=10000)
    assert settings.code_view.isHidden()
    assert len(_codes_opening(data_dir, made_journal)) >= 1  # the old code still opens
    open_window.lock()
    unlock(qtbot, open_window)
    for _ in range(3):
        qtbot.wait(0)
    assert notices(ctx) == []
