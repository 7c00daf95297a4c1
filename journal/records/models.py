"""Plain records passed between the core and its callers (UI, exporters)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

KINDS = ("reflection", "connection", "repair", "visit")
ROLES = ("child", "caregiver", "village")
WHOSE = ("me", "child", "someone")
BACK_AND_FORTHS = ("one", "a_few", "many")

# The caregiver's own words, per kind of entry (ERH.md, "The records a caregiver keeps").
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "reflection": ("body",),
    "connection": ("child_did", "i_did", "how_it_ended"),
    "repair": ("pulled_apart", "noticed_first", "reconnected", "what_helped", "remember"),
    "visit": ("they_noticed", "want_to_try"),  # who came is in `people`
}
ALL_TEXT_FIELDS: tuple[str, ...] = tuple(f for fields in TEXT_FIELDS.values() for f in fields)


@dataclass
class Person:
    role: str
    nickname: str
    birth_month: str | None = None  # "YYYY-MM", for a child
    how_they_help: str = ""
    id: int | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class StrengthMark:
    strength_id: int
    whose: str = "me"


@dataclass(frozen=True)
class Strength:
    id: int
    key: str | None  # built-in vocabulary key, or None for the caregiver's own
    label: str
    factor: str | None = None
    lens: str | None = None

    @property
    def own(self) -> bool:
        return self.key is None


@dataclass
class Entry:
    kind: str
    happened_at: datetime
    text: dict[str, str] = field(default_factory=dict)
    people: list[int] = field(default_factory=list)
    strengths: list[StrengthMark] = field(default_factory=list)
    routine: str | None = None
    feeling: str | None = None
    back_and_forths: str | None = None  # connection moments only
    prompt_id: str | None = None  # reflections only: the prompt as it was shown
    prompt_text: str | None = None
    ok_to_share: bool = False
    id: int | None = None
    created_at: datetime | None = None
    lang: str | None = None  # the app's language when written ("en", "es"); None if unknown
    next_visit: date | None = None  # visits only: the next visit, when one is set
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    writer: str | None = None  # the caregiver (key slot id) who saved it; set on save


@dataclass(frozen=True)
class Cursor:
    """Where the next page of the timeline starts (keyset pagination)."""

    happened_at: str
    id: int


@dataclass(frozen=True)
class Page:
    entries: list[Entry]
    next: Cursor | None


@dataclass(frozen=True)
class Filters:
    start: date | None = None  # inclusive
    end: date | None = None  # inclusive
    kinds: tuple[str, ...] = ()
    person_id: int | None = None
    writer: str | None = None  # one caregiver's entries (key slot id)
    strength_id: int | None = None


@dataclass(frozen=True)
class SearchHit:
    entry_id: int
    kind: str
    happened_at: datetime
    snippet: tuple[tuple[str, bool], ...]  # (text, is_match) pieces

    @property
    def snippet_text(self) -> str:
        return "".join(piece for piece, _ in self.snippet)


@dataclass(frozen=True)
class Counts:
    """How many moments were noted in a date range: plain numbers, never scores."""

    per_week: dict[date, int]  # Monday of the week -> entries
    per_kind: dict[str, int]
    per_strength: dict[int, int]  # strength id -> entries that noted it
    total: int


@dataclass(frozen=True)
class PromptRecord:
    day: date
    prompt_id: str
    status: str  # shown, answered or skipped
