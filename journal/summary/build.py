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

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from journal.errors import InvalidInput
from journal.records.models import Entry, Filters
from journal.records.store import Journal
from journal.summary.groups import strength_blocks
from journal.summary.model import (
    Block,
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
from journal.summary.pictures import attach_photos, photo_candidates
from journal.summary.text import days, long_date, moments, norm_lang, short_date, t, times, weeks
from journal.summary.visitor import (
    MIN_CHART_WEEKS,
    agenda_section,
    child_candidates,
    child_section,
    few_weeks_line,
    one_page,
    repair_first,
    visit_section,
    weeks_with_moments,
)
from journal.summary.words import (  # noqa: F401 - the names callers import from here
    MAX_NAME,
    MAX_NOTE,
    clean_text,
    default_sharer,
    entry_fields,
    entry_heading,
    felt,
    kind_label,
    lower_first,
    other_language,
    own_caregiver,
    word,
)

SECTIONS = ("child", "visit", "strengths", "connection", "repair", "village", "words")
CHART_KEY = "chart:connection"
REPAIR_COUNT_KEY = "count:repair"

# -- helpers ----------------------------------------
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


def _weeks_between(start: date, end: date) -> list[date]:
    """The first day of each week of the chart: weeks start on the first chosen day, so
    only the last one can be shorter than 7 days (and the sentence counts the same weeks)."""
    return [start + timedelta(days=7 * n) for n in range(_span_weeks(start, end))]


def _span_weeks(start: date, end: date) -> int:
    return max(1, -(-((end - start).days + 1) // 7))


@dataclass
class _Tally:
    """Plain counts over every entry in the range: no words leave this object."""

    per_strength: dict[int, int]
    connection_weeks: dict[date, int]
    repairs: int
    marked: list[frozenset[int]]  # the strength ids of each moment


def _tally(found: Iterable[Entry], start: date, end: date) -> _Tally:
    per_strength: dict[int, int] = {}
    per_week = dict.fromkeys(_weeks_between(start, end), 0)
    repairs = 0
    marked = []
    for entry in found:
        ids = frozenset(m.strength_id for m in entry.strengths)
        if ids:
            marked.append(ids)
        for sid in ids:
            per_strength[sid] = per_strength.get(sid, 0) + 1
        day = entry.happened_at.date()
        if entry.kind == "connection" and start <= day <= end:
            first = start + timedelta(days=7 * ((day - start).days // 7))
            per_week[first] += 1
        elif entry.kind == "repair":
            repairs += 1
    return _Tally(per_strength, per_week, repairs, marked)


class _Labels(dict[int, str]):
    """Strength id -> label in the summary's language; `own` are the caregiver's own."""

    own: frozenset[int] = frozenset()
    kinds: dict[int, tuple[str | None, str | None]]  # id -> (vocabulary key, factor)


def _strength_labels(journal: Journal, lang: str) -> _Labels:
    found = journal.strengths(lang)
    labels = _Labels((s.id, s.label) for s in found)
    labels.own = frozenset(s.id for s in found if s.own)
    labels.kinds = {s.id: (s.key, s.factor) for s in found}
    return labels


def _chart_line(tally: _Tally, start: date, end: date, lang: str) -> str:
    total = sum(tally.connection_weeks.values())
    return t(lang, "connection_count", count=moments(total, lang),
             weeks=weeks(_span_weeks(start, end), lang))


def _repair_line(tally: _Tally, start: date, end: date, lang: str) -> str:
    return t(lang, "repair_count", times=times(tally.repairs, lang),
             weeks=weeks(_span_weeks(start, end), lang))


def _strength_line(label: str, n: int, lang: str) -> str:
    return t(lang, "strength_line", label=label, count=moments(n, lang))


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
            groups[item.section] += [item, *photo_candidates(journal, [(entry, item)], lang)]
    groups["child"] += child_candidates(journal, end, lang)
    me = own_caregiver(journal)
    for person in journal.list_people():
        if person.role != "child" and (me is None or person.id != me.id):
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
    label = f"{entry_heading(entry, lang)} · {kind_label(entry, lang)}: {first[:80]}"
    detail = "\n".join(f"{name}: {words}" if name else words for name, words in fields)
    section = {"connection": "connection", "repair": "repair", "reflection": "words",
               "visit": "visit"}
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
    shared_on = selection.shared_on or journal.clock.today()
    sharers = clean_text(selection.shared_by, MAX_NAME)
    shared_by = (t(lang, "shared_by", name=sharers, day=long_date(shared_on, lang)) if sharers
                 else t(lang, "shared_on", day=long_date(shared_on, lang)))
    typed_lang = other_language(selection.words_lang, lang)
    sections = [  # page 1 opens with what the family wants to talk about, then the child
        agenda_section(selection.know, selection.questions, lang, typed_lang),
        child_section(journal, ticked, end, lang),  # the age the wizard list showed
        visit_section(chosen_entries, lang),
        _strengths(tally, ticked, labels, chosen_entries, lang),
        _connection(tally, ticked, chosen_entries, labels, start, end, lang),
        _repair(tally, ticked, chosen_entries, labels, start, end, lang),
        _village(journal, ticked, lang),
        _words(chosen_entries, labels, lang),
        Section("about", t(lang, "about"), (Text(t(lang, "about_text"), "note"),)),
    ]
    sections = attach_photos(journal, [s for s in sections if s is not None], ticked)
    if selection.one_page:
        sections = one_page(sections, lang)
    _check(progress, cancelled, 3, 4)
    summary = Summary(
        lang=lang,
        title=t(lang, "title"),
        name=shown,
        dates=t(lang, "dates", start=long_date(start, lang), end=long_date(end, lang)),
        shared_by=shared_by,
        chose=t(lang, "chose"),
        sections=tuple(sections),
        one_page=selection.one_page,
    )
    _check(progress, cancelled, 4, 4)
    if selection.second_lang and norm_lang(selection.second_lang) != lang:
        from journal.summary.two_languages import both

        other = build_summary(journal, replace(selection, lang=selection.second_lang,
                                               second_lang=None))
        return both(summary, other)
    return summary


def _strengths(tally: _Tally, ticked: frozenset[str], labels: _Labels, chosen: list[Entry],
               lang: str) -> Section | None:
    order = list(labels)
    rows = sorted(((sid, n) for sid, n in tally.per_strength.items()
                   if f"strength:{sid}" in ticked and sid in labels),
                  key=lambda kv: (-kv[1], order.index(kv[0])))
    if not rows:
        return None
    lines = {sid: _strength_line(labels[sid], n, lang) for sid, n in rows}
    return Section("strengths", t(lang, "strengths"), (
        Text(t(lang, "strengths_intro"), "intro"),
        *strength_blocks(rows, lines, labels.kinds, tally.marked, chosen, lang)))


def _moment(entry: Entry, labels: dict[int, str], lang: str) -> Moment:
    notes = []
    if entry.back_and_forths:
        notes.append(t(lang, f"back_{entry.back_and_forths}"))
    if entry.feeling:
        notes.append(felt(entry.feeling, lang))
    marked = list(dict.fromkeys(m.strength_id for m in entry.strengths
                                if m.strength_id in labels))
    if marked:  # "Stayed calm, gentle touch": one sentence, the caregiver's own as typed
        own = getattr(labels, "own", frozenset())
        shown = [labels[sid] if i == 0 or sid in own else lower_first(labels[sid])
                 for i, sid in enumerate(marked)]
        notes.append(t(lang, "noticed", labels=", ".join(shown)))
    fields = repair_first(entry, entry_fields(entry, lang), lang)
    if entry.kind == "reflection" and entry.prompt_text:
        notes.insert(0, t(lang, "prompt", prompt=clean_text(entry.prompt_text)))
    return Moment(entry_heading(entry, lang), tuple(fields), tuple(notes),
                  other_language(entry.lang, lang), entry.id)


def _chart(tally: _Tally, start: date, end: date, lang: str) -> Chart:
    rows = tuple(tally.connection_weeks.items())
    lengths = tuple(min(7, (end - first).days + 1) for first, _ in rows)
    return Chart(
        weeks=rows,
        labels=tuple(short_date(first, lang) for first, _ in rows),
        caption=t(lang, "chart_caption"),
        description=t(lang, "chart_described", first=long_date(rows[0][0], lang),
                      last=long_date(rows[-1][0], lang)),  # no busiest week: not a score
        week_header=t(lang, "chart_week"),
        count_header=t(lang, "chart_moments"),
        days=lengths,
        note=t(lang, "chart_partial", days=days(lengths[-1], lang)) if lengths[-1] < 7 else "",
    )


def _connection(tally: _Tally, ticked: frozenset[str], chosen: list[Entry],
                labels: dict[int, str], start: date, end: date, lang: str) -> Section | None:
    blocks: list[Block] = []
    total = sum(tally.connection_weeks.values())
    if CHART_KEY in ticked and total and \
            weeks_with_moments(tally.connection_weeks) < MIN_CHART_WEEKS:
        blocks.append(few_weeks_line(total, weeks(_span_weeks(start, end), lang), lang))
    elif CHART_KEY in ticked and total:
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
    me = own_caregiver(journal)
    wanted.discard(me.id if me else None)  # the one who writes is not "who helps us"
    rows = tuple((clean_text(p.nickname, MAX_NAME), clean_text(p.how_they_help))
                 for p in journal.list_people() if p.id in wanted and p.role != "child")
    if not rows:
        return None
    return Section("village", t(lang, "village"),
                   (Text(t(lang, "village_intro"), "intro"), People(rows)))


def _words(chosen: list[Entry], labels: dict[int, str], lang: str) -> Section | None:
    blocks = tuple(_moment(e, labels, lang) for e in chosen if e.kind == "reflection")
    return Section("words", t(lang, "words"), blocks) if blocks else None
