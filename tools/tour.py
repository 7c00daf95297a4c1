"""A walk through every screen, for the screenshot scripts and the accessibility tests.

`tour(window, ctx)` is a generator: it drives a fresh MainWindow (no journal yet) from
the welcome screen to the last step of the summary wizard and back to the unlock screen
(then a second journal, so the lock screen lists two),
and yields a short name each time a new screen is showing. The caller looks at the
window at each stop: grabs a picture, checks accessible names, clipped or untranslated
text. It uses made-up sample moments and the window's own (headless) dialogs.

Not used by the app itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from PySide6.QtWidgets import QApplication

from journal import Entry, Person, StrengthMark, Vault

PASSPHRASE = "quiet morning walk"

SAMPLES = [
    ("connection", {"child_did": "Pointed at the dog across the street and squealed.",
                    "i_did": "Said \"A dog! Big dog!\" and waved with her.",
                    "how_it_ended": "She turned back to her snack, happy."}),
    ("repair", {"pulled_apart": "Things got loud at bath time.",
                "reconnected": "We sat on the floor and sang the duck song.",
                "remember": "Slowing down helps us both."}),
    ("reflection", {"body": "Grandma came over and I had a hot cup of tea. I felt lighter."}),
]


def wait_until(condition, timeout: float = 20.0) -> None:
    from ui.selftest import wait_until as wait

    wait(condition, timeout=timeout)


def settle() -> None:
    """Let layouts and posted events run, so what is measured is what is shown."""
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def fill(journal, clock) -> None:
    """A few people and moments, so lists, filters and the wizard have something to show."""
    grandma = journal.add_person(Person("village", "Grandma Rosa",
                                        how_they_help="Sunday dinners and stories"))
    strengths = journal.strengths("en")
    for i in range(9):
        kind, text = SAMPLES[i % 3]
        journal.add_entry(Entry(kind, clock.now() - timedelta(days=i, hours=3), text,
                                people=[grandma.id] if kind == "reflection" else [],
                                strengths=[StrengthMark(strengths[i].id)],
                                ok_to_share=i % 2 == 0))


def tour(window, ctx) -> Iterator[str]:  # noqa: PLR0915 - one long, plain walk
    """Every screen in turn (see the module's docstring)."""
    page = window.first_run
    assert page is not None, "the tour starts from a folder with no journal"
    settle()
    yield "01-welcome"
    page._go(1)
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirm.setText(PASSPHRASE + " x")
    settle()
    yield "02-passphrase-mismatch"
    page.fields.confirm.setText(PASSPHRASE)
    page.create()
    wait_until(lambda: page.steps.currentIndex() == 2)
    settle()
    yield "03-recovery-code"
    page.code_view.kept.setChecked(True)
    page._code_done()
    page.nickname.setText("Bean")
    settle()
    yield "04-child"
    page.month.setCurrentIndex(4)
    page.finish()
    fill(window.journal, ctx.clock)
    shell = window.shell
    shell.today.refresh_week()
    shell.timeline.refresh()
    shell.timeline.reload_filters()
    shell.people.load(window.journal)
    settle()
    yield "05-today"

    shell.open_form("connection")
    form = shell.form
    form.texts["child_did"].setPlainText("Handed me a spoon.")
    for key in list(form.strengths.keys())[:3]:
        form.strengths.chip(key).setChecked(True)
    form.picker.open_own()
    settle()
    yield "06-connection-form"
    form.cancel()
    shell.open_form("repair")
    settle()
    yield "07-repair-form"
    form.cancel()

    shell.tabs.setCurrentWidget(shell.timeline)
    shell.timeline.refresh()
    settle()
    yield "08-timeline"
    shell.timeline.search.setText("dog")
    shell.timeline.run_search()
    settle()
    yield "09-search"
    shell.timeline.search.clear()
    shell.timeline.run_search()
    first = shell.timeline.model.index(0).data(_id_role())
    shell.view_entry(first)
    settle()
    yield "10-moment-view"
    shell.show_tabs()
    shell.tabs.setCurrentWidget(shell.timeline)
    shell.timeline.list.setCurrentIndex(shell.timeline.model.index(0))
    shell.timeline.delete_current()
    settle()
    yield "11-deleted-undo"
    shell.timeline.show_trash()
    settle()
    yield "12-trash"
    shell.timeline.leave_trash()

    shell.tabs.setCurrentWidget(shell.people)
    shell.people.nickname.setText("")
    shell.people.save()
    settle()
    yield "13-people-empty-name"
    shell.people.show_trash()
    settle()
    yield "14-people-taken-out"
    shell.people.leave_trash()

    shell.tabs.setCurrentWidget(shell.settings)
    settle()
    yield "15-settings"
    shell.tabs.setCurrentWidget(shell.my_data)
    wait_until(lambda: not shell.my_data.working)
    settle()
    yield "16-my-data"
    window.show_help()
    settle()
    yield "17-keys-help"
    window.help_page.close_help()

    shell.share_summary()
    wizard = shell.wizard
    settle()
    yield "18-wizard-dates"
    wizard.dates.three_months.setChecked(True)
    wizard.next()
    wait_until(lambda: not wizard.items.loading)  # read off the UI thread
    settle()
    yield "19-wizard-items"
    wizard.next()
    wizard.notes.name.setText("Maria and Leo")
    wizard.notes.protect.setChecked(True)
    settle()
    yield "20-wizard-notes"
    wizard.next()
    wait_until(lambda: not wizard.building, timeout=60)
    wait_until(wizard.preview.pages.idle)  # pages are drawn as they come into view
    settle()
    yield "21-wizard-preview"
    wizard.next()
    settle()
    yield "22-wizard-save"
    wizard.finish()

    window.lock()
    window.unlock_page.passphrase.setText("not it")
    window.unlock_page.unlock()
    wait_until(lambda: not window.unlock_page.working)
    settle()
    yield "23-unlock-wrong"
    window.unlock_page._show(1)
    settle()
    yield "24-unlock-forgot"
    window.unlock_page._show(0)

    # separate journals: naming a new one on the lock screen, then the list of two
    window.picker.start_new()
    settle()
    yield "25-unlock-new-journal"
    window.picker.form.cancel()
    other = ctx.shelf().create("Mine")
    Vault(other.folder, kdf_params=ctx.kdf_params).create(PASSPHRASE + " too")[0].close()
    window.picker.refresh()
    settle()
    yield "26-unlock-two-journals"


def _id_role() -> int:
    from ui.moments.models import Roles

    return Roles.EntryId
