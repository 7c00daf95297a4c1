"""Through the real window: backups in a second place, and "I already have a journal"
on a new computer, by keyboard (issue 20)."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import PASSPHRASE, START, make_window

from journal import Entry
from journal.backups.place import BackupPlace


@pytest.fixture
def stick(tmp_path):
    path = tmp_path / "usb-stick"
    path.mkdir()
    return path


def my_data(qtbot, window):
    shell = window.shell
    shell.tabs.setCurrentWidget(shell.my_data)
    qtbot.waitUntil(lambda: not shell.my_data.working, timeout=10000)  # the daily backup
    return shell.my_data


def test_a_lost_laptop_is_not_a_lost_journal(qtbot, ctx, open_window, stick, data_dir):
    open_window.journal.add_entry(Entry("reflection", START - timedelta(hours=1),
                                        {"body": "She reached for my face and smiled"}))
    page = my_data(qtbot, open_window)
    ctx.dialogs.set_next_answer(str(stick))  # "Also keep backups on…": the stick
    qtbot.mouseClick(page.place.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    (copy,) = [info.path for info in BackupPlace(stick).archives()]
    assert str(stick) in page.place.status.text() and copy.name in page.place.status.text()
    assert "copied to" in page.place.message.text()

    open_window.lock()
    open_window.close()
    shutil.rmtree(data_dir)  # the laptop is gone; the stick is not

    window = make_window(qtbot, ctx)
    assert window.state == "first_run"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    focused = QApplication.focusWidget
    qtbot.keyClick(focused() or window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.bring_home, timeout=5000)
    assert focused() is window.bring_home.file_button
    ctx.dialogs.set_next_answer(str(copy))
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert focused() is window.bring_home.passphrase
    qtbot.keyClicks(focused(), PASSPHRASE)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state == "open", timeout=20000)
    words = [e.text["body"] for e in window.journal.list_entries().entries]
    assert words == ["She reached for my face and smiled"]
    window.lock()


def test_a_copy_that_does_not_open_changes_nothing_and_says_why(qtbot, ctx, open_window,
                                                                 stick, data_dir, tmp_path):
    page = my_data(qtbot, open_window)
    ctx.dialogs.set_next_answer(str(stick))
    qtbot.mouseClick(page.place.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    (copy,) = [info.path for info in BackupPlace(stick).archives()]
    open_window.lock()
    open_window.close()
    shutil.rmtree(data_dir)

    window = make_window(qtbot, ctx)
    window.show_bring_home()
    home = window.bring_home
    ctx.dialogs.set_next_answer(str(copy))
    home.file_button.click()
    home.passphrase.setText("not the passphrase")
    home.open_it()
    qtbot.waitUntil(lambda: not home.working, timeout=20000)
    assert "doesn't open" in home.message.text()
    assert home.message.text() in home.passphrase.accessibleDescription()
    assert not data_dir.exists() or list(data_dir.iterdir()) == []

    bad = tmp_path / "small-moments-2026-01-01.smbackup"
    bad.write_bytes(b"not a backup at all" * 100)
    ctx.dialogs.set_next_answer(str(bad))
    home.file_button.click()
    home.passphrase.setText(PASSPHRASE)
    home.open_it()
    qtbot.waitUntil(lambda: not home.working, timeout=20000)
    assert "isn't a Small Moments backup" in home.message.text()
    assert not data_dir.exists() or list(data_dir.iterdir()) == []
    qtbot.mouseClick(home.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.first_run


def test_a_missing_place_never_blocks_writing(qtbot, ctx, open_window, stick):
    page = my_data(qtbot, open_window)
    ctx.dialogs.set_next_answer(str(stick))
    qtbot.mouseClick(page.place.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    stick.rename(stick.with_name("unplugged"))
    saved = open_window.journal.add_entry(Entry("reflection", START, {"body": "still here"}))
    assert saved.id is not None
    qtbot.mouseClick(page.backups.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "later" in page.backups.backup_message.text(), timeout=20000)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    assert "isn't there right now" in page.place.status.text()
    assert page.backups.backup_button.isEnabled()


def test_a_new_passphrase_reaches_the_second_place_at_once(qtbot, ctx, open_window, stick,
                                                           tmp_path):
    from journal.backups import archive
    from journal.backups.manager import backup_key
    from journal.errors import WrongPassphrase

    page = my_data(qtbot, open_window)
    ctx.dialogs.set_next_answer(str(stick))
    qtbot.mouseClick(page.place.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    settings = open_window.shell.settings
    settings.current.setText(PASSPHRASE)
    settings.fields.passphrase.setText("a new calm phrase")
    settings.fields.confirm.setText("a new calm phrase")
    settings.change_passphrase()
    qtbot.waitUntil(lambda: settings.busy.isHidden(), timeout=10000)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    archives = BackupPlace(stick).archives()
    assert archives
    for n, info in enumerate(archives):
        backup = archive.extract(info.path, tmp_path / f"check-{n}")
        backup_key(backup, "a new calm phrase")
        with pytest.raises(WrongPassphrase):
            backup_key(backup, PASSPHRASE)
