"""The summary as a home visitor reads it (issue 16): what the family wants to talk about
first, the child (name and age, each only when ticked), "Since our last visit", a sentence
instead of a chart when few weeks hold moments, and the "one page" choice.

Nothing here reads words that were not ticked: the child's items are off unless ticked,
and a visit's words come only from a ticked visit entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from journal.records.models import Entry, Person
from journal.records.store import Journal
from journal.summary.model import (
    Block,
    Bullets,
    Candidate,
    Chart,
    Moment,
    Section,
    StrengthGroup,
    Subheading,
    Text,
)
from journal.summary.text import day_heading, long_date, t
from journal.summary.words import MAX_NAME, MAX_NOTE, clean_text, entry_fields, other_language

MIN_CHART_WEEKS = 3  # fewer weeks holding moments: a sentence says it instead of a chart
ONE_PAGE_MOMENTS = 3
# a repair reads from how the family came back together (ERH.md), then the rest
REPAIR_ORDER = ("reconnected", "what_helped", "remember", "noticed_first", "pulled_apart")


def months_old(birth_month: str, on: date) -> int | None:
    try:
        year, month = (int(part) for part in birth_month.split("-"))
    except (AttributeError, ValueError):
        return None
    months = (on.year - year) * 12 + on.month - month
    return months if months >= 0 else None


def age_words(months: int, lang: str) -> str:
    """Months up to 23 ("17 months"), then whole years ("2 years")."""
    if months < 1:
        return t(lang, "age_new")
    if months < 24:
        return t(lang, "age_month_one") if months == 1 else t(lang, "age_month_many", n=months)
    years = months // 12
    return t(lang, "age_year_one") if years == 1 else t(lang, "age_year_many", n=years)


def _children(journal: Journal) -> list[Person]:
    return [p for p in journal.list_people("child") if p.id is not None]


def child_candidates(journal: Journal, on: date, lang: str) -> list[Candidate]:
    """The child's nickname and age, each its own item, off until the caregiver ticks it."""
    out = []
    for child in _children(journal):
        name = clean_text(child.nickname, MAX_NAME)
        out.append(Candidate(f"child-name:{child.id}", "child",
                             t(lang, "child_name", name=name)))
        months = months_old(child.birth_month or "", on)
        if months is not None:
            out.append(Candidate(f"child-age:{child.id}", "child",
                                 t(lang, "child_age", age=age_words(months, lang))))
    return out


def child_section(journal: Journal, ticked: frozenset[str], on: date,
                  lang: str) -> Section | None:
    lines = []
    for child in _children(journal):
        show_name = f"child-name:{child.id}" in ticked
        months = months_old(child.birth_month or "", on)
        show_age = f"child-age:{child.id}" in ticked and months is not None
        if show_name:
            lines.append(t(lang, "child_name", name=clean_text(child.nickname, MAX_NAME)))
        if show_age:
            lines.append(t(lang, "child_age", age=age_words(months or 0, lang)))
    return Section("child", t(lang, "child"), (Bullets(tuple(lines)),)) if lines else None


def agenda_section(know: str, questions: Iterable[str] | str, lang: str,
                   typed_lang: str | None) -> Section | None:
    """What the caregiver wants to talk about: their note, then their questions."""
    if isinstance(questions, str):
        questions = questions.splitlines()
    items = tuple(q for q in (clean_text(q, MAX_NOTE) for q in questions) if q)
    know = clean_text(know)
    blocks: list[Block] = []
    if know:
        blocks += [Subheading(t(lang, "know")), Text(know, "body", typed_lang)]
    if items:
        blocks += [Subheading(t(lang, "questions")), Bullets(items, typed_lang)]
    return Section("agenda", t(lang, "agenda"), tuple(blocks)) if blocks else None


