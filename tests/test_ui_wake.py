"""Starting Small Moments again brings the open window forward (ui/plumbing/wake.py).

Through real processes: a second start of the app, whose journals another window holds,
asks that window to come forward and ends without a dialog; a journal left open in a
hidden window locks first. The control: with no window to answer, the second start
says "already open" as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import make_window

from ui.plumbing.dialogs import Dialogs
from ui.plumbing.wake import WAKE_NAME, wake_open_window
from ui.shell.app import claim_folder

ROOT = Path(__file__).resolve().parent.parent
ASK = "import sys; sys.path.insert(0, sys.argv[1]); from PySide6.QtCore import " \
      "QCoreApplication; app = QCoreApplication([]); from ui.plumbing.wake import " \
      "wake_open_window; print(wake_open_window(sys.argv[2]))"


def started(args: list[str], home: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)


def test_starting_again_brings_the_open_window_forward(qtbot, ctx, made_journal, data_dir,
                                                        tmp_path):
    seat = claim_folder(ctx)  # this window holds the journal, as the first start does
    assert seat is not None
    try:
        window = make_window(qtbot, ctx)
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized, timeout=5000)
        second = started([str(ROOT / "main.py"), "--data-dir", str(data_dir)], tmp_path)
        try:
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)  # no dialog
        finally:
            if second.poll() is None:  # it waits on "already open": the test failed
                second.kill()
        out, err = second.communicate()
        assert second.returncode == 0, out + err
        assert window.isVisible() and not window.isMinimized()
        assert window.state == "locked"
        assert (data_dir / WAKE_NAME).read_text() != ""  # a token, no words of anyone's
    finally:
        seat.release()


def test_a_journal_left_open_in_a_hidden_window_locks_first(qtbot, open_window, data_dir,
                                                             tmp_path):
    open_window.hide()
    asked = started(["-c", ASK, str(ROOT), str(data_dir)], tmp_path)
    try:
        qtbot.waitUntil(lambda: asked.poll() is not None, timeout=30000)
    finally:
        if asked.poll() is None:
            asked.kill()
    out, err = asked.communicate()
    assert out.strip() == "True", err
    assert open_window.isVisible()
    assert open_window.state == "locked" and open_window.journal is None


def test_control_with_no_window_to_answer_the_second_start_says_already_open(
        qtbot, ctx, made_journal, data_dir, monkeypatch):
    from ui.shell import app as app_module

    made = []

    def headless(**_kw):
        made.append(Dialogs(headless=True))
        return made[-1]

    monkeypatch.setattr(app_module, "Dialogs", headless)
    seat = claim_folder(ctx)  # another window holds the journal, but none watches
    try:
        assert app_module.run(data_dir) == 1
    finally:
        seat.release()
    assert [s.kind for s in made[0].shown] == ["inform"]
    assert "already open" in made[0].shown[0].text
    assert wake_open_window(data_dir, wait_ms=300) is False
