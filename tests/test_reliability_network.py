"""The app opens no network connection: a whole self-test run under an audit hook that
stops the process on any attempt, and no module that imports QtNetwork."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GUARD = r"""
import os, socket, sys
NET = {socket.AF_INET, socket.AF_INET6}
def guard(event, args):
    if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        family = getattr(args[0], "family", None)
        if family in NET:
            sys.stderr.write(f"NETWORK ATTEMPT: {event} {args[1:]!r}\n"); sys.stderr.flush()
            os._exit(97)
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        sys.stderr.write(f"NETWORK ATTEMPT: {event} {args!r}\n"); sys.stderr.flush()
        os._exit(97)
    elif event == "socket.__new__" and len(args) > 1 and args[1] in NET:
        sys.stderr.write(f"NETWORK ATTEMPT: socket {args!r}\n"); sys.stderr.flush()
        os._exit(97)
sys.addaudithook(guard)
sys.argv = ["main.py", *sys.argv[1:]]
sys.path.insert(0, os.getcwd())
import runpy
runpy.run_path("main.py", run_name="__main__")
"""


def run_guarded(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", GUARD, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_the_guard_really_stops_a_connection_attempt(tmp_path):
    script = tmp_path / "main.py"
    script.write_text("import socket\nsocket.create_connection(('127.0.0.1', 9))\n")
    env = dict(os.environ)
    result = subprocess.run([sys.executable, "-c", GUARD], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 97 and "NETWORK ATTEMPT" in result.stderr


def test_self_test_end_to_end_opens_no_network_connection():
    result = run_guarded("--self-test")
    assert "NETWORK ATTEMPT" not in result.stderr
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_uses_qtnetwork_or_http_clients():
    offenders = []
    for folder in ("journal", "prompts", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for name in ("QtNetwork", "urllib.request", "http.client", "requests", "socket"):
                if f"import {name}" in text or f"from {name}" in text or \
                        f"PySide6.{name}" in text:
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []
