"""Build a slim ICU data library for the Linux bundle (stdlib + gcc only).

    python3 packaging/slim_icu.py [--src LIB] [--out-dir DIR] [--list]

PySide6 ships Qt's ICU with all of its data compiled into libicudata.so.73 (31 MB):
one exported symbol, `icudt73_dat`, holding an ICU "common data" package (a
UDataHeader, then a table of contents: a uint32 count, `count` pairs of uint32
offsets (name, data) counted from the table's start, the names, then the items, each
16-byte aligned; see ICU's common/ucmndata.cpp and tools/toolutil/package.cpp).

This script copies that package keeping only what an English/Spanish desktop app can
need, byte for byte and in the same (sorted) order, and wraps it in a new library with
the same SONAME that exports the same symbol. libicuuc never notices the difference:
it looks items up by name in the table of contents, and an item that is not there is
handled like any missing locale (ICU falls back to the parent locale, then root).

What Qt uses ICU for (libQt6Core imports u_strTo{Upper,Lower}, ucal_*, ucnv_*, ucol_*
and nothing else): locale case mapping (built into libicuuc), time zone names and IDs,
collation, and text codecs beyond UTF-*/Latin-1. What is kept, see `keep()`:

* every item that is not locale data: supplementalData, likelySubtags, metaZones,
  timezoneTypes, windowsZones, zoneinfo64, plurals, dayPeriods, numberingSystems,
  grammaticalFeatures, units, cnvalias, unames, normalization (nfkc, nfkc_cf, uts46),
  StringPrep profiles, confusables, the UCA root collation (coll/ucadata.icu), the
  pool bundles and res_index of every tree, the break rules (brkitr/*.brk);
* locale data (in every tree: main, coll, zone, curr, lang, region, unit, rbnf,
  brkitr, translit) for root, en, en_* and es, es_* (all regions and variants);
* the 139 single-byte converters (Windows, ISO-8859, Mac, DOS and EBCDIC code pages:
  ~3 KB each). UTF-8/16/32, US-ASCII, ISO-8859-1, UTF-7, SCSU, BOCU-1 and ISO-2022
  need no table at all.

Dropped: locale data for every other language; the break-iterator dictionaries for
Chinese/Japanese, Thai, Lao, Khmer and Burmese (Latin-script text never uses them, and
ICU falls back to plain rules without them); the multi-byte converter tables (Chinese,
Japanese, Korean and Taiwanese code pages, GB 18030, LMBCS, X11 compound text).

The result is cached: build/icu/libicudata.so.73 is rebuilt only when the input
library or this script changes. Without gcc (or with an ICU library this script does
not understand) `slim_library()` warns and returns None, and the caller keeps the
full library: the build still works, only bigger.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "build" / "icu"
KEEP_LANGUAGES = {"root", "en", "es"}
# Locale data in every tree: a file named after a locale ID (language, then _…)
LOCALE_ITEM = re.compile(r"^(?P<lang>[a-z]{2,3}|root)(_[A-Za-z0-9_]*)?\.res$")
NOT_LOCALES = {"res_index.res", "pool.res"}
DROP_DICTIONARIES = {"cjdict.dict", "thaidict.dict", "laodict.dict", "khmerdict.dict",
                     "burmesedict.dict"}
SYMBOL = re.compile(rb"^icudt\d+_dat$")
DT_SONAME = 14
SHT_SYMTAB, SHT_DYNSYM, SHT_DYNAMIC = 2, 11, 6


class NotICUData(ValueError):
    """The input is not the kind of ICU data library this script understands."""


# ---- ELF: find the data symbol and the SONAME -------------------------------------------

def read_elf(data: bytes) -> tuple[str, str, int, int]:
    """(soname, symbol name, file offset, size) of the ICU data symbol in an ELF library."""
    if data[:4] != b"\x7fELF":
        raise NotICUData("not an ELF file")
    wide = {1: False, 2: True}[data[4]]
    end = {1: "<", 2: ">"}[data[5]]
    if wide:
        (shoff,) = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", data, 0x3A)
        section_fmt, sym_fmt, dyn_fmt = end + "IIQQQQIIQQ", end + "IBBHQQ", end + "qQ"
    else:
        (shoff,) = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from(end + "HHH", data, 0x2E)
        section_fmt, sym_fmt, dyn_fmt = end + "IIIIIIIIII", end + "IIIBBH", end + "iI"
    sections = []
    for i in range(shnum):
        name, kind, _flags, addr, offset, size, link, _info, _align, entsize = \
            struct.unpack_from(section_fmt, data, shoff + i * shentsize)
        sections.append(dict(kind=kind, addr=addr, offset=offset, size=size, link=link,
                             entsize=entsize))

    def string(table: dict, at: int) -> bytes:
        start = table["offset"] + at
        return data[start:data.index(b"\0", start)]

    soname = ""
    for sec in sections:
        if sec["kind"] == SHT_DYNAMIC:
            for at in range(sec["offset"], sec["offset"] + sec["size"], sec["entsize"]):
                tag, value = struct.unpack_from(dyn_fmt, data, at)
                if tag == DT_SONAME:
                    soname = string(sections[sec["link"]], value).decode()
    for kind in (SHT_DYNSYM, SHT_SYMTAB):
        for sec in (s for s in sections if s["kind"] == kind):
            for at in range(sec["offset"], sec["offset"] + sec["size"], sec["entsize"]):
                if wide:
                    name, _info, _other, shndx, value, size = struct.unpack_from(
                        sym_fmt, data, at)
                else:
                    name, value, size, _info, _other, shndx = struct.unpack_from(
                        sym_fmt, data, at)
                symbol = string(sections[sec["link"]], name)
                if SYMBOL.match(symbol) and 0 < shndx < len(sections) and size:
                    home = sections[shndx]
                    return soname, symbol.decode(), value - home["addr"] + home["offset"], size
    raise NotICUData("no icudt*_dat symbol")


# ---- the ICU common data package ----------------------------------------------------------

def parse_package(blob: bytes) -> tuple[bytes, str, list[tuple[str, bytes]]]:
    """(header, package name such as 'icudt73l', [(item name, item bytes)]) of a .dat."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    big = blob[8]
    end = ">" if big else "<"
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[16] != 1:
        raise NotICUData("not an ICU common data package (offset ToC)")
    (header_size,) = struct.unpack_from(end + "H", blob, 0)
    toc = header_size
    (count,) = struct.unpack_from(end + "I", blob, toc)
    entries = [struct.unpack_from(end + "II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        start = toc + name_at
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        stop = toc + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[toc + data_at:stop]))
    package = items[0][0].split("/", 1)[0] if items else ""
    if not package or any(not n.startswith(package + "/") for n, _ in items):
        raise NotICUData("item names do not share one package prefix")
    return blob[:header_size], package, items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The .dat bytes for `items`, laid out like ICU's icupkg writes them."""
    big = header[8]
    end = ">" if big else "<"
    names = [n.encode("ascii") for n, _ in items]
    assert names == sorted(names), "ICU binary-searches the names: they must stay sorted"
    names_at = 4 + 8 * len(items)
    strings = b"".join(n + b"\0" for n in names)
    data_at = names_at + len(strings)
    pad = -data_at % 16
    strings += b"\xaa" * pad
    data_at += pad
    toc = [struct.pack(end + "I", len(items))]
    name_offset = names_at
    for name, data in items:
        if len(data) % 16:
            data += b"\0" * (-len(data) % 16)  # never happens: icupkg pads every item
        toc.append(struct.pack(end + "II", name_offset, data_at))
        name_offset += len(name) + 1
        data_at += len(data)
    body = [d + b"\0" * (-len(d) % 16) for _, d in items]
    return header + b"".join(toc) + strings + b"".join(body)


