"""The photo row of the moment form: up to 4 photos, from a file, dropped or pasted.

A photo is read as bytes here (never opened by path with a Qt image reader), prepared in
memory by the core (upright, scaled, metadata dropped), and shown from those bytes. It
is kept in the journal only when the moment is saved (`keep`); Cancel keeps nothing.
Words for a screen reader are asked for each photo, and can be left empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from journal import errors
from journal.records import photos
from ui.plumbing.theme import set_role
from ui.widgets.thumbs import picture, png_bytes

TILE = 88  # pixels: a photo's thumbnail in the form
FILTER_EXTS = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.heif *.avif"


@dataclass
class Item:
    pixmap: QPixmap
    alt: str = ""
    photo_id: int | None = None  # kept already
    prepared: photos.Prepared | None = None  # new: kept when the moment is saved


class PhotoStrip(QWidget):
    changed = Signal()

    def __init__(self, dialogs, parent: QWidget | None = None, *,
                 on_today: bool = False) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.on_today = on_today  # Today's Alt keys differ from the moment form's
        self.items: list[Item] = []
        self.removed: list[int] = []
        self.renamed: set[int] = set()
        self.form: QWidget | None = None
        self.tiles: list[QToolButton] = []
        self.remove_buttons: list[QPushButton] = []
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose_file)
        self.row = QHBoxLayout(self)  # the photos; the add button sits beside "Add more"
        self.row.setContentsMargins(0, 0, 0, 0)
        self.setAcceptDrops(True)
        self.retranslate()
        self._rebuild()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a p&hoto\u2026") if self.on_today
                                else self.tr("&Add a photo\u2026"))
        self.add_button.setAccessibleName(self.tr("Add a photo"))
        hint = self.tr("Up to 4 photos. You can also drag a photo onto this page or paste "
                       "it. Photos stay inside your locked journal.")
        self.add_button.setToolTip(hint)
        self.add_button.setAccessibleDescription(hint)
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def beside(self, other: QWidget) -> QHBoxLayout:
        """A row with `other` (the form's "Add more") and the add-a-photo button."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(other)
        row.addWidget(self.add_button)
        row.addStretch(1)
        return row

    # -- what is shown ----------------------------------------------------------------
    def load(self, journal, entry_id: int | None) -> None:
        self.clear()
        if journal is not None and entry_id is not None:
            for kept in journal.photos.of_entry(entry_id):
                self.items.append(Item(picture(journal.photos.thumb(kept.id)), kept.alt,
                                       kept.id))
        self._rebuild()

    def clear(self) -> None:
        self.items, self.removed, self.renamed = [], [], set()
        self._rebuild()

    def _rebuild(self) -> None:
        while self.row.count():
            widget = self.row.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.tiles, self.remove_buttons = [], []
        for n, item in enumerate(self.items):
            self.row.addWidget(self._tile(n, item))
        self.row.addStretch(1)
        self.setVisible(bool(self.items))
        self.add_button.setEnabled(len(self.items) < photos.MAX_PER_ENTRY)

    def _tile(self, n: int, item: Item) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        tile = QToolButton()
        tile.setIcon(QIcon(item.pixmap))
        tile.setIconSize(QSize(TILE, TILE))
        name = self.tr("Photo %1: %2").replace("%1", str(n + 1)).replace(
            "%2", item.alt or self.tr("no words yet"))
        tile.setAccessibleName(name)
        tile.setToolTip(self.tr("Change the words for this photo"))
        tile.clicked.connect(lambda _=False, i=n: self.ask_words(i))
        remove = set_role(QPushButton(self.tr("Remove")), "link")
        remove.setAccessibleName(self.tr("Remove photo %1").replace("%1", str(n + 1)))
        remove.clicked.connect(lambda _=False, i=n: self.remove(i))
        column.addWidget(tile)
        column.addWidget(remove, 0, Qt.AlignmentFlag.AlignHCenter)
        self.tiles.append(tile)
        self.remove_buttons.append(remove)
        return holder

    def tab_chain(self) -> list[QWidget]:
        return [w for pair in zip(self.tiles, self.remove_buttons, strict=True)
                for w in pair] + [self.add_button]

    # -- adding -----------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.dialogs.open_file(self, self.tr("Add a photo"), self.tr(
            "Photos (%1);;All files (*)").replace("%1", FILTER_EXTS))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        try:
            if os.stat(path).st_size > photos.MAX_INPUT_BYTES:
                raise errors.PhotoTooBig()
            data = path.read_bytes()  # bytes first: no Qt reader ever opens the path
        except errors.PhotoError as exc:
            return self._refuse(exc)
        except OSError:
            self.dialogs.warn(self, self.tr("Small Moments"), self.tr(
                "That file couldn't be opened. Nothing was changed."))
            return False
        return self.add_bytes(data)

    def add_bytes(self, data: bytes) -> bool:
        """Prepare a photo in memory, ask for its words, and show it (kept on Save)."""
        try:
            if len(self.items) >= photos.MAX_PER_ENTRY:
                raise errors.TooManyPhotos()
            prepared = photos.prepare(data)
        except errors.PhotoError as exc:
            return self._refuse(exc)
        words = self.dialogs.ask_text(self, self.tr("Words for this photo"), self.tr(
            "If you like, say in a few words what the photo shows. A screen reader reads "
            "them out. You can leave this empty."))
        self.items.append(Item(picture(prepared.thumb), (words or "").strip(),
                               prepared=prepared))
        self._rebuild()
        self.changed.emit()
        self.add_button.setFocus()
        return True

    def add_from_mime(self, mime) -> bool:
        """A drop or a paste: files (read as bytes), or a picture copied from another app."""
        if mime is None:
            return False
        suffixes = {ext[1:] for ext in FILTER_EXTS.split()}
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()
                 and Path(url.toLocalFile()).suffix.lower() in suffixes] \
            if mime.hasUrls() else []
        if files:
            return any([self.add_file(path) for path in files])
        if mime.hasImage():
            image = mime.imageData()
            return bool(image is not None and not image.isNull()
                        and self.add_bytes(png_bytes(image)))
        return False

    def _refuse(self, exc: errors.PhotoError) -> bool:
        self.dialogs.warn(self, self.tr("Small Moments"), self.error_text(exc))
        return False

    def error_text(self, exc: errors.PhotoError) -> str:
        if isinstance(exc, errors.TooManyPhotos):
            return self.tr("A moment can keep up to 4 photos. Nothing was changed.")
        if isinstance(exc, errors.PhotoTooBig):
            return self.tr("That photo is too big to add. Try a smaller copy of it. "
                           "Nothing was changed.")
        if isinstance(exc, errors.PhotoDamaged):
            return self.tr("That photo seems to be cut short or damaged, so it can't be "
                           "added. Nothing was changed.")
        if isinstance(exc, errors.PhotoFormatUnsupported):
            return self.tr("That photo is in a format this computer can't open (like "
                           "HEIC). Save it as JPEG or PNG, then try again. Nothing was "
                           "changed.")
        return self.tr("That file isn't a photo this app can open. Nothing was changed.")

    # -- changing ---------------------------------------------------------------------
    def ask_words(self, n: int) -> None:
        item = self.items[n]
        words = self.dialogs.ask_text(self, self.tr("Words for this photo"), self.tr(
            "Say in a few words what the photo shows. A screen reader reads them out."),
            item.alt)
        if words is not None and words.strip() != item.alt:
            item.alt = words.strip()
            if item.photo_id is not None:
                self.renamed.add(item.photo_id)
            self._rebuild()
            self.changed.emit()

    def remove(self, n: int) -> None:
        item = self.items.pop(n)
        if item.photo_id is not None:
            self.removed.append(item.photo_id)
        self._rebuild()
        self.changed.emit()
        self.add_button.setFocus()

    def keep(self, journal, entry_id: int) -> None:
        """After the moment is saved: remove, rename and add what changed here."""
        for photo_id in self.removed:
            journal.photos.remove(photo_id)
        for item in self.items:
            if item.photo_id is not None and item.photo_id in self.renamed:
                journal.photos.set_alt(item.photo_id, item.alt)
            elif item.prepared is not None:
                item.photo_id = journal.photos.add_prepared(entry_id, item.prepared,
                                                            item.alt).id
                item.prepared = None
        self.removed, self.renamed = [], set()

    # -- drops and pastes anywhere on the form ----------------------------------------
    def watch(self, form: QWidget, boxes) -> None:
        """Take photos dropped on the form (PhotoDrops) or pasted into its text boxes
        (quick.WordsBox hands a picture here instead of inserting it)."""
        self.form = form
        form.setAcceptDrops(True)
        for box in boxes:
            box.photo_sink = self.add_from_mime

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if has_photo(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        if has_photo(event.mimeData()):
            event.acceptProposedAction()
            self.add_from_mime(event.mimeData())


class PhotoDrops:
    """For the moment form (a mixin before QWidget): a photo dropped anywhere on it goes
    to its photo row, `self.photos`."""

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if has_photo(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if has_photo(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        if has_photo(event.mimeData()):
            event.acceptProposedAction()
            self.photos.add_from_mime(event.mimeData())
        else:
            super().dropEvent(event)


def photo_files(mime) -> bool:
    """Files that look like photos by their names (a dropped text file is left alone)."""
    suffixes = {ext[1:] for ext in FILTER_EXTS.split()}
    return mime.hasUrls() and any(
        url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in suffixes
        for url in mime.urls())


def has_photo(mime) -> bool:
    return mime is not None and (mime.hasImage() or photo_files(mime))


def pasted_photo(mime) -> bool:
    """A paste that is a photo: photo files, or a picture with no words beside it."""
    return mime is not None and (photo_files(mime) or (mime.hasImage() and not mime.hasText()))
