#!/usr/bin/env python3
"""Refresh the translations: `lupdate` the .ts sources from ui/, then `lrelease` the .qm.

    .venv/bin/python ui/translations/refresh.py

Translate new strings in small_moments_es.ts (Qt Linguist: pyside6-linguist, or any
text editor), then run this again to compile. The compiled .qm files are committed so
the app runs without these tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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


def main() -> int:
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    for lang in LANGS:
        ts = HERE / f"small_moments_{lang}.ts"
        subprocess.check_call([tool("pyside6-lupdate"), "-no-obsolete", "-locations",
                               "none", *sources, "-ts", str(ts)])
        subprocess.check_call([tool("pyside6-lrelease"), str(ts), "-qm",
                               str(ts.with_suffix(".qm"))])
    return 0


if __name__ == "__main__":
    sys.exit(main())
