"""The gentle nudge in the app: Settings, "kept today", the one notification (no journal
text), clicking it (the unlock screen), the tray, and starting at login."""

from __future__ import annotations

import plistlib
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import START, make_window, unlock, visible_texts

from journal import Entry, Person
from ui.plumbing import autostart
from ui.shell import tray as tray_mod
from ui.shell.tray import open_at_unlock

MARKER = "ZEBRA-7731"


def _settings(window):
    window.shell.tabs.setCurrentIndex(4)
    return window.shell.settings.gentle


def _nudge_due_now(ctx, clock):
    """The nudge on, due at the clock's time, today."""
    ctx.prefs.nudge_on = True
    ctx.prefs.nudge_time = clock.now().time()


def test_settings_start_with_the_nudge_off_and_write_each_choice(qtbot, open_window, ctx):
    box = _settings(open_window)
    assert not box.nudge.isChecked() and not box.time.isEnabled()
    assert box.look_back.isChecked()  # a moment from before: on unless turned off
    box.nudge.setChecked(True)
    assert ctx.prefs.nudge_on and box.time.isEnabled()
    box.time.setTime(QTime(20, 15))
    assert ctx.prefs.nudge_time == time(20, 15)
    box.days[6].setChecked(False)  # no Sunday
    assert ctx.prefs.nudge_days == frozenset(range(6))
    assert open_window.reminder.scheduler.due_at == datetime(2026, 11, 20, 20, 15)
    for widget in (box.look_back, box.nudge, box.time, box.at_login, *box.days):
        assert widget.accessibleName(), widget


def test_the_look_back_switch_turns_todays_card_off(qtbot, open_window):
    from journal.records.lookback import months_before

    day = months_before(START.date(), 1)
    open_window.journal.add_entry(Entry("reflection", datetime.combine(day, START.time()),
                                        {"body": "Peekaboo at the window."}))
    open_window.shell.today.refresh_week()
    card = open_window.shell.today.look_back
    box = _settings(open_window)
    assert not card.isHidden()
    box.look_back.setChecked(False)
    assert card.isHidden()
    box.look_back.setChecked(True)  # control
    assert not card.isHidden()


def test_keeping_a_reflection_means_no_nudge_today(qtbot, open_window, ctx, clock):
    _nudge_due_now(ctx, clock)
    clock.advance(minutes=-1)  # due in a minute
    open_window.reminder.scheduler.reschedule()
    today = open_window.shell.today
    today.editor.setPlainText("We hummed together.")
    today.save_reflection()
    assert ctx.prefs.last_kept_day == START.date()
    clock.advance(minutes=2)
    open_window.reminder.scheduler.check()
    assert open_window.reminder.shown == []


def test_keeping_a_moment_from_the_form_means_no_nudge_today(qtbot, open_window, ctx):
    shell = open_window.shell
    shell.open_form("connection")
    shell.form.texts["child_did"].setPlainText("waved")
    shell.form.save()
    assert ctx.prefs.last_kept_day == START.date()


def test_the_one_notification_holds_no_journal_text(qtbot, ctx, clock, made_journal,
                                                    monkeypatch):
    window = make_window(qtbot, ctx)
    unlock(qtbot, window)
    window.journal.add_person(Person("child", f"Kid{MARKER}"))
    window.journal.add_entry(Entry("reflection", clock.now(), {"body": f"body {MARKER}"}))
    window.journal.set_setting("prompt_focus", "warmth")
    ctx.prefs.last_kept_day = date(2026, 11, 19)  # as if the entries came yesterday
    window.lock()
    _nudge_due_now(ctx, clock)
    window.reminder.scheduler.check()
    assert window.reminder.shown == [("Small Moments", "A small moment today?")]
    assert MARKER not in repr(window.reminder.shown)
    assert MARKER not in Path(ctx.prefs.path).read_text()  # the date only, never words
    # control: the check would see a marker if the words carried one
    monkeypatch.setattr(tray_mod, "nudge_text", lambda: f"hi {MARKER}")
    window.reminder.show_nudge()
    assert MARKER in repr(window.reminder.shown)


def test_only_one_notification_a_day(qtbot, open_window, ctx, clock):
    _nudge_due_now(ctx, clock)
    open_window.reminder.scheduler.check()
    open_window.reminder.scheduler.check()
    clock.advance(hours=2)
    open_window.reminder.scheduler.check()
    assert len(open_window.reminder.shown) == 1


def test_clicking_it_opens_the_window_at_the_unlock_screen(qtbot, open_window):
    open_window.showMinimized()
    open_at_unlock(open_window)
    assert open_window.state == "locked" and open_window.journal is None
    assert open_window.isVisible() and not open_window.isMinimized()
    assert open_window.stack.currentWidget() is open_window.unlock_page
    assert not [t for t in visible_texts() if "We hummed" in t]


def test_clicking_it_while_locked_shows_the_unlock_screen(qtbot, ctx, made_journal):
    window = make_window(qtbot, ctx)
    window.hide()
    open_at_unlock(window)
    assert window.isVisible() and window.state == "locked"
    qtbot.waitUntil(lambda: window.unlock_page.passphrase.hasFocus())


