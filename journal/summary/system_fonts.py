"""Fonts on this computer for the letters DejaVu Sans lacks (Chinese, Japanese, Korean,
Devanagari…), found through fontconfig.

One `fc-list` call lists every font with the characters it covers; nothing the family
wrote is passed to it. Only TrueType-outline fonts are used (reportlab cannot embed
fonts with PostScript/CFF outlines, such as the Noto CJK collections). Where fontconfig
is missing (Windows, macOS) or no font has a letter, the letter is reported as missing
and the wizard offers the web page copy, which the browser draws with its own fonts.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import subprocess
from bisect import bisect_right
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

_FORMAT = "%{file}\t%{index}\t%{fontformat}\t%{style[0]}\t%{family[0]}\t%{charset}\n"


@dataclass(frozen=True)
class SystemFont:
    path: str
    index: int
    family: str
    starts: tuple[int, ...]  # covered ranges, sorted: starts[i]..ends[i]
    ends: tuple[int, ...]

    def covers(self, code: int) -> bool:
        at = bisect_right(self.starts, code) - 1
        return at >= 0 and code <= self.ends[at]


def _ranges(charset: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    starts, ends = [], []
    for piece in charset.split():
        low, _, high = piece.partition("-")
        starts.append(int(low, 16))
        ends.append(int(high or low, 16))
    return tuple(starts), tuple(ends)


def _rank(font: SystemFont, style: str) -> tuple[int, int, int, str]:
    name = f"{font.family} {font.path}".lower()
    return (0 if style.lower() in ("regular", "book", "normal", "") else 1,
            1 if ("mono" in name or "serif" in name) else 0,
            0 if "sans" in name else 1, font.path)


@functools.cache
def system_fonts() -> tuple[SystemFont, ...]:
    """TrueType fonts fontconfig knows, plain sans-serif faces first."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return ()
    try:
        listing = subprocess.run([fc_list, "--format", _FORMAT], capture_output=True,
                                 text=True, timeout=20, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    found = []
    for line in listing.splitlines():
        parts = line.split("\t")
        if len(parts) != 6 or parts[2] != "TrueType" or not parts[1].isdigit():
            continue
        font = SystemFont(parts[0], int(parts[1]), parts[4], *_ranges(parts[5]))
        found.append((_rank(font, parts[3]), font))
    return tuple(font for _, font in sorted(found, key=lambda pair: pair[0]))


@functools.cache
def _registered(font: SystemFont) -> str | None:
    """The font's name in reportlab, or None when reportlab cannot embed it."""
    tag = hashlib.sha256(f"{font.path}#{font.index}".encode()).hexdigest()[:12]
    name = f"SmallMomentsFallback{tag}"  # the same in every run: same PDF bytes
    try:
        pdfmetrics.registerFont(TTFont(name, font.path, subfontIndex=font.index))
    except (TTFError, OSError, ValueError):
        return None
    return name


@functools.cache
def font_for(code: int) -> str | None:
    """The reportlab name of a system font that has the character `code`, if any."""
    for font in system_fonts():
        if font.covers(code):
            name = _registered(font)
            if name is not None and code in pdfmetrics.getFont(name).face.charToGlyph:
                return name
    return None
