"""Small things a parent notices (issue 14 §4): plain role words, "Born in" only for a
child with no year guessed, kinder words for people moved out, plain words in My data."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel
from test_ui_support import *  # noqa: F403 - fixtures

from journal import Person
from ui.plumbing.i18n import role_label


# -- My village ---------------------------------------------------------------------------
def test_roles_read_in_plain_family_words(qtbot, open_window):
    labels = [role_label(role) for role in ("child", "caregiver", "village")]
    assert labels[1] == "Family" and "Friend" in labels[2] and "helper" in labels[2]
    page = open_window.shell.people
    shown = [page.role.itemText(i) for i in range(page.role.count())]
    assert not any(word in text for text in shown for word in ("Village", "Caregiver"))


def test_born_in_is_asked_only_for_a_child_and_guesses_no_year(qtbot, open_window):
    page = open_window.shell.people
    page.new_person()
    page.role.setCurrentIndex(page.role.findData("village"))
    assert page.born_row.isHidden() and page.labels[2].isHidden()
    page.role.setCurrentIndex(page.role.findData("child"))
    assert not page.born_row.isHidden() and not page.labels[2].isHidden()
    assert page.year.text().strip() == ""  # empty until chosen
    page.nickname.setText("Bean")
    page.month.setCurrentIndex(3)
    assert page.check() is not None  # a month without a year: ask for the year
    assert page.person().birth_month is None
    page.year.setValue(2024)
    assert page.check() is None and page.person().birth_month == "2024-03"


def test_a_child_with_a_birth_month_shows_it_when_picked(qtbot, open_window):
    journal = open_window.journal
    journal.add_person(Person("child", "Bean", "2023-05"))
    page = open_window.shell.people
    page.reload()
    page.list.setCurrentIndex(page.model.index(0))
    assert page.year.value() == 2023 and page.month.currentIndex() == 5
    page.new_person()
    assert page.year.text().strip() == ""


def test_people_moved_out_have_kinder_words(qtbot, open_window):
    page = open_window.shell.people
    texts = [page.trash_button.text(), page.note.text()]
    page.show_trash()
    texts += [page.intro.text(), page.list.accessibleName()]
    assert not any("took out" in text or "too&k out" in text for text in texts)
    assert any("moved out" in text.replace("&", "") for text in texts)


# -- My data ------------------------------------------------------------------------------
def _my_data(qtbot, open_window):
    shell = open_window.shell
    shell.tabs.setCurrentWidget(shell.my_data)
    qtbot.waitUntil(lambda: not shell.my_data.working, timeout=10000)  # the daily backup
    return shell.my_data


def test_my_data_says_what_each_copy_is_for(qtbot, open_window):
    copies = _my_data(qtbot, open_window).copies
    words = copies.copy_text.text()
    assert "a copy you can open in other apps (JSON)" in words
    assert "easy to read in any text editor (Markdown)" in words
    for button in (copies.json_button, copies.markdown_button):
        label = button.text().replace("&", "").rstrip("\u2026")
        assert label not in ("Save as JSON", "Save as Markdown")
        assert "(" in label  # the format name only in brackets, after plain words


def test_the_other_app_is_named_only_where_bringing_entries_in_is_offered(qtbot, open_window):
    page = _my_data(qtbot, open_window)
    copies = page.copies
    assert "jrnl" in copies.import_text.text()
    widgets = page.findChildren(QLabel) + page.findChildren(QAbstractButton)
    seen = [w.text().replace("&", "") for w in widgets
            if w is not copies.import_text and w is not copies.import_message]
    seen += [box.title() for box in page.findChildren(QGroupBox)]
    assert not [text for text in seen if "jrnl" in text]
    for text in seen:  # a format name never stands alone
        for name in ("JSON", "Markdown"):
            assert name not in text or f"({name})" in text, text
