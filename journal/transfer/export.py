"""The caregiver's own full exports: JSON (everything, for moving or keeping) and Markdown
(to read). Both are NOT encrypted: the UI shows EXPORT_WARNING before saving either.

What is in them: every person (people in the trash only when an entry still names
them), every strength (built-in by key, the caregiver's own by label), every entry that
is not in the trash, the prompt history and the drafts. Not in them: the trash (the
caregiver chose to let those go), settings (preferences, not words), and keys.

Photos: the JSON carries each entry's photos in base64 (`photos=False` leaves them out
and says so in "photos_left_out"); the Markdown export names them as files in a folder
beside the .md, written by journal.transfer.photo_copies.write_files.

The JSON format (`FORMAT`, `SCHEMA_VERSION`) is read back by journal.transfer.importers; a round
trip through a fresh journal gives the same export apart from ids and export time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from journal.about import APP_NAME, __version__
from journal.records.models import Entry, Filters
from journal.records.store import Journal
from journal.summary.build import entry_fields, word
from journal.summary.text import day_heading, long_date, norm_lang, t
from journal.transfer.photo_copies import markdown_lines, photo_items

FORMAT = "small-moments-export"
SCHEMA_VERSION = 1

EXPORT_WARNING = {
    "en": "This file is not encrypted. Anyone who opens it can read everything you wrote. "
          "Keep it somewhere safe, and delete it when you no longer need it.",
    "es": "Este archivo no está cifrado: no lo protege tu frase de acceso. Cualquier persona "
          "que lo abra puede leer todo lo que escribiste. Guárdalo en un lugar seguro y "
          "bórralo cuando ya no lo necesites.",
}

_MD = {
    "en": {"title": "My Small Moments journal", "exported": "Exported on {day}.",
           "people": "People", "entries": "Entries", "drafts": "Drafts",
           "child": "child", "caregiver": "caregiver", "village": "village",
           "born": "born {month}", "shared": "Marked OK to share", "in_trash": "in the trash",
           "nothing": "No entries yet."},
    "es": {"title": "Mi diario Small Moments", "exported": "Exportado el {day}.",
           "people": "Personas", "entries": "Momentos", "drafts": "Borradores",
           "child": "mi peque", "caregiver": "persona que cuida",
           "village": "alguien de mi gente", "born": "fecha de nacimiento: {month}",
           "shared": "Se puede compartir en un resumen", "in_trash": "en la papelera",
           "nothing": "Todavía no hay momentos."},
}
SUMMARY_DRAFT = "summary-wizard"  # the summary being made (ui.summary.keep.DRAFT_KEY)


def is_summary_draft(key: str) -> bool:
    """The summary being made, under any caregiver's name (drafts are kept per writer)."""
    return key.rsplit("/", 1)[-1] == SUMMARY_DRAFT


def _iso(moment: datetime | date | None) -> str | None:
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="seconds")
    return moment.isoformat()


def all_entries(journal: Journal) -> list[Entry]:
    """Every entry not in the trash, oldest first."""
    found: list[Entry] = []
    page = journal.list_entries(Filters(), limit=500)
    while True:
        found.extend(page.entries)
        if page.next is None:
            break
        page = journal.list_entries(Filters(), after=page.next, limit=500)
    return sorted(found, key=lambda e: (e.happened_at, e.id or 0))


def export_data(journal: Journal, *, photos: bool = True) -> dict[str, Any]:
    """Everything the JSON export holds, as plain data (photos in base64 unless left out)."""
    found = all_entries(journal)
    pictures = photo_items(journal, [e.id for e in found if e.id]) if photos else {}
    named = {p for e in found for p in e.people}
    people = journal.list_people() + [p for p in journal.people_in_trash() if p.id in named]
    strengths = journal.strengths("en")
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app": APP_NAME,
        "app_version": __version__,
        "exported_at": _iso(journal.clock.now()),
        "people": [{"id": p.id, "role": p.role, "nickname": p.nickname,
                    "birth_month": p.birth_month, "how_they_help": p.how_they_help,
                    "in_trash": p.deleted_at is not None,
                    "deleted_at": _iso(p.deleted_at)} for p in people],
        "strengths": [{"id": s.id, "key": s.key, "label": s.label, "factor": s.factor}
                      for s in strengths],
        "entries": [_entry(e) | ({"photos": pictures.get(e.id or 0, [])} if photos else {})
                    for e in found],
        "photos_left_out": not photos,
        "prompt_history": [{"day": _iso(r.day), "prompt_id": r.prompt_id, "status": r.status}
                           for r in journal.prompt_history()],
        "drafts": journal.drafts(),
    }


def _entry(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kind": entry.kind,
        "happened_at": _iso(entry.happened_at),
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
        "text": dict(entry.text),
        "people": list(entry.people),
        "strengths": [{"strength": m.strength_id, "whose": m.whose} for m in entry.strengths],
        "routine": entry.routine,
        "feeling": entry.feeling,
        "back_and_forths": entry.back_and_forths,
        "prompt_id": entry.prompt_id,
        "prompt_text": entry.prompt_text,
        "ok_to_share": entry.ok_to_share,
        "lang": entry.lang,
        "next_visit": _iso(entry.next_visit),
    }


