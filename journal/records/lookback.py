"""A moment from before: one kept moment from about a month, three months, six months or
a year ago, for Today ("Three months ago you wrote…").

"About" is a small window: the same calendar day N months back (the 31st becomes the
month's last day), give or take `WINDOW_DAYS` days, so a week with nothing on the exact
day still finds the moment written two days later. The entry nearest the day wins.

What may come back: reflections (their words), connection moments (what the child did,
what the caregiver did), visits (what they noticed about the family) and, for a repair,
only how the two of them came back together: never what pulled them apart. Nothing in the
trash comes back. Which of the four ages is tried first turns with the day, so the same
few entries don't return every morning; the choice is the same all day long.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from journal.records import entries

AGES = (1, 3, 6, 12)  # months back
WINDOW_DAYS = 3  # "about": the day itself, three days before and three after
CANDIDATES = 20  # the nearest entries looked at per age (a long day has many)

# The caregiver's words that may come back, per kind; a repair shows only its coming back.
SHOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "reflection": ("body",),
    "connection": ("child_did", "i_did"),
    "visit": ("they_noticed",),
    "repair": ("reconnected",),
}


# In SQL: an entry of a kind that may come back, with words in a field that may be shown
# (so a day full of repairs without their coming back never hides a moment beside them).
_HAS_WORDS = " OR ".join(
    f"(kind = '{kind}' AND ("
    + " OR ".join(f"trim(coalesce({name}, '')) <> ''" for name in names) + "))"
    for kind, names in SHOWN_FIELDS.items())


@dataclass(frozen=True)
class LookBack:
    entry_id: int
    kind: str
    months: int  # 1, 3, 6 or 12
    happened_at: datetime
    parts: tuple[str, ...]  # the words shown, in SHOWN_FIELDS order, none empty

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


def months_before(day: date, months: int) -> date:
    """The same calendar day `months` earlier; past the month's end, its last day."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def ages_for(today: date) -> tuple[int, ...]:
    """The four ages in today's order: which one is tried first turns day by day."""
    start = today.toordinal() % len(AGES)
    return AGES[start:] + AGES[:start]


def _shown(entry) -> tuple[str, ...]:
    return tuple(words.strip() for name in SHOWN_FIELDS.get(entry.kind, ())
                 if (words := entry.text.get(name, "")).strip())


def around(journal, target: date, months: int) -> LookBack | None:
    """The kept entry nearest `target` (± WINDOW_DAYS) with words to show, if any."""
    start = target - timedelta(days=WINDOW_DAYS)
    end = target + timedelta(days=WINDOW_DAYS + 1)
    noon = datetime.combine(target, datetime.min.time()).replace(hour=12).isoformat()
    rows = journal.conn.execute(
        "SELECT id FROM entries WHERE deleted_at IS NULL AND happened_at >= ?"
        f" AND happened_at < ? AND ({_HAS_WORDS})"
        " ORDER BY abs(julianday(happened_at) - julianday(?)), happened_at, id LIMIT ?",
        (start.isoformat(), end.isoformat(), noon, CANDIDATES)).fetchall()
    found = entries.fetch_many(journal.conn, [row[0] for row in rows])
    for (entry_id,) in rows:
        entry = found.get(entry_id)
        if entry is None or entry.deleted_at is not None:
            continue
        parts = _shown(entry)
        if parts:
            return LookBack(entry_id, entry.kind, months, entry.happened_at, parts)
    return None


def moment_from_before(journal, today: date) -> LookBack | None:
    """Today's one moment from before, or None when none of the four ages has one."""
    for months in ages_for(today):
        found = around(journal, months_before(today, months), months)
        if found is not None:
            return found
    return None
