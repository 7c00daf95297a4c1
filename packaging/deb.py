"""Build small-moments_<version>_amd64.deb from the onedir bundle, with dpkg-deb only.

    python3 packaging/deb.py dist/small-moments dist      (build.py calls build_deb)

The app goes to /opt/small-moments, a launcher to /usr/bin, the menu entry, icons and
AppStream metadata to /usr/share. `Depends:` names the Debian package of every system
library the bundle links to (its DT_NEEDED entries) but does not carry: found with
`dpkg -S` when the library is installed here, else from FALLBACK_PACKAGES below.
Nothing is downloaded. Installing, updating and removing never touch a journal.

Compressed with xz -6 like Debian's own packages; SMALL_MOMENTS_DEB_COMPRESSION=gzip:1
(dpkg-deb's -Z type and -z level) trades size for speed, as the test suite does.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from debmeta import (  # noqa: E402
    MAINTAINER,
    changelog_entries,
    control_text,
    copyright_text,
    debian_changelog,
    metainfo_with_releases,
)
from elfdeps import elf_needed, glibc_floor  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "small-moments"
METAINFO_ID = "org.smallmoments.SmallMoments"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PER_USER_ONLY = ("install.sh", "uninstall.sh", "share")  # the .tar.gz's own installer

# When a library is not installed on the build machine, dpkg cannot say which package
# holds it. These are the Debian 12 / Ubuntu 22.04+ package names for the libraries the
# Qt platform plugins (xcb, wayland) and Python's extensions link to.
FALLBACK_PACKAGES = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6", "librt.so.1": "libc6", "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6", "libgcc_s.so.1": "libgcc-s1",
    "libstdc++.so.6": "libstdc++6", "libz.so.1": "zlib1g",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0", "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libSM.so.6": "libsm6", "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libdbus-1.so.3": "libdbus-1-3",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0":
    "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1",
}


def ldconfig_paths() -> dict[str, str]:
    """soname -> path of the 64-bit library the dynamic linker would load."""
    try:
        out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    found: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+) \((.*)\) => (\S+)", line)
        if match and "x86-64" in match.group(2):
            found.setdefault(match.group(1), match.group(3))
    return found


def dpkg_owner(path: str) -> str | None:
    """The package that installed `path`, trying the /lib and /usr/lib spellings."""
    real = os.path.realpath(path)
    candidates = [path, real]
    for one in (path, real):
        if one.startswith("/usr/lib/"):
            candidates.append(one[len("/usr"):])
        elif one.startswith("/lib/"):
            candidates.append("/usr" + one)
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0 and ":" in result.stdout:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def bundle_needs(bundle: Path) -> tuple[list[str], list[Path]]:
    """Sonames some ELF file of the bundle links to that the bundle does not carry."""
    carried = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    elves = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and (names := elf_needed(path)) is not None:
            elves.append(path)
            needed.update(names)
    return sorted(needed - carried), elves


def resolve_depends(sonames: list[str], owner=dpkg_owner, paths=None) -> list[tuple]:
    """[(soname, package, how)] with how = 'dpkg -S <path>' or 'fallback table'."""
    paths = ldconfig_paths() if paths is None else paths
    rows = []
    for soname in sonames:
        package = owner(paths[soname]) if soname in paths else None
        if package:
            rows.append((soname, package, f"dpkg -S {paths[soname]}"))
        elif soname in FALLBACK_PACKAGES:
            rows.append((soname, FALLBACK_PACKAGES[soname], "fallback table (not installed here)"))
        else:
            raise SystemExit(f"deb: no Debian package known for {soname}: install it on this "
                             "machine or add it to FALLBACK_PACKAGES in packaging/deb.py")
    return rows


def depends_line(rows: list[tuple], glibc: str | None) -> str:
    packages = sorted({package.split(":")[0] for _, package, _ in rows})
    return ", ".join(f"{p} (>= {glibc})" if p == "libc6" and glibc else p for p in packages)


def link_or_copy(source: str, target: str) -> None:
    """A hard link saves copying 140 MB (the modes and dates set below are fine for the
    bundle too); a copy when the two folders are on different disks."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def validate_metainfo(path: Path) -> None:
    """appstreamcli validate, when it is installed; a build with invalid metadata stops."""
    if not shutil.which("appstreamcli"):
        print("deb: appstreamcli is not installed: AppStream metadata not validated")
        return
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"deb: AppStream metadata is not valid:\n{result.stdout}")
    print(f"deb: AppStream metadata valid ({result.stdout.strip().splitlines()[-1]})")


