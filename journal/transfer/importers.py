"""Bringing words in: our own JSON export (a full round trip loses nothing) and a jrnl
JSON export (`jrnl --export json`), so people who kept a journal in jrnl can move in.

Every import is all or nothing: the whole file is checked first, then everything is
added in one transaction (`Journal.add_records`). A file that can't be read gives
InvalidInput with a plain message saying where, and nothing is added. Imports add to
what is there; they never change or remove anything already in the journal.

Drafts may hold database ids (the moment form's draft names the entry being edited, its
people and its strengths). Those ids mean other rows in another journal, so they are
translated to the rows the import adds; an entry that did not come along (say, it was
in the trash) turns the draft into a new moment. A draft in a shape we don't know that
holds ids is left out, and the result says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from journal.errors import InvalidInput
from journal.records import vocabulary
from journal.records.models import Entry, Person, PromptRecord, StrengthMark
from journal.records.store import Journal
from journal.transfer.export import FORMAT, SCHEMA_VERSION, is_summary_draft
from journal.transfer.photo_copies import BadPhoto, read_items

MAX_IMPORT_BYTES = 1024 * 1024 * 1024  # photos in base64 make a full copy big
OURS, JRNL = "small-moments", "jrnl"
FORM_DRAFT = "moment-form"  # the moment form's draft (ui.moments.form.DRAFT_KEY)
_ID_FIELDS = frozenset({"id", "people", "marks", "strengths", "entry", "entry_id",
                        "person", "strength"})


@dataclass(frozen=True)
class ImportResult:
    kind: str  # OURS or JRNL
    entries: int
    people: int = 0
    strengths: int = 0
    prompts: int = 0
    drafts: int = 0
    skipped: int = 0  # jrnl entries with no words at all
    drafts_left_out: int = 0  # drafts holding ids in a shape we can't translate
    photos: int = 0


class _Bad(Exception):
    """A problem in the file, said plainly (becomes InvalidInput)."""


def _fail(problem: str) -> InvalidInput:
    return InvalidInput(f"This file can't be imported: {problem}. Nothing was added.")


def _load(data: bytes | str | dict) -> Any:
    if not isinstance(data, bytes | str):
        return data  # already parsed
    if len(data) > MAX_IMPORT_BYTES:
        raise _fail("it is too big")
    try:
        if isinstance(data, bytes):
            data = data.decode("utf-8-sig")
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _fail("it isn't a JSON file we can read") from exc


def detect(data: bytes | str | dict) -> str:
    """OURS or JRNL; InvalidInput for anything else."""
    loaded = _load(data)
    if isinstance(loaded, dict) and loaded.get("format") == FORMAT:
        return OURS
    if isinstance(loaded, dict) and isinstance(loaded.get("entries"), list) \
            and "format" not in loaded:
        return JRNL
    raise _fail("it isn't a Small Moments export or a jrnl JSON export")


def import_file(journal: Journal, data: bytes | str | dict) -> ImportResult:
    """Import either kind of file, whichever this one is."""
    return finish_import(journal, prepare_import(journal, data))


@dataclass(frozen=True)
class Planned:
    """A file read and checked, its photos prepared, ready to add in one transaction."""

    kind: str
    plan: tuple


def prepare_import(journal: Journal, data: bytes | str | dict) -> Planned:
    """Read and check the whole file and prepare its photos (the slow part): fine off
    the UI thread on a `Journal.reader()` view, as it only reads the journal."""
    loaded = _load(data)
    kind = detect(loaded)
    try:
        return Planned(kind, _plan_ours(journal, loaded) if kind == OURS
                       else _plan_jrnl(loaded))
    except _Bad as exc:
        raise _fail(str(exc)) from None


def finish_import(journal: Journal, planned: Planned) -> ImportResult:
    """Add what `prepare_import` planned, all or nothing (on the journal's own connection)."""
    if planned.kind == JRNL:
        batch, skipped = planned.plan
        journal.add_records([], [], batch)
        return ImportResult(JRNL, len(batch), skipped=skipped)
    persons, own, batch, prompts, drafts, left_out, pictures = planned.plan
    journal.add_records(persons, own, batch, prompts, drafts, photos=pictures)
    return ImportResult(OURS, len(batch), len(persons), len(own), len(prompts), len(drafts),
                        drafts_left_out=left_out,
                        photos=sum(len(kept) for kept in pictures))


# -- small checked readers ----------------------------------------
def _field(obj: Any, key: str, kind: type | tuple[type, ...], where: str,
           required: bool = True) -> Any:
    if not isinstance(obj, dict):
        raise _Bad(f"{where} isn't in the expected shape")
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise _Bad(f"{where} has a '{key}' we can't read")
    return value


def _when(text: Any, where: str, key: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except (TypeError, ValueError) as exc:
        raise _Bad(f"{where} has a '{key}' that isn't a date and time") from exc


def _list(obj: dict, key: str) -> list:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise _Bad(f"the '{key}' part isn't a list")
    return value


# -- our own export ----------------------------------------
def import_ours(journal: Journal, data: bytes | str | dict) -> ImportResult:
    doc = _load(data)
    try:
        plan = _plan_ours(journal, doc)
    except _Bad as exc:
        raise _fail(str(exc)) from None
    return finish_import(journal, Planned(OURS, plan))


def _plan_ours(journal: Journal, doc: Any) -> tuple:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _Bad("it isn't a Small Moments export")
    version = doc.get("schema_version")
    if not isinstance(version, int) or version < 1:
        raise _Bad("it has no version we know")
    if version > SCHEMA_VERSION:
        raise _Bad("it was made by a newer version of Small Moments; please update the app")

    persons: list[Person] = []
    person_ref: dict[int, int] = {}
    for n, item in enumerate(_list(doc, "people"), start=1):
        where = f"person {n}"
        old = _field(item, "id", int, where)
        in_trash = bool(item.get("in_trash"))
        persons.append(Person(
            role=_field(item, "role", str, where), nickname=_field(item, "nickname", str, where),
            birth_month=_field(item, "birth_month", str, where, required=False),
            how_they_help=_field(item, "how_they_help", str, where, required=False) or "",
            deleted_at=_when(item.get("deleted_at"), where, "deleted_at") if in_trash else None))
        person_ref[old] = -len(persons)

    builtin = {s.key: s.id for s in journal.strengths("en") if s.key}
    own: list[tuple[str, str | None]] = []
    strength_ref: dict[int, int] = {}
    for n, item in enumerate(_list(doc, "strengths"), start=1):
        where = f"strength {n}"
        old = _field(item, "id", int, where)
        key = _field(item, "key", str, where, required=False)
        if key in builtin:
            strength_ref[old] = builtin[key]
            continue
        label = _field(item, "label", str, where)  # the caregiver's own, or a newer word
        factor = item.get("factor") if item.get("factor") in vocabulary.FACTORS else None
        if (label, factor) not in own:
            own.append((label, factor))
        strength_ref[old] = -(own.index((label, factor)) + 1)

    batch = [_entry_from(item, n, person_ref, strength_ref)
             for n, item in enumerate(_list(doc, "entries"), start=1)]
    pictures = []
    for n, item in enumerate(_list(doc, "entries"), start=1):
        try:
            pictures.append(read_items(item.get("photos")))
        except BadPhoto as exc:
            raise _Bad(f"entry {n} {exc}") from exc
    entry_ref = {item["id"]: -n for n, item in enumerate(_list(doc, "entries"), start=1)
                 if isinstance(item.get("id"), int) and not isinstance(item["id"], bool)}
    prompts = []
    for n, item in enumerate(_list(doc, "prompt_history"), start=1):
        where = f"prompt record {n}"
        try:
            day = date.fromisoformat(_field(item, "day", str, where))
        except ValueError as exc:
            raise _Bad(f"{where} has a day that isn't a date") from exc
        prompts.append(PromptRecord(day, _field(item, "prompt_id", str, where),
                                    _field(item, "status", str, where)))
    drafts = doc.get("drafts") or {}
    if not isinstance(drafts, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in drafts.items()):
        raise _Bad("the drafts aren't in the expected shape")
    kept, left_out = _plan_drafts(drafts, {"entry": entry_ref, "person": person_ref,
                                           "strength": strength_ref})
    return persons, own, batch, prompts, kept, left_out, pictures


Resolve = Callable[[str, int], int]  # ("entry" | "person" | "strength", ref) -> real id
Draft = str | Callable[[Resolve], str]


def _plan_drafts(drafts: dict[str, str], refs: dict[str, dict[int, int]]
                 ) -> tuple[dict[str, Draft], int]:
    """Drafts to add: plain words as they are; the moment form's draft with its ids
    translated (at insert time, once the new rows have ids); others with ids left out.
    A summary being made never comes in: it belongs to the other journal's caregiver
    (its name, "shared by" and ticks), and would open here as this caregiver's own."""
    kept: dict[str, Draft] = {}
    left_out = 0
    for key, content in drafts.items():
        if is_summary_draft(key):
            continue
        try:
            data = json.loads(content)
        except ValueError:
            data = None
        if isinstance(data, dict) and data.pop("photos_left", None) is not None:
            content = json.dumps(data)  # its photos never come in a file: nothing to say
        if not isinstance(data, dict) or not _ID_FIELDS & data.keys():
            kept[key] = content
        elif key == FORM_DRAFT:
            kept[key] = _form_draft(data, refs)
        else:
            left_out += 1
    return kept, left_out


def _ids(values: object) -> list[int]:
    if not isinstance(values, list):
        return []
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]


def _form_draft(data: dict, refs: dict[str, dict[int, int]]) -> Callable[[Resolve], str]:
    """The moment form's draft, its ids mapped to the rows this import adds."""
    entry = refs["entry"].get(data.get("id")) if isinstance(data.get("id"), int) else None
    people = [refs["person"][p] for p in _ids(data.get("people")) if p in refs["person"]]
    marks = [(refs["strength"][m[0]], m[1]) for m in data.get("marks") or []
             if isinstance(m, list) and len(m) == 2 and isinstance(m[0], int)
             and m[0] in refs["strength"]]
    old = [refs["strength"][s] for s in _ids(data.get("strengths")) if s in refs["strength"]]

    def translate(real: Resolve) -> str:
        out = dict(data, id=real("entry", entry) if entry is not None else None,
                   people=[real("person", p) for p in people],
                   marks=[[real("strength", s), whose] for s, whose in marks])
        if "strengths" in data:
            out["strengths"] = [real("strength", s) for s in old]
        return json.dumps(out)

    return translate


def _entry_from(item: Any, n: int, person_ref: dict[int, int],
                strength_ref: dict[int, int]) -> Entry:
    where = f"entry {n}"
    text = _field(item, "text", dict, where)
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in text.items()):
        raise _Bad(f"{where} has words we can't read")
    try:
        people = [person_ref[p] for p in _field(item, "people", list, where)]
        marks = [StrengthMark(strength_ref[_field(m, "strength", int, where)],
                              _field(m, "whose", str, where))
                 for m in _field(item, "strengths", list, where)]
    except (KeyError, TypeError) as exc:
        raise _Bad(f"{where} names a person or strength that isn't in the file") from exc
    created = item.get("created_at")
    updated = item.get("updated_at")
    return Entry(
        kind=_field(item, "kind", str, where),
        happened_at=_when(item.get("happened_at"), where, "happened_at"),
        text=text, people=people, strengths=marks,
        routine=_field(item, "routine", str, where, required=False),
        feeling=_field(item, "feeling", str, where, required=False),
        back_and_forths=_field(item, "back_and_forths", str, where, required=False),
        prompt_id=_field(item, "prompt_id", str, where, required=False),
        prompt_text=_field(item, "prompt_text", str, where, required=False),
        ok_to_share=_field(item, "ok_to_share", bool, where, required=False) or False,
        lang=_field(item, "lang", str, where, required=False),
        next_visit=_day(item.get("next_visit"), where),
        created_at=_when(created, where, "created_at") if created else None,
        updated_at=_when(updated, where, "updated_at") if updated else None,
    )


