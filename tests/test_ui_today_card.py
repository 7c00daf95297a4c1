"""Today's prompt card fits its words (no large empty area) and does not change size
after the first save of the day (when "This week" goes from empty to one moment)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures


def laid_out(window) -> None:
    QApplication.processEvents()
    window.shell.today.layout().activate()
    QApplication.processEvents()


def card_at_1366(qtbot, window):
    window.resize(1366, 768)
    today = window.shell.today
    qtbot.waitUntil(lambda: today.isVisible() and today.card.height() > 0)
    laid_out(window)
    return today


def test_the_card_keeps_its_size_after_the_first_save(qtbot, open_window):
    today = card_at_1366(qtbot, open_window)
    assert today.week_view.isHidden()  # nothing kept this week yet
    before = today.card.geometry()
    today.editor.setPlainText("We sang in the bath.")
    today.save_reflection()
    laid_out(open_window)
    assert today.week_view.isVisible()  # the first moment of the week shows below
    assert today.card.geometry().size() == before.size()
    assert today.card.geometry().top() == before.top()


def test_the_card_fits_its_words(qtbot, open_window):
    today = card_at_1366(qtbot, open_window)
    assert today.card.height() <= today.card.sizeHint().height() + 2  # no empty area
    assert today.editor.height() <= today.editor.maximumHeight()


def test_control_a_card_that_grows_is_seen(qtbot, open_window):
    """The harness can tell: a longer question makes a taller card, and it is measured."""
    today = card_at_1366(qtbot, open_window)
    before = today.card.geometry()
    today.follow_up.setText("A longer follow-up question that takes a line of its own. " * 6)
    today.follow_up.setVisible(True)
    laid_out(open_window)
    assert today.card.geometry().height() > before.height()


def cleared(monkeypatch, journal) -> list[str]:
    calls: list[str] = []
    real = journal.clear_draft
    monkeypatch.setattr(journal, "clear_draft", lambda key: (calls.append(key), real(key)))
    return calls


def test_locking_with_nothing_typed_writes_nothing(qtbot, open_window, monkeypatch):
    """Issue 24's lock outliers: a lock cleared an empty draft, a write and a wait for
    the disk, every time."""
    calls = cleared(monkeypatch, open_window.journal)
    open_window.lock()
    assert calls == []


def test_control_a_draft_wiped_out_is_cleared_at_lock(qtbot, open_window, monkeypatch):
    journal = open_window.journal
    today = open_window.shell.today
    today.editor.setPlainText("half a thought")
    today.save_draft()
    assert journal.load_draft("today-reflection") == "half a thought"
    today.editor.setPlainText("")  # they changed their mind
    calls = cleared(monkeypatch, journal)
    open_window.lock()
    assert calls == ["today-reflection"]
    from test_ui_support import PASSPHRASE, unlock

    open_window.unlock_page.passphrase.setText(PASSPHRASE)
    unlock(qtbot, open_window)
    assert open_window.journal.load_draft("today-reflection") is None
