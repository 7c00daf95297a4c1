"""Focus and spoken words where a fresh-eyes walkthrough found them missing.

Forgot-passphrase by Enter, what a reset with the recovery code allows (checked against
the key files), the Moments trash, "Make a backup now" (and the other My data boxes),
opening and deleting a moment, names a screen reader reads, and no double period after
a time that ends in one.

`heard` stands in for the accessibility bus: every announcement the app makes (through
ui.widgets.announce) is kept in a list, in order.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QSpinBox, QTimeEdit
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window

from journal import Entry, Vault, WrongPassphrase
from journal.vault.kdf import TEST_PARAMS

NEW = "brand new words here"


@pytest.fixture
def heard(monkeypatch):
    """What a screen reader would be asked to say, in order."""
    words: list[str] = []

    class Bus:
        AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

        @staticmethod
        def isActive() -> bool:  # noqa: N802
            return True

        @staticmethod
        def updateAccessibility(event) -> None:  # noqa: N802
            words.append(event.message())

    monkeypatch.setattr("ui.widgets.announce.QAccessible", Bus)
    return words


def test_heard_catches_an_announcement_and_nothing_else(heard, qtbot):
    """Control: the stand-in hears what announce says, and only that."""
    from ui.widgets.announce import announce

    label = QLabel("x")
    qtbot.addWidget(label)
    assert heard == []
    announce(label, "Kept in your journal.")
    assert heard == ["Kept in your journal."]


def focused():
    return QApplication.focusWidget()


def enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


# -- 1. "I forgot my passphrase": Enter ---------------------------------------------------
def test_enter_moves_through_the_forgot_fields_then_says_what_is_missing(
        qtbot, ctx, made_journal, heard):
    window = make_window(qtbot, ctx)
    qtbot.waitUntil(window.isActiveWindow)
    page = window.unlock_page
    qtbot.mouseClick(page.forgot_button, Qt.MouseButton.LeftButton)
    assert focused() is page.code
    enter(page.code)
    assert focused() is page.fields.passphrase  # Enter goes on, even before typing
    QTest.keyClicks(page.fields.passphrase, NEW)
    enter(page.fields.passphrase)
    assert focused() is page.fields.confirm
    QTest.keyClicks(page.fields.confirm, "brand new")
    heard.clear()
    enter(page.fields.confirm)  # the code is missing: said first, as it comes first
    assert focused() is page.code
    assert heard == ["Type your recovery code first."]
    assert page.message.text() == "Type your recovery code first."
    QTest.keyClicks(page.code, made_journal)
    page.fields.confirm.setFocus()
    heard.clear()
    enter(page.fields.confirm)  # the two boxes differ
    assert focused() is page.fields.confirm
    assert heard and "don't match" in heard[-1]
    assert window.state == "locked" and not page.working
    QTest.keyClicks(page.fields.confirm, " words here")
    enter(page.fields.confirm)
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)
    window.lock()


def test_enter_with_a_short_or_missing_new_passphrase_says_so(qtbot, ctx, made_journal, heard):
    window = make_window(qtbot, ctx)
    qtbot.waitUntil(window.isActiveWindow)
    page = window.unlock_page
    qtbot.mouseClick(page.forgot_button, Qt.MouseButton.LeftButton)
    page.code.setText(made_journal)
    page.fields.passphrase.setText("short")
    page.fields.confirm.setText("short")
    heard.clear()
    enter(page.fields.confirm)
    assert focused() is page.fields.passphrase
    assert heard == ["Keep going: use at least 8 letters."]
    page.fields.passphrase.setText(NEW)
    page.fields.confirm.setText("")
    heard.clear()
    enter(page.fields.confirm)  # the second box is empty
    assert focused() is page.fields.confirm
    assert heard == ["Type the same passphrase again in this box."]
    assert window.state == "locked" and not page.working


# -- 2. what a reset with the code allows -------------------------------------------------
def test_reset_with_the_code_says_what_the_key_files_allow(
        qtbot, ctx, made_journal, data_dir, heard):
    window = make_window(qtbot, ctx)
    qtbot.waitUntil(window.isActiveWindow)
    page = window.unlock_page
    qtbot.mouseClick(page.forgot_button, Qt.MouseButton.LeftButton)
    page.code.setText(made_journal)
    page.fields.passphrase.setText(NEW)
    page.fields.confirm.setText(NEW)
    heard.clear()
    page.reset()
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)
    today = window.shell.today
    notice = today.notice.text()
    assert today.notice.isVisible() and notice
    assert notice in heard  # said where the parent lands
    assert focused() is today.editor
    claims = {
        "new": "Your new passphrase works now." in notice,
        "old": "Your old passphrase doesn't open your journal anymore." in notice,
        "code": "Your recovery code still works too: keep it safe." in notice,
    }
    assert all(claims.values()), notice
    window.lock()
    assert not today.notice.isVisible() and not today.notice.text()  # gone at lock
    vault = Vault(data_dir, kdf_params=TEST_PARAMS)
    vault.open(NEW).close()  # "works now"
    with pytest.raises(WrongPassphrase):  # "doesn't open your journal anymore"
        vault.open(PASSPHRASE)
    vault.open_with_recovery(made_journal).close()  # "still works too"


def test_a_plain_unlock_shows_no_reset_notice(qtbot, open_window):
    assert not open_window.shell.today.notice.isVisible()


# -- 3. Moments trash ---------------------------------------------------------------------
def _moments(journal, count: int) -> None:
    base = datetime(2026, 11, 19, 8, 0)
    for i in range(count):
        journal.add_entry(Entry("connection", base + timedelta(hours=i),
                                {"child_did": f"Smiled {i}."}))


def _timeline(window):
    shell = window.shell
    shell.tabs.setCurrentWidget(shell.timeline)
    shell.timeline.refresh()
    return shell.timeline


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_search_goes_to_what_it_found(qtbot, open_window, key):
    """Typed, then Down (or Enter) at once, before the search has run by itself: the
    search runs now and focus lands on the first moment found; nothing found: it stays."""
    _moments(open_window.journal, 3)
    timeline = _timeline(open_window)
    timeline.search.setFocus()
    QTest.keyClicks(timeline.search, "Smiled 1")
    QTest.keyClick(timeline.search, key)
    assert focused() is timeline.current_view() is not timeline.list  # the results
    assert "Smiled 1" in timeline.current_view().currentIndex().data()
    timeline.search.setFocus()
    timeline.search.setText("")
    QTest.keyClicks(timeline.search, "zebra")
    QTest.keyClick(timeline.search, key)
    assert focused() is timeline.search


def test_trash_lands_on_the_first_moment_and_put_back_is_said(qtbot, open_window, heard):
    _moments(open_window.journal, 3)
    timeline = _timeline(open_window)
    for _ in range(2):
        timeline.list.setCurrentIndex(timeline.model.index(0))
        timeline.delete_current()
    timeline.trash_button.setFocus()
    timeline.trash_button.click()
    assert focused() is timeline.trash_list
    assert timeline.trash_list.currentIndex().row() == 0
    timeline.trash_list.setCurrentIndex(QModelIndex())
    heard.clear()
    timeline.restore_button.click()  # nothing chosen
    assert heard == ["Choose a moment first."]
    assert timeline.trash_model.rowCount() == 2
    assert focused() is timeline.trash_list
    timeline.trash_list.setCurrentIndex(timeline.trash_model.index(0))
    heard.clear()
    timeline.restore_button.setFocus()
    timeline.restore_button.click()
    assert heard == ["Put back in your moments."]
    assert timeline.trash_model.rowCount() == 1
    # shown too, in place of "Moved to the trash. Undo" (whose moment is back now)
    assert timeline.undo_note.isVisible() and timeline.undo_button.isHidden()
    assert timeline.undo_note.text() == "Put back in your moments."
    assert focused() is timeline.trash_list
    assert timeline.trash_list.currentIndex().row() == 0  # the one left is chosen
    heard.clear()
    timeline.restore_button.click()
    assert heard == ["Put back in your moments. The trash is empty."]
    assert focused() is timeline.back_button
    timeline.back_button.click()
    assert focused() is timeline.list
    assert timeline.deleted == [] and timeline.undo_note.isHidden()  # both are back


def test_an_empty_trash_says_so_and_focus_stays_on_the_page(qtbot, open_window, heard):
    timeline = _timeline(open_window)
    timeline.trash_button.setFocus()
    heard.clear()
    timeline.trash_button.click()
    assert focused() is timeline.back_button
    assert heard == ["The trash is empty."]


# -- 4. My data: busy buttons keep focus; short words without the path ---------------------
def test_make_a_backup_now_keeps_focus_and_says_no_path(qtbot, open_window, heard):
    from ui.plumbing.operations import held

    shell = open_window.shell
    open_window.resize(1366, 768)  # a laptop screen: the words land below the fold
    shell.tabs.setCurrentWidget(shell.my_data)
    box = shell.my_data.backups
    qtbot.waitUntil(lambda: not held() and not shell.my_data.working,
                    timeout=20000)  # the day's automatic backup
    before = len(box.manager().list_backups())
    box.backup_button.setFocus()
    assert focused() is box.backup_button
    heard.clear()
    box.backup_button.click()
    assert shell.my_data.working
    assert focused() is box.backup_button  # not "Passphrase for the backup"
    box.backup_button.click()  # pressed again while busy: nothing more starts
    qtbot.waitUntil(lambda: not held() and len(box.manager().list_backups()) > before,
                    timeout=20000)
    qtbot.waitUntil(lambda: not shell.my_data.working, timeout=20000)
    assert len(box.manager().list_backups()) == before + 1
    assert focused() is box.backup_button
    assert box.backups.currentRow() == 0
    folder = str(box.manager().folder)
    assert folder in box.backup_message.text()  # the path stays on screen
    message = box.backup_message
    assert message.visibleRegion().boundingRect().size() == message.size()
    said = [words for words in heard if "backup" in words]
    assert said and said[0].startswith("A new backup was made just now, at ")
    assert not any(folder in words for words in heard)


def test_busy_boxes_keep_the_focused_button(qtbot, open_window):
    from ui.plumbing.operations import held

    shell = open_window.shell
    shell.tabs.setCurrentWidget(shell.my_data)
    page = shell.my_data
    qtbot.waitUntil(lambda: not held() and not page.working, timeout=20000)
    for button in (page.copies.json_button, page.place.choose_button,
                   page.backups.other_button):
        button.setFocus()
        assert focused() is button
        page.working = True
        page.update_buttons()
        assert focused() is button, button.text()
        others = [b for b in (page.copies.markdown_button, page.place.forget_button,
                              page.backups.backup_button) if b is not button]
        assert not any(b.isEnabled() for b in others if b.isVisible())
        page.working = False
        page.update_buttons()
        assert button.isEnabled()


# -- 5. opening and deleting a moment -----------------------------------------------------
def test_open_lands_on_the_words_and_delete_goes_back_to_the_list(qtbot, open_window, heard):
    _moments(open_window.journal, 3)
    timeline = _timeline(open_window)
    shell = open_window.shell
    timeline.list.setFocus()
    timeline.list.setCurrentIndex(timeline.model.index(1))
    timeline.open_current()
    assert shell.stack.currentWidget() is shell.entry_view
    words = focused()
    assert isinstance(words, QLabel) and words.text() == "Smiled 1."
    assert words.accessibleName() == "What happened"
    assert words.accessibleDescription() == "Smiled 1."  # the words, read after the name
    heard.clear()
    shell.entry_view.delete_button.click()
    assert words.accessibleDescription() == ""  # nothing of the moment is left behind
    assert shell.stack.currentWidget() is shell.tabs
    assert focused() is timeline.list
    assert timeline.list.currentIndex().row() == 1  # the neighbour: "Smiled 0."
    assert timeline.list.currentIndex().data(Qt.ItemDataRole.DisplayRole).endswith(
        "Smiled 0.")
    assert heard == ["Moved to the trash. Ctrl+Z brings it back."]


def test_deleting_the_last_row_lands_on_the_row_above(qtbot, open_window):
    _moments(open_window.journal, 2)
    timeline = _timeline(open_window)
    timeline.list.setCurrentIndex(timeline.model.index(1))
    timeline.open_current()
    open_window.shell.entry_view.delete_button.click()
    assert focused() is timeline.list
    assert timeline.list.currentIndex().row() == 0


# -- 6. names -----------------------------------------------------------------------------
def test_village_trash_button_is_named_for_what_it_does(qtbot, open_window):
    shell = open_window.shell
    shell.tabs.setCurrentWidget(shell.people)
    name = shell.people.trash_button.text().replace("&", "")
    assert name == "Show who you moved out"


def _labels_of(widget) -> list[str]:
    face = QAccessible.queryAccessibleInterface(widget)
    return [other.text(QAccessible.Text.Name)
            for other, _rel in face.relations(QAccessible.RelationFlag.Label)]


def test_label_check_sees_a_group_title(qtbot):
    """Control: a combo box put straight in a group box is labelled by its title too."""
    from PySide6.QtWidgets import QGroupBox

    group = QGroupBox("How it looks and locks")
    qtbot.addWidget(group)
    combo = QComboBox(group)
    label = QLabel("&Language:", group)
    label.setBuddy(combo)
    assert _labels_of(combo) == ["Language:", "How it looks and locks"]


def test_settings_choices_are_labelled_by_their_own_label_only(qtbot, open_window):
    shell = open_window.shell
    shell.tabs.setCurrentWidget(shell.settings)
    fields = [w for kind in (QComboBox, QSpinBox, QTimeEdit)
              for w in shell.settings.findChildren(kind)]
    assert len(fields) >= 4
    for field in fields:
        labels = _labels_of(field)
        assert len(labels) <= 1, labels
    page = shell.settings
    assert _labels_of(page.language) == ["Language:"]
    assert _labels_of(page.text_size) == ["Text size:"]
    assert _labels_of(page.focus) == ["What would you like to notice more?"]


# -- 7. no double period after a time ------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "es"])
def test_moment_rows_read_no_double_period(qtbot, open_window, ctx, lang):
    from ui.moments.models import EntryListModel, TimelineModel, entry_data
    from ui.plumbing.dates import clock_time

    ctx.languages.switch(lang)
    entry = Entry("connection", datetime(2026, 11, 20, 19, 59), {"child_did": "Pointed."},
                  id=1)
    if lang == "es":
        assert clock_time(entry.happened_at).endswith(".")  # "7:59 p.m.": the case itself
    spoken = entry_data(entry, Qt.ItemDataRole.AccessibleTextRole)
    assert ".." not in spoken and spoken.endswith("Pointed.")
    assert clock_time(entry.happened_at) in spoken
    for model in (EntryListModel(), TimelineModel()):
        model.set_entries([entry])
        text = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
        assert ".." not in text, text
    ctx.languages.switch("en")
