"""Issue 19 on screen: "Who is opening the journal?" on the unlock screen, and each
caregiver's own settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window, unlock

from journal import Vault
from journal.vault.caregivers import add_caregiver
from journal.vault.kdf import TEST_PARAMS

BEA = "grandma bea walks to the park"


def add_bea(data_dir) -> str:
    return add_caregiver(Vault(data_dir, kdf_params=TEST_PARAMS), "passphrase", PASSPHRASE,
                         "Grandma Bea", BEA)


def reset_with_code(qtbot, window, code: str, words: str) -> None:
    """"Forgot your passphrase?": the recovery code, new words twice; the journal opens."""
    page = window.unlock_page
    qtbot.mouseClick(page.forgot_button, Qt.MouseButton.LeftButton)
    page.code.setText(code)
    page.fields.passphrase.setText(words)
    page.fields.confirm.setText(words)
    page.reset()
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)


def test_with_one_caregiver_nobody_is_asked_who_they_are(qtbot, ctx, made_journal):
    window = make_window(qtbot, ctx)
    assert not window.unlock_page.picker.isVisible()
    unlock(qtbot, window)
    assert window.state == "open"
    assert window.journal.writer == "passphrase"


def test_the_picker_works_by_keyboard_and_remembers_who_came_last(
        qtbot, ctx, made_journal, data_dir, tmp_path):
    bea = add_bea(data_dir)
    window = make_window(qtbot, ctx)
    page = window.unlock_page
    picker = page.picker
    assert picker.isVisible()
    assert picker.box.accessibleName() == "Who is opening the journal"
    assert picker.label.buddy() is picker.box
    assert [picker.box.itemText(i) for i in range(picker.box.count())] == [
        "Caregiver 1", "Grandma Bea"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    assert QApplication.focusWidget() is page.passphrase  # the last one is chosen: type
    QTest.keyClick(page.passphrase, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is picker.box
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert picker.current() == bea
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.passphrase
    QTest.keyClicks(QApplication.focusWidget(), BEA)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    # Alt+W (the label's mnemonic) also reaches the list
    qtbot.waitUntil(lambda: window.state == "open", timeout=10000)
    assert window.journal.writer == bea
    window.lock()
    assert window.unlock_page.picker.current() == bea  # remembered
    settings = (tmp_path / "settings.ini").read_text()
    assert bea in settings and "Grandma" not in settings  # by slot id, never by name
    # her passphrase, with the first caregiver chosen, opens nothing
    picker.box.setCurrentIndex(0)
    unlock(qtbot, window, BEA)
    assert window.state == "locked"
    assert "doesn't open" in page.message.text()


def test_each_caregiver_keeps_their_own_text_size_and_language(
        qtbot, ctx, made_journal, data_dir):
    bea = add_bea(data_dir)
    window = make_window(qtbot, ctx)
    picker = window.unlock_page.picker
    picker.box.setCurrentIndex(picker.box.findData(bea))
    unlock(qtbot, window, BEA)
    window.set_text_size(150)
    window.set_language("es")
    window.lock()
    picker.box.setCurrentIndex(picker.box.findData("passphrase"))
    unlock(qtbot, window)
    assert ctx.prefs.text_size == 100 and ctx.lang == "en"
    window.lock()
    picker.box.setCurrentIndex(picker.box.findData(bea))
    unlock(qtbot, window, BEA)
    assert ctx.prefs.text_size == 150 and ctx.lang == "es"
    window.set_language("en")  # leave the shared app as the other tests expect
    window.lock()


def test_settings_adds_a_caregiver_who_then_opens_with_their_own_passphrase(
        qtbot, open_window, data_dir):
    box = open_window.shell.settings.caregivers
    assert box.people.count() == 1
    assert not box.add_button.isEnabled()
    box.mine.setText(PASSPHRASE)
    box.name.setText("Grandma Bea")
    box.theirs.passphrase.setText(BEA)
    box.theirs.confirm.setText(BEA + " typo")
    assert not box.add_button.isEnabled()  # both boxes must match, as on the first run
    box.theirs.confirm.setText(BEA)
    assert box.add_button.isEnabled()
    assert "not locked" in box.name_hint.text()  # the app says where a name is kept
    box.add()
    qtbot.waitUntil(lambda: box.people.count() == 2, timeout=10000)
    assert "Grandma Bea can now open" in box.message.text()
    assert box.mine.text() == "" and box.theirs.passphrase.text() == ""
    ids = [slot_id for slot_id, _ in Vault(data_dir, kdf_params=TEST_PARAMS).caregivers()]
    from journal.vault import keyfile

    kf = keyfile.load(data_dir / "journal.key")
    assert keyfile.unlock_slot(kf, kf.current, ids[1], BEA) is not None


def test_settings_removes_a_caregiver_and_offers_a_new_key(qtbot, open_window, ctx, data_dir):
    bea = add_bea(data_dir)
    box = open_window.shell.settings.caregivers
    box.refresh()
    assert box.people.count() == 2
    box.people.setCurrentRow(1)
    box.mine.setText(PASSPHRASE)
    ctx.dialogs.set_next_answer(True)  # yes, remove her
    ctx.dialogs.set_next_answer(False)  # no new key this time
    box.remove()
    qtbot.waitUntil(lambda: box.people.count() == 1, timeout=10000)
    from journal.vault import keyfile

    kf = keyfile.load(data_dir / "journal.key")
    assert bea not in kf.current.slots
    assert not box.remove_button.isEnabled()  # the last one stays


def test_this_week_says_who_noted_each_moment_and_the_timeline_filters_by_writer(
        qtbot, ctx, made_journal, data_dir, clock):
    from datetime import timedelta

    from journal import Entry

    bea = add_bea(data_dir)
    when = clock.now() - timedelta(minutes=5)
    with Vault(data_dir, kdf_params=TEST_PARAMS).open(PASSPHRASE) as journal:
        journal.add_entry(Entry("reflection", when, {"body": "We sang in the bath"}))
    with Vault(data_dir, kdf_params=TEST_PARAMS).open(BEA, caregiver=bea) as journal:
        journal.add_entry(Entry("reflection", when, {"body": "Feeding the ducks"}))
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    week = window.shell.today.week_model
    texts = [week.index(row).data() for row in range(week.rowCount())]
    assert any("Grandma Bea noted: Feeding the ducks" in text for text in texts)
    assert any("Caregiver 1 noted: We sang in the bath" in text for text in texts)
    timeline = window.shell.timeline
    window.shell.tabs.setCurrentWidget(timeline)
    assert timeline.writer.isVisible()
    assert timeline.writer.accessibleName() == "Written by"
    timeline.writer.setCurrentIndex(timeline.writer.findData(bea))
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 1, timeout=5000)
    assert "Feeding the ducks" in timeline.model.index(0).data()
    window.lock()


def test_with_one_caregiver_nobody_is_named_and_there_is_no_writer_filter(
        qtbot, open_window):
    timeline = open_window.shell.timeline
    open_window.shell.tabs.setCurrentWidget(timeline)
    assert not timeline.writer.isVisible()
    assert open_window.shell.today.week_model.names == {}


def test_a_caregiver_names_themselves_and_the_lock_screen_shows_it(qtbot, open_window, data_dir):
    add_bea(data_dir)
    box = open_window.shell.settings.caregivers
    box.refresh()
    box.mine.setText(PASSPHRASE)
    box.my_name.setText("Ana")
    box.save_my_name()
    qtbot.waitUntil(lambda: "Saved" in box.message.text(), timeout=10000)
    assert box.people.item(0).text() == "Ana (you)"
    assert open_window.journal.writer_names()["passphrase"] == "Ana"
    open_window.lock()
    picker = open_window.unlock_page.picker
    assert picker.box.itemText(0) == "Ana"


def test_removing_then_yes_gives_the_journal_a_new_key_and_the_others_still_open(
        qtbot, open_window, ctx, data_dir):
    dad = add_caregiver(Vault(data_dir, kdf_params=TEST_PARAMS), "passphrase", PASSPHRASE,
                        "Dad", "dad makes pancakes on sunday")
    bea = add_bea(data_dir)
    old_key = open_window.journal.data_key()
    box = open_window.shell.settings.caregivers
    box.refresh()
    box.people.setCurrentRow([box.people.item(i).data(256) for i in range(3)].index(dad))
    box.mine.setText(PASSPHRASE)
    ctx.dialogs.set_next_answer(True)  # remove him
    ctx.dialogs.set_next_answer(True)  # yes, he could have copied the files: a new key
    box.remove()
    settings = open_window.shell.settings
    qtbot.waitUntil(lambda: not settings.code_view.isHidden(), timeout=20000)  # new code
    assert "new key" in settings.key_message.text()
    assert open_window.journal.data_key() != old_key
    open_window.lock()
    Vault(data_dir, kdf_params=TEST_PARAMS).open(BEA, caregiver=bea).close()


def test_forgot_passphrase_resets_the_chosen_caregivers_own(qtbot, ctx, made_journal, data_dir):
    bea = add_bea(data_dir)
    window = make_window(qtbot, ctx)
    page = window.unlock_page
    page.picker.box.setCurrentIndex(page.picker.box.findData(bea))
    reset_with_code(qtbot, window, made_journal, "bea chose new words")
    assert window.journal.writer == bea
    window.lock()
    vault = Vault(data_dir, kdf_params=TEST_PARAMS)
    vault.open("bea chose new words", caregiver=bea).close()
    vault.open(PASSPHRASE, caregiver="passphrase").close()  # the other one is untouched


def test_when_the_first_caregiver_was_removed_the_one_left_resets_their_own(
        qtbot, ctx, made_journal, data_dir):
    from journal.vault.caregivers import remove_caregiver

    bea = add_bea(data_dir)
    remove_caregiver(Vault(data_dir, kdf_params=TEST_PARAMS), bea, BEA, "passphrase")
    window = make_window(qtbot, ctx)
    page = window.unlock_page
    assert not page.picker.isVisible()
    reset_with_code(qtbot, window, made_journal, "bea chose new words")
    assert window.journal.writer == bea
    window.lock()
    assert [slot_id for slot_id, _ in Vault(data_dir).caregivers()] == [bea]  # no new one
