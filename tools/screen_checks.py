"""Checks on what a screen shows: names for screen readers, clipped text, every text.

Used by the accessibility tests and the screenshot scripts (`ui/tour.py` walks the
screens). Each check looks only at widgets that are showing now.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox,
            QAbstractSpinBox, QAbstractItemView, QAbstractSlider, QTabBar)


def showing(root: QWidget) -> Iterator[QWidget]:
    """`root` and every child widget that is visible on screen now."""
    if root.isVisible():
        yield root
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and widget.window() is root.window():
            yield widget


def describe(widget: QWidget) -> str:
    text = ""
    for name in ("text", "placeholderText", "toolTip"):
        getter = getattr(widget, name, None)
        if callable(getter):
            try:
                text = getter() or text
            except TypeError:
                continue
            if text:
                break
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r})"


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for `widget`: Qt's own accessible name."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None and iface.isValid() else ""
    return (name or widget.accessibleName() or "").replace("&", "").strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive controls a screen reader would announce with no name."""
    found = []
    for widget in showing(root):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if widget.focusPolicy().value == 0 and not isinstance(widget, QAbstractButton):
            continue  # not something a person moves to or acts on
        if type(widget).__name__ in ("QTabBarTabButton", "QToolButton") and not widget.isEnabled():
            continue
        if type(widget).__name__ == "QLineEdit" and isinstance(widget.parent(),
                                                                 (QComboBox, QAbstractSpinBox)):
            continue  # the combo or spin box itself carries the name
        if not accessible_name(widget):
            found.append(describe(widget))
    return found


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def spin_text_fit(box: QAbstractSpinBox) -> tuple[int, int]:
    """(width the shown text needs, width the box's text field has) for a spin or date box."""
    edit = box.findChild(QLineEdit)
    need = box.fontMetrics().horizontalAdvance(box.text())
    if edit is None:
        return need, box.width()
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4  # Qt's 2px a side
    return need, room


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons, tabs, combo, spin and date boxes whose text does not fit in the
    room they have now."""
    found = []
    for widget in showing(root):
        if widget.width() <= 1 or widget.height() <= 1:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.textFormat().name == "RichText" or "<" in text:
                continue
            room = widget.contentsRect()
            metrics = widget.fontMetrics()
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 2:
                    found.append(f"{describe(widget)} needs {need}px high, has "
                                 f"{widget.height()}")
                continue
            wide = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))
            if wide > room.width() + 1:
                found.append(f"{describe(widget)} needs {wide}px, has {room.width()}")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            if not widget.text():
                continue
            need = widget.minimumSizeHint().width()
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 and need > widget.width() + 1:
                found.append(f"{describe(widget)} needs {hint.width()}px, has {widget.width()}")
            elif hint.height() > widget.height() + 2:
                found.append(f"{describe(widget)} needs {hint.height()}px high, has "
                             f"{widget.height()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                rect = widget.tabRect(index)
                need = widget.fontMetrics().horizontalAdvance(_plain(widget.tabText(index)))
                if need > rect.width() or rect.right() > widget.width() + 1:
                    found.append(f"tab {widget.tabText(index)!r} needs {need}px, has "
                                 f"{rect.width()}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            room = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option,
                QStyle.SubControl.SC_ComboBoxEditField, widget).width()
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if need > room + 1:
                found.append(f"combo {widget.currentText()!r} needs {need}px, has {room}")
        elif isinstance(widget, QAbstractSpinBox) and widget.text():
            need, room = spin_text_fit(widget)  # date edits and spin boxes
            if need > room + 1:
                found.append(f"{describe(widget)} shows {widget.text()!r}: needs {need}px, "
                             f"has {room}")
        elif (isinstance(widget, QAbstractItemView) and widget.horizontalScrollBar().isVisible()
              and widget.horizontalScrollBar().maximum() > 0):
            found.append(f"{describe(widget)} scrolls sideways")
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            inner = widget.widget()
            found.append(f"{describe(inner or widget)} scrolls sideways: needs "
                         f"{inner.minimumSizeHint().width() if inner else '?'}px, has "
                         f"{widget.viewport().width()}")
        elif isinstance(widget, QGroupBox):
            need = widget.fontMetrics().horizontalAdvance(widget.title())
            if need > widget.width():
                found.append(f"group {widget.title()!r} needs {need}px")
    return found


COMPOSITE = (QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QScrollBar)


def overlapping(root: QWidget) -> list[str]:
    """Sibling widgets showing now whose boxes cross: one covers part of the other (a
    label on a text box's border, a hint under a box). `clipped` can't see it: each one
    alone has the room its text needs. Qt's own parts of a control are left out."""
    siblings: dict[int, list[QWidget]] = {}
    for widget in showing(root):
        parent = widget.parentWidget()
        if widget is root or widget.isWindow() or parent is None or isinstance(
                parent, COMPOSITE) or widget.objectName().startswith("qt_"):
            continue
        if widget.width() > 1 and widget.height() > 1:
            siblings.setdefault(id(parent), []).append(widget)
    found = []
    for group in siblings.values():
        for n, first in enumerate(group):
            for second in group[n + 1:]:
                both = first.geometry().intersected(second.geometry())
                if both.width() > 2 and both.height() > 2:
                    found.append(f"{describe(first)} and {describe(second)} overlap: "
                                 f"{both.width()}x{both.height()}px")
    return found


def texts(root: QWidget) -> list[str]:
    """Every piece of text the showing widgets present (for translation checks)."""
    found: list[str] = []
    for widget in showing(root):
        typed = isinstance(widget, QLineEdit) and not widget.isReadOnly()
        for name in ("text", "placeholderText", "toolTip", "title", "windowTitle",
                     "accessibleName", "accessibleDescription"):
            if typed and name == "text":
                continue  # what the caregiver typed
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str) and value.strip():
                    found.append(value)
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            found.append(widget.toPlainText())
    return found


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys that two showing things share (the second is hard to reach)."""
    seen: dict[str, list[str]] = {}
    for widget in showing(root):
        texts = []
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabEnabled(i)]
        elif isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel)
                                                      and widget.buddy() is not None):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        for text in texts:
            key = _mnemonic(text)
            if key:
                seen.setdefault(key, []).append(_plain(text))
    return [f"Alt+{key.upper()}: {' / '.join(names)}" for key, names in seen.items()
            if len(names) > 1]
