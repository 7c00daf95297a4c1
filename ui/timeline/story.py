"""Drawing the timeline as a story: a heading for each day, each moment marked by an icon
and a word (never colour alone), its first words (a repair: how you came back together),
and the strengths noticed as small chips.

Plain painting from the model's roles, no widgets per row: the paged model and its
100,000-entry budgets stay as they were. A row's height depends only on whether it starts
a day and whether it has strengths. Rows differ in height, so Qt asks every row's size
each time 200 more are read; each row's size is kept (`_sizes`) until the rows, the font
or the font change, so reading page 50 costs what reading page 2 does.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.moments.models import Roles
from ui.plumbing.i18n import kind_label

# Drawn beside the kind's word: a shape, so the kind never rests on colour.
ICONS = {"connection": "\u2661", "repair": "\u21bb", "reflection": "\u270e"}  # ♡ ↻ ✎
PAD_X, PAD_Y, GAP, CHIP_PAD = 8, 6, 6, 8


def _bold(font: QFont, scale: float = 1.0) -> QFont:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    if scale != 1.0 and bold.pointSizeF() > 0:
        bold.setPointSizeF(bold.pointSizeF() * scale)
    return bold


class StoryDelegate(QStyledItemDelegate):
    """One moment: [day heading], icon + kind + time, its words, its strengths, and its
    first photo small at the right (ui.widgets.thumbs: fetched when the row is painted,
    kept in memory only)."""

    thumbs = None  # a ThumbCache while a journal is open

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[int, int] = {}  # row -> its height, in the view's font
        self._model: QAbstractItemModel | None = None
        if parent is not None:  # the view: its font (the text size) changes every height
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.forget()
        return False

    def _watch(self, model: QAbstractItemModel) -> None:
        """Forget the kept sizes whenever rows change, other than more added at the end."""
        if model is self._model:
            return
        self._model, self._sizes = model, {}
        for signal in (model.modelReset, model.layoutChanged, model.rowsRemoved,
                       model.rowsMoved, model.dataChanged):
            signal.connect(self.forget)
        model.rowsInserted.connect(lambda _parent, first, _last: self.forget(first))

    def forget(self, first: int | object = 0, *_args: object) -> None:
        """Drop the kept sizes from row `first` on (all of them by default)."""
        first = first if isinstance(first, int) else 0
        self._sizes = {row: high for row, high in self._sizes.items() if row < first} \
            if first else {}

    def _heights(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple[int, int, int]:
        line = QFontMetrics(option.font).lineSpacing()
        heading = QFontMetrics(_bold(option.font, 1.15)).lineSpacing() + GAP + PAD_Y \
            if index.data(Roles.DayHeading) else 0
        chips = line + GAP if index.data(Roles.StrengthLabels) else 0
        return heading, 2 * line + 2 * PAD_Y, chips

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # Asked for every row after each page read: a look-up, nothing more, when kept.
        height = self._sizes.get(index.row())
        if height is None:
            self._watch(index.model())
            height = self._sizes[index.row()] = sum(self._heights(option, index))
        return QSize(max(200, option.rect.width()), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        heading_h, _body_h, _chips_h = self._heights(option, index)
        rect = option.rect
        painter.save()
        palette = option.palette
        ink = palette.color(QPalette.ColorRole.Text)
        soft = palette.color(QPalette.ColorRole.PlaceholderText)
        line = QFontMetrics(option.font).lineSpacing()
        if heading_h:
            painter.setFont(_bold(option.font, 1.15))
            painter.setPen(ink)
            painter.drawText(QRect(rect.left() + PAD_X // 2, rect.top() + PAD_Y,
                                   rect.width() - PAD_X, heading_h - GAP),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             index.data(Roles.DayHeading))
        item = QRect(rect.left(), rect.top() + heading_h, rect.width(),
                     rect.height() - heading_h)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(item, palette.color(QPalette.ColorRole.Highlight))
            ink = soft = palette.color(QPalette.ColorRole.HighlightedText)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight).darker(130))
            painter.drawRect(item.adjusted(0, 0, -1, -1))
        kind = index.data(Roles.Kind) or ""
        x, y, width = item.left() + PAD_X, item.top() + PAD_Y, item.width() - 2 * PAD_X
        width -= self._thumb(painter, index, QRect(x, y, width, 2 * line))
        painter.setFont(_bold(option.font))
        painter.setPen(ink)
        head = f"{ICONS.get(kind, '')} {kind_label(kind)}".strip()
        painter.drawText(QRect(x, y, width, line), int(Qt.AlignmentFlag.AlignLeft), head)
        used = QFontMetrics(_bold(option.font)).horizontalAdvance(head)
        painter.setFont(option.font)
        painter.setPen(soft)
        painter.drawText(QRect(x + used, y, max(0, width - used), line),
                         int(Qt.AlignmentFlag.AlignLeft), f" \u00b7 {index.data(Roles.TimeText)}")
        painter.setPen(ink)
        words = QFontMetrics(option.font).elidedText(
            index.data(Roles.Summary) or "", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y + line, width, line), int(Qt.AlignmentFlag.AlignLeft), words)
        self._chips(painter, option, index.data(Roles.StrengthLabels) or [],
                    QRect(x, y + 2 * line + GAP, width, line), selected)
        painter.restore()

    def _thumb(self, painter: QPainter, index: QModelIndex, area: QRect) -> int:
        """Draw the entry's first photo at the right of `area`; the width it took."""
        entry_id = index.data(Roles.EntryId)
        found = self.thumbs.get(int(entry_id)) if self.thumbs is not None and entry_id \
            else None
        if not found or found[0].isNull():
            return 0
        side = area.height()
        pixmap = found[0].scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        painter.drawPixmap(area.right() - pixmap.width(), area.top(), pixmap)
        return pixmap.width() + GAP

    @staticmethod
    def _chips(painter: QPainter, option: QStyleOptionViewItem, labels: list[str],
               row: QRect, selected: bool) -> None:
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        metrics = QFontMetrics(small)
        painter.setFont(small)
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        x = row.left()
        for label in labels:
            width = metrics.horizontalAdvance(label) + 2 * CHIP_PAD
            if x + width > row.right():
                painter.setPen(ink)
                painter.drawText(QRect(x, row.top(), row.right() - x, row.height()),
                                 int(Qt.AlignmentFlag.AlignVCenter), "\u2026")
                break
            chip = QRect(x, row.top(), width, row.height())
            painter.setPen(ink)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip.adjusted(0, 0, -1, -1), row.height() / 2,
                                    row.height() / 2)
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
            x += width + GAP
