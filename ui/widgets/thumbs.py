"""Pictures from bytes, in memory only: never a path, never a file, never a disk cache.

`picture(data)` decodes bytes the app already holds (QImage.fromData: no QImageReader on
a file name). `ThumbCache` fetches one entry's first thumbnail when its row is painted
and keeps a bounded number in memory, so the paged timeline stays as fast as before:
nothing is read for rows that are never shown.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPixmap

MAX_KEPT = 400  # thumbnails kept in memory (about 10 KB each)


def picture(data: bytes) -> QPixmap:
    """A pixmap from image bytes; a null pixmap if they aren't a picture."""
    image = QImage.fromData(QByteArray(data))
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


def png_bytes(image: QImage) -> bytes:
    """A QImage (dropped or pasted) as PNG bytes, written to memory, never to disk."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class ThumbCache:
    """Each entry's first thumbnail and its number of photos, fetched on first paint."""

    def __init__(self, journal) -> None:
        self.journal = journal
        self._kept: OrderedDict[int, tuple[QPixmap, int] | None] = OrderedDict()
        self.fetches = 0  # how many times the journal was asked (tests check laziness)

    def get(self, entry_id: int) -> tuple[QPixmap, int] | None:
        if entry_id in self._kept:
            self._kept.move_to_end(entry_id)
            return self._kept[entry_id]
        if self.journal is None or not self.journal.is_open:
            return None
        self.fetches += 1
        found = self.journal.photos.first_thumbs([entry_id]).get(entry_id)
        value = (picture(found[0]), found[1]) if found else None
        self._kept[entry_id] = value
        while len(self._kept) > MAX_KEPT:
            self._kept.popitem(last=False)
        return value

    def forget(self, entry_id: int | None = None) -> None:
        """Drop one entry's thumbnail (its photos changed) or all of them."""
        if entry_id is None:
            self._kept.clear()
        else:
            self._kept.pop(entry_id, None)

    def wipe(self) -> None:
        self._kept.clear()
        self.journal = None
