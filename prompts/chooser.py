"""Choosing today's prompt: pure, deterministic functions of (clock, history, settings).

Rules, in order of strength:

1. **Same prompt all day.** If the history holds a prompt for today that was not skipped,
   it is today's prompt again (per local date; the caller's clock decides the date).
2. **Age.** Only prompts that fit the child's age band(s) are offered (prompts for "any"
   age fit everyone). With no child or no birth month, only "any" prompts are offered.
   If nothing fits, fall back to "any" prompts, then to the whole library.
3. **No repeat within 30 days** (``NO_REPEAT_DAYS``) while the pool allows it. Shown,
   answered and skipped prompts all count as seen.
4. **Focus.** If the caregiver picked a focus, fresh prompts with that focus come first;
   when they run out, other fresh prompts are used rather than repeating.
5. **Kinds rotate.** The kind that was seen least recently goes first, so with one prompt
   a day each of the five kinds comes up every five days (repair, village and caring
   for myself as often as connection).
6. Ties are broken by a hash of the ISO date and the prompt id (``hashlib``, never
   Python's salted ``hash()``), so the same inputs always give the same prompt.

"Show me another" (``choose_another``) picks a different prompt; the caller records the
one passed over with ``HistoryItem.skipped`` (a skip, never a failure). ``show_another``
returns the prompt together with both records to store.

``history`` is every prompt shown, oldest first (the order breaks ties within a day).
With a focus set, kinds still rotate among the fresh prompts that have that focus.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from .library import Prompt, PromptLibrary
from .vocab import ANY_AGE, CHILD_BANDS, FOCUSES, KINDS, STATUSES

NO_REPEAT_DAYS = 30


class Clock(Protocol):
    def today(self) -> date: ...


@dataclass(frozen=True)
class HistoryItem:
    """One prompt put in front of the caregiver on a day, and what became of it."""

    day: date
    prompt_id: str
    status: str = "shown"

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status {self.status!r} is not one of {STATUSES}")
        if isinstance(self.day, datetime) or not isinstance(self.day, date):
            raise TypeError("HistoryItem.day must be a datetime.date")

    @classmethod
    def shown(cls, prompt_id: str, today: date | Clock) -> HistoryItem:
        return cls(as_date(today), prompt_id, "shown")

    @classmethod
    def answered(cls, prompt_id: str, today: date | Clock) -> HistoryItem:
        return cls(as_date(today), prompt_id, "answered")

    @classmethod
    def skipped(cls, prompt_id: str, today: date | Clock) -> HistoryItem:
        return cls(as_date(today), prompt_id, "skipped")


HistoryLike = HistoryItem | tuple[date, str, str]


def as_date(today: date | Clock) -> date:
    """A plain date from a date, a datetime, or a clock object with ``.today()``."""
    if isinstance(today, datetime):
        return today.date()
    if isinstance(today, date):
        return today
    value = today.today()
    return value.date() if isinstance(value, datetime) else value


# ---------------------------------------------------------------- age bands


def months_old(birth: tuple[int, int] | date, today: date | Clock) -> int:
    """Whole months from the birth month to today (a day of birth, if known, is used)."""
    day = as_date(today)
    if isinstance(birth, date):
        months = (day.year - birth.year) * 12 + (day.month - birth.month)
        if day.day < birth.day:
            months -= 1
        return months
    year, month = birth
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1–12")
    return (day.year - year) * 12 + (day.month - month)


def age_band_for(birth: tuple[int, int] | date | None, today: date | Clock) -> str | None:
    """The age band for a birth month ``(year, month)`` or birth date, or None.

    None when no birth month is known, the month is in the future, or the child is six
    or older (then only prompts for any age fit). With only a month, age is counted in
    calendar months, so a child may move up a band a few days early.
    """
    if birth is None:
        return None
    months = months_old(birth, today)
    if months < 0:
        return None
    for limit, band in ((6, "0-6m"), (12, "6-12m"), (24, "12-24m"), (36, "24-36m"), (72, "3-5y")):
        if months < limit:
            return band
    return None


def bands_for(births: Iterable[tuple[int, int] | date | None], today: date | Clock) -> set[str]:
    """The set of age bands for several children (unknown ages are left out)."""
    bands = {age_band_for(birth, today) for birth in births}
    return {band for band in bands if band is not None}


# ---------------------------------------------------------------- choosing


def choose_today(
    library: PromptLibrary,
    today: date | Clock,
    history: Sequence[HistoryLike] = (),
    *,
    child_bands: Iterable[str] | None = None,
    focus: str | None = None,
) -> Prompt:
    """Today's prompt. The same all day; a new one tomorrow."""
    day = as_date(today)
    items = _normalize(history, day)
    current = current_prompt_id(items, day)
    if current is not None and current in library:
        return library[current]
    seen_today = _statuses_today(items, day)
    skipped_today = {pid for pid, status in seen_today.items() if status == "skipped"}
    prompt = _pick(library, day, items, child_bands, focus, avoid=skipped_today)
    assert prompt is not None  # a validated library is never empty
    return prompt


