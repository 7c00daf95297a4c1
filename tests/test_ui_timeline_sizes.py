"""Timeline rows have different heights (a day's first row carries its heading), so Qt
asks every row's size each time a page of 200 more is read. Each row's size is worked
out once and kept, so reading page 50 costs what reading page 2 costs; it is worked out
again when what it depends on changes."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures

from journal import Entry
from ui.moments.models import PAGE_SIZE
from ui.timeline.story import StoryDelegate

DAY = datetime(2026, 11, 19, 20, 0)


def sized_rows(monkeypatch) -> list[int]:
    """Rows whose heights are worked out (for their size, and for painting them)."""
    asked: list[int] = []
    real = StoryDelegate._heights

    def heights(self, option, index):
        asked.append(index.row())
        return real(self, option, index)

    monkeypatch.setattr(StoryDelegate, "_heights", heights)
    return asked


def timeline_with(qtbot, window, total: int):
    window.journal.add_entries([Entry("connection", DAY - timedelta(hours=5 * i),
                                      {"child_did": f"moment {i}"}) for i in range(total)])
    shell = window.shell
    shell.tabs.setCurrentWidget(shell.timeline)
    page = shell.timeline
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == min(total, PAGE_SIZE))
    return page


def settle(qtbot, page) -> None:
    """Let the list lay itself out and paint (its layout waits for the event loop)."""
    page.list.viewport().repaint()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.list.verticalScrollBar().maximum() > 0)


def read_another_page(qtbot, page) -> None:
    rows = page.model.rowCount()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: page.model.rowCount() > rows)
    QApplication.processEvents()
    page.list.viewport().repaint()


def test_reading_more_sizes_only_the_new_rows(qtbot, open_window, monkeypatch):
    page = timeline_with(qtbot, open_window, 4 * PAGE_SIZE)
    settle(qtbot, page)
    asked = sized_rows(monkeypatch)
    for _ in range(2):
        read_another_page(qtbot, page)
    assert page.model.rowCount() == 3 * PAGE_SIZE
    # the 400 new rows, and the few rows painted: not every row again on each read
    assert len(asked) < 2 * PAGE_SIZE + 100, len(asked)
    assert len(set(asked)) > 2 * PAGE_SIZE - 10  # every new row was sized


def test_a_changed_row_is_sized_again(qtbot, open_window):
    page = timeline_with(qtbot, open_window, 10)
    page.model.set_journal(page.model.journal, page.model.filters)
    qtbot.waitUntil(lambda: page.model.rowCount() == 10)
    settle_rows = [page.list.sizeHintForRow(r) for r in range(10)]
    assert settle_rows[0] > settle_rows[1]  # the day's heading on the first row
    # a moment added today: its row starts the list, with a heading of its own
    open_window.journal.add_entry(Entry("connection", DAY + timedelta(days=1),
                                        {"child_did": "new"}))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 11)
    again = [page.list.sizeHintForRow(r) for r in range(11)]
    assert again[0] == settle_rows[0] and again[1] == settle_rows[0]  # both start a day


def test_a_bigger_text_size_sizes_every_row_again(qtbot, open_window):
    page = timeline_with(qtbot, open_window, 10)
    small = page.list.sizeHintForRow(1)
    font = page.list.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    page.list.setFont(font)
    assert page.list.sizeHintForRow(1) > small
