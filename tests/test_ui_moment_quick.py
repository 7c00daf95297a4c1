"""A moment in seconds: the real widgets driven by clicks and keys, each one counted.

Targets (issue 14): a simple moment in at most 3 actions plus the words, a tap-only
moment in at most 4 clicks, a rich moment with no scrolling at 1366x768 and 100% text.
Measured before the short view: simple 2 actions + words; tap-only impossible (words
were required); rich 5 scroll-wheel notches (English) with "OK to share" out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures

from journal import Person, StrengthMark


class Counter:
    """Clicks and key presses on real widgets; typed words are not counted."""

    def __init__(self) -> None:
        self.actions = 0

    def click(self, widget) -> None:
        assert widget.isVisible() and not widget.visibleRegion().isEmpty(), widget
        self.actions += 1
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.actions += 1
        QTest.keyClick(widget, key, modifier)

    def words(self, widget, text: str) -> None:
        QTest.keyClicks(widget, text)


def _window(open_window, qtbot):
    open_window.resize(1366, 768)
    qtbot.waitUntil(lambda: open_window.width() == 1366)
    return open_window.shell


def test_a_simple_moment_takes_three_actions_or_fewer(qtbot, open_window):
    mia = open_window.journal.add_person(Person("child", "Mia"))
    shell = _window(open_window, qtbot)
    count = Counter()
    count.click(shell.today.connection_button)
    form = shell.form
    assert form.texts["child_did"].hasFocus()  # words go straight in
    count.words(form.texts["child_did"], "She laughed at the bubbles")
    count.key(form.texts["child_did"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [entry] = open_window.journal.list_entries().entries
    assert entry.text["child_did"] == "She laughed at the bubbles"
    assert entry.people == [mia.id]  # the only child was already picked
    assert count.actions <= 3, count.actions


def test_a_tap_only_moment_takes_four_clicks_or_fewer(qtbot, open_window):
    journal = open_window.journal
    mia = journal.add_person(Person("child", "Mia"))
    shell = _window(open_window, qtbot)
    count = Counter()
    count.click(shell.today.connection_button)
    form = shell.form
    count.click(form.routine.chip("bath"))
    count.click(form.did.chip("we_laughed"))
    count.click(form.save_button)
    assert shell.stack.currentWidget() is shell.tabs
    [entry] = journal.list_entries().entries
    laughed = next(s.id for s in journal.strengths("en") if s.key == "we_laughed")
    assert entry.routine == "bath" and entry.people == [mia.id]
    assert entry.strengths == [StrengthMark(laughed, "me")]
    assert all(not words for words in entry.text.values())
    assert count.actions <= 4, count.actions
    # "Kept" shows where the eye is, and the form's draft is gone
    assert shell.today.moment_note.isVisible() and "Kept" in shell.today.moment_note.text()
    assert journal.load_draft("moment-form") is None
    count.click(shell.today.connection_button)
    assert form.did.selected() == [] and form.routine.selected() == []


def test_a_rich_moment_needs_no_scrolling_at_1366x768(qtbot, open_window):
    journal = open_window.journal
    journal.add_person(Person("child", "Mia"))
    shell = _window(open_window, qtbot)
    count = Counter()
    for kind in ("connection", "repair"):
        shell.open_form(kind)
        form = shell.form
        if not form.more_button.isChecked():
            count.click(form.more_button)
        bar = form.scroll.verticalScrollBar()
        qtbot.waitUntil(lambda f=form: f.more_box.isVisible())
        assert bar.maximum() == 0, f"{kind}: the form scrolls {bar.maximum()} pixels"
        from journal.records.models import TEXT_FIELDS

        for name in TEXT_FIELDS[kind]:
            count.click(form.texts[name])
            count.words(form.texts[name], "a few words")
        count.click(form.feeling.chip("close"))
        for key in form.strengths.keys()[:3]:  # noqa: SIM118
            count.click(form.strengths.chip(key))
        if kind == "connection":
            count.click(form.back.chip("a_few"))
        count.click(form.share)
        QApplication.processEvents()  # any layout change has happened
        assert bar.value() == 0 and bar.maximum() == 0, f"{kind}: scrolled"
        count.click(form.save_button)
    entries = journal.list_entries().entries
    assert [(e.kind, e.ok_to_share, len(e.strengths), e.feeling) for e in entries] == [
        ("repair", True, 3, "close"), ("connection", True, 3, "close")]


def test_add_more_is_remembered_in_the_journal(qtbot, open_window):
    shell = open_window.shell
    shell.open_form("connection")
    form = shell.form
    assert not form.more_box.isVisible() and not form.feeling.isVisible()
    form.more_button.click()
    assert form.feeling.isVisible()
    form.cancel()
    assert open_window.journal.get_setting("moment_form_more") == "1"
    shell.open_form("repair")
    assert form.more_box.isVisible() and form.texts["pulled_apart"].isVisible()
    assert form.texts["reconnected"].hasFocus() and form.scroll.verticalScrollBar().value() == 0


def test_ok_to_share_stays_in_sight_beside_save(qtbot, open_window):
    shell = _window(open_window, qtbot)
    shell.open_form("connection")
    form = shell.form
    form.set_more(True)
    form.scroll.verticalScrollBar().setValue(form.scroll.verticalScrollBar().maximum())
    assert not form.share.visibleRegion().isEmpty()
    assert form.share.parent() is form.save_button.parent()  # the bar that never scrolls
    assert "summary you choose to share" in form.bar.share_hint.text()


def test_control_a_form_taller_than_the_window_is_caught(qtbot, open_window):
    """The no-scrolling check can fail: squeeze the window and it does."""
    open_window.journal.add_person(Person("child", "Mia"))
    shell = open_window.shell
    open_window.resize(1366, 520)
    qtbot.waitUntil(lambda: open_window.height() < 600)
    shell.open_form("connection")
    shell.form.set_more(True)
    qtbot.waitUntil(lambda: shell.form.more_box.isVisible())
    qtbot.waitUntil(lambda: shell.form.scroll.verticalScrollBar().maximum() > 0)
    shell.form.set_more(False)
    shell.form.set_more(True)
    assert shell.form.scroll.verticalScrollBar().maximum() > 0


def test_chip_text_is_centred(qtbot, open_window):
    """The padding either side of a chip's words is the same (room for the tick both sides)."""
    shell = open_window.shell
    shell.open_form("connection")
    chip = shell.form.routine.chip("bath")
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    chip.initStyleOption(option)
    inner = chip.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, chip)
    left, right = inner.left() - chip.rect().left(), chip.rect().right() - inner.right()
    assert abs(left - right) <= 4, (left, right)


