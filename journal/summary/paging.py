"""The wizard's list, a page at a time (so a long journal shows its first items at once).

Made for reading off the UI thread, through `Journal.reader()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from journal.errors import InvalidInput
from journal.records.models import Filters
from journal.records.store import Journal
from journal.summary.build import _check, _tally, candidates, entry_candidate
from journal.summary.model import Cancelled, Candidate
from journal.summary.pictures import with_photo_candidates
from journal.summary.text import norm_lang


def candidate_pages(journal: Journal, start: date, end: date, lang: str = "en", *,
                    first: int = 100, size: int = 2000, cancelled: Cancelled | None = None
                    ) -> Iterator[list[Candidate]]:
    """The same items as `candidates`, a page at a time as they are read, so a list can
    show the first at once: the entries newest first (`first` of them, then pages of
    about `size`), then the counts and the people (once every entry was counted).
    Raises SummaryCancelled when `cancelled()` (checked every few hundred entries)."""
    lang = norm_lang(lang)
    if end < start:
        raise InvalidInput("The end date is before the start date.")
    span, total = Filters(start=start, end=end), _tally([], start, end)
    page, out, want = journal.list_entries(span, limit=first), [], 0  # the first at once
    while True:
        _check(None, cancelled, 0, 0)
        part = _tally(page.entries, start, end)
        for sid, n in part.per_strength.items():
            total.per_strength[sid] = total.per_strength.get(sid, 0) + n
        for monday, n in part.connection_weeks.items():
            total.connection_weeks[monday] = total.connection_weeks.get(monday, 0) + n
        total.repairs += part.repairs
        out += with_photo_candidates(journal, [(e, entry_candidate(e, lang))
                                               for e in page.entries], lang)
        if len(out) >= want or page.next is None:
            yield out
            out, want = [], size
        if page.next is None:
            break
        page = journal.list_entries(span, after=page.next, limit=500)
    _check(None, cancelled, 0, 0)
    yield [item for section in candidates(journal, start, end, lang, tally=total)
           for item in section.items]
