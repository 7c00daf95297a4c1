"""Run the real app on the Linux accessibility bus and hear what a screen reader hears.

A session starts, each as our own child process: Xvfb on a free display, a private
D-Bus session bus (the AT-SPI bus launcher and registry are started by it on demand),
tests/support/atspi_recorder.py under Debian's /usr/bin/python3, and the program under
test with Qt's accessibility bridge always on. Keys go in with xdotool; everything the
recorder reports comes back on a queue, so tests wait for events, never for the clock.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RECORDER = Path(__file__).with_name("atspi_recorder.py")
SYSTEM_PYTHON = "/usr/bin/python3"
WAIT = 20.0  # seconds to wait for something that must come (app start, a reply)
STEP = 8.0  # seconds to wait for focus to move after a key; only a trap waits this long

# Debian package -> what the harness needs it for.
A11Y_PACKAGES = {
    "xvfb": "a screen for the app to draw on (Xvfb)",
    "dbus": "a private session bus (dbus-daemon)",
    "at-spi2-core": "the accessibility bus and its registry",
    "python3-pyatspi": "libatspi for Python: the recorder listens like Orca does",
    "xdotool": "key presses",
    # what Qt's xcb screen plugin needs beyond a bare Debian (PySide6 wheels bring Qt only)
    "libxcb-icccm4": "the app's window on the X screen (Qt xcb plugin)",
    "libxcb-keysyms1": "the app's window on the X screen (Qt xcb plugin)",
    "libxcb-cursor0": "the app's window on the X screen (Qt xcb plugin)",
    "libxkbcommon-x11-0": "the app's window on the X screen (Qt xcb plugin)",
}
# Shared libraries the xcb plugin links to -> the Debian package that has them.
_XCB_LIBS = {"libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
             "libxcb-cursor.so.0": "libxcb-cursor0",
             "libxkbcommon-x11.so.0": "libxkbcommon-x11-0"}


def _xcb_missing() -> list[str]:
    """Debian packages for libraries Qt's xcb plugin cannot find (by ldd)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or not shutil.which("ldd"):
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
    return sorted({_XCB_LIBS.get(name, name) for name in lost})


