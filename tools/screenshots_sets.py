#!/usr/bin/env python3
"""Grab every screen (ui/tour.py) in pseudo-localised English, at 200% text in English
and Spanish, and at 100% on a 1366×720 and 1366×768 laptop screen, and list any text
that does not fit and any two widgets that overlap (a developer tool).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots_sets [/tmp/shots]

Writes OUT/pseudo/, OUT/en200/, OUT/es200/, OUT/en100/, OUT/es100/ and
OUT/dark-contrast/ (the dark, high-contrast look in Spanish at 150%; OUT is /tmp/shots
unless given) and prints each clipped label, button or tab and each overlap; exits 1 if
there is any.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SETS = {"pseudo": ("en", 100, True, None), "en200": ("en", 200, False, None),
        "es200": ("es", 200, False, None), "dark-contrast": ("es", 150, False, "dark-contrast"),
        "en100": ("en", 100, False, None), "es100": ("es", 100, False, None)}
SIZES = {"en100": (1366, 720), "es100": (1366, 768)}  # a family laptop; else 980×740


def problems_on(window) -> list[str]:
    """Text that does not fit, and widgets that cover part of another."""
    from tools.screen_checks import clipped, overlapping

    return clipped(window) + overlapping(window)


def run_set(name: str, out: Path, size: tuple[int, int] | None = None) -> list[str]:
    """Walk every screen for one set; save PNGs in `out`; return what was clipped or
    overlaps."""
    from journal import FixedClock
    from journal.vault.kdf import TEST_PARAMS
    from tools.tour import tour
    from ui.plumbing.dialogs import Dialogs
    from ui.plumbing.theme import apply_theme
    from ui.shell.app import build_context, make_qapp
    from ui.shell.window import MainWindow

    lang, text_size, fake, look = SETS[name]
    out.mkdir(parents=True, exist_ok=True)
    app = make_qapp([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="small-moments-shots-"))
    ctx = build_context(app, tmp / "data", lang=lang, settings_file=tmp / "s.ini",
                        dialogs=Dialogs(headless=True),
                        clock=FixedClock(datetime(2026, 11, 20, 9, 30)), kdf_params=TEST_PARAMS)
    ctx.languages.pseudo = fake
    ctx.languages.switch(lang)
    ctx.prefs.text_size = text_size
    apply_theme(app, text_size, look)
    window = MainWindow(ctx)
    window.resize(*(size or SIZES.get(name, (980, 740))))
    window.show()
    problems = []
    try:
        for screen in tour(window, ctx):
            window.grab().save(str(out / f"{screen}.png"))
            problems += [f"{name}/{screen}: {what}" for what in problems_on(window)]
    finally:
        window.lock()
        window.close()
        window.deleteLater()
        ctx.languages.pseudo = False
        ctx.languages.switch("en")
        apply_theme(app, 100)
    return problems


def main(out: Path) -> int:
    problems = []
    for name in SETS:
        problems += run_set(name, out / name)
    for line in problems:
        print(line)
    print(f"screenshots in {out}/{{{','.join(SETS)}}}; {len(problems)} clipped or overlapping")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots")))
