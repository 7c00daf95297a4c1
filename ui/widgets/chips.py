"""Quick chips: checkable buttons in a flowing row, one Tab stop per group.

Inside a group the arrow keys move between chips and Space ticks one, so a person can
pick people, routines, feelings and strengths without the mouse.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QLayout,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
    QWidgetItem,
)

from ui.plumbing.theme import set_role

CHECK = "\u2713"  # ✓ on a ticked chip


class FlowLayout(QLayout):
    """Lays children left to right, wrapping to new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QWidgetItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue  # a hidden button takes no room
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class FlowRow(QWidget):
    """Buttons (or any widgets) in a row that wraps onto a new line when text is large."""

    def __init__(self, *widgets: QWidget, spacing: int = 8,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing)
        for widget in widgets:
            self.flow.addWidget(widget)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self.flow.heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(self.flow.itemAt(i).sizeHint().width() + 8 for i in range(self.flow.count()))
        return QSize(width, self.heightForWidth(max(1, self.width())))


class _ChipLook:
    """A chip's size and tick: wide enough for its text in bold (a ticked chip is bold)."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        bold = QFont(self.font())
        bold.setBold(True)
        extra = (QFontMetrics(bold).horizontalAdvance(self.text().replace("&", ""))
                 - self.fontMetrics().horizontalAdvance(self.text().replace("&", "")))
        return QSize(hint.width() + max(0, extra) + 2, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802
        """A ticked chip shows a check mark (in its left padding), not only colour."""
        super().paintEvent(event)
        if self.isChecked():
            painter = QPainter(self)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
            left = max(4, self.fontMetrics().horizontalAdvance("M") // 3)
            painter.drawText(self.rect().adjusted(left, 0, 0, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             CHECK)
            painter.end()


class Chip(_ChipLook, QPushButton):
    """A chip in a group where several may be ticked (a screen reader: toggle button)."""


class RadioChip(_ChipLook, QRadioButton):
    """A chip in a one-choice group: a screen reader calls it a radio button.

    Not auto-exclusive: the group unticks the others itself, and a caregiver may untick
    the chosen one to leave the question unanswered.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAutoExclusive(True)  # Qt calls a non-exclusive radio button a check box

    def setChecked(self, on: bool) -> None:  # noqa: N802
        """Unticking is allowed (Qt refuses it for the chosen one of an exclusive group)."""
        if on or not self.isChecked():
            super().setChecked(on)
            return
        self.setAutoExclusive(False)
        super().setChecked(False)
        self.setAutoExclusive(True)

    def nextCheckState(self) -> None:  # noqa: N802
        self.setChecked(not self.isChecked())


class ChipGroup(QWidget):
    changed = Signal()

    def __init__(self, exclusive: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exclusive = exclusive
        self._chips: dict[Hashable, QAbstractButton] = {}
        self._layout = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- items ------------------------------------------------------------------------
    def set_items(self, items: Iterable[tuple[Hashable, str]]) -> None:
        keep = set(self.selected())
        for chip in self._chips.values():
            self._layout.removeWidget(chip)
            chip.hide()
            chip.setParent(None)
            chip.deleteLater()
        self._chips = {}
        for key, label in items:
            chip = set_role((RadioChip if self.exclusive else Chip)(label, self), "chip")
            chip.setCheckable(True)
            chip.setChecked(key in keep)
            chip.setAccessibleName(label)
            chip.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            chip.installEventFilter(self)
            chip.toggled.connect(lambda on, k=key: self._toggled(k, on))
            self._layout.addWidget(chip)
            chip.show()  # now, not on the next turn of the event loop: it can take focus
            self._chips[key] = chip
        self._set_tab_stop(next(iter(self._chips.values()), None))
        # New chips join the end of the window's Tab order (after Save); put them back
        # where the group is on the screen.
        previous = self.previousInFocusChain()
        while previous is not None and previous is not self and self.isAncestorOf(previous):
            previous = previous.previousInFocusChain()
        for chip in self._chips.values():
            QWidget.setTabOrder(previous, chip)
            previous = chip
        self.updateGeometry()

    def relabel(self, labels: dict[Hashable, str]) -> None:
        for key, chip in self._chips.items():
            if key in labels:
                chip.setText(labels[key])
                chip.setAccessibleName(labels[key])
        self._layout.invalidate()
        self.updateGeometry()

    def keys(self) -> list[Hashable]:
        return list(self._chips)

    def chip(self, key: Hashable) -> QAbstractButton:
        return self._chips[key]

    # -- selection --------------------------------------------------------------------
    def selected(self) -> list[Hashable]:
        return [key for key, chip in self._chips.items() if chip.isChecked()]

    def value(self) -> Hashable | None:
        chosen = self.selected()
        return chosen[0] if chosen else None

    def set_selected(self, keys: Iterable[Hashable]) -> None:
        wanted = set(keys)
        for key, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(key in wanted)
            chip.blockSignals(False)
        self.changed.emit()

    def _toggled(self, key: Hashable, on: bool) -> None:
        if on and self.exclusive:
            for other, chip in self._chips.items():
                if other != key and chip.isChecked():
                    chip.blockSignals(True)
                    chip.setChecked(False)
                    chip.blockSignals(False)
        self.changed.emit()

    # -- keyboard: one Tab stop, arrows inside ----------------------------------------
    def show_only(self, hidden: Iterable[Hashable]) -> None:
        """Hide these chips (shown elsewhere); the Tab stop moves to a chip in sight."""
        gone = set(hidden)
        for key, chip in self._chips.items():
            chip.setHidden(key in gone)
        shown = [c for c in self._chips.values() if not c.isHidden()]
        stops = [c for c in shown if c.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if shown and not stops:
            self._set_tab_stop(shown[0])
        self._layout.invalidate()
        self.updateGeometry()

    def _set_tab_stop(self, chip: QAbstractButton | None) -> None:
        for other in self._chips.values():
            other.setFocusPolicy(Qt.FocusPolicy.StrongFocus if other is chip
                                 else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractButton):
            self._set_tab_stop(watched)
        elif event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton):
            step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1,
                    Qt.Key.Key_Up: -1}.get(event.key())
            chips = [c for c in self._chips.values() if not c.isHidden() or c is watched]
            if step is not None and watched in chips:
                target = chips[(chips.index(watched) + step) % len(chips)]
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return False
        return super().eventFilter(watched, event)
