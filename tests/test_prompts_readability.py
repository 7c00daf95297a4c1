"""Readability of every prompt, computed offline with test dependencies only.

The method (syllable counters, Flesch-Kincaid, Fernández-Huerta) lives in
tests/readability.py, shared with the UI wording tests (tests/test_ui_wording.py).

Targets (issue): English grade ≤ 6 for at least 90% of prompts and ≤ 8 for all; Spanish
Fernández-Huerta ≥ 70 for at least 90%. Follow-up questions are also held to grade ≤ 8.
"""

from __future__ import annotations

import pytest
from readability import en_syllables, es_syllables, fernandez_huerta, fk_grade, sentence_count

from prompts import load_library

# ---------------------------------------------------------------- the counters themselves


def _known(pairs: str) -> dict[str, int]:
    return {word: int(n) for word, n in (item.split(":") for item in pairs.split())}


# Hand-checked syllable counts.
EN_KNOWN = _known(
    """baby:2 today:2 moment:2 together:3 family:3 little:2 question:2 idea:3 area:3
    noticed:2 asked:1 toddler:2 beautiful:3 routine:2 diaper:3 you:1 the:1 played:1
    laughed:1 calm:1 gentle:2 people:2 needed:2 hoped:1 video:3 special:2 bubbles:2
    yourself:2 caregiver:4 bedtime:2"""
)
ES_KNOWN = _known(
    """bebé:2 momento:3 tranquilo:3 leer:2 país:2 cuidado:3 hoy:1 muy:1 abuela:3
    cuéntame:3 oído:3 aire:2 ahora:3 poesía:4 creo:2 día:2 y:1 que:1 guerra:2 pingüino:3
    ciudad:2 niña:2 juguete:3 familia:3 después:2 abrazo:3"""
)


def test_english_counter_matches_known_words():
    wrong = {w: en_syllables(w) for w, n in EN_KNOWN.items() if en_syllables(w) != n}
    assert len(wrong) <= len(EN_KNOWN) // 10, wrong
    assert all(en_syllables(w) >= n for w, n in EN_KNOWN.items()), "never under-count"


def test_spanish_counter_matches_known_words():
    wrong = {w: es_syllables(w) for w, n in ES_KNOWN.items() if es_syllables(w) != n}
    assert wrong == {}


def test_formulas_on_reference_sentences():
    assert fk_grade("The cat sat on the mat.") < 0
    assert fk_grade("Institutional considerations necessitate comprehensive evaluation.") > 12
    assert fernandez_huerta("El gato come pan.") > 90
    assert fernandez_huerta("Las consideraciones institucionales requieren evaluación.") < 30
    assert sentence_count("¿Qué pasó? ¿Cómo te fue?") == 2


# ---------------------------------------------------------------- the prompts

LIBRARY = load_library()


def test_english_prompts_read_at_about_sixth_grade():
    grades = {p.id: fk_grade(p.en) for p in LIBRARY}
    easy = sum(g <= 6 for g in grades.values()) / len(grades)
    assert easy >= 0.90, sorted(grades.items(), key=lambda kv: -kv[1])[:10]
    assert {pid: g for pid, g in grades.items() if g > 8} == {}


def test_spanish_prompts_are_easy_to_read():
    scores = {p.id: fernandez_huerta(p.es) for p in LIBRARY}
    easy = sum(s >= 70 for s in scores.values()) / len(scores)
    assert easy >= 0.90, sorted(scores.items(), key=lambda kv: kv[1])[:10]


@pytest.mark.parametrize("prompt", [p for p in LIBRARY if p.follow_up_en], ids=lambda p: p.id)
def test_follow_ups_stay_simple(prompt):
    assert fk_grade(prompt.follow_up_en) <= 8
