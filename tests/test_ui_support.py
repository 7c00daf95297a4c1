"""Shared fixtures and helpers for the UI tests (imported by tests/test_ui_*.py), and the
tests that show the helpers find what they say they find.

`from test_ui_support import *` brings only `__all__` (the fixtures and helpers), never
the tests below, so they run once, here."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QStringListModel
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView

from journal import FixedClock, Vault
from journal.vault.kdf import TEST_PARAMS
from ui.plumbing.dialogs import Dialogs
from ui.shell.app import build_context

__all__ = ["PASSPHRASE", "START", "back_up_now", "clock", "ctx", "flush_deletes",
           "lock_and_let_work_end", "made_journal", "make_window", "open_window", "unlock",
           "visible_texts", "window"]

PASSPHRASE = "a quiet morning walk"
START = datetime(2026, 11, 20, 9, 0)


@pytest.fixture
def clock():
    return FixedClock(START)


@pytest.fixture
def ctx(qapp, data_dir, tmp_path, clock):
    context = build_context(qapp, data_dir, lang="en", settings_file=tmp_path / "settings.ini",
                            dialogs=Dialogs(headless=True), clock=clock,
                            kdf_params=TEST_PARAMS)
    yield context
    context.languages.switch("en")
    from ui.plumbing.theme import apply_theme

    apply_theme(qapp, 100)


@pytest.fixture
def made_journal(data_dir, clock):
    """A journal that exists on disk (closed); returns its recovery code."""
    journal, code = Vault(data_dir, kdf_params=TEST_PARAMS, clock=clock).create(PASSPHRASE)
    journal.close()
    return code


def make_window(qtbot, ctx):
    from ui.shell.window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock()
    qtbot.waitUntil(lambda: not window.unlock_page.working, timeout=10000)


@pytest.fixture
def open_window(qtbot, ctx, made_journal):
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    assert window.state == "open"
    yield window
    if window.journal is not None:
        window.lock()


@pytest.fixture
def window(qtbot, open_window):
    """The open window; at the end, locked once the work it started has ended (the
    summary tests: its list, estimate and PDF are read off the UI thread)."""
    yield open_window
    if open_window.journal is not None:
        lock_and_let_work_end(qtbot, open_window)


def stopped_backup_is_made_again(qtbot, window, journal, folder, put_back) -> None:
    """After a lock stopped the day's backup: once the stopped work has ended, no partial
    folder is left and a backup is still due; `put_back()` undoes the test's stand-in,
    and the next unlock makes the backup."""
    from journal.backups.manager import BackupManager
    from ui.plumbing.operations import held

    qtbot.waitUntil(lambda: not held(journal), timeout=10000)
    assert list(folder.iterdir()) == []  # the partial folder is cleared, nothing kept
    assert BackupManager(folder).is_due()
    put_back()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: BackupManager(folder).latest() is not None, timeout=20000)
    window.lock()


def flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def back_up_now(qtbot, shell) -> None:
    """Press “Make a backup now” once the day's automatic backup (if any) is over,
    and wait for the backup that press makes: a lock right after must not stop it."""
    from ui.plumbing.operations import held

    backups, page = shell.my_data.backups, shell.my_data

    def idle() -> bool:  # ended on its thread and reported on this one (`working` off)
        return not held() and not page.working

    qtbot.waitUntil(idle, timeout=20000)
    before = len(backups.manager().list_backups())
    backups.backup_now()
    assert page.working  # pressed while idle: it started
    qtbot.waitUntil(lambda: idle() and len(backups.manager().list_backups()) > before,
                    timeout=20000)


def lock_and_let_work_end(qtbot, window) -> None:
    """Lock, then wait until the work the lock stopped has ended on its own thread (a
    stopped backup clears its partial folder there), so files are read once nothing
    writes them. Lock itself does not wait for that work: it has to be quick."""
    from ui.plumbing.operations import held

    window.lock()
    qtbot.waitUntil(lambda: not held(), timeout=20000)
    flush_deletes()


def visible_texts() -> list[str]:
    """Every piece of text any live widget or item model holds."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        for name in ("toPlainText", "text", "windowTitle", "toolTip", "currentText"):
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str):
                    texts.append(value)
        view_model = getattr(widget, "model", None)
        if callable(view_model):
            try:
                model = view_model()
            except TypeError:
                model = None
            if model is not None and hasattr(model, "rowCount"):
                for row in range(model.rowCount()):
                    value = model.index(row, 0).data()
                    if isinstance(value, str):
                        texts.append(value)
    return texts


# -- the helpers, tested -----------------------------------------------------------------------
def test_visible_texts_reads_widgets_and_models_and_forgets_deleted_ones(qtbot):
    label, line = QLabel("ZQX in a label"), QLineEdit("ZQX in a field")
    view = QListView()
    model = QStringListModel(["ZQX in a list"])
    view.setModel(model)
    for widget in (label, line, view):
        qtbot.addWidget(widget)
    seen = [text for text in visible_texts() if text.startswith("ZQX")]
    assert sorted(seen) == ["ZQX in a field", "ZQX in a label", "ZQX in a list"]
    label.deleteLater()
    flush_deletes()  # deleted at once, not at some later turn of the event loop
    assert "ZQX in a label" not in visible_texts()


def test_unlock_opens_the_window_and_a_wrong_passphrase_does_not(qtbot, ctx, made_journal):
    window = make_window(qtbot, ctx)
    assert window.state == "locked"
    unlock(qtbot, window, "not the passphrase")
    assert window.state == "locked" and window.journal is None
    unlock(qtbot, window)
    assert window.state == "open" and window.journal is not None
    window.lock()


def test_the_star_import_brings_the_helpers_not_these_tests():
    assert all(not name.startswith("test_") for name in __all__)
    assert all(name in globals() for name in __all__)