def keep(name: str) -> bool:
    """Keep this package item (name without the 'icudt73l/' prefix)?"""
    base = name.rsplit("/", 1)[-1]
    if base.endswith(".cnv"):
        return True  # decided by content in keep_item()
    if base in DROP_DICTIONARIES:
        return False
    if base in NOT_LOCALES:
        return True
    match = LOCALE_ITEM.match(base)
    if match:
        return match["lang"] in KEEP_LANGUAGES
    return True  # not locale data: supplemental, normalization, names, rules, …


def keep_item(name: str, data: bytes) -> bool:
    if not name.endswith(".cnv"):
        return keep(name)
    # UConverterStaticData after the UDataHeader: structSize, name[60], codepage,
    # platform, conversionType, minBytesPerChar, maxBytesPerChar
    (header_size,) = struct.unpack_from(">H" if data[8] else "<H", data, 0)
    max_bytes = data[header_size + 4 + 60 + 4 + 3]
    return max_bytes == 1  # single-byte code pages only


def slim_package(blob: bytes) -> tuple[bytes, list[str], list[str]]:
    header, package, items = parse_package(blob)
    kept, dropped = [], []
    for name, data in items:
        (kept if keep_item(name[len(package) + 1:], data) else dropped).append((name, data))
    for required in ("root.res", "pool.res", "res_index.res", "cnvalias.icu",
                     "supplementalData.res", "zoneinfo64.res", "metaZones.res",
                     "timezoneTypes.res", "coll/root.res", "coll/ucadata.icu",
                     "coll/es.res", "zone/es.res", "zone/en.res", "es.res", "en.res"):
        if not any(n == f"{package}/{required}" for n, _ in kept):
            raise NotICUData(f"{required} missing from the input package")
    out = write_package(header, kept)
    # read it back: same header, same items, same bytes
    _, _, check = parse_package(out)
    assert [(n, d.rstrip(b"\0")) for n, d in check] == [(n, d.rstrip(b"\0")) for n, d in kept]
    return out, [n for n, _ in kept], [n for n, _ in dropped]