def write_gzip(path: Path, data: bytes) -> None:
    """gzip -9n: no name and no date inside, so two builds give the same bytes."""
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                                compresslevel=9, mtime=0) as out:
        out.write(data)


def stage_tree(bundle: Path, stage: Path, version: str, epoch: int) -> None:
    """Lay out the package's files under `stage` with Debian's modes."""
    opt = stage / "opt" / APP_ID
    shutil.copytree(bundle, opt, symlinks=True, copy_function=link_or_copy,
                    ignore=lambda folder, names: [n for n in names if Path(folder) == bundle
                                                  and n in PER_USER_ONLY])
    share = stage / "usr" / "share"
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{APP_ID}/{APP_ID}", stage / "usr" / "bin" / APP_ID)
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.desktop", share / "applications")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(LINUX / "icons" / f"{APP_ID}-{size}.png", folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "ui" / "icons" / f"{APP_ID}.svg", scalable)
    (share / "metainfo").mkdir()
    entries = changelog_entries((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    (share / "metainfo" / f"{METAINFO_ID}.metainfo.xml").write_text(metainfo_with_releases(
        (LINUX / f"{METAINFO_ID}.metainfo.xml").read_text(encoding="utf-8"), entries),
        encoding="utf-8")
    validate_metainfo(share / "metainfo" / f"{METAINFO_ID}.metainfo.xml")
    doc = share / "doc" / APP_ID
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    write_gzip(doc / "changelog.gz", debian_changelog(entries, version).encode())
    manual = (LINUX / f"{APP_ID}.1").read_text(encoding="utf-8")
    manual = manual.replace("@VERSION@", version).replace("@DATE@", entries[0][1])
    (share / "man" / "man1").mkdir(parents=True)
    write_gzip(share / "man" / "man1" / f"{APP_ID}.1.gz", manual.encode())
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy(LINUX / "lintian-overrides", overrides / APP_ID)
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path == opt / APP_ID or (path.stat().st_mode & 0o111 and ".so" not in
                                                  path.name and path.suffix != ".py")
            path.chmod(0o755 if executable else 0o644)
    for path in [stage, *stage.rglob("*")]:
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def write_control(stage: Path, version: str, depends: str) -> None:
    files = sorted(p for p in stage.rglob("*") if p.is_file() and not p.is_symlink())
    installed_kb = sum((p.stat().st_size + 1023) // 1024 for p in files) + len(files) // 8
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(control_text(version, depends, installed_kb))
    sums = "".join(f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(stage)}\n"
                   for p in files)
    (control / "md5sums").write_text(sums)
    postrm = control / "postrm"
    shutil.copy(LINUX / "postrm", postrm)
    for path in control.iterdir():
        path.chmod(0o755 if path.name == "postrm" else 0o644)


def source_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT,
                            capture_output=True, text=True)
    text = result.stdout.strip()
    return int(text) if result.returncode == 0 and text.isdigit() else 0


def build_deb(bundle: Path, dist: Path, version: str, work: Path) -> tuple[Path, list, str]:
    """Build the .deb; returns (path, [(soname, package, how)], Depends line)."""
    sonames, elves = bundle_needs(bundle)
    rows = resolve_depends(sonames)
    depends = depends_line(rows, glibc_floor(elves))
    epoch = source_epoch()
    stage = work / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    stage_tree(bundle, stage, version, epoch)
    write_control(stage, version, depends)
    os.utime(stage / "DEBIAN", (epoch, epoch))
    out = dist / f"{APP_ID}_{version}_amd64.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    kind, _, level = os.environ.get("SMALL_MOMENTS_DEB_COMPRESSION", "xz:6").partition(":")
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{kind}", f"-z{level or 6}",
                    "--threads-max=2", "--build", str(stage), str(out)], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(stage, ignore_errors=True)
    return out, rows, depends


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from journal import __version__

    bundle, dist = Path(argv[0]), Path(argv[1])
    out, rows, depends = build_deb(bundle, dist, __version__, ROOT / "build")
    for soname, package, how in rows:
        print(f"  {soname:28} {package:22} {how}")
    print(f"deb: {out}\nDepends: {depends}\nMaintainer: {MAINTAINER}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
