"""Build the packaged app: PyInstaller, then the Linux desktop files, then a .tar.gz.

    python3 dev.py package [--onefile] [--dist DIR]

Prints the build time and the sizes the budget speaks of (onedir on disk, .tar.gz).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal import APP_ID, __version__  # noqa: E402

LINUX = ROOT / "packaging" / "linux"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def add_desktop_files(bundle: Path) -> None:
    """The launcher, icons and per-user install scripts, beside the executable."""
    share = bundle / "share"
    (share / "icons").mkdir(parents=True, exist_ok=True)
    shutil.copy(LINUX / f"{APP_ID}.desktop", share)
    for icon in (LINUX / "icons").glob("*.png"):
        shutil.copy(icon, share / "icons")
    shutil.copy(ROOT / "ui" / "icons" / f"{APP_ID}.svg", share / "icons")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, bundle)
        os.chmod(bundle / script, 0o755)


def build(dist: Path, work: Path, onefile: bool) -> Path:
    env = dict(os.environ, SMALL_MOMENTS_ONEFILE="1" if onefile else "0")
    subprocess.check_call(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work),
         str(ROOT / "packaging" / "small_moments.spec")], cwd=ROOT, env=env)
    return dist / APP_ID


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--onefile", action="store_true", help="one executable file")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    dist = args.dist / "onefile" if args.onefile else args.dist
    target = build(dist, ROOT / "build" / "pyinstaller", args.onefile)
    built = time.perf_counter() - start
    if args.onefile:
        print(f"onefile: {target} ({target.stat().st_size / 1e6:.1f} MB), "
              f"built in {built:.0f} s")
        return 0
    if sys.platform.startswith("linux"):
        add_desktop_files(target)
    archive = args.dist / f"{APP_ID}-{__version__}-{sys.platform}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(target, arcname=APP_ID)
    print(f"onedir:  {target} ({folder_size(target) / 1e6:.1f} MB on disk)")
    print(f"archive: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    for icu in sorted(target.glob("_internal/PySide6/Qt/lib/libicudata.so.*")):
        print(f"ICU data: {icu.name} ({icu.stat().st_size / 1e6:.1f} MB)")
    print(f"built in {built:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
