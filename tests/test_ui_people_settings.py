"""People and village, settings (language live, text size, auto-lock, passphrase, code)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE

from journal import Vault
from journal.vault.kdf import TEST_PARAMS
from ui.village.model import PeopleModel, PersonRole


def test_add_edit_and_remove_people(qtbot, open_window, ctx):
    page = open_window.shell.people
    assert page.empty.isVisible() or page.model.rowCount() == 0
    page.new_person()
    assert page.role.currentData() == "child"
    page.nickname.setText("Bean")
    page.month.setCurrentIndex(6)
    page.year.setValue(2025)
    page.save()
    page.new_person()
    assert page.role.currentData() == "village"
    page.nickname.setText("Abuela Rosa")
    page.help.setPlainText("Sunday dinners")
    page.save()
    journal = open_window.journal
    people = {p.nickname: p for p in journal.list_people()}
    assert people["Bean"].birth_month == "2025-06"
    assert people["Abuela Rosa"].how_they_help == "Sunday dinners"
    assert page.model.rowCount() == 2
    row = page.model.row_of(people["Abuela Rosa"].id)
    page.list.setCurrentIndex(page.model.index(row))
    assert page.nickname.text() == "Abuela Rosa"
    page.help.setPlainText("Sunday dinners and rides")
    page.save()
    assert journal.get_person(people["Abuela Rosa"].id).how_they_help.endswith("rides")
    # the timeline's person filter knows the new people
    timeline = open_window.shell.timeline
    assert timeline.person.findText("Abuela Rosa") >= 0
    ctx.dialogs.set_next_answer(True)
    page.remove()
    assert [p.nickname for p in journal.list_people()] == ["Bean"]


def test_people_model_roles(qtmodeltester, journal):
    from journal import Person

    journal.add_person(Person("caregiver", "Me"))
    model = PeopleModel()
    model.set_people(journal.list_people())
    assert model.index(0).data(PersonRole).nickname == "Me"
    qtmodeltester.check(model, force_py=True)


def test_language_switch_applies_live_and_keeps_typed_text(qtbot, open_window, ctx):
    shell = open_window.shell
    shell.today.editor.setPlainText("words I am typing")
    shell.open_form("connection")
    shell.form.texts["i_did"].setPlainText("I sang")
    english_title = shell.form.title.text()
    shell.settings.language.setCurrentIndex(shell.settings.language.findData("es"))
    assert ctx.prefs.language == "es"
    assert shell.form.title.text() != english_title
    assert shell.form.title.text() == "Un momento de conexión"
    assert shell.tabs.tabText(0) == "&Hoy"
    assert shell.form.routine.chip("bath").text() == "Baño"
    assert shell.today.editor.toPlainText() == "words I am typing"
    assert shell.form.texts["i_did"].toPlainText() == "I sang"
    assert shell.today.prompt_label.text() == shell.today.prompt.text("es")
    shell.settings.language.setCurrentIndex(shell.settings.language.findData("en"))
    assert shell.form.title.text() == english_title


def test_text_size_and_autolock_settings(qtbot, open_window, ctx):
    settings = open_window.shell.settings
    base = QApplication.font().pointSizeF()
    settings.text_size.setCurrentIndex(settings.text_size.findData(150))
    assert QApplication.font().pointSizeF() == base * 1.5
    assert ctx.prefs.text_size == 150
    settings.autolock.setValue(12)
    assert ctx.prefs.autolock_minutes == 12 and open_window.idle.minutes == 12
    text = ctx.prefs.path.read_text()
    assert "language" in text and "12" in text


def test_change_passphrase_and_make_a_new_recovery_code(qtbot, open_window, data_dir, ctx):
    settings = open_window.shell.settings
    settings.current.setText("not it at all")
    settings.fields.passphrase.setText("a new calm phrase")
    settings.fields.confirm.setText("a new calm phrase")
    settings.change_passphrase()
    qtbot.waitUntil(lambda: settings.busy.isHidden(), timeout=10000)
    assert "doesn't open" in settings.key_message.text()
    settings.current.setText(PASSPHRASE)
    settings.change_passphrase()
    qtbot.waitUntil(lambda: settings.busy.isHidden(), timeout=10000)
    assert "changed" in settings.key_message.text()
    vault = Vault(data_dir, kdf_params=TEST_PARAMS)
    vault.open("a new calm phrase").close()
    settings.current.setText("a new calm phrase")
    # the day's first backup runs after unlock; a new code re-wraps its key file too
    qtbot.waitUntil(lambda: not open_window.shell.my_data.working, timeout=30000)
    ctx.dialogs.set_next_answer(False)  # nobody saw the old code: just a new one
    settings.new_recovery_code()
    qtbot.waitUntil(lambda: not settings.code_view.isHidden() or settings.busy.isHidden(),
                    timeout=30000)
    assert not settings.code_view.isHidden(), settings.key_message.text()
    code = settings.code_view.code_label.text()
    settings.code_view.kept.setChecked(True)
    settings.code_done.click()
    assert settings.code_view.code_label.text() == ""
    vault.open_with_recovery(code).close()


def test_about_shows_sources_and_version(open_window):
    about = open_window.shell.settings.about.toPlainText()
    assert "Small Moments" in about and "Serve and return" in about
