"""Build the packaged app: PyInstaller, then the archives a family downloads, then checksums.

    python3 dev.py package [--onefile] [--dist DIR]

Linux: the onedir folder, small-moments-<version>-linux.tar.gz (with install.sh) and
small-moments_<version>_amd64.deb (when dpkg-deb is here). Windows: a .zip of the folder.
macOS: a .zip of Small Moments.app, and a .dmg when hdiutil is here. Every file a family
downloads is listed in SHA256SUMS. Prints the build time and the sizes.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

from journal import APP_ID, __version__  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
PLATFORM = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                        sys.platform)


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


def write_tarball(folder: Path, archive: Path, epoch: int) -> Path:
    """A .tar.gz with sorted names, root ownership and one date, so builds compare."""
    def same_for_everyone(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        return info

    with open(archive, "wb") as raw, \
            gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9,
                          mtime=0) as packed, \
            tarfile.open(fileobj=packed, mode="w", format=tarfile.GNU_FORMAT) as tar:
        tar.add(folder, arcname=folder.name, filter=same_for_everyone)
    return archive


def write_zip(folder: Path, archive: Path) -> Path:
    if shutil.which("ditto"):  # macOS: keeps the .app's symlinks and signatures
        subprocess.check_call(["ditto", "-c", "-k", "--keepParent", str(folder), str(archive)])
        return archive
    made = shutil.make_archive(str(archive.with_suffix("")), "zip", folder.parent, folder.name)
    return Path(made)


def write_checksums(dist: Path, artefacts: list[Path]) -> Path:
    """SHA256SUMS beside the files, in the format `sha256sum -c SHA256SUMS` reads."""
    lines = []
    for path in sorted(artefacts):
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.relative_to(dist).as_posix()}\n")
    sums = dist / "SHA256SUMS"
    sums.write_text("".join(lines))
    return sums


def linux_artefacts(target: Path, dist: Path) -> list[Path]:
    from deb import build_deb, source_epoch
    from elfdeps import keep_only_origin_paths

    add_desktop_files(target)
    cleared = [p for p in sorted(target.rglob("*.so*")) + [target / APP_ID]
               if p.is_file() and not p.is_symlink() and keep_only_origin_paths(p)]
    print(f"library paths of the build machine taken out of {len(cleared)} files")
    made = [write_tarball(target, dist / f"{APP_ID}-{__version__}-linux.tar.gz",
                          source_epoch())]
    if shutil.which("dpkg-deb"):
        deb, rows, depends = build_deb(target, dist, __version__, ROOT / "build")
        for soname, package, how in rows:
            print(f"  needs {soname:26} {package:20} ({how})")
        print(f"Depends: {depends}")
        made.append(deb)
    else:
        print("no dpkg-deb here: no .deb this time (install the dpkg package)")
    return made


def other_artefacts(target: Path, dist: Path) -> list[Path]:
    if PLATFORM == "windows":
        return [write_zip(target, dist / f"{APP_ID}-{__version__}-windows.zip")]
    app = dist / "Small Moments.app"
    made = [write_zip(app, dist / f"{APP_ID}-{__version__}-macos.zip")]
    if shutil.which("hdiutil"):
        dmg = dist / f"{APP_ID}-{__version__}-macos.dmg"
        dmg.unlink(missing_ok=True)
        subprocess.check_call(["hdiutil", "create", "-volname", "Small Moments", "-srcfolder",
                               str(app), "-ov", "-format", "UDZO", str(dmg)])
        made.append(dmg)
    return made


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
        exe = target.with_suffix(".exe") if PLATFORM == "windows" else target
        write_checksums(dist, [exe])
        print(f"onefile: {exe} ({exe.stat().st_size / 1e6:.1f} MB), built in {built:.0f} s")
        return 0
    made = (linux_artefacts if PLATFORM == "linux" else other_artefacts)(target, args.dist)
    sums = write_checksums(args.dist, made)
    print(f"onedir:  {target} ({folder_size(target) / 1e6:.1f} MB on disk)")
    for path in made:
        print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")
    print(f"checksums: {sums} (check with: cd {args.dist} && sha256sum -c SHA256SUMS)")
    for icu in sorted(target.glob("_internal/PySide6/Qt/lib/libicudata.so.*")):
        print(f"ICU data: {icu.name} ({icu.stat().st_size / 1e6:.1f} MB)")
    print(f"built in {time.perf_counter() - start:.0f} s (PyInstaller {built:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
