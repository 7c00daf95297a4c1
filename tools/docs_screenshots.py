#!/usr/bin/env python3
"""Make the README's screenshots from the real widgets (a developer tool).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.docs_screenshots [docs/screenshots]

Walks the tour (tools/tour.py) at 1366x768 in English and Spanish with made-up sample
moments and keeps four screens of each: Today, the short moment form, the timeline and
the summary preview. tests/test_docs_screenshots.py checks they are up to date.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
KEEP = {"05-today": "today", "06-connection-form": "moment-form", "08-timeline": "timeline",
        "21-wizard-preview": "summary-preview"}
LANGS = ("en", "es")


def names() -> list[str]:
    return [f"{lang}-{name}.png" for lang in LANGS for name in KEEP.values()]


def make(out: Path) -> list[Path]:
    from journal import FixedClock
    from journal.vault.kdf import TEST_PARAMS
    from tools.tour import tour
    from ui.plumbing.dialogs import Dialogs
    from ui.shell.app import build_context, make_qapp
    from ui.shell.window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_qapp([sys.argv[0]])
    written = []
    for lang in LANGS:
        tmp = Path(tempfile.mkdtemp(prefix="small-moments-docs-"))
        ctx = build_context(app, tmp / "data", lang=lang, settings_file=tmp / "s.ini",
                            dialogs=Dialogs(headless=True),
                            clock=FixedClock(datetime(2026, 11, 20, 9, 30)),
                            kdf_params=TEST_PARAMS)
        ctx.languages.switch(lang)
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        try:
            for screen in tour(window, ctx):
                if screen in KEEP:
                    path = out / f"{lang}-{KEEP[screen]}.png"
                    window.grab().save(str(path))
                    written.append(path)
        finally:
            if window.journal is not None:
                window.lock()
            window.close()
            window.deleteLater()
            ctx.languages.switch("en")
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for path in make(target):
        print(path)
