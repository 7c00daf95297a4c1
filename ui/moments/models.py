"""Qt models of entries: a fixed list (this week, trash), the paged timeline, search hits.

The timeline loads pages on demand with the core's keyset paging (canFetchMore /
fetchMore), so 100,000 entries open and scroll without loading them all.
"""

from __future__ import annotations

import html
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from journal import Entry, SearchHit
from journal.records import vocabulary
from journal.records.models import ALL_TEXT_FIELDS, Filters
from ui.plumbing.dates import clock_time, long_date, short_date
from ui.plumbing.i18n import kind_label, word_label

PAGE_SIZE = 200
SUMMARY_CHARS = 160


class Roles(IntEnum):
    EntryId = Qt.ItemDataRole.UserRole + 1
    Kind = Qt.ItemDataRole.UserRole + 2
    HappenedAt = Qt.ItemDataRole.UserRole + 3
    Summary = Qt.ItemDataRole.UserRole + 4
    SnippetHtml = Qt.ItemDataRole.UserRole + 5
    EntryObject = Qt.ItemDataRole.UserRole + 6
    Snippet = Qt.ItemDataRole.UserRole + 7  # search hits: ((text, is_match), ...)
    DayHeading = Qt.ItemDataRole.UserRole + 8  # the long day, on the first row of each day
    StrengthLabels = Qt.ItemDataRole.UserRole + 9  # the strengths noticed, as words
    TimeText = Qt.ItemDataRole.UserRole + 10  # the clock, as the locale writes it


ROLE_NAMES = {Roles.EntryId: b"entryId", Roles.Kind: b"kind", Roles.HappenedAt: b"happenedAt",
              Roles.Summary: b"summary", Roles.SnippetHtml: b"snippetHtml",
              Roles.EntryObject: b"entry"}


def summary(entry: Entry) -> str:
    """The caregiver's own first words for an entry, on one line (a repair: how you came
    back together first); a moment kept with taps only shows its routine."""
    for name in vocabulary.READ_ORDER.get(entry.kind, ALL_TEXT_FIELDS):
        text = " ".join((entry.text.get(name) or "").split())
        if text:
            return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 1] + "…"
    return word_label(entry.routine, QLocale().name()[:2]) if entry.routine else ""


def spoken(*parts: str) -> str:
    """Sentences for a screen reader: each part ends with one period, never two (a time
    that ends in one, "7:59 p.m.", is not given another)."""
    ended = [part if part.endswith((".", "!", "?", "\u2026")) else part + "."
             for part in (p.strip() for p in parts) if part]
    return " ".join(ended)


def when_text(moment) -> str:
    """Short day and the clock as the language's locale writes it ("1:05 p.m." in US
    Spanish, "1:05 PM" in US English)."""
    return f"{short_date(moment)}, {clock_time(moment)}"


def day_heading(moment) -> str:
    """The long day, as the language's locale writes it ("Tuesday, December 1, 2026")."""
    return long_date(moment)


def time_text(moment) -> str:
    return clock_time(moment)


def _valid(index: QModelIndex | QPersistentModelIndex, rows: int) -> bool:
    return index.isValid() and not index.parent().isValid() and 0 <= index.row() < rows


