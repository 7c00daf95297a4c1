"""Timeline: the paged model, filters, search highlighting, open and edit, delete, trash."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_support import *  # noqa: F403 - fixtures

from journal import Entry, Person
from ui.moments.models import PAGE_SIZE, Roles, SearchModel, TimelineModel


def _fill(journal, count: int) -> None:
    base = datetime(2026, 1, 1, 8, 0)
    for i in range(count):
        kind = ("reflection", "connection", "repair")[i % 3]
        field = {"reflection": "body", "connection": "child_did", "repair": "reconnected"}[kind]
        journal.add_entry(Entry(kind, base + timedelta(hours=i), {field: f"moment number {i}"}))


def test_timeline_model_pages_on_demand(qtmodeltester, journal):
    _fill(journal, 450)
    model = TimelineModel()
    model.set_journal(journal)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE and model.pages_loaded == 1
    first = model.index(0)
    assert first.data(Roles.Summary) == "moment number 449"  # newest first
    assert "moment number 449" in first.data()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450 and model.pages_loaded == 3
    ids = [model.index(r).data(Roles.EntryId) for r in range(model.rowCount())]
    assert len(set(ids)) == 450
    qtmodeltester.check(model, force_py=True)


def test_timeline_model_filters_by_kind_person_and_dates(journal):
    _fill(journal, 30)
    bean = journal.add_person(Person("child", "Bean"))
    journal.add_entry(Entry("connection", datetime(2026, 3, 1, 9), {"child_did": "waved"},
                            people=[bean.id]))
    model = TimelineModel()
    model.set_journal(journal)
    from journal.records.models import Filters

    model.set_filters(Filters(kinds=("repair",)))
    model.fetchMore()
    assert model.rowCount() == 10
    assert {model.index(r).data(Roles.Kind) for r in range(10)} == {"repair"}
    model.set_filters(Filters(person_id=bean.id))
    model.fetchMore()
    assert model.rowCount() == 1
    day = datetime(2026, 1, 2).date()
    model.set_filters(Filters(start=day, end=day))
    model.fetchMore()
    assert model.rowCount() == 14  # 08:00 + 16..29 hours
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_search_model_highlights_matches(qtmodeltester, journal):
    journal.add_entry(Entry("reflection", datetime(2026, 5, 1, 9),
                            {"body": "We sang the <banana> song in the bath"}))
    model = SearchModel()
    model.set_hits(journal.search("banan"))
    assert model.rowCount() == 1
    html = model.index(0).data(Roles.SnippetHtml)
    assert "<b style='background-color:#f6dfa6'>banana</b>" in html
    assert "&lt;" in html  # what was typed is shown as text, never as markup
    qtmodeltester.check(model, force_py=True)


def test_type_ahead_search_open_edit_delete_undo_and_trash(qtbot, open_window):
    journal = open_window.journal
    _fill(journal, 5)
    shell = open_window.shell
    timeline = shell.timeline
    shell.tabs.setCurrentWidget(timeline)
    timeline.refresh()
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 5)
    qtbot.keyClick(open_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert timeline.search.hasFocus()
    QTest.keyClicks(timeline.search, "number 3")
    qtbot.waitUntil(lambda: timeline.search_model.rowCount() == 1, timeout=3000)
    assert timeline.views.currentWidget() is timeline.results
    timeline.search.clear()
    timeline.run_search()
    assert timeline.views.currentWidget() is timeline.list
    # open and edit the newest
    timeline.list.setCurrentIndex(timeline.model.index(0))
    newest = timeline.current_id()
    timeline.open_current()
    assert shell.stack.currentWidget() is shell.entry_view  # read-only first
    shell.entry_view.edit_button.click()
    assert shell.stack.currentWidget() is shell.form
    assert shell.form.kind == "connection"
    assert shell.form.texts["child_did"].toPlainText() == "moment number 4"
    shell.form.texts["child_did"].setPlainText("moment number 4, edited")
    shell.form.save()
    assert journal.get_entry(newest).text["child_did"] == "moment number 4, edited"
    assert shell.stack.currentWidget() is shell.entry_view  # back to what was open
    QTest.keyClick(shell.entry_view.edit_button, Qt.Key.Key_Escape)
    assert shell.stack.currentWidget() is shell.tabs
    assert journal.count_entries() == 5
    # delete, undo
    timeline.list.setCurrentIndex(timeline.model.index(0))
    timeline.list.setFocus()
    QTest.keyClick(timeline.list, Qt.Key.Key_Delete)
    assert journal.count_entries() == 4 and timeline.model.rowCount() == 4
    assert timeline.undo_button.isVisible()
    qtbot.mouseClick(timeline.undo_button, Qt.MouseButton.LeftButton)
    assert journal.count_entries() == 5
    # delete, then restore from the trash
    timeline.list.setCurrentIndex(timeline.model.index(1))
    timeline.delete_current()
    timeline.show_trash()
    assert timeline.trash_model.rowCount() == 1
    timeline.trash_list.setCurrentIndex(timeline.trash_model.index(0))
    timeline.restore_current()
    assert timeline.trash_model.rowCount() == 0
    assert journal.count_entries() == 5
    timeline.leave_trash()
    assert timeline.views.currentWidget() is timeline.list


def test_empty_timeline_invites(qtbot, open_window):
    timeline = open_window.shell.timeline
    assert timeline.views.currentWidget() is timeline.empty
    assert "whenever you like" in timeline.empty.text()


class _HundredThousand:
    """Stands in for a journal with 100,000 entries, counting what the model asks for."""

    is_open = True
    total = 100_000

    def __init__(self) -> None:
        self.requested = 0

    def list_entries(self, filters=None, after=None, limit=50):
        from journal.records.models import Cursor, Page

        start = 0 if after is None else after.id
        stop = min(self.total, start + limit)
        self.requested += stop - start
        base = datetime(2030, 1, 1)
        entries = [Entry("reflection", base - timedelta(minutes=i), {"body": f"entry {i}"},
                         id=i) for i in range(start, stop)]
        return Page(entries, Cursor("", stop) if stop < self.total else None)


def test_a_hundred_thousand_entries_open_and_scroll_without_loading_them_all(qtbot):
    from PySide6.QtWidgets import QListView

    journal = _HundredThousand()
    model = TimelineModel()
    model.set_journal(journal)
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.rowCount() == PAGE_SIZE
    for _ in range(3):
        view.scrollToBottom()
        qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
        _process_events()
    assert PAGE_SIZE < model.rowCount() <= 5 * PAGE_SIZE
    assert journal.requested == model.rowCount() < journal.total
    last = model.index(model.rowCount() - 1)
    assert last.data(Roles.Summary) == f"entry {model.rowCount() - 1}"


def _process_events() -> None:  # noqa: N802
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()


def test_filter_controls_narrow_the_timeline(qtbot, open_window):
    journal = open_window.journal
    _fill(journal, 9)
    bean = journal.add_person(Person("child", "Bean"))
    journal.add_entry(Entry("connection", datetime(2026, 2, 1, 9), {"child_did": "hi"},
                            people=[bean.id]))
    timeline = open_window.shell.timeline
    timeline.reload_filters()
    timeline.refresh()
    assert timeline.model.rowCount() == 10
    timeline.kind.setCurrentIndex(timeline.kind.findData("repair"))
    assert timeline.model.rowCount() == 3
    timeline.kind.setCurrentIndex(0)
    timeline.person.setCurrentIndex(timeline.person.findData(bean.id))
    assert timeline.model.rowCount() == 1
    timeline.person.setCurrentIndex(0)
    from PySide6.QtCore import QDate

    timeline.start.setDate(QDate(2026, 2, 1))
    assert timeline.model.rowCount() == 1
    timeline.start.setDate(timeline.start.minimumDate())
    timeline.end.setDate(QDate(2026, 1, 1))
    assert timeline.model.rowCount() == 9
    timeline.end.setDate(timeline.end.minimumDate())
    timeline.kind.setCurrentIndex(timeline.kind.findData("reflection"))
    timeline.strength.setCurrentIndex(1)
    assert timeline.views.currentWidget() is timeline.empty
    assert "fewer filters" in timeline.empty.text()
