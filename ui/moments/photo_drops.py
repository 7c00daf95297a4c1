"""Photos dropped or pasted on a form: which drops and pastes are photos, and the
mixin that hands a photo dropped anywhere on the moment form to its photo row."""

from __future__ import annotations

from pathlib import Path

FILTER_EXTS = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.heic *.heif *.avif"


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