def visit_section(chosen: Sequence[Entry], lang: str) -> Section | None:
    """The ticked visits in the range, newest first: what the visitor noticed and what
    the family wanted to try. The visitor's name is not shown (names only when ticked
    in Our village)."""
    blocks: list[Block] = []
    for entry in sorted((e for e in chosen if e.kind == "visit"),
                        key=lambda e: e.happened_at, reverse=True):
        fields = tuple(entry_fields(entry, lang))
        if fields:
            day = day_heading(entry.happened_at.date(), lang)
            day = day[:1].lower() + day[1:] if lang == "es" else day  # inside a sentence
            blocks.append(Moment(t(lang, "visit_on", day=day), fields, (),
                                 other_language(entry.lang, lang), entry.id))
    if not blocks:
        return None
    return Section("visit", t(lang, "visit"), (Text(t(lang, "visit_intro"), "intro"), *blocks))


def repair_first(entry: Entry, fields: list[tuple[str, str]], lang: str
                 ) -> list[tuple[str, str]]:
    """A repair's words in the order a visitor reads best: how we came back together."""
    if entry.kind != "repair":
        return fields
    rank = {t(lang, name): i for i, name in enumerate(REPAIR_ORDER)}
    return sorted(fields, key=lambda f: rank.get(f[0], len(rank)))


def weeks_with_moments(per_week: dict[date, int]) -> int:
    return sum(1 for n in per_week.values() if n)


def one_page(sections: Sequence[Section], lang: str) -> list[Section]:
    """Keep the agenda, the child, the strengths (each group on one line) and up to three
    moments; the closing note stays, short, so the reader knows what this is."""
    keep = {s.key: s for s in sections}
    out = []
    if "agenda" in keep:  # the note right under the heading, then the questions
        blocks = keep["agenda"].blocks
        if blocks and isinstance(blocks[0], Subheading) and blocks[0].text == t(lang, "know"):
            blocks = blocks[1:]
        out.append(Section("agenda", keep["agenda"].heading, blocks))
    if "child" in keep:  # name and age on one line
        lines = [item for b in keep["child"].blocks if isinstance(b, Bullets) for item in b.items]
        out.append(Section("child", keep["child"].heading, (Bullets((" · ".join(lines),)),)))
    if "strengths" in keep:
        # each group says its framework's name on its own line: the part headings can go
        blocks = tuple(_no_example(b) for b in keep["strengths"].blocks
                       if isinstance(b, StrengthGroup | Bullets))
        out.append(Section("strengths", keep["strengths"].heading, blocks))
    shown: list[Moment] = []
    for key in ("visit", "connection", "repair", "words"):
        if key in keep:
            shown += [b for b in keep[key].blocks if isinstance(b, Moment)]
    if shown:  # each with its first answer, so three fit under the strengths
        out.append(Section("moments", t(lang, "one_page_moments"), tuple(
            Moment(m.heading, m.fields[:1], (), m.lang) for m in shown[:ONE_PAGE_MOMENTS])))
    if "about" in keep:  # the short closing note
        out.append(Section("about", keep["about"].heading, (Text(t(lang, "about_short"),
                                                                 "note"),)))
    return out


def _no_example(block: Block) -> Block:
    """A group on one line: its plain name, in how many moments, the framework's name."""
    if isinstance(block, StrengthGroup):
        return StrengthGroup(block.title, block.framework, block.count, ())
    return block


def few_weeks_line(total: int, span_words: str, lang: str) -> Text:
    from journal.summary.text import moments

    return Text(t(lang, "few_weeks", count=moments(total, lang), weeks=span_words), "count")


def chart_waits(summary) -> bool:
    """The chart was ticked, but too few weeks hold moments: the summary says the count
    in a sentence (few_weeks_line). The wizard tells the parent why; the visitor's copy
    never carries that app hint."""
    return any(section.key == "connection"
               and any(isinstance(b, Text) and b.role == "count" for b in section.blocks)
               and not any(isinstance(b, Chart) for b in section.blocks)
               for section in summary.sections)


__all__ = ["agenda_section", "chart_waits", "child_candidates", "child_section",
           "few_weeks_line", "long_date", "one_page", "repair_first", "visit_section",
           "weeks_with_moments"]
