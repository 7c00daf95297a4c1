"""Shared fixtures and helpers for the UI tests (imported by tests/test_ui_*.py)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from journal import FixedClock, Vault
from journal.vault.kdf import TEST_PARAMS
from ui.plumbing.dialogs import Dialogs
from ui.shell.app import build_context

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


def flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


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
