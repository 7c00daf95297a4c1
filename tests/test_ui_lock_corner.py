"""Lock is one click away on every screen of an open journal: a moment being written or
read and the summary being made cover the tab bar (and its Lock button), so a Lock
button shows above them, at the same top-right spot, named the same way."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from test_ui_summary_wizard import fill, open_wizard
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import lock_and_let_work_end, unlock

from tools import screen_checks
from ui.moments.form import DRAFT_KEY


def show(qtbot, window, where: str):
    shell = window.shell
    if where == "form":
        shell.open_form("repair")
        shell.form.texts["pulled_apart"].setPlainText("Bath time got loud")
    elif where == "view":
        shell.view_entry(fill(window.journal)["repair"])
    else:
        fill(window.journal)
        open_wizard(qtbot, window)
    return shell.stack.currentWidget()


@pytest.mark.parametrize("where", ["form", "view", "summary"])
@pytest.mark.parametrize("size", [100, 200])
def test_a_lock_button_shows_over_every_page_that_covers_the_tabs(qtbot, open_window,
                                                                   where, size):
    window = open_window
    window.resize(1366, 768)
    corner = window.shell.lock_corner
    assert corner.isHidden()  # the tab bar shows its own
    window.set_text_size(size)
    try:
        page = show(qtbot, window, where)
        QApplication.processEvents()  # the new text size's layouts settle (posted events)
        button = corner
        assert button.isVisible()
        name = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
        assert name == "Lock the journal" and "Ctrl+L" in button.toolTip()
        spot = button.mapTo(window, button.rect().topLeft())
        title = page.title
        assert abs(spot.y() - title.mapTo(window, title.rect().topLeft()).y()) <= 8  # beside
        assert 0 <= window.width() - (spot.x() + button.width()) <= 48  # at the top right
        assert screen_checks.clipped(window) == [] and screen_checks.overlapping(window) == []
        if where == "form":
            button.click()
            assert window.state == "locked" and window.journal is None
            unlock(qtbot, window)  # what was being written comes back
            assert "Bath time got loud" in window.journal.load_draft(DRAFT_KEY)
    finally:
        window.set_text_size(100)
        if window.journal is not None:
            lock_and_let_work_end(qtbot, window)


def test_the_lock_row_goes_when_the_tabs_come_back(qtbot, open_window):
    shell = open_window.shell
    shell.open_form("connection")
    assert shell.lock_corner.isVisible()
    shell.form.cancel()
    assert shell.stack.currentWidget() is shell.tabs and shell.lock_corner.isHidden()

