"""Separate journals on one computer, through the window: the picker on the unlock
screen (by keyboard, named for screen readers, remembers the last one), starting a new
journal there, Settings' new / rename / remove (moved, never deleted), one journal open
per window, the single-instance lock and auto-lock minutes per journal."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, make_window, unlock

from journal import Entry, Vault
from journal.shelf import INDEX_NAME, MAIN, REMOVED, Shelf
from journal.vault.kdf import TEST_PARAMS
from ui.plumbing.instance import JournalSeat
from ui.shell.app import build_context, claim_folder

OTHER = "another quiet evening walk"


def finish_first_run(qtbot, window, passphrase: str = OTHER) -> None:
    page = window.first_run
    page._go(1)
    page.fields.passphrase.setText(passphrase)
    page.fields.confirm.setText(passphrase)
    page.create()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=10000)
    page.code_view.typeback.setText(page.code_view.code_label.text())
    page._code_done()
    page.skip()
    assert window.state == "open"


def second_journal(data_dir, label: str = "Mine", words: str = "bath bubbles"):
    made = Shelf(data_dir).create(label)
    journal, _ = Vault(made.folder, kdf_params=TEST_PARAMS).create(OTHER)
    journal.add_entry(Entry("connection", __import__("datetime").datetime(2026, 11, 19, 8),
                            {"child_did": words}))
    journal.close()
    return made


def test_with_one_journal_only_start_a_new_one_shows(qtbot, ctx, made_journal):
    window = make_window(qtbot, ctx)
    picker = window.picker
    assert picker.isHidden()  # no list of one
    assert picker.new_button.isVisible()
    assert picker.new_button.text().replace("&", "") == "Start a new journal"
    unlock(qtbot, window)
    assert window.state == "open"
    window.lock()


def test_start_a_new_journal_from_the_unlock_screen(qtbot, ctx, made_journal, data_dir):
    window = make_window(qtbot, ctx)
    before = (data_dir / "journal.db").read_bytes()
    qtbot.mouseClick(window.picker.new_button, Qt.MouseButton.LeftButton)
    form = window.picker.form
    assert form.isVisible() and form.field.text() == "Journal 2"
    assert "can see this name" in form.note.text() and "Mine" in form.note.text()
    form.field.setText("   ")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.message.isVisible() and "Type a name" in form.message.text()
    assert form.field.accessibleDescription() == form.message.text()
    form.field.setText("Mine")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert window.state == "first_run" and ctx.journal_id == "j2"
    assert window.first_run.other_button.isVisible()
    finish_first_run(qtbot, window)
    assert (data_dir / "journals" / "j2" / "journal.db").exists()
    assert (data_dir / "journal.db").read_bytes() == before  # the first one untouched
    window.lock()
    assert window.picker.combo.isVisible()
    assert [window.picker.combo.itemText(i) for i in range(2)] == ["Journal 1", "Mine"]


def test_choose_another_journal_goes_back_and_forgets_the_empty_one(
        qtbot, ctx, made_journal, data_dir):
    window = make_window(qtbot, ctx)
    window.picker.start_new()
    window.picker.form.field.setText("Mine")
    window.picker.form.ok_button.click()
    assert window.state == "first_run"
    qtbot.mouseClick(window.first_run.other_button, Qt.MouseButton.LeftButton)
    assert window.state == "locked" and ctx.journal_id == MAIN
    assert not (data_dir / "journals" / "j2").exists()
    assert [j.id for j in Shelf(data_dir).journals()] == [MAIN]
    unlock(qtbot, window)
    assert window.state == "open"
    window.lock()


def test_the_picker_by_keyboard_and_each_journal_its_own_passphrase(
        qtbot, qapp, ctx, made_journal, data_dir, tmp_path):
    second_journal(data_dir)
    window = make_window(qtbot, ctx)
    picker = window.picker
    assert picker.combo.isVisible() and picker.combo.accessibleName() == "Journal"
    assert picker.label.buddy() is picker.combo and "&J" in picker.label.text()
    assert [picker.combo.itemText(i) for i in range(2)] == ["Journal 1", "Mine"]
    window.unlock_page.passphrase.setFocus()
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Tab,
                   Qt.KeyboardModifier.ShiftModifier)  # the list sits just above
    qtbot.waitUntil(lambda: picker.combo.hasFocus())
    qtbot.keyClick(picker.combo, Qt.Key.Key_Down)
    assert ctx.journal_id == "j2" and picker.combo.hasFocus()
    unlock(qtbot, window, PASSPHRASE)  # the first journal's passphrase opens nothing here
    assert window.state == "locked"
    unlock(qtbot, window, OTHER)
    assert window.state == "open" and ctx.data_dir == data_dir / "journals" / "j2"
    texts = [e.text.get("child_did") for e in window.journal.list_entries().entries]
    assert texts == ["bath bubbles"]
    assert window.choose_journal(MAIN) is False  # never while a journal is open
    window.lock()
    # remembered: the next start shows the same journal
    again = build_context(qapp, data_dir, settings_file=tmp_path / "settings.ini",
                          kdf_params=TEST_PARAMS, dialogs=ctx.dialogs)
    assert again.journal_id == "j2" and again.data_dir == data_dir / "journals" / "j2"


def test_each_journal_has_its_own_window_lock(qtbot, ctx, made_journal, data_dir):
    second_journal(data_dir)
    assert claim_folder(ctx) is ctx.seat  # this window holds the first journal
    other = replace(ctx, seat=JournalSeat(), root=data_dir)  # a second window
    try:
        assert not other.seat.take(data_dir)  # never the same journal twice
        assert other.seat.take(data_dir / "journals" / "j2")  # another one is fine
        window = make_window(qtbot, ctx)
        window.picker.combo.setCurrentIndex(1)
        window.picker.combo.activated.emit(1)
        assert ctx.journal_id == MAIN  # it stayed on the first
        assert "open in another window" in window.picker.message.text()
        assert window.picker.combo.currentIndex() == 0
    finally:
        other.seat.release()
        ctx.seat.release()


def test_a_second_window_starts_on_a_journal_that_is_free(qtbot, qapp, ctx, made_journal,
                                                          data_dir, tmp_path):
    second_journal(data_dir)
    assert claim_folder(ctx) is not None  # the first window has the last-used journal
    other = build_context(qapp, data_dir, settings_file=tmp_path / "settings.ini",
                          dialogs=ctx.dialogs, kdf_params=TEST_PARAMS)
    try:
        assert other.journal_id == MAIN  # it would start on the same one...
        assert claim_folder(other) is other.seat
        assert other.journal_id == "j2"  # ...but goes on to the one that is free
        third = build_context(qapp, data_dir, settings_file=tmp_path / "settings.ini",
                              dialogs=ctx.dialogs, kdf_params=TEST_PARAMS)
        assert claim_folder(third) is None  # both taken: said plainly, nothing opened
        assert "already open" in ctx.dialogs.shown[-1].text
    finally:
        other.seat.release()
        ctx.seat.release()


def test_auto_lock_minutes_are_each_journals_own(qtbot, ctx, made_journal, data_dir):
    second_journal(data_dir)
    ctx.prefs.autolock_minutes = 3
    window = make_window(qtbot, ctx)
    window.choose_journal("j2")
    assert ctx.prefs.autolock_minutes == 5  # its own, still the default
    unlock(qtbot, window, OTHER)
    assert window.idle.minutes == 5
    window.shell.settings.autolock.setValue(20)
    assert window.idle.minutes == 20
    window.lock()
    window.choose_journal(MAIN)
    assert ctx.prefs.autolock_minutes == 3
    unlock(qtbot, window)
    assert window.idle.minutes == 3
    window.lock()
    window.choose_journal("j2")
    assert ctx.prefs.autolock_minutes == 20


def test_the_journal_cannot_change_while_an_unlock_is_running(qtbot, ctx, made_journal,
                                                              data_dir):
    second_journal(data_dir)
    window = make_window(qtbot, ctx)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock()
    assert window.unlock_page.working
    assert window.choose_journal("j2") is False and ctx.journal_id == MAIN
    qtbot.waitUntil(lambda: not window.unlock_page.working, timeout=10000)
    assert window.state == "open" and window.journal is not None
    assert ctx.data_dir == data_dir
    window.lock()


# -- Settings: new, rename, remove ---------------------------------------------------------
def test_settings_starts_renames_and_removes_a_journal_moving_it_whole(
        qtbot, open_window, ctx, data_dir):
    box = open_window.shell.settings.journals_box
    assert [box.list.item(i).text() for i in range(box.list.count())] == [
        "Journal 1 (open now)"]
    open_window.shell.tabs.setCurrentWidget(open_window.shell.settings)
    assert not box.remove_button.isEnabled() and box.note.isVisible()  # the open one
    qtbot.mouseClick(box.new_button, Qt.MouseButton.LeftButton)
    assert box.form.isVisible() and box.form.field.text() == "Journal 2"
    assert "not locked" in box.form.note.text()
    box.form.field.setText("Journal 1")
    qtbot.keyClick(box.form.field, Qt.Key.Key_Return)
    assert "Another journal here has that name" in box.form.message.text()
    box.form.field.setText("Mine")
    qtbot.keyClick(box.form.field, Qt.Key.Key_Return)
    assert "lock this journal" in ctx.dialogs.shown[-1].text
    made = Shelf(data_dir).get("j2")
    assert made is not None and made.label == "Mine"
    # set up (as its caregiver would, after locking), then renamed and removed from here
    journal, _ = Vault(made.folder, kdf_params=TEST_PARAMS).create(OTHER)
    journal.close()
    box.fill()
    box.list.setCurrentRow(1)
    assert box.remove_button.isEnabled() and box.note.isHidden()
    box.start_rename()
    box.form.field.setText("Ours too")
    box.form.ok_button.click()
    assert Shelf(data_dir).get("j2").label == "Ours too"
    assert box.list.item(1).text() == "Ours too"
    files = sorted(p.relative_to(made.folder) for p in made.folder.rglob("*"))
    ctx.dialogs.set_next_answer(False)  # "Remove ...?" No: nothing happens
    box.remove_button.click()
    assert made.folder.is_dir()
    ctx.dialogs.set_next_answer(True)
    box.remove_button.click()
    moved = data_dir / REMOVED / "Ours too 2026-11-20"
    assert not made.folder.exists()
    assert sorted(p.relative_to(moved) for p in moved.rglob("*")) == files
    assert str(moved) in ctx.dialogs.shown[-1].text and "Nothing was deleted" in \
        ctx.dialogs.shown[-1].text
    Vault(moved, kdf_params=TEST_PARAMS).open(OTHER).close()  # it still opens, there
    assert box.list.count() == 1


def test_settings_never_removes_the_open_journal_or_one_open_elsewhere(
        qtbot, open_window, ctx, data_dir):
    box = open_window.shell.settings.journals_box
    box.remove()  # the open one is selected: nothing is asked, nothing moves
    assert (data_dir / "journal.db").exists() and not (data_dir / REMOVED).exists()
    made = second_journal(data_dir)
    box.fill()
    box.list.setCurrentRow(1)
    elsewhere = JournalSeat()
    assert elsewhere.take(made.folder)  # another window has it
    try:
        shown = len(ctx.dialogs.shown)
        box.remove()
        assert "open in another window" in ctx.dialogs.shown[shown].text
        assert made.exists()
    finally:
        elsewhere.release()


def test_the_list_of_journals_holds_only_labels(qtbot, open_window, ctx, data_dir):
    box = open_window.shell.settings.journals_box
    box.start_new()
    box.form.field.setText("Mine")
    box.form.ok_button.click()
    text = (data_dir / INDEX_NAME).read_text("utf-8")
    assert "Mine" in text and PASSPHRASE not in text


def test_data_dir_names_the_folder_of_journals_or_one_journal_alone(
        qtbot, qapp, made_journal, data_dir, tmp_path):
    """--data-dir DIR: DIR's own journal is the first; DIR/journals/ holds the others.
    A journal's own folder given alone opens as a folder of one."""
    made = second_journal(data_dir)
    settings = tmp_path / "settings.ini"
    whole = build_context(qapp, data_dir, settings_file=settings, kdf_params=TEST_PARAMS)
    assert [j.id for j in whole.shelf().journals()] == [MAIN, "j2"]
    whole.choose_journal("j2")  # remembered as the last one
    alone = build_context(qapp, made.folder, settings_file=settings, kdf_params=TEST_PARAMS)
    assert alone.journal_id == MAIN and alone.data_dir == made.folder
    alone.vault().open(OTHER).close()
    from main import parse_args

    assert parse_args(["--data-dir", str(made.folder)]).data_dir == made.folder


