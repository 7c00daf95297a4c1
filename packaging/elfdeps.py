"""Read what a 64-bit little-endian ELF file links to, without binutils.

elf_needed(path)    its DT_NEEDED sonames (None when the file is not such an ELF file)
glibc_floor(paths)  the newest GLIBC_x.y symbol version any of them asks libc6 for
"""

from __future__ import annotations

import struct
from pathlib import Path

SHT_DYNAMIC, SHT_GNU_VERNEED = 6, 0x6FFFFFFE
DT_NEEDED = 1
LIBC6 = {"libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1",
         "libutil.so.1", "ld-linux-x86-64.so.2"}


def _sections(raw: bytes) -> list[tuple[int, int, int, int]] | None:
    """[(type, offset, size, link)] of every section, or None if not ELF64 LE."""
    if raw[:4] != b"\x7fELF" or raw[4] != 2 or raw[5] != 1:
        return None
    shoff, = struct.unpack_from("<Q", raw, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", raw, 0x3A)
    sections = []
    for index in range(shnum):
        base = shoff + index * shentsize
        if base + 64 > len(raw):
            return None
        kind, = struct.unpack_from("<I", raw, base + 4)
        offset, size, link = struct.unpack_from("<QQI", raw, base + 0x18)
        sections.append((kind, offset, size, link))
    return sections


def _string(raw: bytes, table: tuple[int, int, int, int], at: int) -> str:
    start = table[1] + at
    return raw[start:raw.index(b"\0", start)].decode("ascii", "replace")


def _read(path: Path) -> bytes | None:
    with open(path, "rb") as handle:
        if handle.read(4) != b"\x7fELF":
            return None
        return b"\x7fELF" + handle.read()


def elf_needed(path: Path) -> list[str] | None:
    raw = _read(path)
    sections = _sections(raw) if raw else None
    if sections is None:
        return None
    names = []
    for kind, offset, size, link in sections:
        if kind != SHT_DYNAMIC:
            continue
        for at in range(offset, offset + size - 15, 16):
            tag, value = struct.unpack_from("<qQ", raw, at)
            if tag == DT_NEEDED:
                names.append(_string(raw, sections[link], value))
    return names


def glibc_versions(path: Path) -> set[tuple[int, ...]]:
    """The GLIBC_x.y versions the file's symbol-version needs ask libc6's libraries for."""
    raw = _read(path)
    sections = _sections(raw) if raw else None
    found: set[tuple[int, ...]] = set()
    for kind, offset, _size, link in sections or []:
        if kind != SHT_GNU_VERNEED:
            continue
        strings, at = sections[link], offset
        while True:
            _, count, file_at, aux, following = struct.unpack_from("<HHIII", raw, at)
            library = _string(raw, strings, file_at)
            entry = at + aux
            for _ in range(count):
                _, _, _, name_at, next_aux = struct.unpack_from("<IHHII", raw, entry)
                name = _string(raw, strings, name_at)
                if library in LIBC6 and name.startswith("GLIBC_2"):
                    found.add(tuple(int(part) for part in name[6:].split(".")))
                entry += next_aux
            if not following:
                break
            at += following
    return found


def glibc_floor(paths: list[Path]) -> str | None:
    versions = set().union(*(glibc_versions(path) for path in paths)) if paths else set()
    return ".".join(map(str, max(versions))) if versions else None


DT_RPATH, DT_RUNPATH = 15, 29


def _search_paths(raw: bytes, sections) -> list[tuple[int, int, str]]:
    """[(file offset, length, text)] of each RPATH/RUNPATH string."""
    found = []
    for kind, offset, size, link in sections:
        if kind != SHT_DYNAMIC:
            continue
        for at in range(offset, offset + size - 15, 16):
            tag, value = struct.unpack_from("<qQ", raw, at)
            if tag in (DT_RPATH, DT_RUNPATH):
                text = _string(raw, sections[link], value)
                found.append((sections[link][1] + value, len(text), text))
    return found


def search_paths(path: Path) -> list[str]:
    raw = _read(path)
    sections = _sections(raw) if raw else None
    return [text for _, _, text in _search_paths(raw, sections)] if sections else []


def keep_only_origin_paths(path: Path) -> bool:
    """Rewrite RPATH/RUNPATH entries that name a folder of the build machine (such as
    /root/.pyenv/versions/3.11.7/lib) to the $ORIGIN ones, or to $ORIGIN alone, in place.
    The new string is never longer, so it fits where the old one was. True if changed."""
    raw = _read(path)
    sections = _sections(raw) if raw else None
    if not sections:
        return False
    edits = []
    for at, length, text in _search_paths(raw, sections):
        parts = [part for part in text.split(":") if part.startswith("$ORIGIN")]
        new = ":".join(parts) or "$ORIGIN"
        if new != text:
            edits.append((at, new.encode().ljust(length, b"\0")))
    if edits:
        with open(path, "r+b") as handle:
            for at, data in edits:
                handle.seek(at)
                handle.write(data)
    return bool(edits)
