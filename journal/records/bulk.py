"""Bringing many records in at once (imports): people, the caregiver's own strengths,
entries, prompt history and drafts, in one transaction, all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from journal.errors import InvalidInput
from journal.records import entries, people, photos, validate
from journal.records.models import Entry, Person, PromptRecord, StrengthMark
from journal.vault import db

if TYPE_CHECKING:
    from journal.records.store import Journal

PROMPT_STATUSES = ("shown", "answered", "skipped")


def add_records(journal: Journal, persons: Sequence[Person],
                own_strengths: Sequence[tuple[str, str | None]], batch: Sequence[Entry],
                prompts: Sequence[PromptRecord] = (),
                drafts: Mapping[str, str | Callable[[Callable[[str, int], int]], str]]
                | None = None, pictures: Sequence[Sequence[tuple]] = ()) -> list[int]:
    """Imports: people, the caregiver's own strengths, entries, prompt history, drafts
    and photos, in one transaction (all or nothing). Returns the new entry ids.

    `pictures[n]`, when given, holds (photos.Prepared, alt text) pairs for batch[n].

    In `batch`, a person id -n means persons[n - 1] and a strength id -n means
    own_strengths[n - 1] (label, factor); positive ids are used as they are. A person
    with `deleted_at` goes to the trash; entries keep `created_at`/`updated_at` when
    given. A draft is added only under a key not already in use; a draft given as a
    function gets `resolve(kind, ref)` (kind "entry", "person" or "strength"; an
    entry ref -n means batch[n - 1]) and returns the draft's words with real ids.
    """
    cleaned = [people.clean(person) for person in persons]
    for status in {record.status for record in prompts}:
        validate.choice(status, PROMPT_STATUSES, what="prompt status")
    with db.transaction(journal.conn):
        person_ids = []
        for person, given in zip(cleaned, persons, strict=True):
            person_ids.append(people.insert(journal.conn, person, journal._now()))
            if given.deleted_at is not None:
                journal.conn.execute("UPDATE people SET deleted_at = ? WHERE id = ?",
                                  (entries.iso(given.deleted_at), person_ids[-1]))
        strength_ids = [journal._own_strength_id(label, factor)
                        for label, factor in own_strengths]

        def real(ref: int, made: list[int]) -> int:
            if ref >= 0:
                return ref
            if -ref > len(made):
                raise InvalidInput("An entry refers to something that isn't there.")
            return made[-ref - 1]

        ids = []
        for given in batch:
            entry = entries.clean(replace(
                given, people=[real(p, person_ids) for p in given.people],
                strengths=[StrengthMark(real(m.strength_id, strength_ids), m.whose)
                           for m in given.strengths]))
            ids.append(entries.insert(journal.conn, entry, journal.clock.now(),
                                      journal.writer))
            if given.created_at is not None:
                journal.conn.execute(
                    "UPDATE entries SET created_at = ?, updated_at = ? WHERE id = ?",
                    (entries.iso(given.created_at),
                     entries.iso(given.updated_at or given.created_at), ids[-1]))
        for entry_id, kept in zip(ids, pictures, strict=False):
            for prepared, alt in kept:
                photos.insert(journal.conn, entry_id, prepared, alt, journal.clock.now())
        journal.conn.executemany(
            "INSERT INTO prompt_history (day, prompt_id, status, at) VALUES (?, ?, ?, ?)",
            [(r.day.isoformat(), r.prompt_id, r.status, journal._now()) for r in prompts])
        def resolve(kind: str, ref: int) -> int:
            made = {"entry": ids, "person": person_ids, "strength": strength_ids}[kind]
            return real(ref, made)

        journal.conn.executemany(
            "INSERT INTO drafts (key, content, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO NOTHING",
            [(key, validate.text(content if isinstance(content, str) else content(resolve),
                                 what="draft"), journal._now())
             for key, content in (drafts or {}).items()])
        journal._reindex(ids)
    return ids
