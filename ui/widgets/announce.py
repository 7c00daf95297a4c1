"""Tell screen readers what just happened, and put focus where a person can hear it.

A problem is never shown by colour alone: the words go in a label placed by the field
(its buddy), the field's accessible description carries the same words, and an
announcement asks the screen reader to read them now. Confirmations ("Kept in your
journal"), result counts and hints are announced the same way.

Qt's old `Alert` event never reaches the Linux accessibility bus; the announcement event
(Qt 6.8+) does, as AT-SPI's `object:announcement`, which Orca reads aloud.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QWidget,
)


def announce(source: QWidget, text: str, *, urgent: bool = False) -> None:
    """Ask a screen reader to say `text` now (politely: after what it is saying)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def say_problem(label: QLabel, field: QWidget | None, text: str) -> None:
    """Show `text` in `label` (tied to `field`) and announce it; empty text hides it.

    Words already showing are not announced again (typing on must not repeat them).
    """
    new = text != label.text() or label.isHidden() == bool(text)
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None:
        if label.buddy() is None:
            label.setBuddy(field)
        field.setAccessibleDescription(text)
    if text:
        label.setAccessibleName(text)
        if new:
            announce(field or label, text)


def clear_problem(label: QLabel, field: QWidget | None) -> None:
    say_problem(label, field, "")


def can_take_focus(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def focus_first(container: QWidget) -> QWidget | None:
    """Focus the first control in `container` that Tab would reach; return it.

    Used after a save, Esc or a tab switch, so focus lands on something with a name
    instead of on the page itself (which a screen reader calls an unnamed "filler").
    """
    widget = container.nextInFocusChain()
    for _ in range(2000):
        if widget is None or widget is container:
            break
        if container.isAncestorOf(widget) and can_take_focus(widget):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None


def show_page(stack: QStackedWidget, page: QWidget,
              focus: QWidget | Callable[[], None] | None = None) -> None:
    """Show `page` in `stack` and put focus on `focus` (or its first control) at once.

    `focus` may be a function that places focus itself once the page shows.

    Focus is let go first: otherwise hiding the old page hands focus to whatever comes
    next in the chain (a tab bar, a hidden list) and a screen reader says that first.
    """
    current = QApplication.focusWidget()
    if current is not None and stack.isAncestorOf(current):
        current.clearFocus()
    stack.setCurrentWidget(page)
    if callable(focus) and not isinstance(focus, QWidget):
        focus()
    elif focus is not None and can_take_focus(focus):
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        focus_first(page)


def quiet_scroll_area(area: QAbstractScrollArea) -> QAbstractScrollArea:
    """A scroll area that is not a Tab stop of its own (the controls inside are).

    Qt still scrolls a focused control into view, so nothing is lost for the keyboard.
    """
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def scroll_area_of(widget: QWidget) -> tuple[QScrollArea | None, list[QWidget]]:
    """The nearest scroll area around `widget`, and the widgets from `widget` up to it."""
    chain, parent = [widget], widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        chain.append(parent)
        parent = parent.parentWidget()
    return parent, chain


def reveal(widget: QWidget) -> None:
    """Scroll the page so all of `widget` shows (large text can push it below the fold)."""
    area, chain = scroll_area_of(widget)
    if area is not None:
        for inside in reversed(chain):  # from the page down: sizes settle before scrolling
            if inside.layout() is not None:
                inside.layout().activate()
        area.ensureWidgetVisible(widget, 0, 0)
