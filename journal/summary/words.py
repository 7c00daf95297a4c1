"""The summary's small pieces of wording: the caregiver's words cleaned, vocabulary labels,
entry headings, feelings, who shares, and which words are in another language."""

from __future__ import annotations

import unicodedata

from journal.errors import InvalidInput
from journal.records import vocabulary
from journal.records.models import Entry, Person
from journal.records.store import Journal
from journal.summary.text import day_heading, has, t

MAX_NAME = 200
MAX_NOTE = 20_000


def clean_text(value: str, limit: int = MAX_NOTE) -> str:
    """NFC (so Vietnamese and other accents stay one character), trimmed, checked."""
    if not isinstance(value, str):
        raise InvalidInput("That must be text.")
    value = unicodedata.normalize("NFC", value).replace("\0", "").strip()
    if len(value) > limit:
        raise InvalidInput("That is too long for the summary. Try a shorter one.")
    return value


def word(key: str | None, lang: str) -> str:
    """A vocabulary label, or the caregiver's own word as typed."""
    if not key:
        return ""
    found = vocabulary.BY_KEY.get(key)
    return found.label(lang) if found else key


def own_caregiver(journal: Journal) -> Person | None:
    """The caregiver who keeps the journal: the first caregiver added (the village page
    calls the caregivers "you and other caregivers"; the first is the one writing)."""
    found = journal.list_people("caregiver")
    return min(found, key=lambda p: p.id or 0) if found else None


def default_sharer(journal: Journal) -> str:
    """Who the summary says shared it, before the caregiver changes it: their own name."""
    me = own_caregiver(journal)
    return me.nickname if me else ""


def other_language(words_lang: str | None, lang: str) -> str | None:
    """`words_lang` when it differs from the summary's language (to mark it), else None."""
    if not words_lang or words_lang.split("-")[0].lower() == lang:
        return None
    return words_lang


def entry_fields(entry: Entry, lang: str) -> list[tuple[str, str]]:
    """(label, words) for the caregiver's own words in an entry, empty fields left out."""
    out = []
    for name in vocabulary.READ_ORDER[entry.kind]:  # a repair: coming back together first
        words = clean_text(entry.text.get(name, ""), limit=10**7)
        if words:
            out.append((t(lang, name), words))
    return out


def kind_label(entry: Entry, lang: str) -> str:
    key = {"reflection": "reflection", "connection": "connection_kind",
           "repair": "repair_kind", "visit": "visit_kind"}[entry.kind]
    return t(lang, key)


def entry_heading(entry: Entry, lang: str) -> str:
    pieces = [day_heading(entry.happened_at.date(), lang)]
    if entry.routine:
        pieces.append(word(entry.routine, lang))
    return " · ".join(pieces)


def lower_first(label: str) -> str:
    return label[:1].lower() + label[1:]


def felt(feeling: str, lang: str) -> str:
    """"How I felt: calm"; in Spanish a whole sentence ("Sentí cansancio", not "Cansado/a")."""
    if feeling in vocabulary.FEELING_KEYS:
        if has(lang, f"felt_{feeling}"):
            return t(lang, f"felt_{feeling}")
        return t(lang, "felt", feeling=lower_first(word(feeling, lang)))
    return t(lang, "felt", feeling=clean_text(feeling, MAX_NAME))
