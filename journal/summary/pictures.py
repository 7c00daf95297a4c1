"""Photos in the shared summary: each one goes in only when the caregiver ticked it in
the wizard (never suggested), and only with its moment; its words become the alt text.

The wizard lists a moment's photos right under the moment ("photo:<id>" keys).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from journal.records.models import Entry
from journal.records.store import Journal
from journal.summary.model import Candidate, Moment, Picture, Section

WORDS = {
    "en": {"label": "Photo with the moment above: {alt}", "no_alt": "no words",
           "detail": "This photo goes in only if you also tick its moment."},
    "es": {"label": "Foto del momento de arriba: {alt}", "no_alt": "sin palabras",
           "detail": "Esta foto se incluye solo si también marcas su momento."},
}


def photo_key(photo_id: int) -> str:
    return f"photo:{photo_id}"


def photo_candidates(journal: Journal, pairs: Sequence[tuple[Entry, Candidate]], lang: str
                     ) -> list[Candidate]:
    """The photos of these (entry, its candidate) pairs, as unticked items."""
    return [c for c in with_photo_candidates(journal, pairs, lang) if c.key.startswith("photo:")]


def with_photo_candidates(journal: Journal, pairs: Iterable[tuple[Entry, Candidate | None]],
                          lang: str) -> list[Candidate]:
    """Entry items, each with its photos right after it (one query for the lot)."""
    words = WORDS.get(lang, WORDS["en"])
    pairs = [(e, c) for e, c in pairs if c is not None]
    found = journal.photos.of_entries([int(e.id) for e, _ in pairs if e.id is not None])
    out: list[Candidate] = []
    for entry, item in pairs:
        out.append(item)
        for photo in found.get(int(entry.id or 0), []):
            label = words["label"].format(alt=photo.alt or words["no_alt"])
            out.append(Candidate(photo_key(photo.id), item.section, label, words["detail"],
                                 False, entry.happened_at))
    return out


def attach_photos(journal: Journal, sections: list[Section], ticked: frozenset[str]
                  ) -> list[Section]:
    """Each moment's ticked photos, in the order they were added."""
    wanted = {int(k.partition(":")[2]) for k in ticked
              if k.startswith("photo:") and k.partition(":")[2].isdigit()}
    if not wanted:
        return sections
    out = []
    for section in sections:
        blocks = []
        for block in section.blocks:
            if isinstance(block, Moment) and block.entry_id is not None:
                kept = [p for p in journal.photos.of_entry(block.entry_id) if p.id in wanted]
                if kept:
                    block = replace(block, photos=tuple(
                        Picture(journal.photos.image(p.id), p.alt, p.width, p.height)
                        for p in kept))
            blocks.append(block)
        out.append(replace(section, blocks=tuple(blocks)))
    return out
