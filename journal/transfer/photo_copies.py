"""Photos in the full copies: base64 in the JSON export (unless left out), and files
beside a Markdown export. Both are NOT encrypted; the UI warns before either is made.

A photo that comes back in from a JSON file is prepared again (journal.records.photos),
so a hand-edited file can't bring metadata or a damaged picture into the journal.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any

from journal.errors import PhotoError
from journal.fsutil import atomic_write, make_folder
from journal.records import photos
from journal.records.store import Journal

_EXTENSIONS = {"image/jpeg": "jpg", "image/webp": "webp"}


def photo_items(journal: Journal, entry_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """For the JSON export: each entry's photos as plain data, the picture in base64."""
    out: dict[int, list[dict[str, Any]]] = {}
    found = journal.photos.of_entries(entry_ids)
    for entry_id, kept in found.items():
        out[entry_id] = [{"mime": p.mime, "width": p.width, "height": p.height, "alt": p.alt,
                          "data": base64.b64encode(journal.photos.image(p.id)).decode("ascii")}
                         for p in kept]
    return out


class BadPhoto(ValueError):
    """A photo in an import file that can't come in (the importer says where)."""


def read_items(items: Any) -> list[tuple[photos.Prepared, str]]:
    """For an import: the photos of one entry, each checked and prepared again."""
    if items is None:
        return []
    if not isinstance(items, list) or len(items) > photos.MAX_PER_ENTRY:
        raise BadPhoto("has photos in a shape we can't read")
    out = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("data"), str):
            raise BadPhoto("has a photo we can't read")
        alt = item.get("alt") or ""
        if not isinstance(alt, str):
            raise BadPhoto("has words for a photo we can't read")
        try:
            data = base64.b64decode(item["data"], validate=True)
            out.append((photos.prepare(data), photos.clean_alt(alt)))
        except (binascii.Error, ValueError, PhotoError) as exc:
            raise BadPhoto("has a photo we can't read") from exc
    return out


def file_name(entry_id: int, position: int, mime: str) -> str:
    """A photo's file name beside a Markdown export: numbers only, no journal words."""
    return f"moment-{entry_id}-photo-{position + 1}.{_EXTENSIONS.get(mime, 'jpg')}"


def markdown_lines(kept: list[photos.Photo], folder_name: str) -> list[str]:
    """The Markdown image lines for an entry's photos, its words as the alt text."""
    from journal.transfer.export import md_escape

    lines = []
    for p in kept:
        alt = md_escape(p.alt).replace("[", "\\[").replace("]", "\\]").replace("\n", " ")
        lines += [f"![{alt}]({folder_name}/{file_name(p.entry_id, p.position, p.mime)})", ""]
    return lines


def write_files(journal: Journal, entry_ids: list[int], folder: Path) -> int:
    """Write the photos of `entry_ids` into `folder` (made if needed), one file each,
    atomically. Call only after the caregiver saw that the copy is not encrypted."""
    written = 0
    for start in range(0, len(entry_ids), 200):
        for kept in journal.photos.of_entries(entry_ids[start:start + 200]).values():
            for p in kept:
                if not written:
                    make_folder(folder)
                atomic_write(folder / file_name(p.entry_id, p.position, p.mime),
                             journal.photos.image(p.id))
                written += 1
    return written
