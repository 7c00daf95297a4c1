#!/usr/bin/env python3
"""Set up and run Small Moments with nothing but Python 3.11+.

    python3 dev.py run [app arguments]   create .venv if needed, start the app
    python3 dev.py test [pytest args]    create .venv if needed, ruff check, pytest
    python3 dev.py soak                  the crash tests with 5,000 kills (slow)
    python3 dev.py package               build the app, its .tar.gz, .deb and SHA256SUMS into dist/

The virtual environment is rebuilt when a pinned requirements file changes, so a
fresh clone and an old checkout end up with the same packages.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
LOCKS = {kind: ROOT / "requirements" / f"{kind}.txt" for kind in ("app", "build", "test")}


def _fingerprint(kind: str) -> str:
    digest = hashlib.sha256()
    for path in sorted((ROOT / "requirements").glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{kind}:{digest.hexdigest()}"


def ensure_venv(kind: str) -> None:
    """Create .venv and install the pinned packages for `kind` if not done yet."""
    stamp = VENV / f".installed-{kind}"
    wanted = _fingerprint(kind)
    if stamp.exists() and stamp.read_text() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print(f"Installing pinned {kind} packages into .venv …", flush=True)
    subprocess.check_call(
        [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q",
         "-r", str(LOCKS[kind])]
    )
    stamp.write_text(wanted)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - a clear message on an old Python
        sys.exit("Small Moments needs Python 3.11 or newer.")
    if not argv or argv[0] not in {"run", "test", "soak", "package"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        ensure_venv("app")
        return subprocess.call([str(PYTHON), str(ROOT / "main.py"), *rest])
    if command == "package":
        ensure_venv("build")
        return subprocess.call([str(PYTHON), str(ROOT / "packaging" / "build.py"), *rest],
                               cwd=ROOT)
    ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if command == "soak":
        env["SMALL_MOMENTS_KILLS"] = "5000"
        return subprocess.call([str(PYTHON), "-m", "pytest", "tests/test_reliability_crash.py",
                                *rest], cwd=ROOT, env=env)
    lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", str(ROOT)], cwd=ROOT, env=env)
    tests = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    return lint or tests


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
