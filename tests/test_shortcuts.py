"""Keyboard shortcuts keep to where they belong: a key meant for one control (Delete in
the Moments list, Down in the search box) is not taken from the others."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtTest import QTest
from test_ui_focus_words import _moments, _timeline
from test_ui_support import *  # noqa: F403 - fixtures

from ui.plumbing.shortcuts import shortcut


def test_control_a_context_given_to_the_constructor_is_lost(qtbot):
    """Why `shortcut` exists: PySide6 drops `context=` given with a slot."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    made = QShortcut(QKeySequence("Down"), parent, lambda: None,
                     context=Qt.ShortcutContext.WidgetShortcut)
    assert made.context() == Qt.ShortcutContext.WindowShortcut  # not what was asked
    kept = shortcut("Down", parent, lambda: None, Qt.ShortcutContext.WidgetShortcut)
    assert kept.context() == Qt.ShortcutContext.WidgetShortcut


def test_moments_keys_stay_with_their_control(qtbot, open_window):
    _moments(open_window.journal, 3)
    timeline = _timeline(open_window)
    timeline.list.setFocus()
    QTest.keyClick(timeline.list, Qt.Key.Key_Down)  # the list moves, search stays put
    assert timeline.list.hasFocus() and timeline.list.currentIndex().row() == 1
    timeline.open_button.setFocus()
    QTest.keyClick(timeline.open_button, Qt.Key.Key_Delete)  # not on the list: nothing
    assert timeline.deleted == [] and timeline.model.rowCount() == 3
    timeline.list.setFocus()
    QTest.keyClick(timeline.list, Qt.Key.Key_Delete)  # on the list: to the trash
    assert len(timeline.deleted) == 1


def test_delete_in_search_results_sends_the_chosen_moment_to_the_trash(qtbot, open_window):
    _moments(open_window.journal, 3)
    timeline = _timeline(open_window)
    timeline.search.setFocus()
    QTest.keyClicks(timeline.search, "Smiled 1")
    QTest.keyClick(timeline.search, Qt.Key.Key_Down)  # to the results
    assert timeline.results.hasFocus()
    QTest.keyClick(timeline.results, Qt.Key.Key_Delete)
    assert len(timeline.deleted) == 1
    assert "Smiled 1" not in [e.text["child_did"] for e in
                              open_window.journal.list_entries().entries]
