"""Counts for a date range: per week, per kind, per strength. Plain numbers, no scores.

They are read from per-day tables that triggers keep in step with every write (see
migrations.py), so a year of counts reads a few hundred rows at any journal size.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlcipher3

from journal.records.models import Counts


def counts(conn: sqlcipher3.Connection, start: date | None, end: date | None) -> Counts:
    low = (start or date.min).isoformat()
    high = (end or date.max).isoformat()
    per_week: dict[date, int] = {}
    per_kind: dict[str, int] = {}
    for day, kind, n in conn.execute(
            "SELECT day, kind, n FROM day_counts WHERE day BETWEEN ? AND ? AND n > 0",
            (low, high)):
        when = date.fromisoformat(day)
        monday = when - timedelta(days=when.weekday())
        per_week[monday] = per_week.get(monday, 0) + n
        per_kind[kind] = per_kind.get(kind, 0) + n
    per_strength: dict[int, int] = {}
    for strength_id, n in conn.execute(  # summed here: SQLite's GROUP BY sorts, slower
            "SELECT strength_id, n FROM day_strengths WHERE day BETWEEN ? AND ? AND n > 0",
            (low, high)):
        per_strength[strength_id] = per_strength.get(strength_id, 0) + n
    return Counts(dict(sorted(per_week.items())), per_kind, per_strength,
                  sum(per_kind.values()))
