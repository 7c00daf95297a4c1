"""The summary's words step fits: no label sits on a text box's border, no hint under a
box, no choice cut off, at 1366×720 and 1366×768, 100% and 200%, English and Spanish;
the text boxes grow with the text size. And the screen check that guards it sees an
overlap where there is one (the control)."""

from __future__ import annotations

import pytest
from test_ui_summary_wizard import loaded, open_wizard
from test_ui_support import *  # noqa: F403 - fixtures

from tools.screen_checks import clipped, overlapping


def test_the_overlap_check_sees_a_label_on_a_text_box_and_nothing_else(qtbot):
    """Control: a label moved onto a text box is reported; Qt's own parts of a combo, a
    spin box, a line edit's clear button and a scroll area are not."""
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QScrollArea,
        QSpinBox,
        QWidget,
    )

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(600, 400)
    label, box = QLabel("Questions for our visit:", root), QPlainTextEdit(root)
    label.setGeometry(0, 0, 300, 20)
    box.setGeometry(0, 30, 300, 100)
    combo, spin, line = QComboBox(root), QSpinBox(root), QLineEdit(root)
    combo.addItems(["English", "Español"])
    line.setClearButtonEnabled(True)
    line.setText("words")
    for n, widget in enumerate((combo, spin, line)):
        widget.setGeometry(320, 10 + 40 * n, 200, 30)
    scroll = QScrollArea(root)
    scroll.setGeometry(0, 200, 300, 150)
    scroll.setWidget(QLabel("inside\n" * 30))
    root.show()
    qtbot.waitExposed(root)
    assert overlapping(root) == []
    label.move(0, 120)  # on the box's bottom border
    found = overlapping(root)
    assert len(found) == 1 and "Questions for our visit" in found[0], found


def to_words(qtbot, window, lang: str, size: int, height: int, pages: int | None = None):
    window.set_language(lang)
    window.set_text_size(size)
    window.resize(1366, height)
    wizard = open_wizard(qtbot, window)
    wizard.next()
    loaded(qtbot, wizard)
    wizard.next()
    notes = wizard.notes
    notes.protect.setChecked(True)  # everything the step can show
    notes.show_estimate(pages)  # "about 25 pages… That is a lot to read…", or not yet
    qtbot.waitUntil(lambda: notes.know.isVisible())
    settle()
    return wizard


def settle() -> None:
    """Let every waiting layout request run (as the screen would before it paints)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        QApplication.processEvents()


CASES = [(lang, size, height, None) for lang in ("en", "es") for size in (100, 200)
         for height in (720, 768)] + [("en", 100, 720, 25), ("es", 100, 768, 25)]


@pytest.mark.parametrize(("lang", "size", "height", "pages"), CASES)
def test_the_words_step_has_no_overlap_at_any_size(qtbot, window, lang, size, height,
                                                   pages):
    wizard = to_words(qtbot, window, lang, size, height, pages)
    notes = wizard.notes
    found = overlapping(wizard) + clipped(wizard)
    order = [notes.labels[2], notes.know, notes.labels[3], notes.questions,
             notes.questions_hint, notes.labels[4], notes.lang]
    tops = [(w.geometry().top(), w.geometry().bottom()) for w in order]
    window.set_text_size(100)
    window.set_language("en")
    assert found == []
    for (_, above), (below, _) in zip(tops, tops[1:], strict=False):
        assert below > above, tops  # each one starts under the one before it


def test_the_text_boxes_grow_with_the_text_size(qtbot, window):
    heights = {}
    for size in (100, 200):
        wizard = to_words(qtbot, window, "en", size, 768)
        notes = wizard.notes
        qtbot.waitUntil(lambda n=notes: n.know.height() == n.know.sizeHint().height())
        line = notes.know.fontMetrics().lineSpacing()
        heights[size] = notes.know.height()
        assert notes.know.height() >= 4 * line  # about four lines at any text size
        assert notes.questions.height() == notes.know.height()
        wizard.finish()
    window.set_text_size(100)
    assert heights[200] > heights[100] * 1.5
