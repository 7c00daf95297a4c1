"""At 200% text the check boxes, radio circles, spin arrows and scroll bars grow with the
words (Fusion keeps them at 14 px on its own); at 100% the look is exactly as before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QListView,
    QRadioButton,
    QScrollBar,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QVBoxLayout,
    QWidget,
)
from test_ui_support import *  # noqa: F403 - fixtures

from ui.plumbing import theme

PM = QStyle.PixelMetric


def _sizes(qtbot) -> dict[str, int]:
    """What the style gives each control's own part, measured with the widget."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    box, radio, spin, bar, items = (QCheckBox("I kept my recovery code somewhere safe"),
                                    QRadioButton("A few"), QSpinBox(), QScrollBar(),
                                    QListView())
    for widget in (box, radio, spin, bar, items):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    up = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                     QStyle.SubControl.SC_SpinBoxUp, spin)
    return {
        "check box": box.style().pixelMetric(PM.PM_IndicatorWidth, None, box),
        "radio": radio.style().pixelMetric(PM.PM_ExclusiveIndicatorWidth, None, radio),
        "list tick box": items.style().pixelMetric(PM.PM_IndicatorWidth, None, items),
        "scroll bar": bar.style().pixelMetric(PM.PM_ScrollBarExtent, None, bar),
        "spin arrows": up.width(),
        "check box drawn": _drawn_box(box),
    }


def _drawn_box(box: QCheckBox) -> int:
    """The height of the box as painted: the longest run of frame-coloured pixels down
    the leftmost inked column (measured on a grab, not taken from the style)."""
    image = box.grab().toImage()
    paper = image.pixelColor(image.width() - 1, image.height() - 1).lightness()

    def inked(x: int, y: int) -> bool:
        return abs(image.pixelColor(x, y).lightness() - paper) > 25

    left = next((x for x in range(image.width())
                 if any(inked(x, y) for y in range(image.height()))), None)
    if left is None:
        return 0
    best = run = 0
    for y in range(image.height()):
        run = run + 1 if inked(left, y) else 0
        best = max(best, run)
    return best


def test_every_indicator_is_about_twice_as_big_at_200_percent(qtbot, qapp, ctx):
    theme.apply_theme(qapp, 100)
    small = _sizes(qtbot)
    theme.apply_theme(qapp, 200)
    big = _sizes(qtbot)
    for part, size in small.items():
        assert size > 0, part
        assert big[part] >= 1.9 * size, (part, size, big[part])


def test_the_recovery_code_gate_box_grows_on_the_real_screen(qtbot, qapp, ctx):
    from ui.widgets.recovery_code import RecoveryCodeView

    theme.apply_theme(qapp, 200)
    view = RecoveryCodeView(ctx.dialogs)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    kept = view.kept
    assert kept.style().pixelMetric(PM.PM_IndicatorWidth, None, kept) >= 26
    assert _drawn_box(kept) >= 24


def test_at_100_percent_the_style_sheet_is_as_it_was(qapp, ctx):
    theme.apply_theme(qapp, 100)
    assert theme.scaled_controls(1.0) == ""
    assert "::indicator, QRadioButton::indicator" not in qapp.styleSheet()
    theme.apply_theme(qapp, 150)
    assert "width: 21px" in qapp.styleSheet()  # 14 px × 1.5


def test_the_control_the_size_check_sees_boxes_that_stay_small(qtbot, qapp, ctx,
                                                                 monkeypatch):
    """Control: without the scaled rules the same measure finds the 14 px boxes."""
    monkeypatch.setattr(theme, "scaled_controls", lambda scale: "")
    theme.apply_theme(qapp, 100)
    small = _sizes(qtbot)
    theme.apply_theme(qapp, 200)
    big = _sizes(qtbot)
    assert big["check box"] < 1.9 * small["check box"]
    assert big["check box drawn"] < 1.9 * small["check box drawn"]
    assert big["scroll bar"] < 1.9 * small["scroll bar"]


@pytest.mark.parametrize("size", [100, 200])
def test_a_ticked_box_still_shows_its_tick_when_big(qtbot, qapp, ctx, size):
    """The bigger box is still the style's own box: ticked and not ticked look different."""
    theme.apply_theme(qapp, size)
    box = QCheckBox("OK to share")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    before = box.grab().toImage()
    box.setChecked(True)
    after = box.grab().toImage()
    assert before != after
