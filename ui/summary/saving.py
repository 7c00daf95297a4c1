"""Saving the summary the caregiver made: the PDF, or a web page copy.

Every file goes through `atomic_write` (private, all or nothing); the suggested name
holds a date and words in the summary's language, never words from the journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal.fsutil import atomic_write
from journal.summary.html import render_html
from journal.summary.text import file_stem
from ui.summary.background import save_folder
from ui.widgets.announce import announce


def suggested_path(wizard, extension: str) -> str:
    summary = wizard._summary
    lang = summary.lang if summary else wizard.ctx.lang  # the PDF's, not the app's
    name = f"{file_stem(lang)}-{wizard.ctx.clock.today().isoformat()}"  # no journal words
    return str(save_folder() / f"{name}.{extension}")


def write(wizard, path: str | None, extension: str, data: bytes) -> str | None:
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != f".{extension}":
        target = target.with_name(f"{target.name}.{extension}")
    try:
        atomic_write(target, data)
    except OSError:
        wizard.ctx.dialogs.warn(wizard, QCoreApplication.translate("SummaryWizard", "Not saved"),
                                QCoreApplication.translate(
                                    "SummaryWizard", "The summary could not be saved there. "
                                    "Try another folder, like Documents."))
        return None
    return str(target)


def save_pdf(wizard) -> None:
    if wizard._pdf is None:
        return
    path = wizard.ctx.dialogs.save_file(
        wizard, QCoreApplication.translate("SummaryWizard", "Save the summary"),
        suggested_path(wizard, "pdf"),
        QCoreApplication.translate("SummaryWizard", "PDF files (*.pdf)"))
    saved = write(wizard, path, "pdf", wizard._pdf)
    if saved:
        wizard.saved_now()
        wizard.save.add_saved("pdf", saved)
        announce(wizard.save.save_pdf, QCoreApplication.translate("SummaryWizard",
                                                                  "Saved the PDF."))


def save_html(wizard) -> None:
    if wizard._summary is None:
        return
    if wizard.password() and not wizard.ctx.dialogs.ask(
            wizard, QCoreApplication.translate("SummaryWizard", "A copy without a password"),
            QCoreApplication.translate(
                "SummaryWizard", "The web page copy can't have a password. Anyone who "
                "opens it can read it. Save it anyway?")):
        return
    path = wizard.ctx.dialogs.save_file(
        wizard, QCoreApplication.translate("SummaryWizard", "Save a web page copy"),
        suggested_path(wizard, "html"),
        QCoreApplication.translate("SummaryWizard", "Web pages (*.html)"))
    saved = write(wizard, path, "html", render_html(wizard._summary))
    if saved:
        wizard.saved_now()
        wizard.save.add_saved("html", saved)
        announce(wizard.save.save_html, QCoreApplication.translate(
            "SummaryWizard", "Saved the web page copy."))
