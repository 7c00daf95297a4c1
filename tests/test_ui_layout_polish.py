"""Issue 14 §4, the layout items: the unlock column, clipped date boxes, the Lock button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import make_window, unlock


def _top(widget, ref) -> int:
    return widget.mapTo(ref, QPoint(0, 0)).y()


def _bottom(widget, ref) -> int:
    return _top(widget, ref) + widget.height()


def test_unlock_box_sits_under_its_label_and_the_message_under_the_box(
        qtbot, ctx, made_journal):
    window = make_window(qtbot, ctx)
    window.resize(1366, 768)
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.passphrase.isVisible())
    label_text_bottom = _top(page.pass_label, page) + page.pass_label.sizeHint().height()
    gap = _top(page.passphrase, page) - label_text_bottom
    assert 0 <= gap <= 6, gap
    box_top = _top(page.passphrase, window)
    window.grab().save("/tmp/polishA/unlock_before_message.png")
    unlock(qtbot, window, "not the right words")
    qtbot.waitUntil(lambda: page.message.isVisible())
    window.grab().save("/tmp/polishA/unlock_with_message.png")
    under = _top(page.message, page) - _bottom(page.passphrase, page)
    assert 0 <= under <= 8, under  # right under the box, before the checkbox
    assert _top(page.message, page) < _top(page.show_box, page)
    assert _top(page.passphrase, window) == box_top  # the column does not jump


def test_the_control_the_gap_check_can_fail(qtbot, ctx, made_journal):
    """Control: the same measure sees a gap that is plainly too big."""
    window = make_window(qtbot, ctx)
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.passphrase.isVisible())
    assert _top(page.open_button, page) - _bottom(page.pass_label, page) > 6


# -- 2. date, spin and combo boxes show all their text ------------------------------------


def test_the_clipping_check_sees_a_date_box_too_narrow_for_its_date(qtbot):
    """Control: a long Spanish date in a narrow box is reported; a wide box is not."""
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDateEdit, QSpinBox, QVBoxLayout, QWidget

    from tools.screen_checks import clipped

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    narrow, wide = QDateEdit(), QDateEdit()
    for edit in (narrow, wide):
        edit.setLocale(QLocale("es"))
        edit.setDisplayFormat(QLocale("es").dateFormat(QLocale.FormatType.LongFormat))
        edit.setDate(QDate(2026, 11, 4))
        layout.addWidget(edit)
    narrow.setFixedWidth(120)
    wide.setFixedWidth(600)
    spin = QSpinBox()
    spin.setRange(0, 10**8)
    spin.setValue(10**8)
    spin.setFixedWidth(40)
    layout.addWidget(spin)
    root.show()
    qtbot.waitExposed(root)
    found = clipped(root)
    assert len(found) == 2, found
    assert "noviembre" in found[0] and "100000000" in found[1]


@pytest.mark.parametrize("size", [100, 150, 200])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_summary_dates_step_shows_whole_dates(qtbot, open_window, lang, size):
    from test_ui_summary_wizard import open_wizard

    from tools.screen_checks import clipped

    window = open_window
    window.set_language(lang)
    window.set_text_size(size)
    window.resize(1366, 768)
    wizard = open_wizard(qtbot, window)
    dates = wizard.dates
    qtbot.waitUntil(lambda: dates.start.isVisible())
    from PySide6.QtCore import QDate

    dates.start.setDate(QDate(2026, 9, 30))  # the longest: "miércoles, 30 de septiembre"
    dates.end.setDate(QDate(2026, 11, 4))
    qtbot.waitUntil(lambda: dates.custom.isChecked())
    window.grab().save(f"/tmp/polishA/dates_{lang}{size}.png")
    found = clipped(dates)
    window.set_text_size(100)
    window.set_language("en")
    assert found == []


# -- 3. the Lock button shows whole ------------------------------------------------------


def _lock_fits(window) -> list[str]:
    button = window.shell.lock_button
    left = button.mapTo(window, QPoint(0, 0)).x()
    problems = []
    if left + button.width() > window.width() - 8:  # its border drawn clear of the edge
        problems.append(f"ends at {left + button.width()}, window is {window.width()}")
    if button.sizeHint().width() > button.width() + 1:
        problems.append(f"needs {button.sizeHint().width()}px, has {button.width()}")
    return problems


@pytest.mark.parametrize("size", [(1366, 768), (720, 560)])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_lock_button_is_not_cut_off_at_the_right(qtbot, open_window, lang, size):
    window = open_window
    window.set_language(lang)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == max(size[0], window.minimumWidth()))
    window.grab().save(f"/tmp/polishA/lock_{lang}_{size[0]}.png")
    found = _lock_fits(window)
    window.set_language("en")
    assert found == []


def test_the_lock_check_sees_a_squeezed_button(qtbot, open_window):
    """Control: a button held narrower than its words is reported."""
    button = open_window.shell.lock_button
    button.setFixedWidth(10)
    qtbot.waitUntil(lambda: button.width() == 10)
    assert _lock_fits(open_window)


# -- 4. combo, spin and date boxes: only their own rounded border --------------------------


def _dark_corners(widget) -> list[str]:
    """Corner pixels outside the rounded border: paper-light unless a square frame is drawn."""
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    dark = []
    for x, y in ((w - 1, 0), (w - 1, h - 1), (w - 2, h - 2), (w - 2, 1)):
        if image.pixelColor(x, y).lightness() < 140:
            dark.append(f"{type(widget).__name__} ({x},{y})")
    return dark


def _boxes(qtbot, extra_style: str = ""):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QComboBox, QSpinBox, QVBoxLayout, QWidget

    from ui.widgets.date_box import DateBox

    root = QWidget()
    qtbot.addWidget(root)
    root.setStyleSheet(extra_style)
    layout = QVBoxLayout(root)
    combo, spin, date = QComboBox(), QSpinBox(), DateBox()
    combo.addItems(["English", "Español"])
    date.setCalendarPopup(True)
    date.setDate(QDate(2026, 11, 4))
    for box in (combo, spin, date):
        box.setMinimumWidth(240)
        layout.addWidget(box)
    root.show()
    qtbot.waitExposed(root)
    return root, (combo, spin, date)


def test_combo_spin_and_date_boxes_have_no_square_frame_over_their_rounded_border(
        qtbot, ctx):
    root, boxes = _boxes(qtbot)
    root.grab().save("/tmp/polishA/boxes.png")
    assert [corner for box in boxes for corner in _dark_corners(box)] == []
    for box in boxes:  # the arrows are still drawn, at the right
        image = box.grab().toImage()
        arrow = [(x, y) for x in range(image.width() - 24, image.width() - 4)
                 for y in range(4, image.height() - 4)
                 if image.pixelColor(x, y).lightness() < 100]
        assert arrow, type(box).__name__


def test_the_corner_check_sees_a_square_dark_frame(qtbot, ctx):
    """Control: boxes given a square dark border are reported."""
    _root, boxes = _boxes(qtbot, "QComboBox, QSpinBox, QDateEdit { border: 2px solid black;"
                                 " border-radius: 0; }")
    assert len({corner.split(" ")[0] for box in boxes for corner in _dark_corners(box)}) == 3
