"""People in the family's circle: children, caregivers, the village."""

from __future__ import annotations

from datetime import datetime

import sqlcipher3

from journal.records import validate
from journal.records.models import ROLES, Person

_COLUMNS = "id, role, nickname, birth_month, how_they_help, deleted_at"


def clean(person: Person) -> Person:
    role = validate.choice(person.role, ROLES, what="role")
    return Person(
        role=role,
        nickname=validate.text(person.nickname, what="name", limit=validate.MAX_SHORT,
                               required=True).strip(),
        birth_month=validate.birth_month(person.birth_month) if role == "child" else None,
        how_they_help=validate.text(person.how_they_help, what="note", limit=10_000),
        id=person.id,
    )


def _person(row: tuple) -> Person:
    deleted = datetime.fromisoformat(row[5]) if row[5] else None
    return Person(role=row[1], nickname=row[2], birth_month=row[3], how_they_help=row[4],
                  id=row[0], deleted_at=deleted)


def insert(conn: sqlcipher3.Connection, person: Person, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO people (role, nickname, birth_month, how_they_help, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (person.role, person.nickname, person.birth_month, person.how_they_help, now, now))
    return int(cur.lastrowid)


def update(conn: sqlcipher3.Connection, person: Person, now: str) -> bool:
    cur = conn.execute(
        "UPDATE people SET role = ?, nickname = ?, birth_month = ?, how_they_help = ?,"
        " updated_at = ? WHERE id = ?",
        (person.role, person.nickname, person.birth_month, person.how_they_help, now,
         person.id))
    return cur.rowcount == 1


def fetch(conn: sqlcipher3.Connection, person_id: int) -> Person | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (person_id,)).fetchone()
    return _person(row) if row else None


def listing(conn: sqlcipher3.Connection, role: str | None, deleted: bool) -> list[Person]:
    where = "deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"
    params: list[object] = []
    if role is not None:
        where += " AND role = ?"
        params.append(role)
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM people WHERE {where}"
        " ORDER BY CASE role WHEN 'child' THEN 0 WHEN 'caregiver' THEN 1 ELSE 2 END,"
        " nickname COLLATE NOCASE, id", params)
    return [_person(row) for row in rows]


def entries_with(conn: sqlcipher3.Connection, person_id: int) -> list[int]:
    return [row[0] for row in conn.execute(
        "SELECT entry_id FROM entry_people WHERE person_id = ?", (person_id,))]
