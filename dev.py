#!/usr/bin/env python3
"""Set up and run Small Moments with nothing but Python 3.11+.

    python3 dev.py run [app arguments]   create .venv if needed, start the app
    python3 dev.py test [pytest args]    create .venv if needed, ruff check, pytest
    python3 dev.py soak                  the crash tests with 5,000 kills and 5,000 power
                                         cuts (slow)
    python3 dev.py package               build the app, its .tar.gz, .deb and SHA256SUMS
                                         into dist/

The virtual environment is rebuilt when a pinned requirements file changes, so a
fresh clone and an old checkout end up with the same packages.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
LOCKS = {kind: ROOT / "requirements" / f"{kind}.txt" for kind in ("app", "build", "test")}
# Debian packages the tests need, and what for. Checked (installed when we may) before
# pytest runs; in CI a missing one is a failure, never a skip.
TEST_PACKAGES = {
    "fuse3": "the power-cut file system of tests/test_reliability_powercut.py (fusermount3, "
             "libfuse3)",
    "strace": "tests/test_reliability_network.py: every socket the real app opens, traced",
    # the accessibility bus (tests/test_a11y_bus.py): the real app, heard as Orca hears it
    "xvfb": "a screen for the app to draw on (Xvfb)",
    "dbus": "a private session bus (dbus-daemon)",
    "at-spi2-core": "the accessibility bus and its registry",
    "python3-pyatspi": "libatspi for Python: the recorder listens like Orca does",
    "xdotool": "key presses on that screen",
    "libxcb-icccm4": "Qt's xcb plugin: the app's window on the X screen",
    "libxcb-keysyms1": "Qt's xcb plugin: the app's window on the X screen",
    "libxcb-cursor0": "Qt's xcb plugin: the app's window on the X screen",
    "libxkbcommon-x11-0": "Qt's xcb plugin: the app's window on the X screen",
    # the summary read as a reader would (tests/test_summary_pdf_reading.py, _scripts.py)
    "poppler-utils": "pdftotext: the PDF's text in reading order",
    "fonts-droid-fallback": "a font with Chinese and Japanese letters, found by fontconfig",
    # the release (tests/test_packaging.py, tests/test_release.py)
    "lintian": "checks the .deb",
    "appstream": "appstreamcli validates the AppStream metadata",
}


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


def _installed(package: str) -> bool:
    found = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                           capture_output=True, text=True)
    return found.returncode == 0 and found.stdout.strip().endswith(" installed")


def ensure_test_packages() -> bool:
    """Check the Debian packages the tests need; as root with apt-get, install the missing
    ones. Otherwise print one line naming them. False if something is still missing."""
    if shutil.which("dpkg-query") is None:
        missing = list(TEST_PACKAGES)  # not Debian: the tests that need them say so
    else:
        missing = [name for name in TEST_PACKAGES if not _installed(name)]
    if missing and os.name != "nt" and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Installing {', '.join(missing)} for the tests …", flush=True)
        quiet = {"stdout": subprocess.DEVNULL, "env": dict(os.environ,
                                                         DEBIAN_FRONTEND="noninteractive")}
        subprocess.call(["apt-get", "update", "-q"], **quiet)
        subprocess.call(["apt-get", "install", "-y", "-q", *missing], **quiet)
        missing = [name for name in missing if not _installed(name)]
    if not Path("/dev/fuse").exists():
        missing.append("/dev/fuse (the FUSE kernel module)")
    if missing:
        strict = os.environ.get("CI") == "true"
        print(f"{'Missing' if strict else 'Skipping what needs'}: {', '.join(missing)} "
              "(install as root: apt-get install " + " ".join(TEST_PACKAGES) + ")", flush=True)
        return not strict
    return True


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
    if not ensure_test_packages():
        return 1  # in CI a missing package is a failure
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if command == "soak":
        env["SMALL_MOMENTS_KILLS"] = "5000"
        env["SMALL_MOMENTS_CUTS"] = "5000"
        return subprocess.call([str(PYTHON), "-m", "pytest", "tests/test_reliability_crash.py",
                                "tests/test_reliability_powercut.py", *rest], cwd=ROOT, env=env)
    lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", str(ROOT)], cwd=ROOT, env=env)
    tests = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
    return lint or tests


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
