"""The photo row of the moment form: up to 4 photos, from a file, dropped or pasted.

A photo is read as bytes here (never opened by path with a Qt image reader), prepared in
memory by the core (upright, scaled, metadata dropped) off the UI thread, and shown from
those bytes. While it is made ready the row shows "Getting the photo ready…" where its
tile will be and the add button waits; photos dropped together are made ready one after
another, in order. Words for a screen reader are asked for each photo once it is ready,
and can be left empty. A photo is kept in the journal only when the moment is saved
(`keep`); Save pressed while a photo is getting ready waits for it (`then`). Cancel and
lock drop a photo still getting ready: its result goes nowhere, and no question comes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from journal import errors
from journal.records import photos
from ui.moments.photo_busy import busy_tile, scroll_to
from ui.moments.photo_drops import FILTER_EXTS, has_photo
from ui.moments.photo_words import error_text
from ui.plumbing.operations import run_in_background
from ui.plumbing.theme import set_role
from ui.widgets.announce import announce
from ui.widgets.thumbs import picture, png_bytes

TILE = 88  # pixels: a photo's thumbnail in the form


@dataclass
class Item:
    pixmap: QPixmap
    alt: str = ""
    photo_id: int | None = None  # kept already
    prepared: photos.Prepared | None = None  # new: kept when the moment is saved


class _Job:
    """The photo being made ready: its operation (to let go), until its tile is shown."""

    op = None

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
        self.waiting: list[bytes | QImage] = []  # accepted, not yet being made ready
        self.job: _Job | None = None  # being made ready, or asked for its words
        self.after: Callable[[], None] | None = None  # Save, pressed while getting ready
        self.busy_bar: QProgressBar | None = None
        self.busy_label: QLabel | None = None
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
        """Forget every photo, and drop any still getting ready (Cancel, lock, saved)."""
        job, self.job, self.waiting, self.after = self.job, None, [], None
        if job is not None and job.op is not None:
            job.op.let_go()  # its result (the picture) goes nowhere
        self.items, self.removed, self.renamed = [], [], set()
        self._rebuild()

    def unsaved(self) -> int:
        """New photos not kept yet (a lock can't keep them: they are only in memory)."""
        return sum(item.prepared is not None for item in self.items) + (
            len(self.waiting) + (self.job is not None))

    def busy(self) -> bool:
        """A photo is getting ready, or waiting its turn."""
        return self.job is not None or bool(self.waiting)

    def _rebuild(self) -> None:
        here = self.add_button.hasFocus() or (self.busy_bar is not None
                                              and self.busy_bar.hasFocus())
        while self.row.count():
            widget = self.row.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.tiles, self.remove_buttons = [], []
        self.busy_bar = self.busy_label = None
        for n, item in enumerate(self.items):
            self.row.addWidget(self._tile(n, item))
        if self.busy():
            self.row.addWidget(self._busy_tile(), 1)  # its words may use the row's width
            QTimer.singleShot(0, self, self._into_view)
        else:
            self.row.addStretch(1)
        self.setVisible(bool(self.items) or self.busy())
        if self.busy_bar is not None and here:
            self.busy_bar.setFocus()  # Tab stays here, not on the next button along
        self.add_button.setEnabled(not self.busy() and len(self.items) < photos.MAX_PER_ENTRY)

    def _busy_tile(self) -> QWidget:
        """Where the new photo's tile will be: a named bar that moves, and its words."""
        holder, self.busy_bar, self.busy_label = busy_tile(self.busy_words(), TILE)
        return holder

    def _into_view(self) -> None:
        if self.busy_label is not None:
            scroll_to(self, self.busy_label)

    def busy_words(self) -> str:
        if self.after is not None:
            return self.tr("Getting the photo ready\u2026 Keeping it all right after.")
        return self.tr("Getting the photo ready\u2026")

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
        tile.setToolTip(self.tr("Change the words for this photo") if item.alt
                        else self.tr("Add words for this photo"))
        if not item.alt:  # seen at a glance: a photo can still get its words
            tile.setText(self.tr("Add words"))
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
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
        busy = [self.busy_bar] if self.busy_bar is not None else []
        return [w for pair in zip(self.tiles, self.remove_buttons, strict=True)
                for w in pair] + busy + [self.add_button]

    # -- adding -----------------------------------------------------------------------
    def choose_file(self) -> None:
        path = self.dialogs.open_file(self, self.tr("Add a photo"), self.tr(
            "Photos (%1);;All files (*)").replace("%1", FILTER_EXTS))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path, *, start: bool = True) -> bool:
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
        return self.add_bytes(data, start=start)

    def add_bytes(self, data: bytes | QImage, *, start: bool = True) -> bool:
        """Take a photo (bytes, or a pasted picture): it is made ready off the UI thread
        after those before it, then its words are asked and it is shown (kept on Save).
        False, with the reason said, if the moment already has 4. `start=False`: more
        come with it; the caller starts them once all are taken (no result arrives
        while a message about one of them is open)."""
        if len(self.items) + len(self.waiting) + (self.job is not None) \
                >= photos.MAX_PER_ENTRY:
            return self._refuse(errors.TooManyPhotos())
        self.waiting.append(data)
        if start:
            self._next()
        return True

    def _next(self) -> None:
        """Make the next waiting photo ready, on the background runner."""
        if self.job is not None or not self.waiting:
            self._rebuild()
            return
        data = self.waiting.pop(0)
        job = self.job = _Job()
        self._rebuild()
        self.changed.emit()  # the busy tile joins the Tab order
        announce(self, self.busy_words())
        job.op = run_in_background(self, partial(_prepare, data),  # dropped as it ends
                                   lambda ready: self._ready(job, ready),
                                   lambda exc: self._not_ready(job, exc))

    def _ready(self, job: _Job, prepared: photos.Prepared) -> None:
        if not isValid(self) or job is not self.job:
            return  # the row is gone (a lock), or dropped (Cancel, lock) meanwhile
        job.op = None  # reported: nothing left to let go
        focus = QApplication.focusWidget()
        back = focus is None or focus is self.add_button or self.isAncestorOf(focus)
        words = None
        if back:  # picked here (the file dialog, the keys): ask now; typing elsewhere
            words = self.dialogs.ask_text(self, self.tr("Words for this photo"), self.tr(
                "If you like, say in a few words what the photo shows. A screen reader "
                "reads them out. You can leave this empty."))
            if not isValid(self) or job is not self.job:
                return  # cleared while the question was open (a lock): keep nothing
        self.job = None
        self.items.append(Item(picture(prepared.thumb), (words or "").strip(),
                               prepared=prepared))
        self._went(back)
        if not back:  # their typing stays where it was; the tile says how to add words
            announce(self, self.tr("The photo is in. To add words for it, pick the photo."))
            QTimer.singleShot(0, self, self._tile_into_view)

    def _tile_into_view(self) -> None:
        if self.tiles:  # "Add words" can be seen, not only heard (large text scrolls)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # placed
            scroll_to(self, self.tiles[-1].parentWidget(), QApplication.focusWidget())

    def _not_ready(self, job: _Job, exc: BaseException) -> None:
        """The same plain message as ever, once the work is over; nothing changes, and
        a Save that waited is called off (the words stay on screen)."""
        if job is not self.job:
            return
        job.op = None
        back = self.busy_bar is not None and self.busy_bar.hasFocus()
        self.job, self.after = None, None
        self._rebuild()
        if isinstance(exc, MemoryError):
            exc = errors.PhotoTooBig()
        if isinstance(exc, errors.PhotoError):
            self._refuse(exc)  # the next waits until this is read
        self._went(back)
        if not isinstance(exc, errors.PhotoError):
            raise exc

    def _went(self, focus_back: bool) -> None:
        """One photo is done: show the row as it is now and start the next; once none
        is left, the Save that waited for them."""
        self._next()  # rebuilds the row
        self.changed.emit()
        if focus_back:
            (self.busy_bar if self.busy_bar is not None else self.add_button).setFocus()
        if not self.busy() and self.after is not None:
            after, self.after = self.after, None
            after()

    def then(self, action: Callable[[], None]) -> bool:
        """Save pressed: True if it must wait for a photo getting ready (`action` runs
        once every photo is in, and is called off if one can't be added)."""
        if not self.busy():
            return False
        self.after = action
        self._rebuild()
        announce(self, self.busy_words())
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
            taken = [self.add_file(path, start=False) for path in files]
            self._next()
            return any(taken)
        if mime.hasImage():
            image = mime.imageData()  # made into bytes off the UI thread, in memory
            return bool(image is not None and not image.isNull()
                        and self.add_bytes(QImage(image)))
        return False

    def _refuse(self, exc: errors.PhotoError) -> bool:
        self.dialogs.warn(self, self.tr("Small Moments"), error_text(exc))
        return False

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


def _prepare(data: bytes | QImage) -> photos.Prepared:
    """On a pool thread: a pasted picture becomes PNG bytes in memory, then is prepared."""
    return photos.prepare(data if isinstance(data, bytes) else png_bytes(data))