def test_with_a_tray_closing_the_window_keeps_the_nudge_in_the_tray(qtbot, ctx, made_journal,
                                                                    monkeypatch):
    ctx.prefs.nudge_on = True
    from ui.shell.window import MainWindow

    window = MainWindow(ctx, tray_available=True)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    reminder = window.reminder
    assert reminder.tray is not None and reminder.keeps_running()
    assert reminder.tray.toolTip() == "Small Moments"
    assert not QApplication.instance().quitOnLastWindowClosed()
    window.close()
    assert window.state == "locked" and not window.isVisible()  # locked, in the tray
    shown = []
    monkeypatch.setattr(reminder.tray, "showMessage", lambda *a: shown.append(a[:2]))
    reminder.show_nudge()
    assert shown == [("Small Moments", "A small moment today?")]
    reminder.tray.messageClicked.emit()
    assert window.isVisible() and window.state == "locked"
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    window.quit_for_good()  # "Quit" in the icon's menu
    assert not window.isVisible() and not reminder.keeps_running()
    ctx.prefs.nudge_on = False
    reminder.apply()
    assert QApplication.instance().quitOnLastWindowClosed()


def test_without_a_tray_the_nudge_flags_the_window(qtbot, open_window, ctx, clock):
    assert open_window.reminder.tray is None  # offscreen: no tray
    flagged = []
    open_window.reminder.alert.connect(lambda: flagged.append(True))
    _nudge_due_now(ctx, clock)
    open_window.reminder.scheduler.check()
    assert flagged == [True]


# -- starting at login ----------------------------------------------------------------------
def test_start_at_login_writes_and_removes_the_linux_autostart_entry(qtbot, open_window,
                                                                     ctx, monkeypatch):
    box = _settings(open_window)
    box.tray_available = True
    box.at_login.setEnabled(True)
    entry = autostart.linux_entry()
    assert not entry.exists()
    box.at_login.setChecked(True)
    text = entry.read_text()
    assert "[Desktop Entry]" in text and "--tray" in text and str(ctx.data_dir) in text
    assert ctx.prefs.start_in_tray
    box.at_login.setChecked(False)
    assert not entry.exists() and not ctx.prefs.start_in_tray


def test_a_refused_autostart_folder_says_so_and_changes_nothing(qtbot, open_window, ctx,
                                                                monkeypatch):
    box = _settings(open_window)
    box.at_login.setEnabled(True)

    def refuse(*_a, **_k):
        raise PermissionError("no")

    monkeypatch.setattr(autostart, "enable", refuse)
    box.at_login.setChecked(True)
    assert not box.at_login.isChecked() and not ctx.prefs.start_in_tray
    assert not box.message.isHidden() and "Nothing else was changed" in box.message.text()


def test_the_autostart_entry_quotes_a_folder_with_spaces(tmp_path):
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    folder = tmp_path / "My journal $HOME"
    autostart.enable(folder, platform="linux", env=env)
    [exec_line] = [line for line in autostart.linux_entry(env).read_text().splitlines()
                   if line.startswith("Exec=")]
    assert f'"{str(folder).replace("$", chr(92) + "$")}"' in exec_line
    assert exec_line.endswith("--tray")
    assert autostart.is_enabled("linux", env)
    autostart.disable("linux", env)
    assert not autostart.is_enabled("linux", env)


def test_the_macos_launch_agent_is_written_and_removed(tmp_path):
    env = {"HOME": str(tmp_path)}
    autostart.enable(tmp_path / "data", platform="darwin", env=env)
    plist = plistlib.loads(autostart.mac_agent(env).read_bytes())
    assert plist["RunAtLoad"] is True and plist["ProgramArguments"][-1] == "--tray"
    autostart.disable("darwin", env)
    assert not autostart.mac_agent(env).exists()


def test_the_app_starts_into_the_tray_only_when_there_is_one(qtbot, ctx, made_journal):
    import main
    from ui.shell.app import show_window
    from ui.shell.window import MainWindow

    assert main.parse_args(["--tray"]).tray is True
    assert main.parse_args([]).tray is False
    ctx.prefs.start_in_tray = True
    with_tray = MainWindow(ctx, tray_available=True)
    qtbot.addWidget(with_tray)
    show_window(with_tray, tray=True)
    assert not with_tray.isVisible() and with_tray.reminder.keeps_running()
    assert with_tray.state == "locked"
    without = MainWindow(ctx, tray_available=False)  # control: no tray, the window shows
    qtbot.addWidget(without)
    show_window(without, tray=True)
    assert without.isVisible()
    with_tray.reminder.remove()
    ctx.prefs.start_in_tray = False
    with_tray.reminder.apply()


@pytest.mark.parametrize("lang", ["es"])
def test_the_nudge_speaks_spanish(qtbot, ctx, lang):
    from ui.plumbing.nudge import nudge_text

    ctx.languages.switch(lang)
    assert nudge_text() == "¿Un momento pequeño hoy?"
