"""Two languages on one page: the same summary built in the caregiver's language and in
the visitor's, merged so every heading and label reads in both ("Strengths we noticed /
Fortalezas que notamos") while the caregiver's own words appear once, exactly as written.

Both summaries come from the same selection, so they have the same sections and blocks
in the same order; where a piece is the same in both (a name, a number, the family's
words) it is kept once.
"""

from __future__ import annotations

from dataclasses import replace

from journal.summary.model import (
    Block,
    Bullets,
    Chart,
    Moment,
    People,
    Section,
    StrengthGroup,
    Subheading,
    Summary,
    Text,
)

SEP = " / "


def pair(first: str, second: str) -> str:
    if not first or first == second:
        return first
    if not second:
        return first
    return f"{first}{SEP}{second}"


def _lines(first: str, second: str) -> str:
    """Longer sentences: one line each, the caregiver's language first."""
    return first if first == second else f"{first}\n{second}"


def _example(first: str, second: str) -> str:
    """'For example: "…"' and 'Por ejemplo: "…"' quote the same words: quote them once."""
    if "\u201c" not in first or "\u201c" not in second:
        return pair(first, second)
    lead, quote = first.split("\u201c", 1)
    other = second.split("\u201c", 1)[0]
    return f"{lead.strip().rstrip(':')}{SEP}{other.strip()} \u201c{quote}"


def _block(a: Block, b: Block) -> Block:
    if type(a) is not type(b):
        return a
    if isinstance(a, Text):
        return a if a.lang is not None or a.role == "body" else replace(
            a, text=_lines(a.text, b.text))
    if isinstance(a, Subheading):
        return Subheading(pair(a.text, b.text))
    if isinstance(a, Bullets):
        if a.lang is not None or len(a.items) != len(b.items):
            return a  # the caregiver's questions: as written
        return replace(a, items=tuple(pair(x, y) for x, y in zip(a.items, b.items,
                                                                  strict=True)))
    if isinstance(a, StrengthGroup):
        return replace(a, title=pair(a.title, b.title), framework=pair(a.framework,
                                                                       b.framework),
                       count=pair(a.count, b.count),
                       items=tuple(pair(x, y) for x, y in zip(a.items, b.items, strict=False)),
                       example=_example(a.example, b.example) if a.example else "")
    if isinstance(a, Moment):
        fields = tuple((pair(la, lb), words) for (la, words), (lb, _) in
                       zip(a.fields, b.fields, strict=False))
        return replace(a, heading=pair(a.heading, b.heading), fields=fields,
                       notes=tuple(pair(x, y) for x, y in zip(a.notes, b.notes, strict=False)))
    if isinstance(a, People):
        return a
    if isinstance(a, Chart):
        return replace(a, caption=pair(a.caption, b.caption),
                       description=_lines(a.description, b.description),
                       week_header=pair(a.week_header, b.week_header),
                       count_header=pair(a.count_header, b.count_header),
                       note=_lines(a.note, b.note) if a.note else "")
    return a


def _section(a: Section, b: Section) -> Section:
    if len(a.blocks) != len(b.blocks):
        return replace(a, heading=pair(a.heading, b.heading))
    return Section(a.key, pair(a.heading, b.heading),
                   tuple(_block(x, y) for x, y in zip(a.blocks, b.blocks, strict=True)))


def both(first: Summary, second: Summary) -> Summary:
    """`first` (the caregiver's language) with `second`'s headings and labels beside it."""
    others = {s.key: s for s in second.sections}
    sections = tuple(_section(s, others[s.key]) if s.key in others else s
                     for s in first.sections)
    return replace(first, title=pair(first.title, second.title),
                   dates=pair(first.dates, second.dates),
                   shared_by=_lines(first.shared_by, second.shared_by),
                   chose=_lines(first.chose, second.chose), sections=sections,
                   second_lang=second.lang)
