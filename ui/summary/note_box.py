"""The words step's pieces: a text box as tall as a few lines of the text size in use,
and a label with its field below it (ui/summary/finish.py lays them out)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget


class NoteBox(QPlainTextEdit):
    """A box for a few lines of the caregiver's words, as tall as LINES lines of the text
    size in use (it grows with the font; a fixed height in pixels would not)."""

    LINES = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        frame = self.frameWidth() * 2 + self.contentsMargins().top() \
            + self.contentsMargins().bottom()
        inside = self.fontMetrics().lineSpacing() * self.LINES \
            + 2 * self.document().documentMargin()
        return QSize(super().sizeHint().width(), int(inside) + frame + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # the text size changed: so does the height
        super().changeEvent(event)


def pair(label: QWidget, field: QWidget, hint: QLabel | None = None) -> QVBoxLayout:
    """A label with its field below it (and a hint under both); choice boxes keep their
    own width."""
    pair = QVBoxLayout()
    pair.setSpacing(4)
    pair.addWidget(label)
    if isinstance(field, QComboBox):
        pair.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        pair.addWidget(field)
    if hint is not None:
        pair.addWidget(hint)
    return pair