def missing_packages() -> list[str]:
    """The Debian packages the harness needs that this machine lacks."""
    checks = {
        "xvfb": lambda: shutil.which("Xvfb"),
        "dbus": lambda: shutil.which("dbus-daemon"),
        "at-spi2-core": lambda: Path("/usr/libexec/at-spi-bus-launcher").exists(),
        "python3-pyatspi": lambda: Path(SYSTEM_PYTHON).exists() and subprocess.run(
            [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
            capture_output=True).returncode == 0,
        "xdotool": lambda: shutil.which("xdotool"),
    }
    return [name for name, found in checks.items() if not found()] + _xcb_missing()


class HarnessError(AssertionError):
    """Something the screen reader should have heard did not come."""


@dataclass
class Heard:
    """Everything the recorder reported, in order."""

    events: list[dict] = field(default_factory=list)

    def focus(self) -> list[dict]:
        return [e for e in self.events if e["type"] == "focus"]

    def announcements(self) -> list[str]:
        return [e["text"] for e in self.events if e["type"] == "announcement"]


class Session:
    """One running app on its own display and accessibility bus."""

    def __init__(self, workdir: Path, argv: list[str], env: dict[str, str] | None = None):
        self.workdir = workdir
        self.argv = argv
        self.extra_env = env or {}
        self.procs: list[subprocess.Popen] = []
        self.heard = Heard()
        self._lines: queue.Queue[dict] = queue.Queue()
        self._next_id = 0
        self.app: subprocess.Popen | None = None
        self.env: dict[str, str] = {}

    # -- start and stop ---------------------------------------------------------------
    def start(self) -> Session:
        """Start everything; if any part fails, stop what did start, then say why."""
        try:
            return self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self) -> Session:
        runtime = Path(tempfile.mkdtemp(prefix="a11y-", dir="/tmp"))  # short socket paths
        self._runtime = runtime
        env = dict(os.environ)
        for name in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS",
                     "WAYLAND_DISPLAY", "SESSION_MANAGER"):
            env.pop(name, None)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        runtime.chmod(0o700)
        env["DISPLAY"] = self._start_xvfb(env)
        env["DBUS_SESSION_BUS_ADDRESS"] = self._start_dbus(env)
        env["NO_AT_BRIDGE"] = "0"
        env["GTK_A11Y"] = "atspi"
        self.env = env
        self._start_recorder()
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
                       QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", **self.extra_env)
        with open(self.workdir / "app.log", "wb") as log:
            self.app = self._spawn(self.argv, app_env, stdout=subprocess.DEVNULL, stderr=log)
        self._focus_window()
        return self

    def _spawn(self, argv, env, **kw) -> subprocess.Popen:
        proc = subprocess.Popen(argv, env=env, start_new_session=True, **kw)
        self.procs.append(proc)
        return proc

    def _start_xvfb(self, env) -> str:
        read, write = os.pipe()
        self._spawn(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                     "-nolisten", "tcp"],
                    env, pass_fds=(write,), stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise HarnessError("Xvfb did not start")
        return ":" + number

    def _start_dbus(self, env) -> str:
        proc = self._spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        address = proc.stdout.readline().strip()
        if not address:
            raise HarnessError("dbus-daemon did not start")
        return address

    def _start_recorder(self) -> None:
        with open(self.workdir / "recorder.log", "wb") as log:
            self.recorder = self._spawn([SYSTEM_PYTHON, str(RECORDER)], self.env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=log, text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()
        self.expect(lambda e: e["type"] == "ready", what="the recorder to listen",
                    timeout=WAIT)

    def _read(self) -> None:
        for line in self.recorder.stdout:
            try:
                self._lines.put(json.loads(line))
            except ValueError:
                continue
        self._lines.put({"type": "closed"})

    def _focus_window(self) -> None:
        """Give the app's window the keyboard (there is no window manager to do it)."""
        try:
            found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                    str(self.app.pid)], env=self.env, capture_output=True,
                                   text=True, timeout=WAIT)
        except subprocess.TimeoutExpired:
            raise HarnessError("the app showed no window:\n" + self.app_log()) from None
        windows = found.stdout.split()
        if not windows:
            raise HarnessError("the app showed no window:\n" + self.app_log())
        self.window = windows[-1]
        self.xdo("windowfocus", "--sync", self.window)

    def stop(self) -> None:
        if self.app is not None and self.app.poll() is None:
            self.app.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.app.wait(timeout=5)
        for proc in reversed(self.procs):
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if getattr(self, "_runtime", None) is not None:
            shutil.rmtree(self._runtime, ignore_errors=True)

    def __enter__(self) -> Session:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def app_log(self) -> str:
        path = self.workdir / "app.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    # -- listening --------------------------------------------------------------------
    def expect(self, match, *, what: str, timeout: float = WAIT) -> dict:
        """Wait for the next event that `match`es; HarnessError naming `what` if none."""
        while True:
            try:
                event = self._lines.get(timeout=timeout)
            except queue.Empty:
                raise HarnessError(f"no sign of {what} within {timeout:g} s; "
                                   f"last heard: {self.heard.events[-3:]}") from None
            if event["type"] == "closed":
                raise HarnessError(f"the recorder stopped while waiting for {what}")
            if event["type"] != "reply":
                self.heard.events.append(event)
            if match(event):
                return event

    def drain(self) -> list[dict]:
        """Take what has already arrived (nothing is waited for)."""
        out = []
        while True:
            try:
                event = self._lines.get_nowait()
            except queue.Empty:
                return out
            if event["type"] != "reply":
                self.heard.events.append(event)
                out.append(event)

    def ask(self, cmd: str, **args) -> dict:
        self._next_id += 1
        number = self._next_id
        self.recorder.stdin.write(json.dumps({"id": number, "cmd": cmd, **args}) + "\n")
        self.recorder.stdin.flush()
        return self.expect(lambda e: e["type"] == "reply" and e["id"] == number,
                           what=f"a reply to {cmd}")

    def sync(self) -> None:
        """Wait until the app has handled everything so far and we heard what it said."""
        self.ask("sync", pid=self.app.pid)

    def focused(self) -> dict | None:
        return self.ask("focused")["object"]

    def tree(self) -> list[dict]:
        return self.ask("tree", pid=self.app.pid)["nodes"]

    # -- doing ------------------------------------------------------------------------
    def xdo(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=WAIT,
                       capture_output=True)

    def key(self, *keys: str) -> None:
        self.xdo("key", "--delay", "20", *keys)

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", "8", text)

    def press(self, key: str, *, what: str | None = None, timeout: float = WAIT) -> dict:
        """Press `key`, wait for focus to move, and return where it settled.

        Focus may pass through other controls on the way (a screen reader would start
        saying those); the last one is where it lands.
        """
        self.sync()
        self.drain()
        heard = self.heard.focus()
        before = heard[-1]["path"] if heard else None
        self.key(key)
        # A key with Alt or Ctrl may blink the window's focus out and in (xdotool); the
        # control that had focus "gets" it again. Only a move to another control counts.
        landed = self.expect(lambda e: e["type"] == "focus" and e["path"] != before,
                             what=what or f"focus moving after {key}", timeout=timeout)
        self.sync()
        passed = [e for e in self.drain() if e["type"] == "focus"]
        if passed:
            passed[-1]["passed_through"] = [label(landed)] + [label(e) for e in passed[:-1]]
            return passed[-1]
        return landed

    def focus_on(self, name: str, *, key: str = "Tab", limit: int = 60) -> dict:
        """Press `key` until a control called `name` has focus."""
        for _ in range(limit):
            landed = self.press(key, timeout=STEP)
            if landed["name"] == name:
                return landed
        raise HarnessError(f"{key} never reached {name!r}")

    def tab_cycle(self, *, limit: int = 80) -> Cycle:
        """Press Tab from the focused control until focus comes back to it."""
        start = self.focused()
        if start is None:
            raise HarnessError("nothing has focus, so Tab has nowhere to start")
        stops: list[dict] = []
        seen = {start["path"]}
        for _ in range(limit):
            try:
                landed = self.press("Tab", timeout=STEP)
            except HarnessError:
                where = stops[-1] if stops else start
                return Cycle(start, stops, f"Tab does not move on from {label(where)}")
            if landed["path"] == start["path"] or _same_list(start, landed):
                self._same_frame([start, *stops])
                return Cycle(start, stops, None)
            if landed["path"] in seen:
                return Cycle(start, stops, f"Tab goes round {label(landed)} and never "
                                           f"back to {label(start)}")
            seen.add(landed["path"])
            stops.append(landed)
        return Cycle(start, stops, f"{limit} presses of Tab never came back to {label(start)}")

    def _same_frame(self, stops: list[dict]) -> None:
        """Positions from one moment: a scroll area moves what it holds as focus goes
        down, so positions heard along the way are not comparable with each other."""
        now = {node["path"]: node["rect"] for node in self.tree()}
        for stop in stops:
            stop["rect_later"] = now.get(stop["path"], stop["rect"])

    def announced(self, words: str, *, timeout: float = WAIT) -> dict:
        """Wait for an announcement or description change that contains `words`."""
        for event in self.heard.events:
            if event.get("_used"):
                continue
            if _says(event, words):
                event["_used"] = True
                return event
        event = self.expect(lambda e: _says(e, words), what=f"{words!r} said",
                            timeout=timeout)
        event["_used"] = True
        return event


