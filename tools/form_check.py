#!/usr/bin/env python3
"""The moment form at 1366×768 in English and Spanish: screenshots and how much it
scrolls (a developer tool; the counts are checked by tests/test_ui_moment_quick.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.form_check [/tmp/form-shots]
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def scroll_notches(form) -> int:
    """Mouse-wheel notches needed to reach the bottom of the form (3 steps a notch)."""
    from PySide6.QtWidgets import QScrollArea

    area = form.findChild(QScrollArea)
    bar = area.verticalScrollBar()
    return math.ceil(bar.maximum() / max(1, 3 * bar.singleStep()))


def main(out: Path) -> int:
    from journal import FixedClock, Person, Vault
    from journal.vault.kdf import TEST_PARAMS
    from ui.plumbing.dialogs import Dialogs
    from ui.selftest import wait_until
    from ui.shell.app import build_context, make_qapp
    from ui.shell.window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_qapp([sys.argv[0]])
    for lang in ("en", "es"):
        tmp = Path(tempfile.mkdtemp(prefix="small-moments-form-"))
        clock = FixedClock(datetime(2026, 11, 20, 9, 30))
        journal, _code = Vault(tmp / "data", kdf_params=TEST_PARAMS, clock=clock).create(
            "a quiet morning walk")
        journal.add_person(Person("child", "Mia"))
        journal.close()
        ctx = build_context(app, tmp / "data", lang=lang, settings_file=tmp / "s.ini",
                            dialogs=Dialogs(headless=True), clock=clock,
                            kdf_params=TEST_PARAMS)
        ctx.languages.switch(lang)
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        window.unlock_page.passphrase.setText("a quiet morning walk")
        window.unlock_page.unlock()
        wait_until(lambda w=window: w.state == "open")
        for kind in ("connection", "repair"):
            window.shell.open_form(kind)
            form = window.shell.form
            more = getattr(form, "more_button", None)
            for opened in (False, True):
                if more is not None:
                    form.set_more(opened)
                elif opened:
                    continue
                app.processEvents()
                name = f"{lang}-{kind}-{'more' if opened else 'short'}"
                window.grab().save(str(out / f"{name}.png"))
                print(f"{name}: scroll notches to the bottom {scroll_notches(form)}; "
                      f"Save shown {form.save_button.visibleRegion().isEmpty() is False}; "
                      f"OK to share shown {form.share.visibleRegion().isEmpty() is False}")
            if more is not None:  # a rich moment: three strengths ticked, whose rows shown
                for key in form.strengths.keys()[:3]:  # noqa: SIM118
                    form.strengths.chip(key).setChecked(True)
                app.processEvents()
                name = f"{lang}-{kind}-rich"
                window.grab().save(str(out / f"{name}.png"))
                print(f"{name}: scroll notches to the bottom {scroll_notches(form)}")
            form.cancel()
        window.lock()
        window.close()
        ctx.languages.switch("en")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/form-shots")))
