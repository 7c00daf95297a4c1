"""Counts for a date range: per week, per kind, per strength. Plain numbers, no scores."""

from __future__ import annotations

from datetime import date, timedelta

import sqlcipher3

from journal import entries
from journal.models import Counts, Filters


def counts(conn: sqlcipher3.Connection, filters: Filters) -> Counts:
    where, params = entries.filter_sql(filters)
    per_week: dict[date, int] = {}
    per_kind: dict[str, int] = {}
    total = 0
    rows = conn.execute(
        "SELECT substr(e.happened_at, 1, 10) AS day, e.kind, count(*)"
        f" FROM entries AS e INDEXED BY entries_day_kind WHERE {where} GROUP BY day, e.kind",
        params)
    for day, kind, n in rows:
        when = date.fromisoformat(day)
        monday = when - timedelta(days=when.weekday())
        per_week[monday] = per_week.get(monday, 0) + n
        per_kind[kind] = per_kind.get(kind, 0) + n
        total += n
    per_strength = {
        strength_id: n
        for strength_id, n in conn.execute(
            "SELECT s.strength_id, count(DISTINCT s.entry_id) FROM entry_strengths AS s"
            f" JOIN entries AS e ON e.id = s.entry_id WHERE {where}"
            " GROUP BY s.strength_id", params)
    }
    return Counts(dict(sorted(per_week.items())), per_kind, per_strength, total)