@dataclass
class Cycle:
    """One round of Tab: where it started, each stop, and a trap if there was one."""

    start: dict
    stops: list[dict]
    trap: str | None

    def controls(self) -> list[dict]:
        return [self.start, *self.stops]

    def sequence(self) -> list[str]:
        return [label(stop) for stop in self.controls()]


def spoken_name(obj: dict) -> str:
    """The name a screen reader gives a control.

    A combo box's AT-SPI name is its current value on Linux (Qt), so Orca names it by
    the label it is "labelled by" (the label whose buddy it is).
    """
    if obj["role"] == "combo box":
        return " ".join(obj.get("labelled_by") or []).replace("&", "").strip()
    return obj["name"].strip()


def label(obj: dict) -> str:
    """How a screen reader would name a stop: "push button: Save"."""
    if obj["role"] == "combo box":
        return f"combo box: {spoken_name(obj)} ({obj['name']})"
    return f"{obj['role']}: {obj['name']}"


def _says(event: dict, words: str) -> bool:
    if event["type"] == "announcement":
        return words in event["text"]
    if event["type"] in ("description", "focus"):
        return words in (event.get("description") or "")
    return False


def app_argv(data_dir: Path, lang: str = "en") -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir),
            "--lang", lang]


def _same_list(one: dict, other: dict) -> bool:
    """A list and the row of it that had focus are one Tab stop: Tab into a list lands on
    the list, and a screen reader says the list, then its current row."""
    def holds(item: dict, container: dict) -> bool:
        return container.get("role") in ("list", "table", "tree") and any(
            a.get("role") == container.get("role") and a.get("name") == container.get("name")
            for a in item.get("ancestors") or [])
    return holds(one, other) or holds(other, one)
