"""Visits in the app, by keyboard: note a visit (Ctrl+3), see it in the timeline and its
details, Today's next visit line and its gentle offer, and the wizard's dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_keyboard import ALT, CTRL, focused, press
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import START

from journal import Entry, Person


def test_a_visit_by_keys_alone_with_every_control_named(qtbot, open_window):
    shell = open_window.shell
    journal = open_window.journal
    ana = journal.add_person(Person("village", "Ana", how_they_help="Home visitor"))
    shell.today.refresh_week()
    press(Qt.Key.Key_3, CTRL)
    form = shell.form
    assert shell.stack.currentWidget() is form and form.kind == "visit"
    assert form.title.text() == "A visit"
    assert not form.holders["people"].isVisible() and not form.holders["feeling"].isVisible()
    assert focused() is form.visitor.chip(ana.id)  # who came: the first question
    press(Qt.Key.Key_Space)
    assert form.visitor.value() == ana.id
    press(Qt.Key.Key_N, ALT)
    assert focused() is form.texts["they_noticed"]
    QTest.keyClicks(focused(), "You wait for him to answer")
    press(Qt.Key.Key_Tab)
    assert focused() is form.texts["want_to_try"]
    QTest.keyClicks(focused(), "Singing at bath time")
    press(Qt.Key.Key_X, ALT)  # We set a next visit (Qt ticks it after a short click)
    qtbot.waitUntil(form.plan_next.isChecked, timeout=2000)
    assert focused() is form.plan_next and form.next_day.isEnabled()
    press(Qt.Key.Key_Tab)
    assert focused() is form.next_day
    press(Qt.Key.Key_Tab)
    assert focused() is form.more_button  # "Add more": when, and strengths
    press(Qt.Key.Key_Tab)
    assert focused() is form.photos.add_button  # a photo, beside "Add more"
    press(Qt.Key.Key_Tab)
    assert focused() is form.share
    names = {w.accessibleName() or w.text().replace("&", "")  # a check box says its text
             for w in (form.visitor, form.texts["they_noticed"], form.texts["want_to_try"],
                       form.plan_next, form.next_day, form.share)}
    assert "" not in names and len(names) == 6
    press(Qt.Key.Key_Return, CTRL)
    assert shell.stack.currentWidget() is shell.tabs
    (saved,) = journal.list_entries().entries
    assert saved.kind == "visit" and saved.people == [ana.id]
    assert saved.text == {"they_noticed": "You wait for him to answer",
                          "want_to_try": "Singing at bath time"}
    assert saved.next_visit == START.date() + timedelta(days=14)
    # the timeline and the details show it
    shell.timeline.refresh()
    model = shell.timeline.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    rows = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) or ""
            for r in range(model.rowCount())]
    assert any("A visit" in text and "You wait for him" in text for text in rows), rows
    shell.view_entry(saved.id)
    view = shell.entry_view
    shown = [label.text() for label in view.values]
    assert "Ana" in shown and "You wait for him to answer" in shown
    assert any(str((START.date() + timedelta(days=14)).year) in text for text in shown)


def test_editing_a_visit_keeps_its_next_day_and_a_moment_form_stays_a_moment(qtbot,
                                                                             open_window):
    shell = open_window.shell
    journal = open_window.journal
    ana = journal.add_person(Person("village", "Ana"))
    visit = journal.add_entry(Entry("visit", datetime(2026, 11, 18, 10),
                                    {"they_noticed": "Calm voice"}, people=[ana.id],
                                    next_visit=date(2026, 12, 2)))
    shell.edit_entry(visit.id)
    form = shell.form
    assert form.visitor.value() == ana.id and form.plan_next.isChecked()
    assert form.next_day.date().toPython() == date(2026, 12, 2)
    form.plan_next.setChecked(False)
    form.save()
    assert journal.get_entry(visit.id).next_visit is None
    shell.open_form("connection")
    assert not form.holders["visitor"].isVisible() and form.holders["people"].isVisible()
    assert form.entry().next_visit is None and form.title.text() == "A connection moment"
    form.cancel()


def test_today_names_the_next_visit_and_offers_a_summary_only_in_the_days_before(
        qtbot, open_window, clock):
    shell = open_window.shell
    journal = open_window.journal
    card = shell.today.visit
    shell.today.refresh_week()
    assert not card.next_line.isVisible() and not card.prepare_button.isVisible()
    ana = journal.add_person(Person("village", "Ana"))
    journal.add_entry(Entry("visit", datetime(2026, 11, 10, 10), {"they_noticed": "x"},
                            people=[ana.id], next_visit=date(2026, 11, 26)))  # a Thursday
    shell.today.refresh_week()  # today is Friday 20 November: six days before
    assert card.next_line.text() == "Visit with Ana on Thursday"
    assert card.next_line.isVisible() and not card.prepare_button.isVisible()
    clock.at = datetime(2026, 11, 23, 9, 0)  # Monday: three days before
    shell.today.refresh_week()
    assert card.prepare_button.isVisible() and card.gentle.isVisible()
    card.prepare_button.click()
    wizard = shell.wizard
    assert shell.stack.currentWidget() is wizard
    assert wizard.dates.since_visit.isChecked()  # since the last visit
    assert wizard.dates.span() == (date(2026, 11, 10), date(2026, 11, 23))
    wizard.request_close()


def test_the_wizard_starts_at_four_weeks_when_there_was_no_visit(qtbot, open_window):
    shell = open_window.shell
    shell.share_summary()
    dates = shell.wizard.dates
    assert dates.four_weeks.isChecked() and not dates.since_visit.isVisible()
    assert dates.span() == (START.date() - timedelta(days=27), START.date())


def test_the_wizard_makes_a_one_page_two_language_summary_by_keys(qtbot, open_window):
    import io

    import pypdf

    shell = open_window.shell
    journal = open_window.journal
    leo = journal.add_person(Person("child", "Leo", "2025-06"))
    journal.add_entry(Entry("connection", datetime(2026, 11, 18, 9),
                            {"child_did": "He babbled", "i_did": "I babbled back"},
                            ok_to_share=True))
    shell.share_summary()
    wizard = shell.wizard
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.items.loading and wizard.next_button.isEnabled(),
                    timeout=20000)
    keys = wizard.items.view.model().item_keys()
    assert f"child-name:{leo.id}" in keys and f"child-age:{leo.id}" in keys
    assert f"child-name:{leo.id}" not in wizard.items.ticked()  # off until ticked
    wizard.next()
    notes = wizard.notes
    notes.know.setPlainText("Sleep is hard")
    QTest.keyClick(notes.name, Qt.Key.Key_A, ALT)
    assert notes.second.hasFocus() and notes.second.accessibleName()
    QTest.keyClick(notes.second, Qt.Key.Key_Down)  # English: the same language, ignored
    QTest.keyClick(notes.second, Qt.Key.Key_Down)  # Español
    assert notes.second.currentData() == "es"
    QTest.keyClick(notes.second, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(notes.one_page.isChecked, timeout=2000)
    assert notes.options() == {"one_page": True, "second_lang": "es"}
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.building, timeout=20000)
    reader = pypdf.PdfReader(io.BytesIO(wizard._pdf))
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1
    assert "What we would like to talk about / De qué nos gustaría hablar" in " ".join(
        text.split())
    assert text.count("Sleep is hard") == 1
    notes.clear()
    assert notes.options() == {"one_page": False, "second_lang": None}


def test_a_visit_draft_comes_back_whole(qtbot, open_window):
    shell = open_window.shell
    journal = open_window.journal
    ana = journal.add_person(Person("village", "Ana"))
    shell.open_form("visit")
    form = shell.form
    form.visitor.set_selected([ana.id])
    form.texts["they_noticed"].setPlainText("You read his cues")
    form.plan_next.setChecked(True)
    form.next_day.setDate(date(2026, 12, 4))
    draft = form.draft()
    assert "You read his cues" in draft  # drafts live inside the encrypted journal only
    form.wipe()
    assert form.restore_draft(journal, draft, "en")
    assert form.kind == "visit" and form.visitor.value() == ana.id
    assert form.texts["they_noticed"].toPlainText() == "You read his cues"
    assert form.plan_next.isChecked() and form.next_day.date().toPython() == date(2026, 12, 4)
    assert form.entry().next_visit == date(2026, 12, 4)
    form.cancel()
