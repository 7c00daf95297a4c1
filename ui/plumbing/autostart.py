"""Start at login, quietly into the tray (`--tray`), when the caregiver asks in Settings.

Linux (tested): an XDG autostart entry, $XDG_CONFIG_HOME/autostart/small-moments.desktop
(~/.config when unset), written and removed by the app.
Windows (written, untested here): a value in HKCU\\Software\\Microsoft\\Windows\\
CurrentVersion\\Run. macOS (written; its file is checked on Linux, but never loaded by
launchd here): ~/Library/LaunchAgents/small-moments.plist with RunAtLoad.

The command names only the app, the journal's folder and `--tray`: nothing a caregiver
wrote. Every function takes the platform and environment, so tests use a temporary home.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping
from pathlib import Path

from journal import APP_ID, APP_NAME
from journal.fsutil import atomic_write

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "SmallMoments"


def command(data_dir: Path) -> list[str]:
    """How to start this same app into the tray: the frozen app, or python main.py."""
    if getattr(sys, "frozen", False):
        start = [sys.executable]
    else:
        start = [sys.executable, str(Path(__file__).resolve().parents[2] / "main.py")]
    return [*start, "--data-dir", str(data_dir), "--tray"]


def _desktop_quote(arg: str) -> str:
    """An argument for a .desktop Exec line (freedesktop.org's quoting rules)."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`%="):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$").replace("%", "%%")
    return f'"{escaped}"'


def _home(env: Mapping[str, str]) -> Path:
    return Path(env.get("HOME") or Path.home())


def linux_entry(env: Mapping[str, str] = os.environ) -> Path:
    config = env.get("XDG_CONFIG_HOME") or str(_home(env) / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def mac_agent(env: Mapping[str, str] = os.environ) -> Path:
    return _home(env) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def desktop_entry(args: list[str]) -> str:
    return "\n".join((
        "[Desktop Entry]", "Type=Application", f"Name={APP_NAME}",
        f"Exec={' '.join(_desktop_quote(a) for a in args)}", f"Icon={APP_ID}",
        "Terminal=false", "X-GNOME-Autostart-enabled=true", "NoDisplay=true", ""))


def enable(data_dir: Path, platform: str = sys.platform,
           env: Mapping[str, str] = os.environ) -> None:
    args = command(data_dir)
    if platform.startswith("win"):  # pragma: no cover - untested here (no Windows)
        import subprocess
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, subprocess.list2cmdline(args))
    elif platform == "darwin":
        path = mac_agent(env)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, plistlib.dumps({"Label": APP_ID, "ProgramArguments": args,
                                           "RunAtLoad": True, "ProcessType": "Interactive"}))
    else:
        path = linux_entry(env)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, desktop_entry(args).encode("utf-8"))


def disable(platform: str = sys.platform, env: Mapping[str, str] = os.environ) -> None:
    if platform.startswith("win"):  # pragma: no cover - untested here (no Windows)
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            pass
        return
    path = mac_agent(env) if platform == "darwin" else linux_entry(env)
    path.unlink(missing_ok=True)


def is_enabled(platform: str = sys.platform, env: Mapping[str, str] = os.environ) -> bool:
    if platform.startswith("win"):  # pragma: no cover - untested here (no Windows)
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, RUN_VALUE)
        except FileNotFoundError:
            return False
        return True
    return (mac_agent(env) if platform == "darwin" else linux_entry(env)).is_file()
