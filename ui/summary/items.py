"""The wizard's list of what can go in a summary: one Qt model and one view, however
long the journal.

Rows are the section headings (tick one to tick every item of that section that the
filter shows) and the items under them. Items arrive a page at a time from the core
(read off the UI thread); the view fetches rows as it scrolls (`canFetchMore`), every
row has the same height (scrolling stays flat), and nothing is drawn through a rich
text document. Each row gives its words and its ticked state to screen readers.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.summary.build import SECTIONS
from journal.summary.model import Candidate

CHUNK = 100  # rows the view fetches at a time
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a section's heading row
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # the first line the row shows
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # the second line (elided when long)
ANY = QModelIndex()


def _title(item: Candidate) -> str:
    if item.key.startswith("entry:") and item.detail and ": " in item.label:
        return item.label.split(": ", 1)[0]  # the day and kind; the words are below
    return item.label


class ItemsModel(QAbstractListModel):
    """Section headings and items, checkable, filtered, fetched lazily by the view."""

    ticked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headings: dict[str, str] = {}
        self._items: dict[str, list[Candidate]] = {key: [] for key in SECTIONS}
        self._ticked: set[str] = set()
        self._count = 0
        self._filter = ""
        self._haystack: dict[str, str] = {}
        self._rows: list[tuple[str, Candidate | None]] = []  # (section, item or None)
        self._shown = 0  # rows the view has fetched so far
        self._moving = False

    # -- filling ----------------------------------------
    def clear(self) -> None:
        """Drop every item (they hold the caregiver's words)."""
        self._moving = True
        self.beginResetModel()
        self._headings = {}
        self._items = {key: [] for key in SECTIONS}
        self._ticked = set()
        self._count = 0
        self._filter = ""
        self._haystack = {}
        self._rows = []
        self._shown = 0
        self.endResetModel()
        self._moving = False
        self.ticked_changed.emit()

    def set_headings(self, headings: dict[str, str]) -> None:
        self._headings = dict(headings)

    def add(self, items: Iterable[Candidate], ticked: Iterable[str] = ()) -> None:
        """Add a page of items (each to its section; counts go before the moments)."""
        ticked = set(ticked)
        for item in items:
            rows = self._items.setdefault(item.section, [])
            if item.key.startswith(("chart:", "count:")):
                rows.insert(sum(1 for r in rows if not r.key.startswith(("entry:", "photo:"))),
                            item)
            else:
                rows.append(item)
            self._count += 1
            if item.key in ticked:
                self._ticked.add(item.key)
        self._show(self._layout())
        self.ticked_changed.emit()

    def set_filter(self, text: str) -> None:
        text = " ".join(text.casefold().split())
        if text == self._filter:
            return
        self._moving = True
        self.beginResetModel()
        self._filter = text
        self._rows = self._layout()
        self._shown = min(len(self._rows), CHUNK)
        self.endResetModel()
        self._moving = False

    def _matches(self, item: Candidate) -> bool:
        if not self._filter:
            return True
        words = self._haystack.get(item.key)
        if words is None:
            words = self._haystack[item.key] = f"{item.label}\n{item.detail}".casefold()
        return self._filter in words

    def _layout(self) -> list[tuple[str, Candidate | None]]:
        rows: list[tuple[str, Candidate | None]] = []
        for section in (*SECTIONS, *(k for k in self._items if k not in SECTIONS)):
            shown = [item for item in self._items.get(section, ()) if self._matches(item)]
            if shown:
                rows.append((section, None))
                rows.extend((section, item) for item in shown)
        return rows

    def _show(self, new: list[tuple[str, Candidate | None]]) -> None:
        """Move to `new` rows (the old ones plus some): tell the view of each run of
        rows added inside what it has fetched; the rest waits for fetchMore."""
        old, i, j = self._rows, 0, 0
        key = _row_key
        self._moving = True  # no fetchMore in the middle (a view or tester may ask)
        while j < len(new):
            if i < len(old) and key(new[j]) == key(old[i]):
                i, j = i + 1, j + 1
                continue
            first = j
            while j < len(new) and (i >= len(old) or key(new[j]) != key(old[i])):
                j += 1
            if first < self._shown:
                self.beginInsertRows(ANY, first, j - 1)
                self._rows = new[:j] + old[i:]
                self._shown += j - first
                self.endInsertRows()
        self._rows, self._moving = new, False
        if self._shown < min(len(new), CHUNK):  # the first screenful, at once
            self.fetchMore(ANY)

    # -- reading ----------------------------------------
    @property
    def total(self) -> int:
        return self._count

    def ticked(self) -> frozenset[str]:
        return frozenset(self._ticked)

    def ticked_count(self) -> int:
        return len(self._ticked)

    def item_keys(self) -> list[str]:
        """Every item's key, in the order of the list (filter or not)."""
        return [item.key for section in (*SECTIONS, *(k for k in self._items
                if k not in SECTIONS)) for item in self._items.get(section, ())]

    def row_of(self, key: str) -> int:
        """The row of an item or a section ("section:<key>") shown now, or -1."""
        for row, entry in enumerate(self._rows[:self._shown]):
            if _row_key(entry) == key:
                return row
        return -1

    def first_item_row(self) -> int:
        return next((r for r, (_s, item) in enumerate(self._rows[:self._shown]) if item), -1)

    # -- Qt's model ----------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ANY) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and not self._moving and self._shown < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or self._moving:
            return
        more = min(CHUNK, len(self._rows) - self._shown)
        if more > 0:
            self._moving = True  # a listener may ask for more while these go in
            self.beginInsertRows(ANY, self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()
            self._moving = False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)

    def _valid(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return (index.isValid() and index.model() is self and index.column() == 0
                and 0 <= index.row() < self._shown)

    def _state(self, section: str) -> Qt.CheckState:
        shown = [item.key in self._ticked for s, item in self._rows if s == section and item]
        if shown and all(shown):
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked if any(shown) else Qt.CheckState.Unchecked

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        section, item = self._rows[index.row()]
        if item is None:
            heading = self._headings.get(section, section)
            values = {
                Qt.ItemDataRole.DisplayRole: heading, TITLE_ROLE: heading,
                DETAIL_ROLE: QCoreApplication.translate("ItemsStep", "Select all"),
                KEY_ROLE: f"section:{section}",
                Qt.ItemDataRole.AccessibleTextRole: QCoreApplication.translate(
                    "ItemsStep", "Select all in %1").replace("%1", heading),
                HEADING_ROLE: True}
            if role == Qt.ItemDataRole.CheckStateRole:
                return self._state(section)
            return values.get(role)
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if item.key in self._ticked
                    else Qt.CheckState.Unchecked)
        detail = item.detail if item.detail != item.label else ""
        return {Qt.ItemDataRole.DisplayRole: item.label, TITLE_ROLE: _title(item),
                DETAIL_ROLE: " ".join(detail.split()), KEY_ROLE: item.key,
                Qt.ItemDataRole.AccessibleTextRole: item.label,
                Qt.ItemDataRole.AccessibleDescriptionRole: detail,
                HEADING_ROLE: False}.get(role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self._valid(index):
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        section, item = self._rows[index.row()]
        keys = [i.key for s, i in self._rows if s == section and i  # a photo: its own tick
                and not (on and i.key.startswith("photo:"))] if item is None else [item.key]
        for key in keys:
            (self._ticked.add if on else self._ticked.discard)(key)
        self._changed(section)
        return True

    def _changed(self, section: str) -> None:
        rows = [r for r, (s, _i) in enumerate(self._rows[:self._shown]) if s == section]
        if rows:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()

    def toggle(self, index: QModelIndex | QPersistentModelIndex) -> None:
        state = self.data(index, Qt.ItemDataRole.CheckStateRole)
        self.setData(index, state != Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def _row_key(row: tuple[str, Candidate | None]) -> str:
    section, item = row
    return f"section:{section}" if item is None else item.key


class ItemDelegate(QStyledItemDelegate):
    """Two plain lines per row (bold title, words elided), a tick box, one height."""

    def _fonts(self, option: QStyleOptionViewItem, heading: bool) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.Bold if heading else QFont.Weight.DemiBold)
        if heading:
            title.setPointSizeF(title.pointSizeF() * 1.1)
        return title, QFont(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        title, body = self._fonts(option, True)
        height = QFontMetrics(title).height() + QFontMetrics(body).height() + 14
        return QSize(max(200, option.rect.width()), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        heading = bool(index.data(HEADING_ROLE))
        widget = opt.widget
        style = widget.style() if widget is not None else None
        opt.text = ""
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(8 if not heading else 0, 6, -8, -6)
        box = QStyleOptionViewItem(opt)
        size = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
        box.rect = QRect(rect.left(), rect.top() + 2, size, size)
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        box.state = opt.state & ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Off
                                  | QStyle.StateFlag.State_NoChange)
        box.state |= {Qt.CheckState.Checked: QStyle.StateFlag.State_On,
                      Qt.CheckState.PartiallyChecked: QStyle.StateFlag.State_NoChange}.get(
            state, QStyle.StateFlag.State_Off)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box,
                            painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                  else QPalette.ColorRole.Text)
        text = rect.adjusted(size + 10, 0, 0, 0)
        title_font, body_font = self._fonts(option, heading)
        painter.save()
        painter.setPen(color)
        painter.setFont(title_font)
        high = QFontMetrics(title_font).height()
        line = QRect(text.left(), text.top(), text.width(), high)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(title_font).elidedText(
                             index.data(TITLE_ROLE) or "", Qt.TextElideMode.ElideRight,
                             line.width()))
        painter.setFont(body_font)
        line = QRect(text.left(), text.top() + high + 2, text.width(),
                     QFontMetrics(body_font).height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(body_font).elidedText(
                             index.data(DETAIL_ROLE) or "", Qt.TextElideMode.ElideRight,
                             line.width()))
        painter.restore()

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,  # noqa: N802
                    index: QModelIndex) -> bool:
        """A click anywhere on the row, or Space, ticks it (like a check box's words)."""
        if not isinstance(model, ItemsModel):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and \
                event.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            model.toggle(index)
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return kind == QEvent.Type.MouseButtonDblClick  # no double toggling
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            model.toggle(index)
            return True
        return False
