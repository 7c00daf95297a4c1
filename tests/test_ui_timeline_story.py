"""The timeline reads as a story: a heading for each day, an icon and a word for each
kind, a repair's coming-back-together first, the strengths noticed as small chips."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from test_ui_support import *  # noqa: F403 - fixtures

from journal import Entry, StrengthMark
from ui.moments.models import Roles
from ui.timeline.story import ICONS, StoryDelegate

DAY = datetime(2026, 11, 20, 17, 0)


def _fill(journal):
    ids = {s.key: s.id for s in journal.strengths("en")}
    journal.add_entry(Entry("connection", DAY, {"child_did": "bubbles"}, routine="bath",
                            strengths=[StrengthMark(ids["we_laughed"])]))
    journal.add_entry(Entry("repair", DAY - timedelta(hours=4), {
        "pulled_apart": "things got loud", "reconnected": "a hug on the couch"}))
    journal.add_entry(Entry("reflection", DAY - timedelta(days=1), {"body": "tea"}))
    return ids


def test_rows_are_grouped_by_day_with_strengths_as_words(qtbot, open_window):
    _fill(open_window.journal)
    page = open_window.shell.timeline
    page.refresh()
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    headings = [model.index(r).data(Roles.DayHeading) for r in range(3)]
    assert headings[0] == "Friday, November 20, 2026" and headings[1] is None
    assert headings[2] == "Thursday, November 19, 2026"
    assert model.index(0).data(Roles.StrengthLabels) == ["We laughed"]
    assert model.index(1).data(Roles.Summary) == "a hug on the couch"  # a repair: back first
    said = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "We laughed" in said  # said to a screen reader, not only drawn
    assert isinstance(page.list.itemDelegate(), StoryDelegate)
    assert not page.list.uniformItemSizes()


def test_a_day_heading_and_chips_take_room_only_where_they_are(qtbot, open_window):
    _fill(open_window.journal)
    page = open_window.shell.timeline
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    delegate, option = page.list.itemDelegate(), QStyleOptionViewItem()
    option.font = page.list.font()
    first, second, third = (delegate.sizeHint(option, page.model.index(r)).height()
                            for r in range(3))
    assert first > second  # a heading and chips on the first; neither on the second
    assert third > second  # a new day: a heading again
    assert set(ICONS) == {"connection", "repair", "reflection"}  # a shape for every kind


def test_control_without_the_heading_role_no_row_is_taller(qtbot, open_window):
    """The size check can fail: with every row starting a day, all rows match."""
    journal = open_window.journal
    for n in range(3):
        journal.add_entry(Entry("reflection", DAY - timedelta(days=n), {"body": f"day {n}"}))
    page = open_window.shell.timeline
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    option = QStyleOptionViewItem()
    heights = {page.list.itemDelegate().sizeHint(option, page.model.index(r)).height()
               for r in range(3)}
    assert len(heights) == 1


def test_a_hundred_thousand_entries_still_load_a_page_at_a_time(qtbot):
    """Row heights vary now; scrolling still asks for pages, never for everything."""
    from PySide6.QtWidgets import QApplication, QListView
    from test_ui_timeline import _HundredThousand

    from ui.moments.models import PAGE_SIZE, TimelineModel

    class Journal(_HundredThousand):
        def strengths(self, lang):
            return []

    journal = Journal()
    model = TimelineModel()
    model.set_journal(journal)
    view = QListView()
    view.setItemDelegate(StoryDelegate(view))
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    for _ in range(3):
        before = model.rowCount()
        view.scrollToBottom()
        bar = view.verticalScrollBar()
        qtbot.waitUntil(lambda b=before, bar=bar: model.rowCount() > b or bar.value() > 0)
        QApplication.processEvents()
    assert PAGE_SIZE < model.rowCount() <= 5 * PAGE_SIZE
    assert journal.requested == model.rowCount() < journal.total
