"""Three months of typical use, as test data for the summary (and a check of that data).

"Typical" here: 90 days, one or two entries a day (about 135), in the mix a family
might keep: about half connection moments, a quarter repair moments, a fifth
reflections; every field one or two ordinary sentences; one to three strengths on most
moments; a child, a caregiver and four people in the village. The caregiver ticks what
a two-minute read can hold: the counts, every strength, about six connection moments,
three repair moments, two reflections, the village, a short note and three questions.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from journal import Entry, Person, StrengthMark
from journal.summary.build import Selection, candidates

START = date(2026, 11, 1)
END = START + timedelta(days=89)

SAYINGS = {
    "child_did": ["reached for my face and laughed", "pointed at the bird on the fence",
                  "brought me the blue book again", "babbled back when I sang",
                  "splashed and looked at me to see what I would do"],
    "i_did": ["I named it: a bird! and waited for her turn", "I sang the bath song slower",
              "I read it one more time and let him turn the pages",
              "I copied the sound and smiled", "I splashed back, gently"],
    "how_it_ended": ["We both laughed and she put her head on my shoulder.",
                     "He yawned and we cuddled until the story ended.",
                     "She looked away when she had enough, and I let her rest."],
    "pulled_apart": ["Things got loud while I was cooking.", "We were both tired in the car.",
                     "I was on the phone and he wanted me."],
    "noticed_first": ["His lip wobbled.", "She went quiet and turned away.",
                      "I noticed my own shoulders were tight."],
    "reconnected": ["I knelt down and said I was here.", "We sat together on the floor.",
                    "I put the phone down and picked him up."],
    "what_helped": ["A deep breath first.", "Her favourite song.", "Abuela took the pot."],
    "remember": ["We can come back, even after a loud moment.",
                 "A slow breath helps both of us."],
    "body": ["Today I noticed how he watches my face when I talk. It felt good to slow down "
             "and answer every little sound. I want to remember how calm the kitchen felt.",
             "My mother came over and we walked to the park together. I felt less alone. "
             "She reminded me that I was a tired baby once too."],
}


def _pick(rng: random.Random, field: str) -> str:
    return rng.choice(SAYINGS[field])


def make_typical(journal, *, seed: int = 7, marker: str = "UNTICKED-MARKER") -> dict:
    """Fill `journal` with 90 days of typical use. Every entry not marked ok_to_share
    carries `marker` in its words, so tests can prove unticked words never leak."""
    rng = random.Random(seed)
    leo = journal.add_person(Person("child", "Leo", "2025-06"))
    journal.add_person(Person("caregiver", "Maria"))
    village = [journal.add_person(Person("village", name, how_they_help=how)) for name, how in [
        ("Abuela Rosa", "Sunday soup and stories"), ("Tío Mateo", "Picks Leo up on Tuesdays"),
        ("Ms. Kim at daycare", "Sends a photo at nap time"),
        ("Ana, our home visitor", "Listens and brings ideas"),
    ]]
    strengths = journal.strengths("en")
    batch = []
    for offset in range(90):
        day = START + timedelta(days=offset)
        for n in range(rng.choice((1, 1, 2))):
            kind = rng.choices(("connection", "repair", "reflection"), (55, 25, 20))[0]
            fields = {"connection": ("child_did", "i_did", "how_it_ended"),
                      "repair": ("pulled_apart", "noticed_first", "reconnected",
                                 "what_helped", "remember"),
                      "reflection": ("body",)}[kind]
            share = rng.random() < 0.12
            text = {f: _pick(rng, f) for f in fields}
            if not share:
                text[fields[0]] += f" {marker}"
            marks = [StrengthMark(s.id, rng.choice(("me", "me", "child")))
                     for s in rng.sample(strengths[:20], rng.choice((0, 1, 2, 3)))]
            batch.append(Entry(
                kind, datetime(day.year, day.month, day.day, 8 + 9 * n, 15), text,
                people=[leo.id], strengths=marks,
                routine=rng.choice((None, "bath", "feeding", "bedtime", "walk", "play")),
                feeling=rng.choice((None, "close", "calm", "tired", "proud")),
                back_and_forths=rng.choice(("one", "a_few", "many"))
                if kind == "connection" else None,
                prompt_text="What made you smile today?" if kind == "reflection" else None,
                ok_to_share=share))
    journal.add_entries(batch)
    return {"child": leo, "village": village}


def typical_selection(journal, lang: str = "en", **overrides) -> Selection:
    """What a caregiver typically ticks (see the module docstring)."""
    sections = {s.key: s for s in candidates(journal, START, END, lang)}
    ticked = set()
    limits = {"connection": 6, "repair": 3, "words": 2}
    for key, section in sections.items():
        chosen = [c for c in section.items if c.ok_to_share or not c.key.startswith("entry:")]
        if key in limits:
            entries = [c for c in chosen if c.key.startswith("entry:")][:limits[key]]
            chosen = [c for c in chosen if not c.key.startswith("entry:")] + entries
        ticked.update(c.key for c in chosen)
    values = dict(
        start=START, end=END, ticked=frozenset(ticked), name="Maria and Leo", shared_by="Maria",
        know="Leo started daycare in December. Mornings are hard, but our evenings are "
             "sweet. I am proud of how we find our way back after a hard moment.",
        questions=("How can I help Leo with goodbyes at daycare?",
                   "Is it normal that he wakes up twice a night?",
                   "What songs or games are good at this age?"),
        lang=lang, shared_on=date(2027, 2, 2))
    values.update(overrides)
    return Selection(**values)


def test_typical_data_is_what_the_docstring_says(journal):
    make_typical(journal)
    total = journal.count_entries()
    assert 100 <= total <= 180
    selection = typical_selection(journal)
    entries = [k for k in selection.ticked if k.startswith("entry:")]
    assert 6 <= len(entries) <= 11
    assert "chart:connection" in selection.ticked and "count:repair" in selection.ticked