def choose_another(
    library: PromptLibrary,
    today: date | Clock,
    history: Sequence[HistoryLike],
    current_id: str,
    *,
    child_bands: Iterable[str] | None = None,
    focus: str | None = None,
) -> Prompt | None:
    """For "show me another": a prompt other than ``current_id`` (None if none exists).

    Prefers prompts not yet seen today. The caller records ``HistoryItem.skipped(current_id,
    today)`` and then ``HistoryItem.shown(new.id, today)``; see ``show_another``.
    """
    day = as_date(today)
    items = [*_normalize(history, day), HistoryItem(day, current_id, "skipped")]
    seen_today = set(_statuses_today(items, day))
    return _pick(library, day, items, child_bands, focus, avoid=seen_today, never={current_id})


def show_another(
    library: PromptLibrary,
    today: date | Clock,
    history: Sequence[HistoryLike],
    current_id: str,
    *,
    child_bands: Iterable[str] | None = None,
    focus: str | None = None,
) -> tuple[Prompt | None, tuple[HistoryItem, ...]]:
    """``choose_another`` plus the history records to store: the skip, then the new one."""
    day = as_date(today)
    prompt = choose_another(library, day, history, current_id, child_bands=child_bands, focus=focus)
    records = [HistoryItem.skipped(current_id, day)]
    if prompt is not None:
        records.append(HistoryItem.shown(prompt.id, day))
    return prompt, tuple(records)


def current_prompt_id(history: Sequence[HistoryLike], today: date | Clock) -> str | None:
    """The prompt already in front of the caregiver today (last one not skipped), if any."""
    day = as_date(today)
    items = _normalize(history, day)
    final = _statuses_today(items, day)
    for item in reversed(items):
        if item.day == day and final.get(item.prompt_id) != "skipped":
            return item.prompt_id
    return None


def _normalize(history: Sequence[HistoryLike], day: date) -> list[HistoryItem]:
    """HistoryItems in the given order, leaving out days after ``day`` (clock changes).

    Plain ``(day, prompt_id, status)`` tuples are accepted; the day may be an ISO string.
    """
    items = []
    for item in history:
        if not isinstance(item, HistoryItem):
            shown_on, prompt_id, status = item
            if isinstance(shown_on, str):
                shown_on = date.fromisoformat(shown_on)
            item = HistoryItem(shown_on, prompt_id, status)
        items.append(item)
    return [item for item in items if item.day <= day]


def _statuses_today(items: Sequence[HistoryItem], day: date) -> dict[str, str]:
    """Each prompt seen today and its latest status."""
    return {item.prompt_id: item.status for item in items if item.day == day}


def _seed(day: date, key: str) -> int:
    digest = hashlib.sha256(f"{day.isoformat()}|{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _age_pool(library: PromptLibrary, child_bands: Iterable[str] | None) -> list[Prompt]:
    bands = {band for band in (child_bands or ()) if band in CHILD_BANDS}
    if bands:
        pool = [p for p in library if p.suits_bands(bands)]
        if pool:
            return pool
    pool = [p for p in library if ANY_AGE in p.bands]
    return pool or list(library)


def _pick(
    library: PromptLibrary,
    day: date,
    items: Sequence[HistoryItem],
    child_bands: Iterable[str] | None,
    focus: str | None,
    *,
    avoid: set[str],
    never: frozenset[str] | set[str] = frozenset(),
) -> Prompt | None:
    if focus is not None and focus not in FOCUSES:
        focus = None  # an unknown focus (say, from an old settings file) is ignored
    pool = [p for p in _age_pool(library, child_bands) if p.id not in never]
    if not pool:
        pool = [p for p in library if p.id not in never]
    if not pool:
        return None
    preferred = [p for p in pool if p.id not in avoid]
    candidates = preferred or pool

    # When was each prompt, and each kind, last seen? (index breaks same-day ties)
    last_seen: dict[str, tuple[int, int]] = {}
    kind_seen: dict[str, tuple[int, int]] = {}
    for index, item in enumerate(items):
        stamp = (item.day.toordinal(), index)
        last_seen[item.prompt_id] = stamp
        prompt = library.get(item.prompt_id)
        if prompt is not None:
            kind_seen[prompt.kind] = stamp
    never_seen = (-1, -1)
    kind_order = sorted(KINDS, key=lambda k: (kind_seen.get(k, never_seen), _seed(day, k)))
    kind_rank = {kind: rank for rank, kind in enumerate(kind_order)}

    def recent(prompt: Prompt) -> bool:
        stamp = last_seen.get(prompt.id)
        return stamp is not None and day.toordinal() - stamp[0] < NO_REPEAT_DAYS

    def key(prompt: Prompt) -> tuple:
        return (
            recent(prompt),
            focus is not None and prompt.focus != focus,
            kind_rank[prompt.kind],
            last_seen.get(prompt.id, never_seen),
            _seed(day, prompt.id),
        )

    return min(candidates, key=key)
