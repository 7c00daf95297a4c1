"""The app opens no network connection: a whole self-test run under an audit hook that
stops the process on any attempt; the real Qt app, driven through a day's use, in a
network namespace with no interfaces and under strace (every socket the process or Qt
opens, even for a moment); and no module that imports QtNetwork."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


# -- the real Qt app, in a namespace without a network, every socket call traced ------------
def netless(tmp_path: Path, *command: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run `command` with no network (`unshare -n`) under strace; return the result and
    every socket or connect call that was not a local (Unix or netlink) one."""
    lacks = [tool for tool in ("unshare", "strace") if shutil.which(tool) is None]
    if lacks or os.geteuid() != 0:
        message = f"the no-network test needs root and {', '.join(lacks) or 'unshare'}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    log = tmp_path / "strace.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMALL_MOMENTS_NETLESS="1")
    result = subprocess.run(["unshare", "-n", "strace", "-f", "--seccomp-bpf", "-e",
                             "trace=socket,connect,sendto,sendmsg", "-o", str(log), *command],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    calls = [line for line in log.read_text().splitlines()
             if re.search(r"\b(socket|connect|sendto|sendmsg)\(", line)
             and re.search(r"AF_INET6?\b|AF_PACKET", line)]
    return result, calls


def test_the_real_app_opens_no_network_socket_through_a_days_use(tmp_path):
    result, calls = netless(tmp_path, sys.executable, "-m", "pytest", "-q", "-s",
                            "-p", "no:cacheprovider", "tests/support/netless_flow.py")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "NETLESS STEPS: write a reflection" in result.stdout  # the flow really ran
    assert calls == []


def test_control_the_network_checks_see_one_socket(tmp_path):
    """Both checks bite: strace sees an AF_INET socket made for a moment, and the /proc
    check of the flow sees one while it is open."""
    probe = ("import socket, sys; sys.path[:0] = ['tests', '.'];"
             "from tests.support.netless_flow import network_now;"
             "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('0.0.0.0', 0));"
             "print('SEEN', network_now()); s.close()")
    result, calls = netless(tmp_path, sys.executable, "-c", probe)
    assert result.returncode == 0, result.stderr
    assert any("socket(AF_INET" in call for call in calls)
    assert "SEEN ['udp:" in result.stdout
