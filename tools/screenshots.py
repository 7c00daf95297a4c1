#!/usr/bin/env python3
"""Grab every screen offscreen into PNG files, to look at them (a developer tool).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tools.screenshots [/tmp/shots]

Uses a throwaway journal in a temporary folder with made-up sample moments.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journal import Entry, FixedClock, Person, StrengthMark  # noqa: E402
from ui.selftest import wait_until  # noqa: E402

SAMPLES = [
    ("connection", {"child_did": "Pointed at the dog across the street and squealed.",
                    "i_did": "Said \"A dog! Big dog!\" and waved with her.",
                    "how_it_ended": "She turned back to her snack, happy."}),
    ("repair", {"pulled_apart": "Things got loud at bath time.",
                "reconnected": "We sat on the floor and sang the duck song.",
                "remember": "Slowing down helps us both."}),
    ("reflection", {"body": "Grandma came over and I had a hot cup of tea. I felt lighter."}),
]


def main(out: Path) -> int:
    from ui.plumbing.dialogs import Dialogs
    from ui.shell.app import build_context, make_qapp
    from ui.shell.window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = make_qapp([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="small-moments-shots-"))
    clock = FixedClock(datetime(2026, 11, 20, 9, 30))
    ctx = build_context(app, tmp / "data", lang="en", settings_file=tmp / "s.ini",
                        dialogs=Dialogs(headless=True), clock=clock)
    window = MainWindow(ctx)
    window.resize(980, 740)
    window.show()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    page = window.first_run
    shot("01-welcome")
    page._go(1)
    page.fields.passphrase.setText("quiet morning walk")
    page.fields.confirm.setText("quiet morning walk")
    shot("02-passphrase")
    page.create()
    wait_until(lambda: page.steps.currentIndex() == 2)
    shot("03-recovery-code")
    page.code_view.kept.setChecked(True)
    page._code_done()
    page.nickname.setText("Bean")
    shot("04-child")
    page.month.setCurrentIndex(4)
    page.year.setValue(2025)
    page.finish()
    journal = window.journal
    grandma = journal.add_person(Person("village", "Grandma Rosa", how_they_help="Sunday dinners"))
    strengths = journal.strengths("en")
    for i in range(9):
        kind, text = SAMPLES[i % 3]
        journal.add_entry(Entry(kind, clock.now() - timedelta(hours=7 * i), text,
                                people=[grandma.id] if kind == "reflection" else [],
                                strengths=[StrengthMark(strengths[i].id)]))
    window.lock()
    window.unlock_page.passphrase.setText("not it")
    window.unlock_page.unlock()
    wait_until(lambda: not window.unlock_page.working)
    shot("05-unlock-wrong")
    window.unlock_page.passphrase.setText("quiet morning walk")
    window.unlock_page.unlock()
    wait_until(lambda: window.state == "open")
    shell = window.shell
    shell.today.refresh_week()
    shot("06-today")
    shell.open_form("connection")
    shell.form.texts["child_did"].setPlainText("Handed me a spoon.")
    shell.form.feeling.chip("close").setChecked(True)
    shot("07-connection-form")
    shell.form.cancel()
    shell.open_form("repair")
    shot("08-repair-form")
    shell.form.cancel()
    shell.tabs.setCurrentWidget(shell.timeline)
    shell.timeline.refresh()
    shot("09-timeline")
    shell.timeline.search.setText("dog")
    shell.timeline.run_search()
    shot("10-search")
    shell.timeline.search.clear()
    shell.timeline.list.setCurrentIndex(shell.timeline.model.index(0))
    shell.timeline.delete_current()
    shot("11-deleted-undo")
    shell.timeline.show_trash()
    shot("12-trash")
    shell.timeline.leave_trash()
    shell.tabs.setCurrentWidget(shell.people)
    shot("13-people")
    shell.tabs.setCurrentWidget(shell.settings)
    shot("14-settings")
    window.set_language("es")
    shell.tabs.setCurrentWidget(shell.today)
    shot("15-today-es")
    shell.open_form("connection")
    shot("16-connection-form-es")
    shell.form.cancel()
    shell.tabs.setCurrentWidget(shell.timeline)
    shot("17-timeline-es")
    shell.tabs.setCurrentWidget(shell.settings)
    shot("18-settings-es")
    shell.tabs.setCurrentWidget(shell.people)
    shot("19-people-es")
    window.set_text_size(150)
    shell.tabs.setCurrentWidget(shell.today)
    shot("21-today-es-150")
    shell.open_form("repair")
    shot("22-repair-form-es-150")
    shell.form.cancel()
    window.set_text_size(100)
    window.lock()
    shot("20-unlock-es")
    moment_details(app, window, shot, out)
    window.close()
    print(f"screenshots in {out}")
    return 0


def moment_details(app, window, shot, out: Path) -> None:
    """The read-only moment, own strengths and whose, the focus choice, the backup offer;
    in English and Spanish, at 100% and 150% text."""
    from PySide6.QtWidgets import QMessageBox, QScrollArea

    from journal.backups.manager import Backup

    window.unlock_page.passphrase.setText("quiet morning walk")
    window.unlock_page.unlock()
    wait_until(lambda: window.state == "open")
    journal = window.journal
    strengths = {s.key: s for s in journal.strengths("en")}
    people = journal.list_people()
    entry = journal.add_entry(Entry(
        "connection", window.ctx.clock.now() - timedelta(hours=2),
        {"child_did": "Pointed at the dog across the street and squealed.",
         "i_did": "Said \"A dog! Big dog!\" and waved with her.",
         "how_it_ended": "She turned back to her snack, happy."},
        people=[p.id for p in people], routine="walk", feeling="happy", back_and_forths="many",
        ok_to_share=True,
        strengths=[StrengthMark(strengths["warm_voice"].id, "me"),
                   StrengthMark(strengths["smiled_together"].id, "me"),
                   StrengthMark(strengths["smiled_together"].id, "child"),
                   StrengthMark(strengths["child_explored"].id, "child")]))
    own = journal.add_own_strength("Silly songs")
    for lang in ("en", "es"):
        for size in (100, 150):
            window.set_language(lang)
            window.set_text_size(size)
            shell = window.shell
            tag = f"{lang}-{size}"
            shell.tabs.setCurrentWidget(shell.timeline)
            shell.view_entry(entry.id)
            shot(f"30-moment-view-{tag}")
            shell.show_tabs()
            shell.open_form("connection")
            form = shell.form
            form.texts["child_did"].setPlainText("Reached for my hand on the stairs.")
            for key in ("stayed_calm", "smiled_together", "child_calmed"):
                form.strengths.chip(strengths[key].id).setChecked(True)
            form.strengths.chip(own.id).setChecked(True)
            form.picker.whose_group(strengths["smiled_together"].id).chip("child").click()
            form.picker.open_own()
            form.picker.own_edit.setText("Bubble baths")
            app.processEvents()
            form.findChild(QScrollArea).ensureWidgetVisible(form.picker.rows_box)
            shot(f"31-form-strengths-whose-{tag}")
            form.cancel()
            shell.tabs.setCurrentWidget(shell.settings)
            shell.settings.focus.setFocus()
            shot(f"32-settings-focus-{tag}")
            shell.tabs.setCurrentWidget(shell.today)
            offer = window.unlock_page.offer_text(Backup(Path("x"), datetime(2026, 11, 19, 21, 5)))
            box = QMessageBox(QMessageBox.Icon.Question, "Small Moments", offer,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              window)
            box.show()
            app.processEvents()
            box.grab().save(str(out / f"33-backup-offer-{tag}.png"))
            box.close()
    window.set_language("en")
    window.set_text_size(100)
    window.lock()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots")))
