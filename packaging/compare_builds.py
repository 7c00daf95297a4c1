"""Compare two builds of the same commit: the same files, and sizes within a small margin.

    python3 packaging/compare_builds.py DIST_A DIST_B [--margin 0.01]

Looks at the onedir folder, every archive (.tar.gz, .deb, .zip) member by member, and the
archives' own sizes. Prints each difference and a last line with the count; exits 1 if
any file is missing on one side or differs in size by more than the margin.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path


def folder_listing(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_size
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def archive_listing(path: Path) -> dict[str, int]:
    if path.name.endswith(".tar.gz"):
        with tarfile.open(path) as tar:
            return {m.name: m.size for m in tar.getmembers() if m.isfile()}
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return {i.filename: i.file_size for i in archive.infolist() if not i.is_dir()}
    if path.suffix == ".deb":
        out = subprocess.run(["dpkg-deb", "-c", str(path)], capture_output=True, text=True,
                             check=True).stdout
        rows = {}
        for line in out.splitlines():
            parts = line.split(maxsplit=5)
            if parts and parts[0].startswith("-"):
                rows[parts[5]] = int(parts[2])
        return rows
    return {}


def build_listing(dist: Path) -> dict[str, dict[str, int]]:
    """{what: {name: size}} for the onedir folder, each archive's members, the archives."""
    found = {"artefacts": {}}
    for path in sorted(dist.iterdir()):
        if path.is_dir() and (path / path.name).exists():
            found[f"{path.name}/"] = folder_listing(path)
        elif path.is_file():
            found["artefacts"][path.name] = path.stat().st_size
            if members := archive_listing(path):
                found[path.name] = members
    return found


def compare(a: dict[str, dict[str, int]], b: dict[str, dict[str, int]],
            margin: float) -> tuple[list[str], list[str]]:
    """(differences beyond the margin, small size changes within it)."""
    problems, small = [], []
    for what in sorted(set(a) | set(b)):
        left, right = a.get(what, {}), b.get(what, {})
        for name in sorted(set(left) - set(right)):
            problems.append(f"{what}: {name} only in the first build")
        for name in sorted(set(right) - set(left)):
            problems.append(f"{what}: {name} only in the second build")
        for name in sorted(set(left) & set(right)):
            one, two = left[name], right[name]
            if one == two:
                continue
            line = f"{what}: {name} {one:,} -> {two:,} bytes ({(two - one) / max(one, 1):+.2%})"
            (problems if abs(two - one) > margin * max(one, two) else small).append(line)
    return problems, small


def other_bytes(first: Path, second: Path, left: dict[str, int],
                right: dict[str, int]) -> list[str]:
    return [name for name in sorted(set(left) & set(right)) if left[name] == right[name]
            and (first / name).read_bytes() != (second / name).read_bytes()]


def same_bytes(a: Path, b: Path) -> list[str]:
    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    return [p.name for p in sorted(a.iterdir()) if p.is_file() and (b / p.name).is_file()
            and digest(p) == digest(b / p.name)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--margin", type=float, default=0.01,
                        help="largest size change allowed, as a fraction (default 0.01)")
    args = parser.parse_args(argv)
    a, b = build_listing(args.first), build_listing(args.second)
    problems, small = compare(a, b, args.margin)
    for what in sorted(set(a) & set(b)):
        print(f"{what}: {len(a[what])} files / {len(b[what])} files")
    for line in small:
        print(f"within the margin: {line}")
    for line in problems:
        print(f"DIFFERENT: {line}")
    for what in sorted(set(a) & set(b)):
        if what.endswith("/"):  # the onedir folder: which equal-sized files differ in bytes
            other = other_bytes(args.first / what, args.second / what, a[what], b[what])
            print(f"{what}: same size, other bytes: {', '.join(other[:10]) or 'none'}"
                  + (f" and {len(other) - 10} more" if len(other) > 10 else ""))
    identical = same_bytes(args.first, args.second)
    print(f"byte-identical artefacts: {', '.join(identical) or 'none'}")
    print(f"{len(problems)} difference(s) beyond {args.margin:.0%}, {len(small)} within it")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
