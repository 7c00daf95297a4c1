"""My data: a full copy of the journal (JSON, Markdown), and bringing entries in."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QPushButton, QVBoxLayout, QWidget

from journal.errors import InvalidInput
from journal.fsutil import atomic_fill, atomic_write
from journal.transfer import photo_copies
from journal.transfer.export import (
    EXPORT_WARNING,
    all_entries,
    export_markdown,
    write_json,
)
from journal.transfer.importers import Planned, finish_import, prepare_import
from journal.vault.db import Stop
from ui.my_data.common import button_row, tell, wait_buttons
from ui.plumbing.i18n import error_text
from ui.plumbing.theme import wrapped_label
from ui.summary.background import save_folder


def _stream(fd: int, journal, photos: bool) -> None:
    """The JSON copy written into `fd` a piece at a time (the caller fsyncs it)."""
    with os.fdopen(os.dup(fd), "wb") as out:
        write_json(journal, out.write, photos=photos)


class CopiesBox(QWidget):
    """Two boxes: save a copy of everything, and bring entries in from a file."""

    entries_imported = Signal()

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ctx = page.ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self._build_copy_box(layout)
        self._build_import_box(layout)
        self.json_button.clicked.connect(lambda: self.save_copy("json"))
        self.markdown_button.clicked.connect(lambda: self.save_copy("md"))
        self.import_button.clicked.connect(self.bring_in)
        self.retranslate()

    def _build_copy_box(self, layout: QVBoxLayout) -> None:
        self.copy_box = QGroupBox()
        self.copy_text = wrapped_label()
        self.copy_warning = wrapped_label("hint")
        self.json_button = QPushButton()
        self.markdown_button = QPushButton()
        self.photos_box = QCheckBox()  # photos in the copy: yes unless the caregiver says no
        self.photos_box.setChecked(True)
        self.copy_message = wrapped_label("message")
        self.copy_message.setVisible(False)
        inner = QVBoxLayout(self.copy_box)
        inner.addWidget(self.copy_text)
        inner.addWidget(self.copy_warning)
        inner.addWidget(self.photos_box)
        inner.addLayout(button_row(self.json_button))  # one a row: the words are longer
        inner.addLayout(button_row(self.markdown_button))
        inner.addWidget(self.copy_message)
        layout.addWidget(self.copy_box)

    def _build_import_box(self, layout: QVBoxLayout) -> None:
        self.import_box = QGroupBox()
        self.import_text = wrapped_label()
        self.import_button = QPushButton()
        self.import_message = wrapped_label("message")
        self.import_message.setVisible(False)
        inner = QVBoxLayout(self.import_box)
        inner.addWidget(self.import_text)
        inner.addLayout(button_row(self.import_button))
        inner.addWidget(self.import_message)
        layout.addWidget(self.import_box)

    def retranslate(self) -> None:
        self.copy_box.setTitle(self.tr("Save a copy of everything"))
        self.copy_text.setText(self.tr(
            "A full copy of your journal, for you. Pick a copy you can open in other apps "
            "(JSON). It can also come back into Small Moments. Or pick one that is easy to "
            "read in any text editor (Markdown)."))
        self.copy_warning.setText(EXPORT_WARNING["es" if self.ctx.lang == "es" else "en"])
        self.photos_box.setText(self.tr("Put my photos in the cop&y"))
        self.photos_box.setAccessibleName(self.tr("Put my photos in the copy"))
        self.json_button.setText(self.tr("Save for other apps (&JSON)\u2026"))
        self.markdown_button.setText(self.tr("Save easy to read (Mar&kdown)\u2026"))
        self.import_box.setTitle(self.tr("Bring in entries"))
        self.import_text.setText(self.tr(
            "Add entries from a file: a copy saved from Small Moments (JSON), or a "
            "journal saved from the jrnl app (JSON). Nothing you already have is changed."))
        self.import_button.setText(self.tr("&Choose a file\u2026"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_idle(self, idle: bool) -> None:
        wait_buttons((self.json_button, self.markdown_button, self.import_button), idle)

    def wipe(self) -> None:
        for label in (self.copy_message, self.import_message):
            label.setText("")
            label.setVisible(False)

    # -- a full copy ----------------------------------------
    def save_copy(self, kind: str) -> None:
        """JSON or Markdown, only after the caregiver reads that it is not encrypted."""
        if self.page.journal is None or self.page.working:
            return
        lang = "es" if self.ctx.lang == "es" else "en"
        if not self.ctx.dialogs.ask(self, self.tr("This copy is not encrypted"),
                                    EXPORT_WARNING[lang] + "\n\n" + self.tr("Save it anyway?")):
            return
        extension = "json" if kind == "json" else "md"
        name_filter = self.tr("Copy for other apps (*.json)") if kind == "json" else \
            self.tr("Easy-to-read copy (*.md)")
        stem = self.tr("small-moments-journal")  # a file name: no journal words in it
        suggested = save_folder() / f"{stem}-{self.ctx.clock.today().isoformat()}.{extension}"
        path = self.ctx.dialogs.save_file(self, self.tr("Save a copy of everything"),
                                          str(suggested), name_filter)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{extension}":
            target = target.with_name(f"{target.name}.{extension}")
        journal = self.page.journal
        with_photos = self.photos_box.isChecked()
        stop = Stop()  # lock stops it: no file, or the whole file

        def work() -> Path:
            with journal.reader(stop) as view:  # a connection of its own, off the UI thread
                if kind == "json":  # streamed: thousands of photos never sit in one string
                    atomic_fill(target, lambda fd: _stream(fd, view, with_photos))
                    return target
                # The photos go in a folder beside the .md, named after it (no words of
                # the journal in any name), only now that the warning was read.
                folder = target.with_name(f"{target.stem}-photos")
                atomic_write(target, export_markdown(
                    view, lang, photo_folder=folder.name if with_photos else None))
                if with_photos:
                    made = not folder.exists()
                    try:
                        photo_copies.write_files(view, [e.id for e in all_entries(view)
                                                        if e.id], folder)
                    except BaseException:
                        if made and stop.is_set():  # locked part way: no half folder left
                            shutil.rmtree(folder, ignore_errors=True)
                        raise
            return target

        self.page.run(work, lambda saved: tell(self.copy_message, self.tr(
            "Saved: %1. Remember, this file is not encrypted.").replace("%1", str(saved)),
            self.tr("Saved. Remember, this file is not encrypted.")), self._copy_failed, stop)

    def _copy_failed(self, exc: BaseException) -> None:
        text = self.tr("The copy couldn't be saved there. Try another folder. "
                       "Nothing else was changed.") if isinstance(exc, OSError) \
            else error_text(exc, self.ctx.lang)
        tell(self.copy_message, text)

    # -- bringing entries in ----------------------------------------
    def bring_in(self) -> None:
        if self.page.journal is None or self.page.working:
            return
        path = self.ctx.dialogs.open_file(self, self.tr("Bring in entries from a file"),
                                          self.tr("Journal files (*.json);;All files (*)"))
        if not path:
            return
        self.import_message.setVisible(False)
        journal = self.page.journal
        stop = Stop()  # lock stops the reading; nothing was added yet

        def read() -> Planned:  # off the UI thread: read, check, prepare the photos
            data = Path(path).read_bytes()
            with journal.reader(stop) as view:
                return prepare_import(view, data)

        # Add its entries here, in one transaction on the journal's own connection
        # (never shared with another thread).
        self.page.run(read, self._add_entries, self._not_brought_in, stop)

    def _add_entries(self, planned: Planned) -> None:
        try:
            result = finish_import(self.page.journal, planned)
        except Exception as exc:  # noqa: BLE001 - said plainly; nothing was added
            self._not_brought_in(exc)
        else:
            self._brought_in(result)

    def _brought_in(self, result) -> None:
        n, skipped = result.entries, result.skipped
        text = self.tr("1 entry came in.") if n == 1 else \
            self.tr("%1 entries came in.").replace("%1", str(n))
        if skipped:
            text += " " + (self.tr("1 empty entry was left out.") if skipped == 1 else
                           self.tr("%1 empty entries were left out.").replace(
                               "%1", str(skipped)))
        if getattr(result, "drafts_left_out", 0):
            text += " " + self.tr("An unfinished draft in the file was left out, so it "
                                  "can't change a moment by mistake.")
        tell(self.import_message, text)
        self.entries_imported.emit()

    def _not_brought_in(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput) and self.ctx.lang == "en":
            text = str(exc)  # the core says what is wrong with the file, plainly
        elif isinstance(exc, InvalidInput):
            text = self.tr("This file can't be brought in. It isn't a Small Moments copy "
                           "or a jrnl JSON file that we can read. Nothing was added.")
        elif isinstance(exc, OSError):
            text = self.tr("That file couldn't be opened. Nothing was added.")
        else:
            text = error_text(exc, self.ctx.lang) + " " + self.tr("Nothing was added.")
        tell(self.import_message, text)
