"""Date boxes that Tab leaves in one press.

Qt's date boxes use Tab to step through day, month and year; with "any day" showing
there is no part to step to, so Tab never left the box (a keyboard trap). Here Tab and
Shift+Tab always go to the next or last control; Left and Right still move between the
parts, and Up and Down change them.

A DateBox is also as wide as the longest date its language writes (say "miércoles,
30 de septiembre de 2026"), at the text size in use, so no date is cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QRect
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QWidget,
)


class DateBox(QDateEdit):
    def fit_longest(self) -> None:
        """Wide enough for every date of a year in this box's language and format."""
        metrics, locale, fmt = self.fontMetrics(), self.locale(), self.displayFormat()
        first = QDate(self.date().year(), 1, 1)
        need = max(metrics.horizontalAdvance(locale.toString(first.addDays(day), fmt))
                   for day in range(366))
        rect = QRect(0, 0, 1000, max(self.height(), 30))
        if self.calendarPopup():  # drawn, and its text placed, like an editable combo box
            combo = QStyleOptionComboBox()
            combo.initFrom(self)
            combo.editable = combo.frame = True
            combo.rect = rect
            field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, combo,
                                                QStyle.SubControl.SC_ComboBoxEditField, self)
        else:
            spin = QStyleOptionSpinBox()
            self.initStyleOption(spin)
            spin.rect = rect
            field = self.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, spin,
                                                QStyle.SubControl.SC_SpinBoxEditField, self)
        self.setMinimumWidth(need + (1000 - field.width()) + 6)  # Qt's text margins, a cursor

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LocaleChange):
            self.fit_longest()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)


class DateTimeBox(QDateTimeEdit):
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)