def closed(journal) -> bool:
    from journal.errors import JournalClosed

    try:
        journal.conn  # noqa: B018
    except JournalClosed:
        return True
    return False


def test_quick_hide_and_auto_lock_close_the_second_journal_too(qtbot, ctx, clock,
                                                              made_journal, data_dir):
    second_journal(data_dir, words="ZQXhiddenwords")
    window = make_window(qtbot, ctx)
    window.choose_journal("j2")
    unlock(qtbot, window, OTHER)
    journal = window.journal
    window.quick_hide()
    assert window.state == "locked" and window.journal is None and closed(journal)
    assert ctx.journal_id == "j2" and window.picker.combo.currentText() == "Mine"
    unlock(qtbot, window, OTHER)
    journal = window.journal
    clock.advance(minutes=ctx.prefs.autolock_minutes + 1)
    window.idle.check()
    assert window.state == "locked" and closed(journal)
    from test_ui_support import flush_deletes, visible_texts

    flush_deletes()
    assert not any("ZQXhiddenwords" in t for t in visible_texts())


def test_a_journal_made_in_settings_is_started_from_the_lock_screen(
        qtbot, open_window, ctx, data_dir):
    window = open_window
    box = window.shell.settings.journals_box
    box.start_new()
    box.form.field.setText("Mine")
    box.form.ok_button.click()
    assert [box.list.item(i).text() for i in range(box.list.count())] == [
        "Journal 1 (open now)", "Mine (not started yet)"]
    window.lock()
    combo = window.picker.combo
    assert window.picker.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Journal 1", "Mine (not started yet)"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert window.state == "first_run" and window.first_run.other_button.isVisible()
    window.first_run.other_button.click()  # not now: it stays on the list
    assert window.state == "locked" and ctx.journal_id == MAIN
    assert Shelf(data_dir).get("j2") is not None
    window.choose_journal("j2")
    finish_first_run(qtbot, window)
    assert ctx.data_dir == data_dir / "journals" / "j2"
    window.lock()
    assert combo.itemText(1) == "Mine"


