"""The real Qt app, driven through a day's use, run by tests/test_reliability_network.py
inside a network namespace with no interfaces (`unshare -n`) and under `strace`.

Not collected on its own (no test_ prefix): the outer test passes this file to pytest.
After every step, and from a thread polling all the while, it asserts that the process
holds no AF_INET/AF_INET6 socket (/proc/self/net/* of its own, empty namespace; every
socket in /proc/self/fd must be a Unix one) and that no network library is loaded."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_support import *  # noqa: F403 - fixtures
from test_ui_support import back_up_now

INET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6")
NETWORK_LIBS = ("Qt6Network", "libcurl", "libnss_dns", "libresolv")  # TLS alone is not network


def network_now(*, libraries: bool = True) -> list[str]:
    """Every sign of the network in this process right now (empty: none)."""
    found = []
    for table in INET_TABLES:
        path = Path("/proc/self/net") / table
        if path.exists():
            found += [f"{table}: {line.strip()}"
                      for line in path.read_text().splitlines()[1:] if line.strip()]
    unix = {line.split()[6] for line in Path("/proc/self/net/unix").read_text().splitlines()[1:]
            if len(line.split()) > 6}
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # closed meanwhile
        if target.startswith("socket:[") and target[8:-1] not in unix:
            found.append(f"fd {fd}: a socket that is not a Unix one ({target})")
    if libraries:
        maps = Path("/proc/self/maps").read_text()
        found += [f"loaded: {lib}" for lib in NETWORK_LIBS if lib in maps]
    return found


class Watch(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.seen: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.002):  # sockets only: the libraries are checked per step
            self.seen += network_now(libraries=False)


def test_a_days_use_of_the_real_app_touches_no_network(qtbot, open_window, ctx, tmp_path):
    assert os.environ.get("SMALL_MOMENTS_NETLESS") == "1", "run by test_reliability_network"
    watch = Watch()
    watch.start()
    window, shell = open_window, open_window.shell
    steps: list[str] = []

    def step(name: str) -> None:
        steps.append(name)
        assert network_now() == [], f"network after '{name}': {network_now()}"

    today = shell.today
    qtbot.keyClicks(today.editor, "We read together after the bath")
    qtbot.keyClick(today.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    step("write a reflection")
    shell.open_form("connection")
    QTest.keyClicks(shell.form.texts["child_did"], "Reached for me at the park")
    shell.form.share.setChecked(True)
    shell.form.save()
    step("save a moment")
    shell.tabs.setCurrentWidget(shell.timeline)
    qtbot.keyClicks(shell.timeline.search, "park")
    shell.timeline.run_search()
    step("search")
    shell.tabs.setCurrentWidget(shell.my_data)
    shell.my_data.share_button.click()
    wizard = shell.wizard
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.items.loading, timeout=20000)  # read off the UI thread
    wizard.next()
    wizard.notes.know.setPlainText("Sleep is getting better")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.building, timeout=20000)
    step("preview a summary")
    wizard.next()
    (tmp_path / "exports").mkdir()
    ctx.dialogs.set_next_answer(str(tmp_path / "exports" / "summary.pdf"))
    wizard.save.save_pdf.click()
    assert (tmp_path / "exports" / "summary.pdf").stat().st_size > 1000
    step("save the summary")
    back_up_now(qtbot, shell)
    step("back up")
    window.lock()
    step("lock")
    watch.stop.set()
    watch.join()
    assert watch.seen == []
    print("NETLESS STEPS:", ", ".join(steps))
