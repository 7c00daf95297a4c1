"""My data: full copies only after the not-encrypted warning, bringing entries in (bad
files add nothing), backups made automatically and on demand, and restoring one."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, START, unlock

from journal import Entry
from journal.transfer.export import EXPORT_WARNING

JRNL_SAMPLE = {
    "tags": {"@leo": 1},
    "entries": [
        {"title": "First bath at home with @leo.", "body": "He kicked and splashed.",
         "date": "2024-01-31", "time": "21:14", "starred": False, "tags": ["@leo"]},
        {"title": "Slept four hours in a row!", "body": "", "date": "2024-02-01",
         "time": "06:05", "starred": True, "tags": []},
        {"title": "", "body": "", "date": "2024-02-02", "time": "07:00", "starred": False,
         "tags": []},
    ],
}


@pytest.fixture
def page(qtbot, open_window):
    shell = open_window.shell
    shell.tabs.setCurrentWidget(shell.my_data)
    qtbot.waitUntil(lambda: not shell.my_data.working, timeout=10000)  # the daily backup
    return shell.my_data


def add(journal, words: str, days_ago: int = 1) -> Entry:
    return journal.add_entry(Entry("reflection", START - timedelta(days=days_ago),
                                   {"body": words}))


@pytest.mark.parametrize("kind", ["json", "md"])
def test_a_full_copy_needs_the_warning_first(qtbot, page, open_window, ctx, tmp_path, kind):
    add(open_window.journal, "Grandma came over for tea")
    button = page.copies.json_button if kind == "json" else page.copies.markdown_button
    ctx.dialogs.set_next_answer(False)  # "This copy is not encrypted": no, thanks
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [s.kind for s in ctx.dialogs.shown] == ["ask"]
    assert EXPORT_WARNING["en"] in ctx.dialogs.shown[0].text
    assert not any(tmp_path.glob("copy*"))
    target = tmp_path / "copy"
    ctx.dialogs.set_next_answer(True)
    ctx.dialogs.set_next_answer(str(target))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    saved = tmp_path / f"copy.{kind}"
    qtbot.waitUntil(lambda: not page.working, timeout=10000)
    text = saved.read_text("utf-8")
    assert "Grandma came over for tea" in text
    if kind == "json":
        assert json.loads(text)["format"] == "small-moments-export"
    assert "not encrypted" in page.copies.copy_message.text()
    assert [s.kind for s in ctx.dialogs.shown] == ["ask", "ask", "save_file"]


def test_a_bad_file_says_so_and_adds_nothing(qtbot, page, open_window, ctx, tmp_path):
    journal = open_window.journal
    add(journal, "one")
    bad = tmp_path / "notes.json"
    bad.write_bytes(b"this is not json {")
    ctx.dialogs.set_next_answer(str(bad))
    qtbot.mouseClick(page.copies.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.copies.import_message.isVisible, timeout=10000)
    assert "Nothing was added" in page.copies.import_message.text()
    assert journal.count_entries() == 1
    bad.write_text(json.dumps({"entries": [{"title": 5}]}))
    ctx.dialogs.set_next_answer(str(bad))
    page.copies.bring_in()
    qtbot.waitUntil(lambda: not page.working, timeout=10000)
    assert "Nothing was added" in page.copies.import_message.text()
    assert journal.count_entries() == 1


def test_a_jrnl_file_brings_entries_in(qtbot, page, open_window, ctx, tmp_path):
    journal = open_window.journal
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL_SAMPLE))
    ctx.dialogs.set_next_answer(str(source))
    page.copies.import_button.click()
    qtbot.waitUntil(page.copies.import_message.isVisible, timeout=10000)
    assert page.copies.import_message.text() == "2 entries came in. 1 empty entry was left out."
    assert journal.count_entries() == 2
    assert open_window.shell.timeline.model.rowCount() == 2
    ctx.dialogs.set_next_answer(None)  # changed their mind in the file dialog
    page.copies.import_button.click()
    assert journal.count_entries() == 2


def test_backups_are_made_daily_and_on_demand(qtbot, page, open_window, clock):
    assert page.backups.backups.count() == 1  # made after unlocking
    assert "(newest)" in page.backups.backups.item(0).text()
    assert str(page.backups.manager().folder) in page.backups.folder_label.text()
    clock.advance(minutes=5)
    qtbot.mouseClick(page.backups.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backups.backups.count() == 2, timeout=10000)
    assert "just now" in page.backups.backup_message.text()
    assert "9:05" in page.backups.backups.item(0).text()


def test_restore_sets_the_journal_aside_and_the_backup_opens(qtbot, page, open_window, ctx,
                                                             data_dir):
    journal = open_window.journal
    add(journal, "after the backup")
    page.backups.backups.setCurrentRow(0)
    assert not page.backups.restore_button.isEnabled()  # needs the passphrase
    page.backups.passphrase.setText("not the passphrase")
    page.backups.restore_button.click()
    qtbot.waitUntil(page.backups.backup_message.isVisible, timeout=10000)
    assert "doesn't open this backup" in page.backups.backup_message.text()
    assert open_window.state == "open"
    page.backups.passphrase.setText(PASSPHRASE)
    ctx.dialogs.set_next_answer(False)  # "Restore this backup?": not now
    page.backups.restore_button.click()
    qtbot.waitUntil(lambda: len(ctx.dialogs.shown) == 1, timeout=10000)
    assert open_window.state == "open"
    ctx.dialogs.set_next_answer(True)
    page.backups.restore_button.click()
    qtbot.waitUntil(lambda: open_window.state == "locked"
                    and open_window.unlock_page.isEnabled(), timeout=10000)
    told = ctx.dialogs.shown[-1]
    assert told.kind == "inform" and "set aside" in told.text
    [folder] = (data_dir / "set-aside").iterdir()  # together, with their own names
    assert str(folder) in told.text
    assert {"journal.db", "journal.key"} <= {p.name for p in folder.iterdir()}
    assert all(p.stat().st_size > 0 for p in folder.iterdir() if p.suffix != ".db-shm")
    assert (data_dir / "journal.db").exists()
    unlock(qtbot, open_window)
    assert open_window.state == "open"
    words = [e.text.get("body") for e in open_window.journal.list_entries().entries]
    assert "after the backup" not in words


def test_markdown_copy_writes_photos_beside_it_only_after_the_warning(
        qtbot, page, open_window, ctx, tmp_path):
    from tests import photo_samples

    entry = add(open_window.journal, "Bath time")
    open_window.journal.photos.add(entry.id, photo_samples.tagged_jpeg(), alt="Splash")
    folder = tmp_path / "copy-photos"
    ctx.dialogs.set_next_answer(False)  # not after "no" to the warning
    qtbot.mouseClick(page.copies.markdown_button, Qt.MouseButton.LeftButton)
    assert not folder.exists()
    ctx.dialogs.set_next_answer(True)
    ctx.dialogs.set_next_answer(str(tmp_path / "copy.md"))
    qtbot.mouseClick(page.copies.markdown_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.working, timeout=10000)
    assert f"![Splash](copy-photos/moment-{entry.id}-photo-1.jpg)" in \
        (tmp_path / "copy.md").read_text("utf-8")
    assert [p.name for p in folder.iterdir()] == [f"moment-{entry.id}-photo-1.jpg"]
    page.copies.photos_box.setChecked(False)  # left out when the caregiver says so
    ctx.dialogs.set_next_answer(True)
    ctx.dialogs.set_next_answer(str(tmp_path / "other.json"))
    qtbot.mouseClick(page.copies.json_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.working, timeout=10000)
    data = json.loads((tmp_path / "other.json").read_text("utf-8"))
    assert data["photos_left_out"] is True and not (tmp_path / "other-photos").exists()