def test_another_program_holding_one_journal_leaves_the_other_free(qtbot, qapp, ctx,
                                                                   made_journal, data_dir):
    """A real second process holds the first journal's window lock: this window starts
    on the second journal instead, and can't choose the first one."""
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    second_journal(data_dir)
    root = Path(__file__).resolve().parent.parent
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(root)!r})
        from ui.plumbing.instance import InstanceLock
        lock = InstanceLock({str(data_dir)!r})
        print("held" if lock.acquire() else "busy", flush=True)
        sys.stdin.readline()
    """)
    other = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "held"
        assert claim_folder(ctx) is ctx.seat and ctx.journal_id == "j2"
        window = make_window(qtbot, ctx)
        assert window.choose_journal(MAIN) is False and ctx.journal_id == "j2"
        assert "open in another window" in window.picker.message.text()
    finally:
        other.communicate("\n", timeout=30)
        ctx.seat.release()


def test_choosing_another_journal_asks_only_its_own_caregivers(qtbot, ctx, made_journal,
                                                               data_dir):
    """The first journal has two caregivers, the second one: arrowing to the second on
    the list must hide "Who is opening the journal?" (it named the first's people)."""
    from journal.vault.caregivers import add_caregiver

    add_caregiver(Vault(data_dir, kdf_params=TEST_PARAMS), "passphrase", PASSPHRASE,
                  "Grandma Bea", "grandma bea walks to the park")
    second_journal(data_dir)
    window = make_window(qtbot, ctx)
    who = window.unlock_page.picker
    assert who.isVisible()
    window.picker.combo.setFocus()
    qtbot.waitUntil(lambda: window.picker.combo.hasFocus())
    qtbot.keyClick(window.picker.combo, Qt.Key.Key_Down)
    assert ctx.journal_id == "j2"
    assert not who.isVisible()
    unlock(qtbot, window, OTHER)
    assert window.state == "open" and window.journal.writer == "passphrase"
    window.lock()
