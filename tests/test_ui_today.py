"""Today: the prompt, "show me another", keeping a reflection, logging moments by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_support import *  # noqa: F403 - fixtures

from journal import Person


def test_todays_prompt_is_shown_and_recorded(qtbot, open_window, clock):
    today = open_window.shell.today
    assert today.prompt is not None
    assert today.prompt_label.text() == today.prompt.text("en")
    history = open_window.journal.prompt_history()
    assert [(r.prompt_id, r.status) for r in history] == [(today.prompt.id, "shown")]
    first = today.prompt.id
    qtbot.mouseClick(today.another, Qt.MouseButton.LeftButton)
    assert today.prompt.id != first
    statuses = [(r.prompt_id, r.status) for r in open_window.journal.prompt_history()]
    assert statuses[-2:] == [(first, "skipped"), (today.prompt.id, "shown")]


def test_keeping_a_reflection_saves_it_with_its_prompt(qtbot, open_window):
    today = open_window.shell.today
    assert today.week_empty.isVisible()
    qtbot.keyClicks(today.editor, "She found her toes today.")
    qtbot.keyClick(today.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert today.editor.toPlainText() == ""
    assert not today.editor.document().isUndoAvailable()
    entries = open_window.journal.list_entries().entries
    assert len(entries) == 1
    assert entries[0].text["body"] == "She found her toes today."
    assert entries[0].prompt_id == today.prompt.id
    assert today.week_model.rowCount() == 1
    assert "toes" in today.week_model.index(0).data()
    assert not today.week_empty.isVisible()
    assert open_window.journal.prompt_history()[-1].status == "answered"
    assert open_window.journal.load_draft("today-reflection") is None


def test_log_a_connection_moment_with_the_keyboard_alone(qtbot, open_window):
    journal = open_window.journal
    journal.add_person(Person("child", "Bean"))
    shell = open_window.shell
    qtbot.keyClick(shell, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    form = shell.form
    assert shell.stack.currentWidget() is form
    assert form.texts["child_did"].hasFocus()
    QTest.keyClicks(form.texts["child_did"], "pointed at a bird")
    QTest.keyClick(form.texts["child_did"], Qt.Key.Key_Tab)
    assert form.routine.chip(form.routine.keys()[0]).hasFocus()  # the short view goes on
    form.set_more(True)  # "Add more": what you did is in the second column
    form.texts["i_did"].setFocus()
    QTest.keyClicks(form.texts["i_did"], "said bird")
    QTest.keyClick(form.texts["i_did"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shell.stack.currentWidget() is shell.tabs
    [entry] = journal.list_entries().entries
    assert entry.kind == "connection"
    assert entry.text["child_did"] == "pointed at a bird" and entry.text["i_did"] == "said bird"
    assert entry.ok_to_share is False


def test_chips_are_one_tab_stop_with_arrow_keys_inside(qtbot, open_window):
    journal = open_window.journal
    bean = journal.add_person(Person("child", "Bean"))
    shell = open_window.shell
    shell.open_form("connection")
    form = shell.form
    form.set_more(True)
    feeling = form.feeling
    first = feeling.chip(feeling.keys()[0])
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Right)
    second = feeling.chip(feeling.keys()[1])
    assert second.hasFocus()
    QTest.keyClick(second, Qt.Key.Key_Space)
    assert feeling.value() == feeling.keys()[1]
    QTest.keyClick(second, Qt.Key.Key_Right)
    QTest.keyClick(feeling.chip(feeling.keys()[2]), Qt.Key.Key_Space)
    assert feeling.selected() == [feeling.keys()[2]]  # feelings: one at a time
    focusable = [feeling.chip(k).focusPolicy() & Qt.FocusPolicy.TabFocus for k in feeling.keys()]  # noqa: SIM118
    assert sum(1 for f in focusable if f) == 1
    assert form.people.selected() == [bean.id]  # the only child: already picked
    form.routine.chip("bath").click()
    form.back.chip("many").click()
    strength = form.strengths.keys()[0]
    form.strengths.chip(strength).click()
    whose = form.picker.whose_group(strength)
    assert whose.selected() == ["me"]
    whose.chip("child").click()
    whose.chip("me").click()
    form.share.setChecked(True)
    form.texts["child_did"].setPlainText("splashed")
    form.save()
    [entry] = journal.list_entries().entries
    assert entry.people == [bean.id] and entry.routine == "bath"
    assert entry.back_and_forths == "many" and entry.feeling == feeling.keys()[2]
    assert [(m.strength_id, m.whose) for m in entry.strengths] == [(strength, "child")]
    assert entry.ok_to_share is True


def test_log_a_repair_moment_and_cancel_keeps_nothing(qtbot, open_window):
    shell = open_window.shell
    shell.open_form("repair")
    form = shell.form
    assert form.texts["reconnected"].hasFocus()  # how you came back together comes first
    assert not form.texts["child_did"].isVisible()
    form.set_more(True)
    form.texts["pulled_apart"].setPlainText("things got loud at dinner")
    form.texts["reconnected"].setPlainText("a hug on the couch")
    form.save()
    [entry] = open_window.journal.list_entries().entries
    assert entry.kind == "repair" and entry.text["reconnected"] == "a hug on the couch"
    shell.open_form("connection")
    form.texts["child_did"].setPlainText("never mind")
    QTest.keyClick(form.texts["child_did"], Qt.Key.Key_Escape)
    assert shell.stack.currentWidget() is shell.tabs
    assert open_window.journal.count_entries() == 1
    assert open_window.journal.load_draft("moment-form") is None


def test_an_empty_moment_is_not_saved_and_says_so_kindly(qtbot, open_window, ctx):
    shell = open_window.shell
    shell.open_form("connection")
    shown = len(ctx.dialogs.shown)
    shell.form.save()
    assert open_window.journal.count_entries() == 0
    assert len(ctx.dialogs.shown) == shown  # a note beside the box, never a pop-up
    note = shell.form.problem
    assert note.isVisible() and "tap something you did together" in note.text()
    assert note.buddy() is shell.form.texts["child_did"]
    assert shell.form.texts["child_did"].hasFocus()
    QTest.keyClicks(shell.form.texts["child_did"], "h")
    assert note.isHidden()


def test_entries_remember_the_language_they_were_written_in(qtbot, open_window):
    journal, shell = open_window.journal, open_window.shell
    open_window.set_language("es")
    shell.today.editor.setPlainText("Encontró sus pies hoy.")
    qtbot.keyClick(shell.today.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shell.open_form("connection")
    shell.form.texts["child_did"].setPlainText("señaló un pájaro")
    shell.form.save()
    reflection, moment = sorted(journal.list_entries().entries, key=lambda e: e.kind)[::-1]
    assert (reflection.kind, reflection.lang) == ("reflection", "es")
    assert (moment.kind, moment.lang) == ("connection", "es")
    open_window.set_language("en")
    shell.edit_entry(moment.id)  # fixing a word later keeps the language it was written in
    shell.form.texts["i_did"].setPlainText("dije pájaro")
    shell.form.save()
    assert journal.get_entry(moment.id).lang == "es"
    shell.open_form("connection")
    shell.form.texts["child_did"].setPlainText("pointed at a bird")
    shell.form.save()
    assert {e.lang for e in journal.list_entries().entries} == {"es", "en"}


def test_todays_prompt_uses_the_only_childs_nickname(qtbot, open_window):
    journal = open_window.journal
    today = open_window.shell.today
    mia = journal.add_person(Person("child", "Mia"))
    today.load(journal)
    assert today.child_name() == "Mia"
    assert today.prompt_label.text() == today.prompt.text("en", "Mia")
    assert today.follow_up.text() == (today.prompt.follow_up("en", "Mia") or "")
    from prompts import load_library

    today.prompt = load_library()["con-001"]  # "...when did your baby look up at you?"
    today._show_prompt()
    assert "Mia" in today.prompt_label.text() and "your baby" not in today.prompt_label.text()
    open_window.ctx.languages.switch("es")
    today._show_prompt()
    assert "Mia" in today.prompt_label.text() and "tu bebé" not in today.prompt_label.text()
    open_window.ctx.languages.switch("en")
    journal.add_person(Person("child", "Leo"))
    today._show_prompt()
    assert today.child_name() is None  # two children: the prompt keeps its own words
    assert today.prompt_label.text() == today.prompt.text("en")
    assert "your baby" in today.prompt_label.text()
    assert mia.id is not None


def test_the_prompt_card_has_no_empty_line_without_a_follow_up(qtbot, open_window):
    from prompts import load_library

    today = open_window.shell.today
    library = load_library()
    today.prompt = next(p for p in library if not p.follow_up_en)
    today._show_prompt()
    assert today.follow_up.isHidden()
    today.prompt = next(p for p in library if p.follow_up_en)
    today._show_prompt()
    assert today.follow_up.isVisible() and today.follow_up.text()
