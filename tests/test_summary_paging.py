"""The wizard's list a page at a time: the same items as `candidates`, read through a
read-only connection of its own, and stopped when asked."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from journal import Entry, Person, StrengthMark
from journal.summary.build import candidates
from journal.summary.model import SummaryCancelled
from journal.summary.paging import candidate_pages

DAY = datetime(2026, 11, 10, 8, 0)


def fill(journal, n: int = 700) -> None:
    strength = journal.strengths("en")[0].id
    journal.add_entries(
        Entry(("connection", "repair", "reflection")[i % 3], DAY - timedelta(hours=i),
              {"connection": {"child_did": f"Smiled {i}"},
               "repair": {"pulled_apart": f"Cried {i}"},
               "reflection": {"body": f"Thought {i}" if i % 7 else ""}}[
                  ("connection", "repair", "reflection")[i % 3]],
              strengths=[StrengthMark(strength)], ok_to_share=i % 4 == 0)
        for i in range(n))
    journal.add_person(Person("village", "Abuela Rosa", how_they_help="Sunday soup"))


def test_pages_hold_exactly_the_items_of_candidates(journal):
    fill(journal)
    start, end = date(2026, 10, 1), date(2026, 11, 20)
    whole = [item for section in candidates(journal, start, end) for item in section.items]
    with journal.reader() as view:
        pages = list(candidate_pages(view, start, end, first=50, size=300))
    assert 0 < len(pages[0]) <= 50 and len(pages) > 3
    paged = [item for page in pages for item in page]
    assert sorted(paged, key=lambda c: c.key) == sorted(whole, key=lambda c: c.key)
    assert len(paged) == len(whole)


def test_pages_stop_when_asked_and_the_reader_never_writes(journal):
    fill(journal)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with journal.reader() as view, pytest.raises(SummaryCancelled):
        for _page in candidate_pages(view, date(2026, 1, 1), date(2026, 11, 20), first=10,
                                     cancelled=cancelled):
            pass
    with journal.reader() as view, pytest.raises(Exception, match="readonly"):
        view.add_person(Person("village", "Someone"))
    assert [p.nickname for p in journal.list_people("village")] == ["Abuela Rosa"]
    assert journal.is_open  # the journal's own connection is untouched
