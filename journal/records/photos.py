"""Photos in a moment: up to four per entry, kept only inside the encrypted database.

A photo is read from bytes the caller already holds (never from a path), decoded in
memory with Pillow, turned upright from its EXIF orientation, scaled to at most
MAX_SIDE pixels on the long side and encoded again as JPEG from the bare pixels, so
nothing of the original file comes along: no GPS, camera, time, comments, XMP, ICC or
text chunks. A small thumbnail is made the same way. Bad input (not a photo, too big,
a decompression bomb, cut short, HEIC without a decoder) raises a PhotoError with a
plain message, and nothing is saved.

Pillow is imported on first use, so opening a journal does not pay for it.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from journal.errors import (
    InvalidInput,
    NotAPhoto,
    PhotoDamaged,
    PhotoFormatUnsupported,
    PhotoTooBig,
    TooManyPhotos,
)
from journal.records import validate
from journal.vault import db

if TYPE_CHECKING:
    import sqlcipher3

MAX_PER_ENTRY = 4
MAX_SIDE = 2048  # long side of the kept picture, in pixels
DRAFT_SIDE = 1800  # a JPEG may be decoded at a smaller scale down to this long side
THUMB_SIDE = 240  # long side of the thumbnail (sharp at 2x for a 120-pixel row)
MAX_INPUT_BYTES = 40 * 1024 * 1024  # a 100 MB file is refused before decoding
MAX_PIXELS = 120_000_000  # about a 120-megapixel camera; more is a bomb, not a photo
TARGET_BYTES = (300 * 1024, 600 * 1024)  # the size the quality is chosen for
QUALITIES = (88, 80, 72, 64, 56)  # tried in order until the picture fits TARGET_BYTES
MAX_ALT = 500  # characters of words for a screen reader
# What Pillow may decode: the everyday photo formats, nothing exotic (no EPS, no PSD).
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "AVIF")
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


@dataclass(frozen=True)
class Prepared:
    """A picture ready to keep: re-encoded bytes and a thumbnail, no metadata."""

    image: bytes
    thumb: bytes
    mime: str
    width: int
    height: int


@dataclass(frozen=True)
class Photo:
    """One kept photo, without its bytes (ask `Photos.image` / `Photos.thumb`)."""

    id: int
    entry_id: int
    position: int
    mime: str
    width: int
    height: int
    alt: str
    size: int  # bytes of the kept picture


def _pillow():
    from PIL import Image, ImageFile

    Image.init()  # every plugin registered, so FORMATS can all be named
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow's bomb check, set here, not left to chance
    ImageFile.LOAD_TRUNCATED_IMAGES = False  # a cut-short photo is an error, not grey
    return Image


def _is_heif(data: bytes) -> bool:
    return data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS


def _unreadable_kind(data: bytes, opens: dict) -> bool:
    """A WebP or AVIF photo where this build of Pillow has no decoder for it (the
    packaged app leaves those decoders out)."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP" not in opens
    return data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis") and "AVIF" not in opens


def prepare(data: bytes) -> Prepared:
    """Decode `data` in memory and make the picture and thumbnail to keep."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise NotAPhoto()
    data = bytes(data)
    if len(data) > MAX_INPUT_BYTES:
        raise PhotoTooBig()
    if len(data) < 8:
        raise NotAPhoto()
    if _is_heif(data):
        raise PhotoFormatUnsupported()
    image_mod = _pillow()
    if _unreadable_kind(data, image_mod.OPEN):
        raise PhotoFormatUnsupported()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # odd EXIF in a photo is no reason to stop
            warnings.simplefilter("error", image_mod.DecompressionBombWarning)
            picture = _decode(image_mod, data)
            return _encode(image_mod, picture)
    except (image_mod.DecompressionBombError, image_mod.DecompressionBombWarning) as exc:
        raise PhotoTooBig() from exc
    except image_mod.UnidentifiedImageError as exc:
        raise NotAPhoto() from exc
    except MemoryError as exc:
        raise PhotoTooBig() from exc
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, KeyError,
            TypeError, ZeroDivisionError, struct.error) as exc:
        raise PhotoDamaged() from exc


def _decode(image_mod, data: bytes):
    from PIL import ImageOps

    source = image_mod.open(io.BytesIO(data),
                            formats=[name for name in FORMATS if name in image_mod.OPEN])
    width, height = source.size
    if width < 1 or height < 1:
        raise NotAPhoto()
    if width * height > MAX_PIXELS:
        raise PhotoTooBig()
    if source.format in ("JPEG", "MPO") and max(width, height) > MAX_SIDE:
        # Decode at 1/2, 1/4 or 1/8 straight away where the result stays sharp (fast, and
        # a 12 MP photo never sits whole in memory): a long side of 1,800 px or more.
        ratio = DRAFT_SIDE / max(width, height)
        source.draft("RGB", (max(1, int(width * ratio)), max(1, int(height * ratio))))
    source.load()
    upright = ImageOps.exif_transpose(source)  # may return a new image
    return _plain_rgb(image_mod, upright if upright is not None else source)


def _plain_rgb(image_mod, picture):
    """Only the pixels, as RGB: transparency over white, every info field left behind."""
    if picture.mode in ("RGBA", "LA", "PA") or (
            picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        flat = image_mod.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        picture = flat
    elif picture.mode.startswith("I;16") or picture.mode in ("I", "F"):
        picture = picture.convert("I").point(lambda v: v / 256).convert("L").convert("RGB")
    elif picture.mode != "RGB":
        picture = picture.convert("RGB")
    if max(picture.size) > MAX_SIDE:
        picture = picture.copy()
        picture.thumbnail((MAX_SIDE, MAX_SIDE), image_mod.Resampling.LANCZOS)
    # A new image from the bare pixels: no info, no EXIF, no ICC, no text chunks.
    return image_mod.frombytes("RGB", picture.size, picture.tobytes())


def _jpeg(picture, quality: int) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _encode(image_mod, picture) -> Prepared:
    best = b""
    for quality in QUALITIES:
        best = _jpeg(picture, quality)
        if len(best) <= TARGET_BYTES[1]:
            break
    thumb = picture.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), image_mod.Resampling.BILINEAR)
    return Prepared(best, _jpeg(thumb, 75), "image/jpeg", picture.width, picture.height)


def clean_alt(alt: str | None) -> str:
    return validate.text(alt or "", what="photo words", limit=MAX_ALT).strip()


def insert(conn: sqlcipher3.Connection, entry_id: int, prepared: Prepared, alt: str,
           now: datetime) -> int:
    """Inside a transaction: keep `prepared` in the entry's first free place."""
    used = {r[0] for r in conn.execute("SELECT position FROM photos WHERE entry_id = ?",
                                       (entry_id,))}
    free = sorted(set(range(MAX_PER_ENTRY)) - used)
    if not free:
        raise TooManyPhotos()
    return int(conn.execute(
        "INSERT INTO photos (entry_id, position, mime, width, height, image, thumb, alt,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, free[0], prepared.mime, prepared.width, prepared.height, prepared.image,
         prepared.thumb, clean_alt(alt), _iso(now))).lastrowid)


