#!/usr/bin/env python3
"""Grab the summary wizard and the My data tab offscreen, in English and Spanish
(a developer tool, like ui/screenshots.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots_summary [/tmp/shots]

Uses a throwaway journal in a temporary folder with made-up sample moments.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journal import Entry, FixedClock, Person, StrengthMark, Vault  # noqa: E402
from journal.vault.kdf import TEST_PARAMS  # noqa: E402
from tools.screenshots import SAMPLES  # noqa: E402
from ui.selftest import wait_until  # noqa: E402

PASSPHRASE = "quiet morning walk"


def fill(journal, clock) -> None:
    grandma = journal.add_person(Person("village", "Grandma Rosa",
                                        how_they_help="Sunday dinners and stories"))
    journal.add_person(Person("village", "Ms. Kim at daycare",
                              how_they_help="Sends a photo at nap time"))
    strengths = journal.strengths("en")
    for i in range(12):
        kind, text = SAMPLES[i % 3]
        journal.add_entry(Entry(kind, clock.now() - timedelta(days=i * 2, hours=3), text,
                                people=[grandma.id] if kind == "reflection" else [],
                                strengths=[StrengthMark(strengths[i % 5].id)],
                                ok_to_share=i % 4 == 0))


def main(out: Path) -> int:
    from PySide6.QtWidgets import QScrollArea

    from ui.plumbing.dialogs import Dialogs
    from ui.shell.app import build_context, make_qapp
    from ui.shell.window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_qapp([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="small-moments-shots-"))
    clock = FixedClock(datetime(2026, 11, 20, 9, 30))
    journal, _code = Vault(tmp / "data", kdf_params=TEST_PARAMS, clock=clock).create(PASSPHRASE)
    fill(journal, clock)
    journal.close()
    ctx = build_context(app, tmp / "data", lang="en", settings_file=tmp / "s.ini",
                        dialogs=Dialogs(headless=True), clock=clock, kdf_params=TEST_PARAMS)
    window = MainWindow(ctx)
    window.resize(980, 740)
    window.show()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock()
    wait_until(lambda: window.state == "open")
    shell = window.shell
    wait_until(lambda: not shell.my_data.working)

    for lang in ("en", "es"):
        window.set_language(lang)
        shell.tabs.setCurrentWidget(shell.my_data)
        shot(f"s01-my-data-{lang}")
        body = shell.my_data.findChild(QScrollArea).widget()
        body.grab().save(str(out / f"s01b-my-data-whole-{lang}.png"))
        shell.share_summary()
        wizard = shell.wizard
        shot(f"s02-dates-{lang}")
        wizard.dates.custom.setChecked(True)
        shot(f"s02b-dates-custom-{lang}")
        wizard.dates.three_months.setChecked(True)
        wizard.next()
        wait_until(lambda w=wizard: not w.items.loading)  # read off the UI thread
        shot(f"s03-items-{lang}")
        wizard.next()
        wizard.notes.name.setText("Maria y Leo" if lang == "es" else "Maria and Leo")
        wizard.notes.know.setPlainText("Mornings are hard, evenings are sweet.")
        wizard.notes.questions.setPlainText("How can I help with goodbyes?\nIs sleep OK?")
        wizard.notes.protect.setChecked(True)
        shot(f"s04-notes-{lang}")
        wizard.next()
        shot(f"s05-building-{lang}")
        wait_until(lambda w=wizard: not w.building, timeout=30)
        wait_until(lambda w=wizard: w.preview.pages.idle())  # pages drawn as they show
        shot(f"s06-preview-{lang}")
        wizard.next()
        wizard.save.add_saved("pdf", "/home/maria/Documents/strengths-summary-2026-11-20.pdf")
        shot(f"s07-save-{lang}")
        wizard.back()
        wizard.back()
        wizard.notes.protect.setChecked(False)
        wizard.notes.name.setText("山田 family")
        wizard.next()
        wait_until(lambda w=wizard: not w.building, timeout=30)
        wait_until(lambda w=wizard: w.preview.pages.idle())  # pages drawn as they show
        shot(f"s08-missing-{lang}")
        wizard.finish()
    window.set_language("en")
    window.set_text_size(150)
    shell.tabs.setCurrentWidget(shell.my_data)
    shot("s09-my-data-150")
    shell.share_summary()
    shell.wizard.next()
    wait_until(lambda: not shell.wizard.items.loading)
    shot("s10-items-150")
    shell.wizard.next()
    shell.wizard.notes.protect.setChecked(True)
    shot("s11-notes-150")
    shell.wizard.finish()
    window.set_text_size(100)
    window.lock()
    window.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots")))
