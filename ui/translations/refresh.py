#!/usr/bin/env python3
"""Refresh the translations: `lupdate` the .ts sources from ui/, then `lrelease` the .qm.

    .venv/bin/python ui/translations/refresh.py [--carry-over]

Translate new strings in small_moments_es.ts (Qt Linguist: pyside6-linguist, or any
text editor), then run this again to compile. The compiled .qm files are committed so
the app runs without these tools.

--carry-over: when code moves to another class (a new translation context), give each
new, untranslated string the translation the same English text already had in another
context, and list what was carried over so a person can check it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent
LANGS = ("es",)


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} was not found; install PySide6 (it ships {name}).")
    return found


def known_translations(ts: Path) -> dict[str, str]:
    """English source -> finished translation, from every context of `ts`."""
    known: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            known.setdefault(message.findtext("source") or "", translation.text)
    return known


def carry_over(ts: Path, known: dict[str, str]) -> list[str]:
    """Fill unfinished messages whose source text is in `known`; rewrite the .ts in place
    (a text edit, so the file keeps lupdate's layout)."""
    text = ts.read_text(encoding="utf-8")
    carried: list[str] = []
    for message in ET.fromstring(text).iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished" or source not in known:
            continue
        carried.append(source)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if source in carried and translation is not None \
                and translation.get("type") == "unfinished":
            translation.attrib.pop("type")
            translation.text = known[source]
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        body = ts.read_text(encoding="utf-8")
        ts.write_text(body.replace("<?xml version='1.0' encoding='utf-8'?>",
                                   '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'),
                      encoding="utf-8")
    return carried


def main(argv: list[str]) -> int:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    for lang in LANGS:
        ts = HERE / f"small_moments_{lang}.ts"
        known = known_translations(ts) if "--carry-over" in argv else {}
        subprocess.check_call([tool("pyside6-lupdate"), "-no-obsolete", "-locations",
                               "none", *sources, "-ts", str(ts)])
        for source in carry_over(ts, known) if known else []:
            print(f"carried over ({lang}): {source[:70]!r}")
        if known:  # let lupdate lay the file out its own way again
            subprocess.check_call([tool("pyside6-lupdate"), "-no-obsolete", "-locations",
                                   "none", *sources, "-ts", str(ts)])
        subprocess.check_call([tool("pyside6-lrelease"), str(ts), "-qm",
                               str(ts.with_suffix(".qm"))])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
