"""The shared summary: what a caregiver can choose from, and a summary of exactly that.

A wizard drives it in three calls:

    sections = candidates(journal, start, end, "en")    # grouped, each with ok_to_share
    summary = build_summary(journal, Selection(start, end, ticked_keys, name="Maria and Leo"))
    pdf = summary_pdf.render_pdf(summary)                # or summary_html.render_html

Every candidate has a key ("entry:12", "strength:3", "person:4", "chart:connection",
"count:repair"). Only ticked keys reach the summary: the caregiver's words are read
again by id for the ticked entries only; unticked entries add nothing but plain counts,
and only when the count itself was ticked. Names linked to an entry are not shown (the
caregiver chooses the name to show); the village shows only ticked people.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal.errors import InvalidInput
from journal.records import vocabulary
from journal.records.models import TEXT_FIELDS, Entry, Filters
from journal.records.store import Journal
from journal.summary.model import (
    Block,
    Bullets,
    Cancelled,
    Candidate,
    CandidateSection,
    Chart,
    Moment,
    People,
    Progress,
    Section,
    Selection,
    Subheading,
    Summary,
    SummaryCancelled,
    Text,
)
from journal.summary.text import (
    day_heading,
    long_date,
    moments,
    norm_lang,
    short_date,
    t,
    times,
    weeks,
)

SECTIONS = ("strengths", "connection", "repair", "village", "words")
CHART_KEY = "chart:connection"
REPAIR_COUNT_KEY = "count:repair"
MAX_NAME = 200
MAX_NOTE = 20_000

# -- helpers ----------------------------------------
def clean_text(value: str, limit: int = MAX_NOTE) -> str:
    """NFC (so Vietnamese and other accents stay one character), trimmed, checked."""
    if not isinstance(value, str):
        raise InvalidInput("That must be text.")
    value = unicodedata.normalize("NFC", value).replace("\0", "").strip()
    if len(value) > limit:
        raise InvalidInput("That is too long for the summary. Try a shorter one.")
    return value


def _check(progress: Progress | None, cancelled: Cancelled | None, done: int,
           total: int) -> None:
    if cancelled is not None and cancelled():
        raise SummaryCancelled()
    if progress is not None:
        progress(done, total)


def _in_range(journal: Journal, start: date, end: date,
              cancelled: Cancelled | None = None) -> list[Entry]:
    """Every entry (not in the trash) from start to end, oldest first."""
    if end < start:
        raise InvalidInput("The end date is before the start date.")
    found: list[Entry] = []
    page = journal.list_entries(Filters(start=start, end=end), limit=500)
    while True:
        if cancelled is not None and cancelled():
            raise SummaryCancelled()
        found.extend(page.entries)
        if page.next is None:
            break
        page = journal.list_entries(Filters(start=start, end=end), after=page.next, limit=500)
    return sorted(found, key=lambda e: (e.happened_at, e.id or 0))


def word(key: str | None, lang: str) -> str:
    """A vocabulary label, or the caregiver's own word as typed."""
    if not key:
        return ""
    found = vocabulary.BY_KEY.get(key)
    return found.label(lang) if found else key


def _weeks_between(start: date, end: date) -> list[date]:
    monday = start - timedelta(days=start.weekday())
    out = []
    while monday <= end:
        out.append(monday)
        monday += timedelta(days=7)
    return out


