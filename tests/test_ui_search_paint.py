"""Search in Moments (issue 24): a short pause (at most 150 ms) before searching, then hits
drawn as plain text with the matches marked, one row height, no rich-text document."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListView, QStyledItemDelegate
from test_ui_support import *  # noqa: F403 - fixtures

from journal import Entry
from ui.moments.models import Roles, SearchModel
from ui.timeline.page import SEARCH_DELAY_MS
from ui.widgets.delegates import MARK, HighlightDelegate


class RoleLog(QIdentityProxyModel):
    """Which roles the view asked for while it painted."""

    def __init__(self, model) -> None:
        super().__init__()
        self.asked: set[int] = set()
        self.setSourceModel(model)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        self.asked.add(int(role))
        return super().data(index, role)


class RichDelegate(QStyledItemDelegate):
    """The control: a delegate that lays out the marked HTML for each row it paints."""

    def paint(self, painter, option, index) -> None:
        index.data(Roles.SnippetHtml)
        super().paint(painter, option, index)


def marked_pixels(image: QImage) -> int:
    """How many pixels have the colour behind a match."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixel = bytes((MARK.blue(), MARK.green(), MARK.red(), 255))
    raw = bytes(image.constBits())
    return sum(1 for at in range(0, len(raw), 4) if raw[at:at + 4] == pixel)


def painted_view(qtbot, model, delegate_class) -> tuple[RoleLog, QImage, QListView]:
    view = QListView()
    qtbot.addWidget(view)
    view.setUniformItemSizes(True)
    view.setItemDelegate(delegate_class(view))
    log = RoleLog(model)
    view.setModel(log)
    view.resize(640, 900)
    view.show()
    qtbot.waitExposed(view)
    log.asked.clear()
    image = view.viewport().grab().toImage()
    return log, image, view


def many_hits(journal, n: int = 200) -> SearchModel:
    start = datetime(2026, 1, 1, 8)
    journal.add_entries(Entry("reflection", start + timedelta(hours=k), {
        "body": f"Moment {k}: a long walk before we sang the banana song in the bath, "
                "then a nap, then the park, then stories on the sofa until she slept"})
        for k in range(n))
    model = SearchModel()
    model.set_hits(journal.search("banan", limit=n))
    assert model.rowCount() == n
    return model


def test_hits_are_drawn_as_plain_text_with_marked_matches(qtbot, journal):
    model = many_hits(journal)
    log, image, view = painted_view(qtbot, model, HighlightDelegate)
    assert marked_pixels(image) > 0  # the matches are marked
    assert int(Roles.SnippetHtml) not in log.asked  # no rich text was laid out
    assert int(Roles.Snippet) in log.asked
    heights = {view.sizeHintForIndex(log.index(row, 0)).height() for row in range(50)}
    assert len(heights) == 1  # one row height, whatever the words: scrolling stays flat
    line = view.fontMetrics().height()
    assert heights.pop() < 4 * line  # two lines (heading, words), long words elided


def test_the_role_log_sees_a_delegate_that_lays_out_rich_text(qtbot, journal):
    """Control for the test above: a delegate that asks for the HTML is caught."""
    model = many_hits(journal, 20)
    log, image, _view = painted_view(qtbot, model, RichDelegate)
    assert int(Roles.SnippetHtml) in log.asked
    assert marked_pixels(image) == 0  # and nothing is marked by the plain drawing


def test_search_waits_a_short_pause_then_shows_the_hits(qtbot, open_window):
    journal = open_window.journal
    saved = journal.add_entry(Entry("reflection", datetime(2026, 5, 1, 9),
                                    {"body": "We sang the banana song in the bath"}))
    shell = open_window.shell
    timeline = shell.timeline
    shell.tabs.setCurrentWidget(timeline)
    timeline.refresh()
    assert SEARCH_DELAY_MS <= 150 and timeline.search_timer.interval() <= 150
    QTest.keyClicks(timeline.search, "banan")
    assert timeline.search_timer.isActive()  # waits for a pause in typing ...
    assert timeline.search_model.rowCount() == 0
    qtbot.waitUntil(lambda: timeline.search_model.rowCount() == 1, timeout=3000)  # ... then
    assert timeline.views.currentWidget() is timeline.results
    assert timeline.search_model.index(0).data(Roles.EntryId) == saved.id
    assert isinstance(timeline.results.itemDelegate(), HighlightDelegate)
    qtbot.waitUntil(lambda: marked_pixels(timeline.results.viewport().grab().toImage()) > 0)