def _day(text: Any, where: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise _Bad(f"{where} has a next visit day we can't read") from exc


# -- jrnl ----------------------------------------
def import_jrnl(journal: Journal, data: bytes | str | dict) -> ImportResult:
    """Each jrnl entry becomes a reflection: its title, then its body, at its date and time.
    Tags stay in the words, as jrnl keeps them; "starred" is not carried over (it never
    means "OK to share")."""
    doc = _load(data)
    try:
        plan = _plan_jrnl(doc)
    except _Bad as exc:
        raise _fail(str(exc)) from None
    return finish_import(journal, Planned(JRNL, plan))


def _plan_jrnl(doc: Any) -> tuple[list[Entry], int]:
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise _Bad("it isn't a jrnl JSON export")
    batch: list[Entry] = []
    skipped = 0
    for n, item in enumerate(doc["entries"], start=1):
        where = f"entry {n}"
        try:
            day = date.fromisoformat(_field(item, "date", str, where))
        except ValueError as exc:
            raise _Bad(f"{where} has a date we can't read") from exc
        clock = _field(item, "time", str, where, required=False) or "12:00"
        try:
            at = time.fromisoformat(clock)
        except ValueError as exc:
            raise _Bad(f"{where} has a time we can't read") from exc
        title = (_field(item, "title", str, where, required=False) or "").strip()
        body = (_field(item, "body", str, where, required=False) or "").strip()
        words = "\n".join(part for part in (title, body) if part)
        if not words:
            skipped += 1
            continue
        batch.append(Entry("reflection", datetime.combine(day, at), {"body": words}))
    return batch, skipped
