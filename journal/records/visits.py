"""Visits (a kind of entry): the next one planned and the last one that happened.

Read by Today ("Visit with Ana on Thursday") and by the summary wizard, whose dates
start at the last visit when there was one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from journal.records import entries
from journal.records.models import Entry

GENTLE_DAYS = 3  # in the three days before a visit, Today offers to prepare a summary


@dataclass(frozen=True)
class NextVisit:
    day: date
    visitor_id: int | None  # the person from My village who is coming, if one was chosen
    entry_id: int  # the visit where the next one was planned

    def soon(self, today: date) -> bool:
        """True from three days before the visit to the day itself."""
        return 0 <= (self.day - today).days <= GENTLE_DAYS


def last_visit(journal, on_or_before: date) -> Entry | None:
    """The latest visit that happened on or before `on_or_before`."""
    row = journal.conn.execute(
        "SELECT id FROM entries WHERE kind = 'visit' AND deleted_at IS NULL"
        " AND happened_at < ? ORDER BY happened_at DESC, id DESC LIMIT 1",
        ((on_or_before + timedelta(days=1)).isoformat(),)).fetchone()
    return entries.fetch(journal.conn, int(row[0])) if row else None


def next_visit(journal, today: date) -> NextVisit | None:
    """The soonest next-visit day, today or later, planned at a visit still in the journal.

    A planned visit that has since happened (a visit entry on that day or later) is done.
    """
    row = journal.conn.execute(
        "SELECT e.id, e.next_visit, (SELECT person_id FROM entry_people"
        "  WHERE entry_id = e.id ORDER BY person_id LIMIT 1)"
        " FROM entries AS e INDEXED BY entries_visits"  # the visits only, not every entry
        " WHERE e.kind = 'visit' AND e.deleted_at IS NULL"
        " AND e.next_visit >= ? AND NOT EXISTS (SELECT 1 FROM entries AS later"
        "  WHERE later.kind = 'visit' AND later.deleted_at IS NULL"
        "  AND later.happened_at >= e.next_visit)"
        " ORDER BY e.next_visit, e.id LIMIT 1", (today.isoformat(),)).fetchone()
    if row is None:
        return None
    return NextVisit(date.fromisoformat(row[1]), row[2], int(row[0]))


def since_last_visit(journal, today: date, default_days: int = 28) -> tuple[date, date]:
    """The summary's default dates: from the last visit's day to today, else four weeks."""
    last = last_visit(journal, today)
    if last is not None and last.happened_at.date() < today:
        return last.happened_at.date(), today
    return today - timedelta(days=default_days - 1), today
