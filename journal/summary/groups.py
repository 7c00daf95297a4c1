"""Strengths grouped as ERH.md asks: by the serve-and-return steps (what happens between
the child and the caregiver in a moment) and by the five protective factors (what keeps
a family strong), plain words first and the framework's name in small type.

Each ticked strength appears once: under its serve-and-return step when it has one,
else under its protective factor, else under "More strengths we noticed". Each group
says in how many moments any of its strengths was marked, and quotes one short example
from a moment the caregiver ticked, when there is one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from journal.records import vocabulary
from journal.records.models import Entry
from journal.summary.model import Block, Bullets, StrengthGroup, Subheading, Text
from journal.summary.text import moments, t
from journal.summary.words import entry_fields, other_language

# built-in strength -> the serve-and-return step it is part of
STEP_OF = {
    "noticed_cue": "notice", "followed_lead": "notice",
    "gave_comfort": "support", "cheered_on": "support", "warm_voice": "support",
    "gentle_touch": "support", "let_them_try": "support",
    "named_feelings": "name", "showed_how": "name",
    "took_turns": "turns", "played_together": "turns", "smiled_together": "turns",
}
STEPS = ("notice", "support", "name", "turns")
EXAMPLE_LENGTH = 90


def group_of(key: str | None, factor: str | None) -> tuple[str, str]:
    """("steps", step), ("factors", factor) or ("other", "other")."""
    if key in STEP_OF:
        return "steps", STEP_OF[key]
    if factor in vocabulary.FACTORS:
        return "factors", str(factor)
    return "other", "other"


def excerpt(words: str, limit: int = EXAMPLE_LENGTH) -> str:
    """The first words of `words`, cut at a space, with "…" when cut."""
    words = " ".join(words.split())
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def strength_blocks(rows: Sequence[tuple[int, int]], lines: dict[int, str],
                    kinds: dict[int, tuple[str | None, str | None]],
                    marked: Iterable[frozenset[int]], chosen: Sequence[Entry],
                    lang: str) -> list[Block]:
    """The blocks for the ticked strengths `rows` ((id, moments), most first).

    `lines`: id -> "Gave comfort: in 10 moments"; `kinds`: id -> (key, factor);
    `marked`: the strength ids of every moment in the dates (plain ids, no words);
    `chosen`: the ticked moments, the only ones an example may come from."""
    buckets: dict[tuple[str, str], list[int]] = {}
    for sid, _ in rows:
        buckets.setdefault(group_of(*kinds[sid]), []).append(sid)
    marked = list(marked)
    order = ([("steps", s) for s in STEPS] + [("factors", f) for f in vocabulary.FACTORS])
    out: list[Block] = []
    used: set[int] = set()  # moments already quoted: each is quoted once, in its first group
    for part in ("steps", "factors"):
        groups = [g for g in order if g[0] == part and g in buckets]
        if groups:
            out += [Subheading(t(lang, f"{part}_part")), Text(t(lang, f"{part}_name"),
                                                             "framework")]
        for group in groups:
            ids = frozenset(buckets[group])
            words, words_lang = _example(ids, chosen, lang, used)
            out.append(StrengthGroup(
                title=t(lang, f"group_{group[1]}"), framework=t(lang, f"frame_{group[1]}"),
                count=t(lang, "group_count", count=moments(
                    sum(1 for m in marked if m & ids), lang)),
                items=tuple(lines[sid] for sid in buckets[group]),
                example=t(lang, "example", words=words) if words else "",
                lang=words_lang))
    if ("other", "other") in buckets:
        out += [Subheading(t(lang, "other_part")),
                Bullets(tuple(lines[sid] for sid in buckets[("other", "other")]))]
    return out


def _example(ids: frozenset[int], chosen: Sequence[Entry], lang: str,
             used: set[int]) -> tuple[str, str | None]:
    """A short quote from the latest ticked moment that shows one of `ids` and was not
    quoted under an earlier group (a visitor reads each quote once); else none."""
    showing = [e for e in reversed(chosen) if e.kind != "reflection"
               and ids & {m.strength_id for m in e.strengths} and (e.id or 0) not in used]
    for entry in showing:  # latest first
        fields = entry_fields(entry, lang)
        if entry.kind == "repair":  # lead with how they came back together (ERH.md)
            fields = sorted(fields, key=lambda f: f[0] != t(lang, "reconnected"))
        if fields:
            used.add(entry.id or 0)
            return excerpt(fields[0][1]), other_language(entry.lang, lang)
    return "", None