# ---- the shared library ------------------------------------------------------------------

ASSEMBLY = """\
    .section .rodata
    .balign 4096
    .globl {symbol}
    .type {symbol}, %object
{symbol}:
    .incbin "{dat}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",%progbits
"""


def compile_library(dat: bytes, soname: str, symbol: str, target: Path, gcc: str) -> None:
    with tempfile.TemporaryDirectory(prefix="slim-icu-") as tmp:
        (Path(tmp) / "data.dat").write_bytes(dat)
        (Path(tmp) / "data.s").write_text(ASSEMBLY.format(symbol=symbol, dat="data.dat"))
        subprocess.run([gcc, "-shared", "-nostdlib", "-o", "out.so", "data.s",
                        f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack"],
                       cwd=tmp, check=True, capture_output=True, text=True)
        built = (Path(tmp) / "out.so").read_bytes()
        name, sym, offset, size = read_elf(built)
        if (name, sym) != (soname, symbol) or built[offset:offset + size] != dat:
            raise RuntimeError("the compiled library does not carry the data it was given")
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = target.with_name(target.name + f".tmp{os.getpid()}")
        staged.write_bytes(built)
        staged.chmod(0o755)
        os.replace(staged, target)  # atomic: a parallel build never sees half a file


def installed_library() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed")
    found = sorted(Path(list(spec.submodule_search_locations)[0], "Qt", "lib")
                   .glob("libicudata.so.*"))
    if not found:
        raise FileNotFoundError("PySide6 has no libicudata.so.*")
    return found[0]


def slim_library(src: Path | None = None, out_dir: Path = OUT_DIR,
                 verbose: bool = True) -> Path | None:
    """Path of the slim library built from `src` (cached), or None: keep the full one."""
    def say(message: str) -> None:
        if verbose:
            print(f"slim_icu: {message}", file=sys.stderr, flush=True)

    try:
        src = Path(src) if src else installed_library()
        raw = src.read_bytes()
        key = hashlib.sha256(raw).hexdigest() + ":" + hashlib.sha256(
            Path(__file__).read_bytes()).hexdigest()
        soname, symbol, offset, size = read_elf(raw)
        target = out_dir / (soname or src.name)
        stamp = target.with_name(target.name + ".json")
        if (target.is_file() and stamp.is_file()
                and json.loads(stamp.read_text()).get("key") == key):
            say(f"cached {target} ({target.stat().st_size / 1e6:.1f} MB)")
            return target
        gcc = os.environ.get("CC") or shutil.which("gcc") or shutil.which("cc")
        if not gcc:
            say("WARNING: no gcc found; bundling the full ICU data library "
                f"({len(raw) / 1e6:.1f} MB)")
            return None
        dat, kept, dropped = slim_package(raw[offset:offset + size])
        compile_library(dat, soname or src.name, symbol, target, gcc)
        stamp.write_text(json.dumps({"key": key, "source": str(src), "kept": len(kept),
                                     "dropped": len(dropped)}))
        say(f"built {target}: {len(kept)} of {len(kept) + len(dropped)} ICU items, "
            f"{size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB")
        return target
    except (OSError, ValueError, KeyError, IndexError, struct.error, RuntimeError,
            subprocess.CalledProcessError) as error:
        detail = (getattr(error, "stderr", "") or "").strip()
        say(f"WARNING: cannot slim the ICU data ({error}{': ' + detail if detail else ''}); "
            "bundling the full library")
        return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, help="libicudata.so.NN (default: PySide6's)")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--list", action="store_true", help="list kept and dropped items")
    args = parser.parse_args(argv)
    if args.list:
        src = args.src or installed_library()
        raw = src.read_bytes()
        _, _, offset, size = read_elf(raw)
        _, kept, dropped = slim_package(raw[offset:offset + size])
        for name in kept:
            print("keep", name)
        for name in dropped:
            print("drop", name)
        return 0
    return 0 if slim_library(args.src, args.out_dir) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