def _span_weeks(start: date, end: date) -> int:
    return max(1, -(-((end - start).days + 1) // 7))


@dataclass
class _Tally:
    """Plain counts over every entry in the range: no words leave this object."""

    per_strength: dict[int, int]
    connection_weeks: dict[date, int]
    repairs: int


def _tally(found: Iterable[Entry], start: date, end: date) -> _Tally:
    per_strength: dict[int, int] = {}
    per_week = dict.fromkeys(_weeks_between(start, end), 0)
    repairs = 0
    for entry in found:
        for sid in {m.strength_id for m in entry.strengths}:
            per_strength[sid] = per_strength.get(sid, 0) + 1
        day = entry.happened_at.date()
        if entry.kind == "connection":
            monday = day - timedelta(days=day.weekday())
            per_week[monday] = per_week.get(monday, 0) + 1
        elif entry.kind == "repair":
            repairs += 1
    return _Tally(per_strength, per_week, repairs)


def _strength_labels(journal: Journal, lang: str) -> dict[int, str]:
    return {s.id: s.label for s in journal.strengths(lang)}


def _chart_line(tally: _Tally, start: date, end: date, lang: str) -> str:
    total = sum(tally.connection_weeks.values())
    return t(lang, "connection_count", count=moments(total, lang),
             weeks=weeks(_span_weeks(start, end), lang))


def _repair_line(tally: _Tally, start: date, end: date, lang: str) -> str:
    return t(lang, "repair_count", times=times(tally.repairs, lang),
             weeks=weeks(_span_weeks(start, end), lang))


def _strength_line(label: str, n: int, lang: str) -> str:
    return t(lang, "strength_line", label=label, count=moments(n, lang))


def entry_fields(entry: Entry, lang: str) -> list[tuple[str, str]]:
    """(label, words) for the caregiver's own words in an entry, empty fields left out."""
    out = []
    for name in TEXT_FIELDS[entry.kind]:
        words = clean_text(entry.text.get(name, ""), limit=10**7)
        if words:
            out.append((t(lang, name), words))
    return out


def _kind_label(entry: Entry, lang: str) -> str:
    key = {"reflection": "reflection", "connection": "connection_kind",
           "repair": "repair_kind"}[entry.kind]
    return t(lang, key)


def entry_heading(entry: Entry, lang: str) -> str:
    pieces = [day_heading(entry.happened_at.date(), lang)]
    if entry.routine:
        pieces.append(word(entry.routine, lang))
    return " · ".join(pieces)


# -- the wizard's list -----------------------------------------------------------------------
def candidates(journal: Journal, start: date, end: date, lang: str = "en", *,
               cancelled: Cancelled | None = None,
               tally: _Tally | None = None) -> list[CandidateSection]:
    """What can go in a summary for these dates, grouped by section (empty ones left out).
    Given the `tally` of the range (from `candidate_pages`), only the counts and people."""
    lang = norm_lang(lang)
    found = _in_range(journal, start, end, cancelled) if tally is None else []
    tally = tally or _tally(found, start, end)
    labels = _strength_labels(journal, lang)
    groups: dict[str, list[Candidate]] = {key: [] for key in SECTIONS}
    order = {s.id: i for i, s in enumerate(journal.strengths(lang))}
    for sid, n in sorted(tally.per_strength.items(), key=lambda kv: (-kv[1], order.get(kv[0], 0))):
        if sid in labels:
            groups["strengths"].append(Candidate(
                f"strength:{sid}", "strengths", _strength_line(labels[sid], n, lang),
                ok_to_share=True))
    if sum(tally.connection_weeks.values()):
        groups["connection"].append(Candidate(
            CHART_KEY, "connection", _chart_line(tally, start, end, lang),
            t(lang, "chart_item"), ok_to_share=True))
    if tally.repairs:
        groups["repair"].append(Candidate(
            REPAIR_COUNT_KEY, "repair", _repair_line(tally, start, end, lang),
            t(lang, "count_item"), ok_to_share=True))
    for entry in found:
        item = entry_candidate(entry, lang)
        if item is not None:
            groups[item.section].append(item)
    for person in journal.list_people():
        if person.role != "child":
            groups["village"].append(Candidate(
                f"person:{person.id}", "village", person.nickname, person.how_they_help))
    return [CandidateSection(key, t(lang, key), tuple(items))
            for key, items in groups.items() if items]


def entry_candidate(entry: Entry, lang: str) -> Candidate | None:
    """One entry as an item of the wizard's list (None when it has no words)."""
    fields = entry_fields(entry, lang)
    if not fields:
        return None
    first = " ".join(fields[0][1].split())
    label = f"{entry_heading(entry, lang)} · {_kind_label(entry, lang)}: {first[:80]}"
    detail = "\n".join(f"{name}: {words}" if name else words for name, words in fields)
    section = {"connection": "connection", "repair": "repair", "reflection": "words"}
    return Candidate(f"entry:{entry.id}", section[entry.kind], label, detail,
                     entry.ok_to_share, entry.happened_at)


def suggested(sections: Iterable[CandidateSection]) -> frozenset[str]:
    """The keys to tick at first: entries marked ok to share, and the plain counts."""
    return frozenset(item.key for section in sections for item in section.items
                     if item.ok_to_share)


# -- the summary ----------------------------------------
def _ids(ticked: Iterable[str], prefix: str) -> list[int]:
    out = []
    for key in ticked:
        kind, _, number = key.partition(":")
        if kind == prefix and number.isdigit():
            out.append(int(number))
    return out


def build_summary(journal: Journal, selection: Selection, *,
                  progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Summary:
    """The summary of exactly what `selection` ticked, in its language."""
    lang = norm_lang(selection.lang)
    start, end, ticked = selection.start, selection.end, frozenset(selection.ticked)
    _check(progress, cancelled, 0, 4)
    tally = _tally(_in_range(journal, start, end, cancelled), start, end)
    _check(progress, cancelled, 1, 4)
    chosen = journal.get_entries(_ids(ticked, "entry"))
    chosen_entries = sorted(
        (e for e in chosen.values()
         if e.deleted_at is None and start <= e.happened_at.date() <= end),
        key=lambda e: (e.happened_at, e.id or 0))
    labels = _strength_labels(journal, lang)
    _check(progress, cancelled, 2, 4)

    name = clean_text(selection.name, MAX_NAME)
    shown = name or t(lang, "default_name")
    in_sentence = name or t(lang, "default_name_in_sentence")
    shared_on = selection.shared_on or journal.clock.today()
    sections = [
        _strengths(tally, ticked, labels, lang),
        _connection(tally, ticked, chosen_entries, labels, start, end, lang),
        _repair(tally, ticked, chosen_entries, labels, start, end, lang),
        _village(journal, ticked, lang),
        _words(selection.know, chosen_entries, labels, lang),
        _questions(selection.questions, lang),
        Section("about", t(lang, "about"), (Text(t(lang, "about_text"), "note"),)),
    ]
    _check(progress, cancelled, 3, 4)
    summary = Summary(
        lang=lang,
        title=t(lang, "title"),
        name=shown,
        dates=t(lang, "dates", start=long_date(start, lang), end=long_date(end, lang)),
        shared_by=t(lang, "shared_by", name=in_sentence, day=long_date(shared_on, lang)),
        chose=t(lang, "chose"),
        sections=tuple(s for s in sections if s is not None),
    )
    _check(progress, cancelled, 4, 4)
    return summary


def _strengths(tally: _Tally, ticked: frozenset[str], labels: dict[int, str],
               lang: str) -> Section | None:
    order = list(labels)
    rows = sorted(((sid, n) for sid, n in tally.per_strength.items()
                   if f"strength:{sid}" in ticked and sid in labels),
                  key=lambda kv: (-kv[1], order.index(kv[0])))
    if not rows:
        return None
    lines = tuple(_strength_line(labels[sid], n, lang) for sid, n in rows)
    return Section("strengths", t(lang, "strengths"),
                   (Text(t(lang, "strengths_intro"), "intro"), Bullets(lines)))


def _moment(entry: Entry, labels: dict[int, str], lang: str) -> Moment:
    notes = []
    if entry.back_and_forths:
        notes.append(t(lang, f"back_{entry.back_and_forths}"))
    if entry.feeling:
        feeling = word(entry.feeling, lang)
        if entry.feeling in vocabulary.FEELING_KEYS:
            feeling = feeling[:1].lower() + feeling[1:]
        notes.append(t(lang, "felt", feeling=feeling))
    marked = [labels[m.strength_id] for m in entry.strengths if m.strength_id in labels]
    if marked:
        notes.append(t(lang, "noticed", labels=", ".join(dict.fromkeys(marked))))
    fields = entry_fields(entry, lang)
    if entry.kind == "reflection" and entry.prompt_text:
        notes.insert(0, t(lang, "prompt", prompt=clean_text(entry.prompt_text)))
    return Moment(entry_heading(entry, lang), tuple(fields), tuple(notes))


def _chart(tally: _Tally, start: date, end: date, lang: str) -> Chart:
    rows = tuple(tally.connection_weeks.items())
    return Chart(
        weeks=rows,
        labels=tuple(short_date(max(monday, start), lang) for monday, _ in rows),
        caption=t(lang, "chart_caption"),
        description=t(lang, "chart_described", first=long_date(max(rows[0][0], start), lang),
                      last=long_date(rows[-1][0], lang),
                      most=moments(max(n for _, n in rows), lang)),
        week_header=t(lang, "chart_week", day="").strip(),
        count_header=t(lang, "chart_moments"),
    )


def _connection(tally: _Tally, ticked: frozenset[str], chosen: list[Entry],
                labels: dict[int, str], start: date, end: date, lang: str) -> Section | None:
    blocks: list[Block] = []
    if CHART_KEY in ticked and sum(tally.connection_weeks.values()):
        blocks += [Text(_chart_line(tally, start, end, lang), "count"),
                   _chart(tally, start, end, lang)]
    examples = [_moment(e, labels, lang) for e in chosen if e.kind == "connection"]
    if examples:
        if blocks:
            blocks.append(Subheading(t(lang, "examples")))
        blocks += examples
    return Section("connection", t(lang, "connection"), tuple(blocks)) if blocks else None


def _repair(tally: _Tally, ticked: frozenset[str], chosen: list[Entry],
            labels: dict[int, str], start: date, end: date, lang: str) -> Section | None:
    blocks: list[Block] = []
    if REPAIR_COUNT_KEY in ticked and tally.repairs:
        blocks.append(Text(_repair_line(tally, start, end, lang), "count"))
    blocks += [_moment(e, labels, lang) for e in chosen if e.kind == "repair"]
    if not blocks:
        return None
    return Section("repair", t(lang, "repair"),
                   (Text(t(lang, "repair_intro"), "intro"), *blocks))


def _village(journal: Journal, ticked: frozenset[str], lang: str) -> Section | None:
    wanted = set(_ids(ticked, "person"))
    rows = tuple((clean_text(p.nickname, MAX_NAME), clean_text(p.how_they_help))
                 for p in journal.list_people() if p.id in wanted and p.role != "child")
    if not rows:
        return None
    return Section("village", t(lang, "village"),
                   (Text(t(lang, "village_intro"), "intro"), People(rows)))


def _words(know: str, chosen: list[Entry], labels: dict[int, str],
           lang: str) -> Section | None:
    blocks: list[Block] = []
    know = clean_text(know)
    if know:
        blocks += [Subheading(t(lang, "know")), Text(know, "body")]
    blocks += [_moment(e, labels, lang) for e in chosen if e.kind == "reflection"]
    return Section("words", t(lang, "words"), tuple(blocks)) if blocks else None


def _questions(questions: Iterable[str] | str, lang: str) -> Section | None:
    if isinstance(questions, str):
        questions = questions.splitlines()
    items = tuple(q for q in (clean_text(q, MAX_NOTE) for q in questions) if q)
    if not items:
        return None
    return Section("questions", t(lang, "questions"), (Bullets(items),))