class EntryListModel(QAbstractListModel):
    """A short, fixed list of entries."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entry_at(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def roleNames(self):  # noqa: N802
        return ROLE_NAMES

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not _valid(index, len(self._entries)):
            return None
        return entry_data(self._entries[index.row()], role)


def entry_data(entry: Entry, role: int):
    if role == Qt.ItemDataRole.DisplayRole:
        return f"{kind_label(entry.kind)} · {when_text(entry.happened_at)}\n{summary(entry)}"
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return spoken(f"{kind_label(entry.kind)}, {when_text(entry.happened_at)}",
                      summary(entry))
    if role == Roles.EntryId:
        return entry.id
    if role == Roles.Kind:
        return entry.kind
    if role == Roles.HappenedAt:
        return QDateTime(entry.happened_at)
    if role == Roles.Summary:
        return summary(entry)
    if role == Roles.EntryObject:
        return entry
    return None


class TimelineModel(EntryListModel):
    """Every entry, newest first, a page at a time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.journal = None
        self.filters = Filters()
        self._next = None
        self._more = False
        self.pages_loaded = 0
        self._labels: dict[int, str] | None = None

    def set_journal(self, journal, filters: Filters | None = None) -> None:
        self.beginResetModel()
        self.journal = journal
        self._labels = None  # strength words, read when first drawn
        self.filters = filters or Filters()
        self._entries = []
        self._next = None
        self._more = journal is not None
        self.pages_loaded = 0
        self.endResetModel()

    def set_filters(self, filters: Filters) -> None:
        self.set_journal(self.journal, filters)

    def refresh(self) -> None:
        self.set_journal(self.journal, self.filters)

    def clear(self) -> None:
        self.set_journal(None)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid():
            return False
        return self._more and self.journal is not None and self.journal.is_open

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        page = self.journal.list_entries(self.filters, after=self._next, limit=PAGE_SIZE)
        self._next = page.next
        self._more = page.next is not None
        self.pages_loaded += 1
        if page.entries:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(page.entries) - 1)
            self._entries.extend(page.entries)
            self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """A story by day: the first row of a day carries its heading; strengths as words."""
        if not _valid(index, len(self._entries)):
            return None
        entry = self._entries[index.row()]
        if role == Roles.DayHeading:
            before = self._entries[index.row() - 1] if index.row() > 0 else None
            if before is None or before.happened_at.date() != entry.happened_at.date():
                return day_heading(entry.happened_at)
            return None
        if role == Roles.StrengthLabels:
            if self._labels is None:
                self._labels = ({s.id: s.label for s in self.journal.strengths(
                    QLocale().name()[:2])} if self.journal and self.journal.is_open else {})
            seen: list[str] = []
            for mark in entry.strengths:
                label = self._labels.get(mark.strength_id)
                if label and label not in seen:
                    seen.append(label)
            return seen
        if role == Roles.TimeText:
            return time_text(entry.happened_at)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            strengths = ", ".join(self.data(index, Roles.StrengthLabels))
            return spoken(f"{kind_label(entry.kind)}, {when_text(entry.happened_at)}",
                          summary(entry), strengths)
        return entry_data(entry, role)

    def remove_id(self, entry_id: int) -> None:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self.endRemoveRows()
                return


def snippet_html(hit: SearchHit) -> str:
    parts = []
    for text, is_match in hit.snippet:
        piece = html.escape(" ".join(text.split("\n")))
        parts.append(f"<b style='background-color:#f6dfa6'>{piece}</b>" if is_match else piece)
    return "".join(parts)


class SearchModel(QAbstractListModel):
    """Search hits, with the matching words highlighted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._heads: dict[int, str] = {}  # row -> kind and day, made once (painting asks often)

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits, self._heads = list(hits), {}
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def roleNames(self):  # noqa: N802
        return ROLE_NAMES

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not _valid(index, len(self._hits)):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.SnippetHtml):
            head = self._heads.get(index.row())
            if head is None:
                head = self._heads[index.row()] = \
                    f"{kind_label(hit.kind)} · {when_text(hit.happened_at)}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{head}\n{hit.snippet_text}"
        if role == Roles.Snippet:
            return hit.snippet
        if role == Roles.SnippetHtml:
            return f"<span style='color:#6b625a'>{html.escape(head)}</span><br>{snippet_html(hit)}"
        if role == Roles.EntryId:
            return hit.entry_id
        if role == Roles.Kind:
            return hit.kind
        if role == Roles.HappenedAt:
            return QDateTime(hit.happened_at)
        if role == Roles.Summary:
            return hit.snippet_text
        return None
