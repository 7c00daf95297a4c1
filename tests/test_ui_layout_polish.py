"""Issue 14 §4, the layout items: the unlock column, clipped date boxes, the Lock button."""

from __future__ import annotations

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
