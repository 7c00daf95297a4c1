"""Prompts say the child's nickname when the caregiver gave one ("What made Mia laugh
today?"), in English and Spanish; without one they keep their own words.

The Spanish prompts name the child "tu peque" or "tu bebé", words that agree with no
gender, so the nickname takes their place and nothing else has to change.
"""

from __future__ import annotations

import re

import pytest
from readability import fernandez_huerta, fk_grade

from prompts import load_library, with_name

LIBRARY = load_library()
NAME = "Mia"
GENERIC = {"en": re.compile(r"\byour (baby|child|toddler|little one)\b", re.IGNORECASE),
           "es": re.compile(r"\btu (bebé|peque|niño|niña|hijo|hija)\b", re.IGNORECASE)}
GENDERED_ES = re.compile(r"\b(niño o niña|niña o niño|hijo o hija)\b|\w+[oa]/[ao]\b|\w+\(a\)",
                         re.IGNORECASE)


def _texts(prompt, lang, name=None):
    return [t for t in (prompt.text(lang, name), prompt.follow_up(lang, name)) if t]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_prompt_without_a_name_keeps_its_words(lang):
    for prompt in LIBRARY:
        assert prompt.text(lang) == (prompt.en if lang == "en" else prompt.es)
        assert prompt.text(lang, None) == prompt.text(lang, "  ") == prompt.text(lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_prompt_with_a_name_uses_it(lang):
    left, named = [], 0
    for prompt in LIBRARY:
        for plain, with_mia in zip(_texts(prompt, lang), _texts(prompt, lang, NAME),
                                   strict=True):
            if GENERIC[lang].search(with_mia):
                left.append(f"{prompt.id}: {with_mia}")
            if GENERIC[lang].search(plain):
                named += 1
                assert NAME in with_mia, prompt.id
            else:
                assert with_mia == plain  # prompts without a child keep today's wording
    assert left == []
    assert named > 50  # most prompts speak of the child


def test_spanish_never_makes_a_word_agree_with_the_childs_gender():
    found = [f"{p.id}: {t}" for p in LIBRARY for name in (None, NAME)
             for t in _texts(p, "es", name) if GENDERED_ES.search(t)]
    assert found == []


def test_control_a_gendered_or_generic_text_is_caught():
    assert GENERIC["en"].search(with_name("Did your toddler nap?", "en", None))
    assert GENERIC["es"].search("¿Qué hizo tu niño hoy?")
    assert GENDERED_ES.search("¿Estuvo cansado/a?")
    assert GENDERED_ES.search("tu niño o niña")
    assert with_name("Your baby smiled. Did your baby's eyes shine?", "en", "Mia") == \
        "Mia smiled. Did Mia's eyes shine?"
    assert with_name("¿Qué hizo tu peque hoy?", "es-US", "Leo \\1") == "¿Qué hizo Leo \\1 hoy?"


def test_named_prompts_still_read_easily():
    grades = {p.id: fk_grade(p.text("en", NAME)) for p in LIBRARY}
    assert sum(g <= 6 for g in grades.values()) / len(grades) >= 0.90
    assert {pid: g for pid, g in grades.items() if g > 8} == {}
    scores = {p.id: fernandez_huerta(p.text("es", NAME)) for p in LIBRARY}
    assert sum(s >= 70 for s in scores.values()) / len(scores) >= 0.90
