"""Small things a parent notices (issue 14 §4): plain role words, "Born in" only for a
child with no year guessed, kinder words for people moved out, plain words in My data."""

from __future__ import annotations

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
