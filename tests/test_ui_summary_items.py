"""The wizard's item list with thousands of moments: one model and view, by keyboard,
and exactly the ticked keys reach the summary. The model passes Qt's model tester."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from test_ui_summary_wizard import CTRL_SHIFT, alt, current_key, loaded, on
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import START

from journal import Entry, Person, StrengthMark
from journal.summary.model import Candidate, SummaryCancelled
from ui.summary.items import KEY_ROLE, ItemsModel

MANY = 3000
PICK = "PICKMEWORD"
HUG = "HUGWORD"


def many(journal) -> list[int]:
    """MANY moments in the last three weeks: every fifth marked OK to share; every
    repair says HUG; one private connection moment says PICK."""
    strength = journal.strengths("en")[0].id
    batch = []
    for i in range(MANY):
        kind = ("connection", "repair", "reflection")[i % 3]
        fields = {"connection": {"child_did": f"Rolled the ball back {i}"},
                  "repair": {"pulled_apart": f"A loud morning {i}", "reconnected": HUG},
                  "reflection": {"body": f"A quiet evening {i}"}}[kind]
        if i == MANY - 3:
            fields["child_did"] += f" {PICK}"
        batch.append(Entry(kind, START - timedelta(minutes=10 * (i + 1)), fields,
                           strengths=[StrengthMark(strength)], ok_to_share=i % 5 == 0))
    ids = journal.add_entries(batch)
    journal.add_person(Person("village", "Abuela Rosa", how_they_help="Sunday soup"))
    return ids


def type_find(qtbot, wizard, words: str) -> None:
    """Alt+I to the find box, everything in it replaced by `words`, Enter to the list."""
    items = wizard.items
    alt(qtbot, wizard, Qt.Key.Key_I, items.find.hasFocus)
    QTest.keyClick(items.find, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(items.find, Qt.Key.Key_Backspace)
    QTest.keyClicks(items.find, words)
    QTest.keyClick(items.find, Qt.Key.Key_Return)
    assert items.view.hasFocus()


def test_thousands_of_items_open_close_and_tick_by_keyboard(qtbot, open_window, monkeypatch):
    import ui.summary.wizard as module

    ids = many(open_window.journal)
    strength = open_window.journal.strengths("en")[0].id
    shell = open_window.shell
    # open the list and close it again (Esc), all by keyboard: the words are dropped
    qtbot.keyClick(shell, Qt.Key.Key_S, CTRL_SHIFT)
    wizard = shell.wizard
    alt(qtbot, wizard, Qt.Key.Key_N, on(wizard, wizard.items))
    loaded(qtbot, wizard)
    assert wizard.items.model.total == MANY + 4  # + strength, chart, repair count, Rosa
    QTest.keyClick(wizard.items.view, Qt.Key.Key_Escape)
    assert shell.stack.currentWidget() is shell.tabs
    assert wizard.items.model.total == 0 and wizard.items.model.rowCount() == 0

    qtbot.keyClick(shell, Qt.Key.Key_S, CTRL_SHIFT)
    alt(qtbot, wizard, Qt.Key.Key_N, on(wizard, wizard.items))
    loaded(qtbot, wizard)
    items, view = wizard.items, wizard.items.view
    shared = {f"entry:{ids[i]}" for i in range(MANY) if i % 5 == 0}
    counts = {f"strength:{strength}", "chart:connection", "count:repair"}
    assert items.ticked() == shared | counts
    assert view.hasFocus() and current_key(view) == f"strength:{strength}"
    assert view.model().rowCount() < MANY  # rows are fetched as the list scrolls

    # find the one private moment by its words and tick it with Space
    type_find(qtbot, wizard, PICK)
    assert current_key(view) == f"entry:{ids[MANY - 3]}"
    QTest.keyClick(view, Qt.Key.Key_Space)
    # every repair moment: up to the heading, Space ticks them all; then untick the first
    type_find(qtbot, wizard, HUG)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert current_key(view) == "section:repair"
    QTest.keyClick(view, Qt.Key.Key_Space)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert current_key(view) == f"entry:{ids[1]}"  # the newest repair moment
    QTest.keyClick(view, Qt.Key.Key_Space)
    repairs = {f"entry:{ids[i]}" for i in range(MANY) if i % 3 == 1}
    expected = (shared | counts | {f"entry:{ids[MANY - 3]}"} | repairs) - {f"entry:{ids[1]}"}
    assert items.ticked() == expected
    assert str(len(expected)) in items.count.text()

    received = []

    def capture(journal, selection, **kwargs):
        received.append(frozenset(selection.ticked))
        raise SummaryCancelled()  # no need to lay out thousands of moments here

    monkeypatch.setattr(module, "build_summary", capture)
    alt(qtbot, wizard, Qt.Key.Key_N, on(wizard, wizard.notes))
    alt(qtbot, wizard, Qt.Key.Key_N, lambda: bool(received))
    assert received == [expected]
    qtbot.waitUntil(on(wizard, wizard.notes), timeout=10000)
    open_window.ctx.dialogs.set_next_answer(True)  # the ticks changed: Esc asks first
    QTest.keyClick(wizard.notes.name, Qt.Key.Key_Escape)
    assert open_window.ctx.dialogs.shown[-1].title == "Close without saving?"
    assert shell.stack.currentWidget() is shell.tabs and wizard.items.model.total == 0


def _candidates() -> list[Candidate]:
    out = [Candidate("strength:1", "strengths", "Stayed calm: in 3 moments", ok_to_share=True),
           Candidate("chart:connection", "connection", "3 moments", "A chart", True),
           Candidate("person:4", "village", "Abuela Rosa", "Sunday soup")]
    out += [Candidate(f"entry:{n}", ("connection", "repair", "words")[n % 3],
                      f"Monday · Moment: words {n}", f"What happened: words {n}", n % 2 == 0)
            for n in range(1, 260)]
    return out


def test_the_item_model_passes_qts_model_tester(qtbot, qtmodeltester):
    model = ItemsModel()
    model.set_headings({"strengths": "Strengths", "connection": "Connection",
                        "repair": "Repair", "village": "Village", "words": "Words"})
    qtmodeltester.check(model, force_py=True)
    items = _candidates()
    model.add(items[3:150], ["entry:2", "entry:4"])  # the first page: moments
    model.add(items[:3] + items[150:], [])  # counts and people arrive last, above
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    keys = [model.index(row).data(KEY_ROLE) for row in range(model.rowCount())]
    assert keys[:3] == ["section:strengths", "strength:1", "section:connection"]
    assert keys[3] == "chart:connection"  # the count before the moments
    assert len(keys) == 262 + 5
    heading = model.index(keys.index("section:repair"))
    assert model.setData(heading, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert heading.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert {f"entry:{n}" for n in range(1, 260) if n % 3 == 1} <= model.ticked()
    model.set_filter("words 1")
    assert all("1" in (model.index(r).data(KEY_ROLE) or "") or
               model.index(r).data(KEY_ROLE).startswith("section:")
               for r in range(model.rowCount()))
    model.set_filter("")
    model.clear()
    assert model.rowCount() == 0 and model.ticked() == frozenset()
    for row in range(3):  # the C++ tester too, on a fresh model
        fresh = ItemsModel()
        qtmodeltester.check(fresh)
        fresh.add(items[row::3], [])


class _Liar(QAbstractListModel):
    """A control: says it has rows its index() can't give."""

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def index(self, row, column=0, parent=QModelIndex()):  # noqa: B008
        return QModelIndex()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_the_model_tester_catches_a_broken_model(qtmodeltester):
    with pytest.raises(AssertionError):
        qtmodeltester.check(_Liar(), force_py=True)
