"""Keyboard only: from the first screen to a saved reflection, a logged moment and a saved
summary, with key presses sent to whatever has the focus (no clicks, no direct calls)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def test_first_run_reflection_moment_and_summary_by_keys_alone(qtbot, ctx, tmp_path):
    window = make_window(qtbot, ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    page = window.first_run
    # welcome: Tab reaches the language choice and Start; Alt+S starts
    press(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 1, timeout=5000)
    assert focused() is page.fields.passphrase
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Tab)
    assert focused() is page.fields.confirm
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=10000)
    # the recovery code: focus starts on the code itself (read-only text), then Alt+I
    assert focused() is page.code_view.code_label
    press(Qt.Key.Key_I, ALT)
    assert focused() is page.code_view.typeback
    type_text(page.code_view.code_label.text())
    press(Qt.Key.Key_Return)
    assert page.steps.currentIndex() == 3 and focused() is page.nickname
    type_text("Bean")
    press(Qt.Key.Key_Tab)
    assert focused() is page.month
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_D, ALT)  # Done
    qtbot.waitUntil(lambda: window.state == "open", timeout=5000)
    journal = window.journal
    assert [p.nickname for p in journal.list_people("child")] == ["Bean"]

    # the first reflection: the editor has the focus; Ctrl+Enter keeps it
    shell = window.shell
    assert focused() is shell.today.editor
    type_text("We sang in the car.")
    press(Qt.Key.Key_Return, CTRL)
    assert [e.kind for e in journal.list_entries().entries] == ["reflection"]

    # a connection moment: Ctrl+1, type, Tab to the next box, Ctrl+Enter
    press(Qt.Key.Key_1, CTRL)
    form = shell.form
    assert shell.stack.currentWidget() is form
    box = focused()
    type_text("Reached for my hand.")
    assert box.toPlainText() == "Reached for my hand."
    press(Qt.Key.Key_Return, CTRL)
    assert shell.stack.currentWidget() is shell.tabs
    kinds = sorted(e.kind for e in journal.list_entries().entries)
    assert kinds == ["connection", "reflection"]

    # search by keys: Ctrl+F, type, the results list
    press(Qt.Key.Key_F, CTRL)
    assert focused() is shell.timeline.search
    type_text("hand")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.timeline.search_model.rowCount() == 1, timeout=5000)

    # a summary: Ctrl+Shift+S, Alt+N through every step, Alt+S saves the PDF
    press(Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wizard = shell.wizard
    assert shell.stack.currentWidget() is wizard
    for step in (wizard.items, wizard.notes, wizard.preview):
        press(Qt.Key.Key_N, ALT)
        qtbot.waitUntil(lambda s=step: wizard.steps.currentWidget() is s, timeout=5000)
    qtbot.waitUntil(lambda: not wizard.building, timeout=20000)
    press(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.steps.currentWidget() is wizard.save, timeout=5000)
    saved = tmp_path / "summary.pdf"
    ctx.dialogs.set_next_answer(str(saved))
    press(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(saved.exists, timeout=10000)
    assert saved.read_bytes().startswith(b"%PDF")

    # lock by keys, and open again by keys
    press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_L, CTRL)
    assert window.state == "locked"
    assert focused() is window.unlock_page.passphrase
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)
    window.lock()


def test_settings_by_keys_alone(qtbot, open_window):
    shell = open_window.shell
    press(Qt.Key.Key_G, ALT)  # Settin&gs
    assert shell.tabs.currentWidget() is shell.settings
    press(Qt.Key.Key_X, ALT)  # Te&xt size
    assert focused() is shell.settings.text_size
    press(Qt.Key.Key_Down)
    assert open_window.ctx.prefs.text_size == 125
    press(Qt.Key.Key_K, ALT)  # &Keys that help
    qtbot.waitUntil(lambda: open_window.stack.currentWidget() is open_window.help_page,
                    timeout=5000)
    press(Qt.Key.Key_Escape)
    assert open_window.stack.currentWidget() is shell
