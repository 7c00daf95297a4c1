"""Journal: the one object the UI and the exporters talk to while the journal is open.

Every write is one short transaction. The data key is held only while the journal is
open; `close()` drops the connection and wipes the key bytes it holds.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3

from journal.clock import Clock, SystemClock
from journal.errors import InvalidInput, JournalClosed
from journal.records import bulk, entries, people, photos, search, stats, validate, vocabulary
from journal.records.models import (
    Counts,
    Cursor,
    Entry,
    Filters,
    Page,
    Person,
    PromptRecord,
    SearchHit,
    Strength,
)
from journal.vault import db

PROMPT_STATUSES = bulk.PROMPT_STATUSES


class Journal:
    def __init__(self, conn: sqlcipher3.Connection, path: Path, data_key: bytes,
                 journal_id: str, clock: Clock | None = None, lang: str = "en",
                 lock=None) -> None:
        self._conn: sqlcipher3.Connection | None = conn
        self._lock = lock  # the vault's OS lock on this journal, released on close
        self._key = bytearray(data_key)
        self.path = Path(path)
        self.journal_id = journal_id
        self.clock = clock or SystemClock()
        self.lang = lang
        self.at_rest: tuple[int, int] | None = None  # the file before this open wrote
        self.page_check = None  # the background page check (journal.vault.integrity)
        self.writer = entries.FIRST_WRITER  # the caregiver who unlocked (key slot id)
        self._sync_vocabulary()
        self.purge_trash()

    # -- lifetime ---------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise JournalClosed()
        return self._conn

    def close(self) -> None:
        """Close the database and wipe the key bytes this object holds."""
        if self._conn is not None and self.page_check is not None:
            self.page_check.before_close(self._conn)  # stops it at once
        if self._conn is not None:
            try:  # fold the log into the file; if the disk refuses, the log keeps it all
                # first give back the pages search no longer uses (auto_vacuum=INCREMENTAL)
                self._conn.execute("PRAGMA incremental_vacuum").fetchall()
                # Never wait here for a backup's own reader the lock told to stop: if one
                # still reads, the log stays and the last connection to close folds it in.
                self._conn.execute("PRAGMA busy_timeout = 0")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except db.DatabaseError:
                pass
            finally:
                self._conn.close()
                self._conn = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        for i in range(len(self._key)):
            self._key[i] = 0
        self._key = bytearray()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def data_key(self) -> bytes:
        """The raw data key, for the vault and backups only."""
        if self._conn is None:
            raise JournalClosed()
        return bytes(self._key)

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under `new_key` (one transaction), then checkpoint."""
        self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._key[:] = new_key

    def _now(self) -> str:
        return entries.iso(self.clock.now()) or ""

    def verify(self, *, full: bool = True) -> None:
        """The startup check: every page as written, and (full) the structure and index."""
        db.verify(self.conn, full=full)

    def export_copy(self, dest: Path, stop: threading.Event | None = None, *,
                    check: bool = True) -> None:
        """An encrypted, verified copy of the whole journal (same key) at `dest`; `stop`
        ends it early. It reads through a short-lived connection of its own, so a backup
        on another thread never shares this connection's transactions (WAL lets it read
        a consistent snapshot while this one keeps writing)."""
        self.conn  # noqa: B018 - JournalClosed if the journal is closed
        conn = db.connect(self.path, self.data_key(), check=False)
        try:
            db.export_copy(conn, dest, self.data_key(), stop, check=check)
        finally:
            conn.close()

    @contextlib.contextmanager
    def reader(self, stop: threading.Event | None = None) -> Iterator[Journal]:
        """Read-only, through a short-lived connection of its own (off the UI thread).
        Once `stop` is set, its next statement (or the running one) ends "interrupted"."""
        conn = db.connect(self.path, self.data_key(), check=False)
        db.watch(conn, stop)
        conn.execute("PRAGMA query_only = ON")
        view = object.__new__(Journal)  # no __init__: it writes (vocabulary, trash)
        view.__dict__.update(self.__dict__, _conn=conn, _key=bytearray(self._key))
        try:
            yield view
        finally:
            conn.close()
            view._conn, view._key[:] = None, bytes(len(view._key))

    @property
    def photos(self) -> photos.Photos:
        """The entries' photos (journal.records.photos), on this object's connection."""
        return photos.Photos(self)

    # -- people -----------------------------------------------------------------------
    def add_person(self, person: Person) -> Person:
        person = people.clean(person)
        with db.transaction(self.conn):
            person.id = people.insert(self.conn, person, self._now())
        return person

    def update_person(self, person: Person) -> Person:
        person = people.clean(person)
        with db.transaction(self.conn):
            if not people.update(self.conn, person, self._now()):
                raise InvalidInput("That person isn't in the journal any more.")
            self._reindex(people.entries_with(self.conn, int(person.id or 0)))
        return person

    def get_person(self, person_id: int) -> Person | None:
        return people.fetch(self.conn, person_id)

    def list_people(self, role: str | None = None) -> list[Person]:
        return people.listing(self.conn, role, deleted=False)

    def people_in_trash(self) -> list[Person]:
        return people.listing(self.conn, None, deleted=True)

    def delete_person(self, person_id: int) -> None:
        with db.transaction(self.conn):
            self.conn.execute("UPDATE people SET deleted_at = ? WHERE id = ?",
                              (self._now(), person_id))

    def restore_person(self, person_id: int) -> None:
        with db.transaction(self.conn):
            self.conn.execute("UPDATE people SET deleted_at = NULL WHERE id = ?", (person_id,))

    # -- strengths --------------------------------------------------------------------
    def _sync_vocabulary(self) -> None:
        """Make sure every built-in strength has a row (new versions may add words)."""
        have = {row[0] for row in self.conn.execute(
            "SELECT key FROM strengths WHERE key IS NOT NULL")}
        missing = [w for w in vocabulary.STRENGTHS if w.key not in have]
        if missing:
            with db.transaction(self.conn):
                self.conn.executemany(
                    "INSERT INTO strengths (key, factor, lens) VALUES (?, ?, ?)",
                    [(w.key, w.factor, w.lens) for w in missing])

    def strengths(self, lang: str | None = None) -> list[Strength]:
        """Built-in strengths (in the vocabulary's order), then the caregiver's own."""
        lang = lang or self.lang
        order = {w.key: i for i, w in enumerate(vocabulary.STRENGTHS)}
        out = []
        for sid, key, label, factor, lens in self.conn.execute(
                "SELECT id, key, label, factor, lens FROM strengths"):
            word = vocabulary.BY_KEY.get(key) if key else None
            if key is not None and word is None:
                continue  # a word a newer version added and this one does not know
            out.append(Strength(sid, key, word.label(lang) if word else label, factor, lens))
        return sorted(out, key=lambda s: (order.get(s.key or "", len(order)), s.label.lower()))

    def add_own_strength(self, label: str, factor: str | None = None) -> Strength:
        label = validate.text(label, what="strength", limit=validate.MAX_SHORT,
                              required=True).strip()
        if factor is not None:
            validate.choice(factor, vocabulary.FACTORS, what="protective factor")
        with db.transaction(self.conn):
            row = self.conn.execute("SELECT id FROM strengths WHERE label = ?",
                                    (label,)).fetchone()
            sid = row[0] if row else int(self.conn.execute(
                "INSERT INTO strengths (label, factor) VALUES (?, ?)",
                (label, factor)).lastrowid)
        return Strength(sid, None, label, factor, None)

    # -- caregivers -------------------------------------------------------------------
    def set_writer(self, slot_id: str, name: str | None) -> None:
        """The caregiver who unlocked writes from now on; their display name (from the
        key file) is kept here too, inside the encryption, for entries they wrote."""
        self.writer = slot_id
        if name:
            with db.transaction(self.conn):
                self.conn.execute("INSERT INTO writers (slot_id, name) VALUES (?, ?)"
                                  " ON CONFLICT (slot_id) DO UPDATE SET name = excluded.name",
                                  (slot_id, name))

    def writer_names(self) -> dict[str, str]:
        """Each caregiver's name as last seen (key slot id -> name)."""
        return dict(self.conn.execute("SELECT slot_id, name FROM writers"))

    def writers(self) -> list[str]:
        """The caregivers who wrote entries still in the journal (key slot ids)."""
        return [row[0] for row in self.conn.execute(
            f"SELECT DISTINCT {entries.WRITER_SQL.format('entries')} FROM entries"
            " INDEXED BY entries_writer WHERE deleted_at IS NULL ORDER BY 1")]

    # -- entries ----------------------------------------------------------------------
    def add_entry(self, entry: Entry) -> Entry:
        entry = entries.clean(entry)
        with db.transaction(self.conn):
            entry.id = entries.insert(self.conn, entry, self.clock.now(), self.writer)
            self._reindex([entry.id])
        return self.get_entry(entry.id) or entry

    def add_entries(self, batch: Iterable[Entry]) -> list[int]:
        """Add many entries in one transaction (imports); all or nothing."""
        cleaned = [entries.clean(entry) for entry in batch]
        now = self.clock.now()
        with db.transaction(self.conn):
            ids = [entries.insert(self.conn, entry, now, self.writer) for entry in cleaned]
            self._reindex(ids)
        return ids

    def add_records(self, persons: Sequence[Person],
                    own_strengths: Sequence[tuple[str, str | None]], batch: Sequence[Entry],
                    prompts: Sequence[PromptRecord] = (),
                    drafts: Mapping[str, str | Callable[[Callable[[str, int], int]], str]]
                    | None = None, photos: Sequence[Sequence[tuple]] = ()) -> list[int]:
        """Imports, in one transaction (all or nothing); see `bulk.add_records`."""
        return bulk.add_records(self, persons, own_strengths, batch, prompts, drafts, photos)

    def _own_strength_id(self, label: str, factor: str | None) -> int:
        """Inside a transaction: the id of the caregiver's own strength `label`, added if new."""
        label = validate.text(label, what="strength", limit=validate.MAX_SHORT,
                              required=True).strip()
        if factor is not None:
            validate.choice(factor, vocabulary.FACTORS, what="protective factor")
        row = self.conn.execute("SELECT id FROM strengths WHERE label = ?", (label,)).fetchone()
        if row:
            return int(row[0])
        return int(self.conn.execute("INSERT INTO strengths (label, factor) VALUES (?, ?)",
                                     (label, factor)).lastrowid)

    def update_entry(self, entry: Entry) -> Entry:
        if entry.id is None:
            raise InvalidInput("That entry hasn't been saved yet.")
        entry = entries.clean(entry)
        with db.transaction(self.conn):
            if not entries.update(self.conn, entry, self.clock.now()):
                raise InvalidInput("That entry is in the trash. Restore it to edit it.")
            self._reindex([int(entry.id)])
        return self.get_entry(int(entry.id)) or entry

    def get_entry(self, entry_id: int) -> Entry | None:
        return entries.fetch(self.conn, entry_id)

    def get_entries(self, ids: list[int]) -> dict[int, Entry]:
        return entries.fetch_many(self.conn, ids)

    def delete_entry(self, entry_id: int) -> None:
        """Move to the trash (restorable for 30 days)."""
        with db.transaction(self.conn):
            if entries.trash(self.conn, entry_id, self.clock.now()):
                search.unindex(self.conn, entry_id)

    def restore_entry(self, entry_id: int) -> None:
        with db.transaction(self.conn):
            if entries.restore(self.conn, entry_id):
                self._reindex([entry_id])

    def trash(self) -> list[Entry]:
        return entries.in_trash(self.conn)

    def purge_trash(self) -> int:
        with db.transaction(self.conn):
            ids = entries.purge_before(self.conn, self.clock.now())
            for entry_id in ids:
                search.unindex(self.conn, entry_id)
            self.conn.execute(
                "DELETE FROM people WHERE deleted_at IS NOT NULL AND deleted_at < ?"
                " AND id NOT IN (SELECT person_id FROM entry_people)",
                (entries.iso(self.clock.now() - timedelta(days=entries.TRASH_DAYS)),))
        return len(ids)

    def list_entries(self, filters: Filters | None = None, after: Cursor | None = None,
                     limit: int = 50) -> Page:
        """One page of the timeline, newest first; pass `page.next` to get the next."""
        return entries.page(self.conn, filters or Filters(), after, max(1, min(limit, 500)))

    def count_entries(self, filters: Filters | None = None) -> int:
        where, params = entries.filter_sql(filters or Filters())
        return int(self.conn.execute(
            f"SELECT count(*) FROM entries AS e WHERE {where}", params).fetchone()[0])

    def counts(self, start: date | None = None, end: date | None = None) -> Counts:
        return stats.counts(self.conn, start, end)

    def search(self, text: str, filters: Filters | None = None, limit: int = 50
               ) -> list[SearchHit]:
        return search.search(self.conn, text, filters or Filters(), limit)

    def _reindex(self, ids: list[int]) -> None:
        if ids:
            search.reindex(self.conn, ids)

    # -- drafts, prompt history, settings ---------------------------------------------
    def _mine(self, key: str) -> str:
        """Drafts are each caregiver's own: the first caregiver's keep their old keys."""
        return key if self.writer == entries.FIRST_WRITER else f"{self.writer}/{key}"

    def save_draft(self, key: str, content: str) -> None:
        content = validate.text(content, what="draft")
        key = self._mine(key)
        with db.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO drafts (key, content, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET content = excluded.content,"
                " updated_at = excluded.updated_at", (key, content, self._now()))

    def load_draft(self, key: str) -> str | None:
        row = self.conn.execute("SELECT content FROM drafts WHERE key = ?",
                                (self._mine(key),)).fetchone()
        return row[0] if row else None

    def clear_draft(self, key: str) -> None:
        with db.transaction(self.conn):
            self.conn.execute("DELETE FROM drafts WHERE key = ?", (self._mine(key),))

    def drafts(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, content FROM drafts ORDER BY key"))

    def record_prompt(self, day: date, prompt_id: str, status: str) -> None:
        validate.choice(status, PROMPT_STATUSES, what="prompt status")
        with db.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO prompt_history (day, prompt_id, status, at, writer)"
                " VALUES (?, ?, ?, ?, ?)",
                (day.isoformat(), prompt_id, status, self._now(), self.writer))

    def prompt_history(self, since: date | None = None) -> list[PromptRecord]:
        """The prompts this caregiver saw (each caregiver has their own)."""
        rows = self.conn.execute(
            "SELECT day, prompt_id, status FROM prompt_history WHERE day >= ?"
            f" AND {entries.WRITER_SQL.format('prompt_history')} = ? ORDER BY id",
            ((since or date.min).isoformat(), self.writer))
        return [PromptRecord(date.fromisoformat(d), p, s) for d, p, s in rows]

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with db.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def child_birth_months(self) -> list[str]:
        return [p.birth_month for p in self.list_people("child") if p.birth_month]
