"""While work runs off the UI thread, the moving bar says what is being done, in the
window's language: a screen reader meets "Making your journal", never a bare "progress
bar". Each case starts the real action with the background runner held (the work never
runs, so the bar stays), then reads the bar's name through Qt's accessibility interface
(what the AT-SPI bridge sends)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QProgressBar
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window, unlock

NEW = "a brand new passphrase"


def bar_names(window) -> list[str]:
    """The accessible name of every progress bar showing in `window`."""
    return [QAccessible.queryAccessibleInterface(bar).text(QAccessible.Text.Name)
            for bar in window.findChildren(QProgressBar) if bar.isVisible()]


def hold(monkeypatch, module: str) -> list:
    """Background work asked for by `module` is kept, never run: the page stays busy."""
    asked: list = []
    monkeypatch.setattr(f"{module}.run_in_background",
                        lambda *args, **kwargs: asked.append(args))
    return asked


def first_run(qtbot, window, monkeypatch):
    asked = hold(monkeypatch, "ui.start.first_run")
    page = window.first_run
    page._go(1)
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirm.setText(PASSPHRASE)
    page.create()
    return asked


def bringing_home(qtbot, window, monkeypatch):
    asked = hold(monkeypatch, "ui.start.bring_home")
    window.show_bring_home()
    page = window.bring_home
    page.source = window.ctx.data_dir  # (never read: the work is held)
    page.passphrase.setText(PASSPHRASE)
    page._update()
    page.open_it()
    return asked


def unlocking(qtbot, window, monkeypatch):
    asked = hold(monkeypatch, "ui.start.unlock")
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock()
    return asked


def backup(qtbot, window, monkeypatch):
    asked = hold(monkeypatch, "ui.my_data.page")
    shell = window.shell
    shell.tabs.setCurrentWidget(shell.my_data)  # (the day's backup may be the held one)
    shell.my_data.backups.backup_now()
    return asked


def passphrase(qtbot, window, monkeypatch):
    asked = hold(monkeypatch, "ui.settings.page")
    settings = window.shell.settings
    window.shell.tabs.setCurrentWidget(settings)
    settings.current.setText(PASSPHRASE)
    settings.fields.passphrase.setText(NEW)
    settings.fields.confirm.setText(NEW)
    settings.change_passphrase()
    return asked


def caregiver_name(qtbot, window, monkeypatch):
    asked = hold(monkeypatch, "ui.settings.caregivers")
    settings = window.shell.settings
    window.shell.tabs.setCurrentWidget(settings)
    box = settings.caregivers
    box.mine.setText(PASSPHRASE)
    box.my_name.setText("Ana")
    box.save_my_name()
    return asked


CASES = {  # (how to start it, needs a journal to unlock, needs the journal open)
    "first run": (first_run, False, False),
    "bring home": (bringing_home, False, False),
    "unlock": (unlocking, True, False),
    "backup": (backup, True, True),
    "passphrase": (passphrase, True, True),
    "caregiver name": (caregiver_name, True, True),
}


@pytest.mark.parametrize("case", CASES)
def test_a_busy_bar_says_what_is_being_done_in_english_and_spanish(qtbot, ctx, request,
                                                                   monkeypatch, case):
    start, made, opened = CASES[case]
    if made:
        request.getfixturevalue("made_journal")
    window = make_window(qtbot, ctx)
    if opened:
        unlock(qtbot, window)
    names, said, heard = {}, {}, []
    monkeypatch.setattr("ui.widgets.busy.announce", lambda _bar, words: heard.append(words))
    try:
        for lang in ("en", "es"):
            window.set_language(lang)
            with monkeypatch.context() as patch:
                before = len(heard)
                asked = start(qtbot, window, patch)
                assert asked, "the work was asked for"
                names[lang], said[lang] = bar_names(window), heard[before:]
            if lang == "en":  # let the page go back to idle for the Spanish round
                window.close()
                window = make_window(qtbot, ctx)
                if opened:
                    unlock(qtbot, window)
    finally:
        window.set_language("en")
    assert len(names["en"]) == 1 and names["en"][0].strip()
    assert len(names["es"]) == 1 and names["es"][0].strip()
    assert names["es"] != names["en"]  # translated, not left in English
    assert said == names  # said once, as the work starts


def test_control_a_bare_bar_is_caught(qtbot, ctx):
    """The check sees what it exists for: a bar with no name shows as an empty name."""
    window = make_window(qtbot, ctx)
    bare = QProgressBar(window.centralWidget())
    bare.setRange(0, 0)
    bare.show()
    assert "" in bar_names(window)
