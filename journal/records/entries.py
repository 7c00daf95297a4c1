"""Entries in SQL: save, load, list by pages, trash. Called only through store.Journal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

import sqlcipher3

from journal.records import validate
from journal.records.models import (
    ALL_TEXT_FIELDS,
    BACK_AND_FORTHS,
    KINDS,
    TEXT_FIELDS,
    WHOSE,
    Cursor,
    Entry,
    Filters,
    Page,
    StrengthMark,
)

_COLUMNS = ("id", "kind", "happened_at", "created_at", "updated_at", "deleted_at", "routine",
            "feeling", "ok_to_share", "prompt_id", "prompt_text", "back_and_forths",
            "lang", "next_visit", "writer", *ALL_TEXT_FIELDS)
FIRST_WRITER = "passphrase"  # entries from before caregivers were the first caregiver's
WRITER_SQL = f"COALESCE({{}}.writer, '{FIRST_WRITER}')"
_SELECT = "SELECT " + ", ".join(WRITER_SQL.format("e") if c == "writer" else "e." + c
                                for c in _COLUMNS) + " FROM entries AS e"
TRASH_DAYS = 30


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def clean(entry: Entry) -> Entry:
    """A checked copy of `entry`, or InvalidInput saying what to change."""
    kind = validate.choice(entry.kind, KINDS, what="kind of entry")
    fields = TEXT_FIELDS[kind]
    unknown = set(entry.text) - set(fields)
    if unknown:
        raise validate.InvalidInput("That entry has a field that doesn't belong to it.")
    texts = {name: validate.text(entry.text.get(name, ""), what="text") for name in fields}
    back = entry.back_and_forths if kind == "connection" else None
    reflection = kind == "reflection"
    if back is not None:
        back = validate.choice(back, BACK_AND_FORTHS, what="number of back-and-forths")
    marks = []
    for mark in entry.strengths:
        validate.choice(mark.whose, WHOSE, what="strength owner")
        marks.append(StrengthMark(int(mark.strength_id), mark.whose))
    return Entry(
        kind=kind,
        happened_at=validate.moment(entry.happened_at),
        text=texts,
        people=sorted({int(p) for p in entry.people}),
        strengths=sorted(set(marks), key=lambda m: (m.strength_id, m.whose)),
        routine=validate.optional_short(entry.routine, what="routine"),
        feeling=validate.optional_short(entry.feeling, what="feeling"),
        back_and_forths=back,
        prompt_id=validate.optional_short(entry.prompt_id, what="prompt") if reflection else None,
        prompt_text=(validate.text(entry.prompt_text, what="prompt", limit=2000) or None)
        if reflection else None,
        ok_to_share=bool(entry.ok_to_share),
        id=entry.id,
        writer=validate.optional_short(entry.writer, what="caregiver"),
        lang=validate.language(entry.lang),
        next_visit=_next_visit(entry) if kind == "visit" else None,
    )


def _next_visit(entry: Entry) -> date | None:
    value = entry.next_visit
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise validate.InvalidInput("Please choose a day for the next visit.")
    if value < entry.happened_at.date():
        raise validate.InvalidInput("The next visit is before this one. Please choose a later "
                                    "day.")
    return value


def _row_values(entry: Entry) -> list[object]:
    return [entry.kind, iso(entry.happened_at), entry.routine, entry.feeling,
            int(entry.ok_to_share), entry.prompt_id, entry.prompt_text, entry.back_and_forths,
            entry.lang, entry.next_visit.isoformat() if entry.next_visit else None,
            *(entry.text.get(name) for name in ALL_TEXT_FIELDS)]


_WRITE_COLUMNS = ("kind", "happened_at", "routine", "feeling", "ok_to_share", "prompt_id",
                  "prompt_text", "back_and_forths", "lang", "next_visit", *ALL_TEXT_FIELDS)


def insert(conn: sqlcipher3.Connection, entry: Entry, now: datetime,
           writer: str | None = None) -> int:
    """A new row; `writer` (the caregiver saving it) unless the entry names one."""
    cols = ", ".join((*_WRITE_COLUMNS, "created_at", "updated_at", "writer"))
    marks = ", ".join("?" * (len(_WRITE_COLUMNS) + 3))
    cur = conn.execute(f"INSERT INTO entries ({cols}) VALUES ({marks})",
                       [*_row_values(entry), iso(now), iso(now), entry.writer or writer])
    entry_id = int(cur.lastrowid)
    _write_links(conn, entry_id, entry)
    return entry_id


def update(conn: sqlcipher3.Connection, entry: Entry, now: datetime) -> bool:
    sets = ", ".join(f"{c} = ?" for c in (*_WRITE_COLUMNS, "updated_at"))
    cur = conn.execute(f"UPDATE entries SET {sets} WHERE id = ? AND deleted_at IS NULL",
                       [*_row_values(entry), iso(now), entry.id])
    if cur.rowcount != 1:
        return False
    conn.execute("DELETE FROM entry_people WHERE entry_id = ?", (entry.id,))
    conn.execute("DELETE FROM entry_strengths WHERE entry_id = ?", (entry.id,))
    _write_links(conn, int(entry.id), entry)
    return True


def _write_links(conn: sqlcipher3.Connection, entry_id: int, entry: Entry) -> None:
    conn.executemany("INSERT INTO entry_people (entry_id, person_id) VALUES (?, ?)",
                     [(entry_id, p) for p in entry.people])
    conn.executemany(
        "INSERT INTO entry_strengths (entry_id, strength_id, whose) VALUES (?, ?, ?)",
        [(entry_id, m.strength_id, m.whose) for m in entry.strengths])


def _from_rows(conn: sqlcipher3.Connection, rows: Sequence[tuple]) -> list[Entry]:
    out: list[Entry] = []
    ids = [row[0] for row in rows]
    people: dict[int, list[int]] = {i: [] for i in ids}
    marks: dict[int, list[StrengthMark]] = {i: [] for i in ids}
    if ids:
        holes = ", ".join("?" * len(ids))
        for entry_id, person_id in conn.execute(
                f"SELECT entry_id, person_id FROM entry_people WHERE entry_id IN ({holes})"
                " ORDER BY entry_id, person_id", ids):
            people[entry_id].append(person_id)
        for entry_id, strength_id, whose in conn.execute(
                "SELECT entry_id, strength_id, whose FROM entry_strengths"
                f" WHERE entry_id IN ({holes}) ORDER BY entry_id, strength_id, whose", ids):
            marks[entry_id].append(StrengthMark(strength_id, whose))
    for row in rows:
        data = dict(zip(_COLUMNS, row, strict=True))
        kind = data["kind"]
        out.append(Entry(
            kind=kind,
            happened_at=datetime.fromisoformat(data["happened_at"]),
            text={name: data[name] or "" for name in TEXT_FIELDS[kind]},
            people=people[data["id"]],
            strengths=marks[data["id"]],
            routine=data["routine"],
            feeling=data["feeling"],
            back_and_forths=data["back_and_forths"],
            prompt_id=data["prompt_id"],
            prompt_text=data["prompt_text"],
            ok_to_share=bool(data["ok_to_share"]),
            id=data["id"],
            lang=data["lang"],
            next_visit=date.fromisoformat(data["next_visit"]) if data["next_visit"] else None,
            created_at=_parse(data["created_at"]),
            updated_at=_parse(data["updated_at"]),
            deleted_at=_parse(data["deleted_at"]),
            writer=data["writer"],
        ))
    return out


def fetch(conn: sqlcipher3.Connection, entry_id: int) -> Entry | None:
    rows = conn.execute(f"{_SELECT} WHERE e.id = ?", (entry_id,)).fetchall()
    found = _from_rows(conn, rows)
    return found[0] if found else None


def fetch_many(conn: sqlcipher3.Connection, ids: Iterable[int]) -> dict[int, Entry]:
    ids = list(ids)
    if not ids:
        return {}
    holes = ", ".join("?" * len(ids))
    rows = conn.execute(f"{_SELECT} WHERE e.id IN ({holes})", ids).fetchall()
    return {entry.id: entry for entry in _from_rows(conn, rows) if entry.id is not None}


def filter_sql(filters: Filters, alias: str = "e") -> tuple[str, list[object]]:
    """WHERE conditions (joined with AND) and their parameters for `filters`."""
    where = [f"{alias}.deleted_at IS NULL"]
    params: list[object] = []
    if filters.start is not None:
        where.append(f"{alias}.happened_at >= ?")
        params.append(filters.start.isoformat())
    if filters.end is not None:
        where.append(f"{alias}.happened_at < ?")
        params.append((filters.end + timedelta(days=1)).isoformat())
    if filters.kinds:
        where.append(f"{alias}.kind IN ({', '.join('?' * len(filters.kinds))})")
        params.extend(filters.kinds)
    if filters.person_id is not None:
        where.append(f"EXISTS (SELECT 1 FROM entry_people WHERE entry_id = {alias}.id"
                     " AND person_id = ?)")
        params.append(filters.person_id)
    if filters.strength_id is not None:
        where.append(f"EXISTS (SELECT 1 FROM entry_strengths WHERE entry_id = {alias}.id"
                     " AND strength_id = ?)")
        params.append(filters.strength_id)
    if filters.writer is not None:
        where.append(f"{WRITER_SQL.format(alias)} = ?")
        params.append(filters.writer)
    return " AND ".join(where), params


def page(conn: sqlcipher3.Connection, filters: Filters, after: Cursor | None,
         limit: int) -> Page:
    where, params = filter_sql(filters)
    if after is not None:
        where += " AND (e.happened_at, e.id) < (?, ?)"
        params += [after.happened_at, after.id]
    rows = conn.execute(
        f"{_SELECT} INDEXED BY entries_timeline WHERE {where}"
        " ORDER BY e.happened_at DESC, e.id DESC LIMIT ?", [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    entries = _from_rows(conn, rows)
    cursor = Cursor(rows[-1][2], rows[-1][0]) if more else None
    return Page(entries, cursor)


def trash(conn: sqlcipher3.Connection, entry_id: int, now: datetime) -> bool:
    cur = conn.execute("UPDATE entries SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                       (iso(now), entry_id))
    return cur.rowcount == 1


def restore(conn: sqlcipher3.Connection, entry_id: int) -> bool:
    cur = conn.execute(
        "UPDATE entries SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
        (entry_id,))
    return cur.rowcount == 1


def in_trash(conn: sqlcipher3.Connection) -> list[Entry]:
    rows = conn.execute(f"{_SELECT} WHERE e.deleted_at IS NOT NULL"
                        " ORDER BY e.deleted_at DESC, e.id DESC").fetchall()
    return _from_rows(conn, rows)


def purge_before(conn: sqlcipher3.Connection, now: datetime) -> list[int]:
    """Remove for good what has been in the trash for more than 30 days."""
    limit = iso(now - timedelta(days=TRASH_DAYS))
    ids = [row[0] for row in conn.execute(
        "SELECT id FROM entries WHERE deleted_at IS NOT NULL AND deleted_at < ?", (limit,))]
    conn.executemany("DELETE FROM entries WHERE id = ?", [(i,) for i in ids])
    return ids
