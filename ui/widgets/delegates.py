"""Drawing list items: search hits with their matching words highlighted.

Plain text, drawn straight onto the row (no rich-text document per row per paint): the
kind and day on the first line, the words around the match on the second, elided, with
each matching piece in bold on a soft yellow. Every row has the same height.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.moments.models import Roles

MARK = QColor("#f6dfa6")  # the highlight behind a match
ON_MARK = QColor("#2b2520")  # dark words on it, in every look
SOFT = QColor("#6b625a")
PAD_X, PAD_Y, ELLIPSIS = 6, 4, "\u2026"
_SPACES = re.compile(r"\s+")


def _pieces(index: QModelIndex) -> list[tuple[str, bool]]:
    found = index.data(Roles.Snippet)
    if found is None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return [(text.split("\n", 1)[-1], False)]
    return [(_SPACES.sub(" ", text), match) for text, match in found]


def _lead_in(pieces: list[tuple[str, bool]], plain: QFontMetrics, width: int
             ) -> list[tuple[str, bool]]:
    """Start close enough to the first match that it shows (words before it cut)."""
    first = next((n for n, (_text, match) in enumerate(pieces) if match), None)
    if first is None:
        return pieces
    before = sum(plain.horizontalAdvance(text) for text, _ in pieces[:first])
    room = width * 0.35
    if before <= room:
        return pieces
    head = "".join(text for text, _ in pieces[:first])
    keep = plain.elidedText(head, Qt.TextElideMode.ElideLeft, int(room))
    return [(keep, False), *pieces[first:]]


class HighlightDelegate(QStyledItemDelegate):
    """Renders a search hit: its heading line and its words with the matches marked."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(self._bold(option.font)).height()
        return QSize(max(200, option.rect.width()), 2 * line + 2 * PAD_Y + 4)

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        return bold

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                          else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        plain, bold = QFontMetrics(option.font), QFontMetrics(self._bold(option.font))
        head = (index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n", 1)[0]
        painter.save()
        painter.setFont(option.font)
        painter.setPen(text_color if selected else SOFT)
        line = QRect(rect.left(), rect.top(), rect.width(), bold.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         plain.elidedText(head, Qt.TextElideMode.ElideRight, rect.width()))
        x, y, right = rect.left(), rect.top() + bold.height() + 2, rect.right()
        for text, match in _lead_in(_pieces(index), plain, rect.width()):
            metrics = bold if match else plain
            room = right - x
            if room <= metrics.horizontalAdvance(ELLIPSIS):
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            wide = metrics.horizontalAdvance(shown)
            box = QRect(x, y, wide, bold.height())
            if match:
                painter.fillRect(box, MARK)
                painter.setFont(self._bold(option.font))
                painter.setPen(ON_MARK)
            else:
                painter.setFont(option.font)
                painter.setPen(text_color)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             shown)
            x += wide
            if shown != text:
                break
        painter.restore()