def test_a_repair_leads_with_how_you_came_back_together(qtbot, open_window):
    from datetime import datetime

    from journal import Entry
    from journal.summary.words import entry_fields
    from ui.moments.models import summary

    journal = open_window.journal
    entry = journal.add_entry(Entry("repair", datetime(2026, 11, 20, 8, 0), {
        "pulled_apart": "things got loud", "reconnected": "a hug on the couch"}))
    assert summary(entry) == "a hug on the couch"  # lists, the timeline, Today's week
    assert [words for _label, words in entry_fields(entry, "en")] == [
        "a hug on the couch", "things got loud"]  # the summary PDF and HTML
    shell = open_window.shell
    shell.view_entry(entry.id)
    texts = [w.text() for w in shell.entry_view.values]
    assert texts.index("a hug on the couch") < texts.index("things got loud")
    tapped = journal.add_entry(Entry("connection", datetime(2026, 11, 20, 9, 0),
                                     routine="bath", strengths=[]))
    assert summary(tapped) == "Bath"  # kept with taps only: its routine, not a blank row


def test_editing_a_moment_shows_every_field_that_holds_something(qtbot, open_window):
    from datetime import datetime

    from journal import Entry

    journal = open_window.journal
    shell = open_window.shell
    full = journal.add_entry(Entry("connection", datetime(2026, 11, 20, 8, 0), {
        "child_did": "bubbles", "i_did": "sang"}, feeling="calm"))
    short = journal.add_entry(Entry("connection", datetime(2026, 11, 20, 8, 5), {
        "child_did": "bubbles"}))
    shell.edit_entry(full.id)
    assert shell.form.more_box.isVisible() and shell.form.texts["i_did"].isVisible()
    shell.form.cancel()
    shell.edit_entry(short.id)
    assert not shell.form.more_box.isVisible()  # the short view is enough to show it all
    assert journal.get_setting("moment_form_more") in (None, "0")  # not changed by an edit


def test_a_tap_only_moment_is_kept_as_a_draft_too(qtbot, open_window):
    from journal import Person

    journal = open_window.journal
    journal.add_person(Person("child", "Mia"))
    shell = open_window.shell
    shell.open_form("connection")
    shell.save_drafts()
    assert journal.load_draft("moment-form") is None  # nothing yet: nothing kept
    shell.form.did.chip("we_sang").click()
    shell.save_drafts()
    assert journal.load_draft("moment-form") is not None  # taps are worth keeping
