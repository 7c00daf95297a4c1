"""One frozen build per tree: tests/test_packaging.py builds the app (PyInstaller, the
.tar.gz, the .deb: about a minute on two cores) and lintian reads the .deb (half a minute
more), then keeps both here. A later run on the same inputs (a fresh clone, a change to
tests only) uses the kept build instead of making the same bytes again.

The same inputs: every file git knows of outside tests/ (tests never ship, and
test_the_bundle_carries_no_developer_tools_or_tests checks that), byte for byte, the
Python and every package in its environment with their versions, every Debian package
on this machine with its version (gcc, dpkg, lintian, the libraries the .deb names) and
the environment variables the build reads. Anything else, or no git, means a new build.
SMALL_MOMENTS_FRESH_BUNDLE=1 builds anew all the same. Only the newest build is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the real home, read before any test points HOME at a temporary folder
CACHE = Path(os.environ.get("SMALL_MOMENTS_BUNDLE_CACHE") or
             Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "small-moments-tests")
BUILD_ENV = ("SMALL_MOMENTS_DEB_COMPRESSION", "SOURCE_DATE_EPOCH", "SMALL_MOMENTS_ONEFILE")
SKIPPED = ("tests/",)


def _run(argv: list[str], root: Path = ROOT) -> str | None:
    try:
        done = subprocess.run(argv, cwd=root, capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def inputs_key(env: dict[str, str], root: Path = ROOT) -> str | None:
    """A digest of everything the build reads, or None when it can't be known."""
    if env.get("SMALL_MOMENTS_FRESH_BUNDLE") == "1":
        return None
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                  root)
    if listed is None or not (root / ".git").exists():
        return None
    digest = hashlib.sha256()
    for name in sorted(set(filter(None, listed.split("\0")))):
        if name.startswith(SKIPPED):
            continue
        path = root / name
        digest.update(name.encode() + b"\0")
        if path.is_symlink():
            digest.update(b"link:" + os.readlink(path).encode())
        elif path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
            digest.update(b"x" if os.access(path, os.X_OK) else b"-")
        else:
            digest.update(b"gone")
    packages = sorted(f"{d.metadata['Name']}=={d.version}"
                      for d in importlib.metadata.distributions())
    system = _run(["dpkg-query", "-W", "-f", "${Package}=${Version} ${Status}\\n"]) or ""
    digest.update(json.dumps({
        "python": [sys.version, os.path.realpath(sys.executable)],
        "packages": packages, "system": system, "uname": os.uname().machine,
        "env": {name: env.get(name) for name in BUILD_ENV}}).encode())
    return digest.hexdigest()[:32]


def kept(key: str | None) -> Path | None:
    """The kept build for `key`, if there is a whole one."""
    if key is None:
        return None
    folder = CACHE / key
    return folder if (folder / "complete").is_file() else None


def keep(key: str | None, dist: Path, toc: Path, log: str) -> None:
    """Keep a build that succeeded (its dist folder and PyInstaller's module list); the
    older ones go. A build that failed is never kept."""
    if key is None:
        return
    with contextlib.suppress(OSError):
        CACHE.mkdir(parents=True, exist_ok=True)
        for old in CACHE.iterdir():
            if old.name != key:
                shutil.rmtree(old, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=".new-", dir=CACHE))
        try:
            shutil.copytree(dist, staging / "dist", symlinks=True)
            shutil.copy(toc, staging / "PYZ-00.toc")
            (staging / "build.log").write_text(log)
            (staging / "complete").write_text(key)
            staging.rename(CACHE / key)  # whole or not at all; another run may have won
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def bring_back(folder: Path, dist: Path) -> None:
    """Copy a kept build into this run's dist folder (tests may not change the kept one)."""
    shutil.copytree(folder / "dist", dist, symlinks=True, dirs_exist_ok=True)


def lintian_said(key: str | None) -> dict | None:
    folder = kept(key)
    path = folder / "lintian.json" if folder else None
    if path is None or not path.is_file():
        return None
    return json.loads(path.read_text())


def keep_lintian(key: str | None, out: str, err: str, code: int) -> None:
    folder = kept(key)
    if folder is not None:
        with contextlib.suppress(OSError):
            tmp = folder / ".lintian.json.tmp"
            tmp.write_text(json.dumps({"out": out, "err": err, "code": code}))
            tmp.replace(folder / "lintian.json")