def export_json(journal: Journal, *, photos: bool = True) -> bytes:
    """The full JSON export (UTF-8). NOT encrypted: show EXPORT_WARNING first."""
    return (json.dumps(export_data(journal, photos=photos), ensure_ascii=False, indent=2)
            + "\n").encode()


_ENTRIES = "\u0000entries\u0000"  # where the entries go, in the streamed JSON


def write_json(journal: Journal, write: Callable[[bytes], object], *,
               photos: bool = True) -> None:
    """The same JSON as `export_json`, written a piece at a time through `write`, so a
    journal with thousands of photos never sits whole in memory as one string: the
    photos are read a few entries at a time."""
    doc = export_data(journal, photos=False)
    doc["photos_left_out"] = not photos
    found = doc["entries"]
    doc["entries"] = _ENTRIES
    head, tail = json.dumps(doc, ensure_ascii=False, indent=2).split(json.dumps(_ENTRIES))
    write(head.encode() + b"[")
    for start in range(0, len(found), 50):
        part = found[start:start + 50]
        pictures = photo_items(journal, [e["id"] for e in part]) if photos else {}
        for n, item in enumerate(part):
            if photos:
                item = item | {"photos": pictures.get(item["id"], [])}
            write(((",\n" if start + n else "\n")
                   + json.dumps(item, ensure_ascii=False)).encode())
    write(b"\n  ]" + tail.encode() + b"\n")


_BLOCK_START = re.compile(r"^(\s*)([#>*+\-|=`~]|\d+[.)])")


def md_escape(text: str) -> str:
    """The caregiver's words as Markdown text: line starts that would turn into headings,
    lists or quotes are escaped; everything else is kept as typed."""
    lines = []
    for line in text.splitlines() or [""]:
        lines.append(_BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line, 1))
    return "  \n".join(lines)


def export_markdown(journal: Journal, lang: str = "en", photo_folder: str | None = None
                    ) -> bytes:
    """The whole journal as one readable Markdown file. NOT encrypted: warn first.
    With `photo_folder` (a folder name beside the .md), each entry's photos are linked
    there; write them with photo_copies.write_files after the same warning."""
    lang = norm_lang(lang)
    md = _MD[lang]
    strengths = {s.id: s.label for s in journal.strengths(lang)}
    people = {p.id: p for p in journal.list_people() + journal.people_in_trash()}
    out = [f"# {md['title']}", "",
           md["exported"].format(day=long_date(journal.clock.today(), lang)), "",
           f"> {EXPORT_WARNING[lang]}", ""]
    if journal.list_people():
        out += [f"## {md['people']}", ""]
        for p in journal.list_people():
            bits = [md[p.role]] + ([md["born"].format(month=p.birth_month)]
                                   if p.birth_month else [])
            line = f"- **{md_escape(p.nickname)}** ({', '.join(bits)})"
            out.append(line + (f": {md_escape(p.how_they_help)}" if p.how_they_help else ""))
        out.append("")
    out += [f"## {md['entries']}", ""]
    found = all_entries(journal)
    if not found:
        out += [md["nothing"], ""]
    pictures = journal.photos.of_entries([e.id for e in found if e.id]) \
        if photo_folder else {}
    for entry in found:
        out += _md_entry(entry, lang, strengths, people)
        out += markdown_lines(pictures.get(entry.id or 0, []), photo_folder or "")
    # the summary being made is the wizard's state (JSON), not words to read: left out
    drafts = {k: v for k, v in journal.drafts().items() if not is_summary_draft(k)}
    if drafts:
        out += [f"## {md['drafts']}", ""]
        for content in drafts.values():
            out += [md_escape(content), ""]
    return "\n".join(out).encode("utf-8")


def _md_entry(entry: Entry, lang: str, strengths: dict[int, str], people: dict) -> list[str]:
    kind = {"reflection": "reflection", "connection": "connection_kind",
            "repair": "repair_kind", "visit": "visit_kind"}[entry.kind]
    when = entry.happened_at
    year = f" de {when.year}" if lang == "es" else f", {when.year}"
    heading = f"### {day_heading(when.date(), lang)}{year} · {when:%H:%M} · {t(lang, kind)}"
    notes = []
    names = [md_escape(people[p].nickname) for p in entry.people if p in people]
    if names:
        notes.append(", ".join(names))
    if entry.routine:
        notes.append(md_escape(word(entry.routine, lang)))
    if entry.back_and_forths:
        notes.append(t(lang, f"back_{entry.back_and_forths}"))
    if entry.feeling:
        notes.append(t(lang, "felt", feeling=md_escape(word(entry.feeling, lang))))
    marked = [strengths[m.strength_id] for m in entry.strengths if m.strength_id in strengths]
    if marked:
        notes.append(t(lang, "noticed", labels=md_escape(", ".join(dict.fromkeys(marked)))))
    if entry.next_visit:
        notes.append(t(lang, "next_visit_on", day=long_date(entry.next_visit, lang)))
    if entry.ok_to_share:
        notes.append(_MD[lang]["shared"])
    out = [heading, ""]
    if notes:
        out += [f"*{' · '.join(notes)}*", ""]
    if entry.prompt_text:
        out += [f"> {md_escape(entry.prompt_text)}", ""]
    for label, words in entry_fields(entry, lang):
        out += [(f"**{label}:** " if label else "") + md_escape(words), ""]
    return out

