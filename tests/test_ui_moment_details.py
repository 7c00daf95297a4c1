"""The moment form's strengths (own words, whose each one was) and the read-only view."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import flush_deletes, visible_texts

from journal import Entry, Person, StrengthMark

MARKER = "otter-lantern-5521"


def _marks(entry) -> list[tuple[int, str]]:
    return [(m.strength_id, m.whose) for m in entry.strengths]


def test_a_strength_in_my_own_words_is_added_ticked_and_saved(qtbot, open_window, ctx):
    shell = open_window.shell
    shell.open_form("connection")
    form = shell.form
    picker = form.picker
    assert picker.own_row.isHidden()
    picker.add_button.click()
    assert picker.own_edit.hasFocus()
    QTest.keyClicks(picker.own_edit, "  silly songs  ")
    QTest.keyClick(picker.own_edit, Qt.Key.Key_Return)
    own = [s for s in open_window.journal.strengths("en") if s.own]
    assert [s.label for s in own] == ["silly songs"]
    assert form.strengths.chip(own[0].id).isChecked()
    assert form.strengths.chip(own[0].id).hasFocus()
    assert picker.own_row.isHidden() and picker.own_edit.text() == ""
    assert picker.whose_group(own[0].id).selected() == ["me"]
    # the timeline can filter by it at once
    assert shell.timeline.strength.findData(own[0].id) >= 0
    form.texts["child_did"].setPlainText("giggled")
    form.save()
    [entry] = open_window.journal.list_entries().entries
    assert _marks(entry) == [(own[0].id, "me")]
    assert entry.ok_to_share is False


def test_own_words_are_checked_kindly_and_esc_closes_only_that_field(qtbot, open_window, ctx):
    shell = open_window.shell
    shell.open_form("repair")
    picker = shell.form.picker
    picker.open_own()
    QTest.keyClick(picker.own_edit, Qt.Key.Key_Return)  # nothing typed
    assert "Type a few words" in ctx.dialogs.shown[-1].text
    picker.own_edit.setText("x" * 201)
    picker.add_own()
    assert "a bit long" in ctx.dialogs.shown[-1].text
    assert [s for s in open_window.journal.strengths("en") if s.own] == []
    QTest.keyClick(picker.own_edit, Qt.Key.Key_Escape)
    assert picker.own_row.isHidden()
    assert shell.stack.currentWidget() is shell.form  # the form stayed open


def test_whose_each_strength_was_by_keyboard(qtbot, open_window):
    journal = open_window.journal
    shell = open_window.shell
    qtbot.keyClick(shell, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    form = shell.form
    form.set_more(True)
    strengths = form.strengths
    QTest.keyClicks(form.texts["child_did"], "reached for me")
    keys = [k for k in strengths.keys() if not strengths.chip(k).isHidden()]  # noqa: SIM118
    first = strengths.chip(keys[0])
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Space)  # "Stayed calm": in me
    QTest.keyClick(first, Qt.Key.Key_Right)
    QTest.keyClick(strengths.chip(keys[1]), Qt.Key.Key_Right)
    QTest.keyClick(strengths.chip(keys[2]), Qt.Key.Key_Right)
    fourth = strengths.chip(keys[3])  # "We smiled together" moved to "What we did"
    assert fourth.hasFocus()
    QTest.keyClick(fourth, Qt.Key.Key_Space)  # "Noticed what my child needed"
    # Tab goes to "+ my own words", then into the whose rows, in order
    QTest.keyClick(fourth, Qt.Key.Key_Tab)
    assert form.picker.add_button.hasFocus()
    QTest.keyClick(form.picker.add_button, Qt.Key.Key_Tab)
    first_row = form.picker.whose_group(keys[0])
    assert first_row.chip("me").hasFocus()
    QTest.keyClick(first_row.chip("me"), Qt.Key.Key_Tab)
    second_row = form.picker.whose_group(keys[3])
    assert second_row.chip("me").hasFocus()
    QTest.keyClick(second_row.chip("me"), Qt.Key.Key_Right)
    assert second_row.chip("child").hasFocus()
    QTest.keyClick(second_row.chip("child"), Qt.Key.Key_Space)  # in me and in my child
    QTest.keyClick(second_row.chip("child"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shell.stack.currentWidget() is shell.tabs
    [entry] = journal.list_entries().entries
    assert sorted(_marks(entry)) == sorted(
        [(keys[0], "me"), (keys[3], "me"), (keys[3], "child")])


def test_a_whose_row_keeps_at_least_one_and_child_strengths_start_in_my_child(
        qtbot, open_window):
    journal = open_window.journal
    shell = open_window.shell
    shell.open_form("connection")
    picker = shell.form.picker
    calmed = next(s.id for s in journal.strengths("en") if s.key == "child_calmed")
    picker.chips.chip(calmed).click()
    row = picker.whose_group(calmed)
    assert row.selected() == ["child"]
    row.chip("child").click()  # the last one stays: untick the strength to take it off
    assert row.selected() == ["child"]
    row.chip("someone").click()
    row.chip("child").click()
    assert picker.marks() == [StrengthMark(calmed, "someone")]
    picker.chips.chip(calmed).click()
    assert picker.marks() == []


def test_whose_survives_a_draft_and_editing(qtbot, open_window):
    journal = open_window.journal
    ids = [s.id for s in journal.strengths("en")][:2]
    saved = journal.add_entry(Entry(
        "connection", datetime(2026, 11, 19, 8), {"child_did": "waved"},
        strengths=[StrengthMark(ids[0], "someone"), StrengthMark(ids[1], "child"),
                   StrengthMark(ids[1], "me")]))
    shell = open_window.shell
    shell.edit_entry(saved.id)
    form = shell.form
    assert form.picker.whose_group(ids[1]).selected() == ["me", "child"]
    draft = form.draft()
    form.cancel()
    assert form.restore_draft(journal, draft, "en")
    assert sorted(_marks(form.entry())) == sorted(_marks(saved))
    # a draft from before per-strength whose still opens
    old = json.dumps({"kind": "connection", "id": None, "text": {"child_did": "hi"},
                      "people": [], "routine": None, "feeling": None, "back": None,
                      "strengths": [ids[0]], "whose": "child", "when": "2026-11-20T09:00:00",
                      "share": False, "prompt": [None, None]})
    assert form.restore_draft(journal, old, "en")
    assert _marks(form.entry()) == [(ids[0], "child")]
    form.cancel()


def test_opening_a_moment_shows_it_read_only_with_edit_and_delete(qtbot, open_window):
    journal = open_window.journal
    bean = journal.add_person(Person("child", "Bean"))
    calm = next(s for s in journal.strengths("en") if s.key == "stayed_calm")
    explored = next(s for s in journal.strengths("en") if s.key == "child_explored")
    entry = journal.add_entry(Entry(
        "connection", datetime(2026, 11, 19, 17, 45),
        {"child_did": f"<b>pointed</b> at the {MARKER}", "i_did": "named it",
         "how_it_ended": ""},
        people=[bean.id], routine="bath", feeling="close", back_and_forths="a_few",
        strengths=[StrengthMark(calm.id, "me"), StrengthMark(explored.id, "child")]))
    shell = open_window.shell
    timeline = shell.timeline
    shell.tabs.setCurrentWidget(timeline)
    timeline.refresh()
    timeline.list.setCurrentIndex(timeline.model.index(0))
    timeline.list.setFocus()
    QTest.keyClick(timeline.list, Qt.Key.Key_Return)
    view = shell.entry_view
    assert shell.stack.currentWidget() is view
    texts = [label.text() for label in view.values]
    assert f"<b>pointed</b> at the {MARKER}" in texts  # shown as typed, never as markup
    # captioned with the form's own question, which is what a screen reader names it
    said = next(v for v in view.values if v.text() == f"<b>pointed</b> at the {MARKER}")
    assert said.accessibleName() == "What happened"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in view.values)
    assert "named it" in texts and "Bean" in texts and "Bath" in texts and "A few" in texts
    assert "In me: Stayed calm\nIn my child: My child explored" in texts
    assert "Just for you. Not marked to share." in texts
    assert view.title.text() == "Connection moment"
    assert "November 19, 2026" in view.when.text()
    assert not any(w.isVisible() for w in (shell.form.save_button,))
    # Esc goes back and forgets what was shown
    QTest.keyClick(view.edit_button, Qt.Key.Key_Escape)
    assert shell.stack.currentWidget() is shell.tabs
    flush_deletes()
    assert view.values == []
    assert not any(MARKER in label.text() for label in view.findChildren(QLabel))
    # open again, Edit, Cancel: back to the read-only view
    timeline.open_current()
    view.edit_button.click()
    assert shell.stack.currentWidget() is shell.form
    assert shell.form.texts["child_did"].toPlainText().endswith(MARKER)
    shell.form.cancel()
    assert shell.stack.currentWidget() is view
    # Delete from the view: to the trash, with Undo on the timeline
    view.delete_button.click()
    assert shell.stack.currentWidget() is shell.tabs
    assert journal.count_entries() == 0 and timeline.undo_button.isVisible()
    timeline.undo_delete()
    assert journal.get_entry(entry.id).deleted_at is None


def test_a_reflection_view_shows_its_question_and_lock_clears_it(qtbot, open_window):
    journal = open_window.journal
    entry = journal.add_entry(Entry("reflection", datetime(2026, 11, 18, 9),
                                    {"body": f"tea and {MARKER}"}, prompt_id="x",
                                    prompt_text="What felt good today?"))
    shell = open_window.shell
    shell.view_entry(entry.id)
    texts = [label.text() for label in shell.entry_view.values]
    assert texts == ["What felt good today?", f"tea and {MARKER}"]
    open_window.lock()
    flush_deletes()
    assert not any(MARKER in text for text in visible_texts())


def test_the_view_speaks_spanish(qtbot, open_window, ctx):
    journal = open_window.journal
    calm = next(s for s in journal.strengths("en") if s.key == "stayed_calm")
    entry = journal.add_entry(Entry("repair", datetime(2026, 11, 18, 9),
                                    {"pulled_apart": "ruido", "reconnected": "un abrazo"},
                                    feeling="relieved", ok_to_share=True,
                                    strengths=[StrengthMark(calm.id, "me")]))
    open_window.set_language("es")
    shell = open_window.shell
    shell.view_entry(entry.id)
    view = shell.entry_view
    assert view.title.text() == "Momento de reencuentro"
    assert view.edit_button.text() == "&Editar"
    texts = [label.text() for label in view.values]
    assert "En mí: Mantuve la calma" in texts
    assert "de noviembre de 2026" in view.when.text()
