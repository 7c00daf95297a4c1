"""The small pieces behind the accessibility-bus fixes, checked offscreen and fast.

Each has a control: the plain Qt widget it replaces shows the problem, so the check is
known to bite (the full story, through AT-SPI, is in tests/test_a11y_bus.py).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.plumbing.dialogs import Dialogs, save_folder_for_tests
from ui.widgets.announce import focus_first, quiet_scroll_area, say_problem
from ui.widgets.chips import ChipGroup
from ui.widgets.date_box import DateBox

_kept: list[QWidget] = []


def _window(qtbot, *widgets):
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    _kept.append(window)  # the test's widgets live as long as the test module
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _any_day(edit):
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(QDate(2000, 1, 1))
    edit.setSpecialValueText("any day")
    return edit


def _tab_from(qtbot, widget) -> QWidget | None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_an_any_day_date_box_and_plain_qt_traps_it(qtbot):
    plain, ours, after = _any_day(QDateEdit()), _any_day(DateBox()), QPushButton("After")
    _window(qtbot, plain, ours, after)
    assert _tab_from(qtbot, plain) is plain  # the trap the harness found on Moments
    assert _tab_from(qtbot, ours) is after


def test_one_choice_chips_are_radio_buttons_that_can_be_unticked(qtbot):
    several, one = ChipGroup(), ChipGroup(exclusive=True)
    _window(qtbot, several, one)
    several.set_items([(1, "Mia"), (2, "Grandma")])
    one.set_items([("one", "One"), ("few", "A few")])
    role = QAccessible.queryAccessibleInterface(one.chip("one")).role()
    assert role == QAccessible.Role.RadioButton
    assert QAccessible.queryAccessibleInterface(several.chip(1)).role() == \
        QAccessible.Role.CheckBox
    one.chip("one").click()
    one.chip("few").click()
    assert one.selected() == ["few"]
    one.chip("few").click()  # a second press leaves the question unanswered
    assert one.selected() == []


def test_chips_made_later_keep_their_place_in_the_tab_order(qtbot):
    before, group, save = QLineEdit(), ChipGroup(), QPushButton("Save")
    _window(qtbot, before, group, save)
    group.set_items([(1, "Mia"), (2, "Grandma")])  # made after Save, like in the form
    assert _tab_from(qtbot, before) is group.chip(1)


def test_a_quiet_scroll_area_is_no_tab_stop_and_focus_first_finds_a_control(qtbot):
    body, field = QWidget(), QLineEdit()
    QVBoxLayout(body).addWidget(field)
    plain, quiet = QScrollArea(), QScrollArea()
    plain.setWidget(QWidget())
    quiet.setWidget(body)
    quiet_scroll_area(quiet)
    _window(qtbot, plain, quiet)
    assert plain.focusPolicy() & Qt.FocusPolicy.TabFocus  # Qt's default: a Tab stop
    assert not quiet.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert focus_first(quiet) is field


def test_a_problem_is_described_on_its_field_and_hidden_when_gone(qtbot):
    label, field = QLabel(), QLineEdit()
    _window(qtbot, label, field)
    say_problem(label, field, "These don't match yet.")
    assert field.accessibleDescription() == "These don't match yet." and label.isVisible()
    say_problem(label, field, "")
    assert field.accessibleDescription() == "" and not label.isVisible()


def test_the_save_seam_answers_only_when_a_test_asks_for_it(tmp_path):
    folder = tmp_path / "saves"
    assert save_folder_for_tests({"SMALL_MOMENTS_TEST_SAVE_DIR": str(tmp_path)}) is None
    assert save_folder_for_tests({"SMALL_MOMENTS_TEST_SEAMS": "1",
                             "SMALL_MOMENTS_TEST_SAVE_DIR": str(folder)}) is None  # missing
    folder.mkdir()
    found = save_folder_for_tests({"SMALL_MOMENTS_TEST_SEAMS": "1",
                              "SMALL_MOMENTS_TEST_SAVE_DIR": str(folder)})
    assert found == folder
    dialogs = Dialogs(save_folder=found)
    path = dialogs.save_file(None, "Save", "/elsewhere/summary.pdf", "PDF (*.pdf)")
    assert path == str(folder / "summary.pdf")
