"""Date boxes that Tab leaves in one press.

Qt's date boxes use Tab to step through day, month and year; with "any day" showing
there is no part to step to, so Tab never left the box (a keyboard trap). Here Tab and
Shift+Tab always go to the next or last control; Left and Right still move between the
parts, and Up and Down change them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class DateBox(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)


class DateTimeBox(QDateTimeEdit):
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return QWidget.focusNextPrevChild(self, next)
