"""The shared summary as plain data: what a caregiver picks from, what they picked, and
the summary that the PDF and HTML renderers both walk (so both show the same words)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


class SummaryCancelled(Exception):
    """The caregiver pressed Cancel; nothing was made."""


# -- what the caregiver chooses from --------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    key: str
    section: str
    label: str  # one line for the list; for counts, the line exactly as it will read
    detail: str = ""  # the caregiver's words, for a preview
    ok_to_share: bool = False  # an entry's own flag; True for plain counts; False for people
    happened_at: datetime | None = None


@dataclass(frozen=True)
class CandidateSection:
    key: str
    heading: str
    items: tuple[Candidate, ...]


@dataclass(frozen=True)
class Selection:
    start: date
    end: date  # inclusive
    ticked: frozenset[str]
    name: str = ""  # "" shows "Our family"
    know: str = ""  # "What I want you to know"
    questions: tuple[str, ...] = ()
    lang: str = "en"
    shared_on: date | None = None  # default: the journal clock's today
    shared_by: str = ""  # who shares it, as the caregiver wrote it; "" says only the day
    words_lang: str | None = None  # the app's language while the note and questions were typed
    one_page: bool = False  # the agenda, the child, the strengths and up to three moments
    second_lang: str | None = None  # headings and labels also in this language


# -- the summary model both renderers walk ----------------------------------------------------
@dataclass(frozen=True)
class Text:
    text: str
    role: str = "body"  # body, intro, count, note
    lang: str | None = None  # set when these are the caregiver's words in another language


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    lang: str | None = None  # as for Text


@dataclass(frozen=True)
class StrengthGroup:
    """Strengths under one serve-and-return step or protective factor."""

    title: str  # plain words: "Noticing what my child shows"
    framework: str  # the framework's name for it, in small type: "Share the focus"
    count: str  # "in 12 moments": moments where any of these strengths was marked
    items: tuple[str, ...]  # "Gave comfort: in 10 moments"
    example: str = ""  # 'For example: "…"' from a ticked moment, or ""
    lang: str | None = None  # the example's language, when not the summary's


@dataclass(frozen=True)
class People:
    items: tuple[tuple[str, str], ...]  # (name, how they help)


@dataclass(frozen=True)
class Picture:
    """A photo the caregiver ticked: the kept JPEG (no metadata) and its words."""

    data: bytes
    alt: str
    width: int
    height: int


@dataclass(frozen=True)
class Moment:
    heading: str
    fields: tuple[tuple[str, str], ...]  # (label, the caregiver's words); label may be ""
    notes: tuple[str, ...] = ()
    lang: str | None = None  # the language the words were written in, when not the summary's
    entry_id: int | None = None
    photos: tuple[Picture, ...] = ()  # only the ones ticked in the wizard


@dataclass(frozen=True)
class Chart:
    """One bar for each 7 days from the first chosen day; the last may hold fewer days."""

    weeks: tuple[tuple[date, int], ...]  # first day of the week -> moments of connection
    labels: tuple[str, ...]  # short label per week
    caption: str
    description: str  # the chart in words: under the chart in the PDF, beside it in HTML
    week_header: str
    count_header: str
    days: tuple[int, ...] = ()  # days in each week (7, or fewer for the last)
    note: str = ""  # says which bar counts fewer days, when one does


Block = Text | Subheading | Bullets | StrengthGroup | People | Moment | Chart


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Summary:
    lang: str
    title: str
    name: str
    dates: str
    shared_by: str
    chose: str
    sections: tuple[Section, ...] = field(default=())
    one_page: bool = False  # made to fit one page: the closing note in small print
    second_lang: str | None = None  # headings and labels read "first / second" in this one

    def strings(self) -> list[str]:
        """Every piece of text the summary shows, in order (for checks and fonts)."""
        out = [self.title, self.name, self.dates, self.shared_by, self.chose]
        for section in self.sections:
            out.append(section.heading)
            for block in section.blocks:
                out.extend(_block_strings(block))
        return out

    def text(self) -> str:
        return "\n".join(self.strings())


def _block_strings(block: Block) -> list[str]:
    if isinstance(block, Text | Subheading):
        return [block.text]
    if isinstance(block, Bullets):
        return list(block.items)
    if isinstance(block, StrengthGroup):
        return [block.title, block.framework, block.count, *block.items,
                *([block.example] if block.example else [])]
    if isinstance(block, People):
        return [piece for pair in block.items for piece in pair]
    if isinstance(block, Moment):
        return [block.heading, *(p for pair in block.fields for p in pair), *block.notes,
                *(p.alt for p in block.photos if p.alt)]
    return [block.caption, block.description, *([block.note] if block.note else []),
            block.week_header, block.count_header, *block.labels]