_COLUMNS = "id, entry_id, position, mime, width, height, alt, length(image)"


class Photos:
    """The photos of the journal's entries, through the journal's own connection."""

    def __init__(self, journal) -> None:
        self._journal = journal

    @property
    def _conn(self) -> sqlcipher3.Connection:
        return self._journal.conn

    def add(self, entry_id: int, data: bytes, alt: str = "") -> Photo:
        """Add a photo to an entry (one transaction). PhotoError if it can't be kept."""
        alt = clean_alt(alt)
        self._check_room(entry_id)
        prepared = prepare(data)
        return self.add_prepared(entry_id, prepared, alt)

    def _check_room(self, entry_id: int) -> None:
        row = self._conn.execute("SELECT deleted_at FROM entries WHERE id = ?",
                                 (entry_id,)).fetchone()
        if row is None or row[0] is not None:
            raise InvalidInput("That moment isn't in the journal any more.")
        if self.count(entry_id) >= MAX_PER_ENTRY:
            raise TooManyPhotos()

    def add_prepared(self, entry_id: int, prepared: Prepared, alt: str = "") -> Photo:
        alt = clean_alt(alt)
        with db.transaction(self._conn):
            self._check_room(entry_id)
            photo_id = insert(self._conn, entry_id, prepared, alt, self._journal.clock.now())
        return self.get(photo_id)  # type: ignore[return-value]

    def get(self, photo_id: int) -> Photo | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM photos WHERE id = ?",
                                 (photo_id,)).fetchone()
        return Photo(*row) if row else None

    def of_entry(self, entry_id: int) -> list[Photo]:
        return [Photo(*row) for row in self._conn.execute(
            f"SELECT {_COLUMNS} FROM photos WHERE entry_id = ? ORDER BY position",
            (entry_id,))]

    def of_entries(self, entry_ids: list[int]) -> dict[int, list[Photo]]:
        """The photos of many entries at once (exports, the summary), by entry id."""
        out: dict[int, list[Photo]] = {}
        for start in range(0, len(entry_ids), 500):
            chunk = entry_ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(
                    f"SELECT {_COLUMNS} FROM photos WHERE entry_id IN ({marks})"
                    " ORDER BY entry_id, position", chunk):
                out.setdefault(row[1], []).append(Photo(*row))
        return out

    def count(self, entry_id: int) -> int:
        return int(self._conn.execute("SELECT count(*) FROM photos WHERE entry_id = ?",
                                      (entry_id,)).fetchone()[0])

    def image(self, photo_id: int) -> bytes:
        row = self._conn.execute("SELECT image FROM photos WHERE id = ?",
                                 (photo_id,)).fetchone()
        return bytes(row[0]) if row else b""

    def thumb(self, photo_id: int) -> bytes:
        row = self._conn.execute("SELECT thumb FROM photos WHERE id = ?",
                                 (photo_id,)).fetchone()
        return bytes(row[0]) if row else b""

    def first_thumbs(self, entry_ids: list[int]) -> dict[int, tuple[bytes, int]]:
        """For the timeline: each entry's first thumbnail and how many photos it has."""
        if not entry_ids:
            return {}
        marks = ",".join("?" * len(entry_ids))
        rows = self._conn.execute(
            f"SELECT entry_id, thumb, (SELECT count(*) FROM photos AS o"
            f" WHERE o.entry_id = p.entry_id) FROM photos AS p"
            f" WHERE entry_id IN ({marks}) AND position = (SELECT min(position)"
            f" FROM photos AS q WHERE q.entry_id = p.entry_id)", list(entry_ids))
        return {entry_id: (bytes(thumb), n) for entry_id, thumb, n in rows}

    def set_alt(self, photo_id: int, alt: str) -> None:
        alt = clean_alt(alt)
        with db.transaction(self._conn):
            self._conn.execute("UPDATE photos SET alt = ? WHERE id = ?", (alt, photo_id))

    def remove(self, photo_id: int) -> None:
        with db.transaction(self._conn):
            self._conn.execute("DELETE FROM photos WHERE id = ?", (photo_id,))


def _iso(moment: datetime) -> str:
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")
