"""Offline readability helpers, shared by the prompt tests and the UI wording tests.

Method (kept deliberately simple and conservative):

* Words are runs of letters (an apostrophe inside a word keeps it one word). Sentences
  end at ".", "!", "?" or "…"; a prompt is at least one sentence.
* English syllables: the larger of two estimates, so we rather over- than under-count:
  (a) pyphen's en_US hyphenation points + 1 (pyphen ships its dictionaries, so nothing is
  downloaded; textstat's English counter would fetch the CMU dictionary at run time);
  (b) a vowel-group count with the usual corrections: a silent final "e", "-es" and
  "-ed" after most consonants, a consonant + "le" ending ("lit-tle"), and a few
  hiatus pairs ("i-de-a", "vi-de-o") that a vowel-group count would merge.
* Spanish syllables: the larger of pyphen's "es" hyphenation points + 1 (with single
  letters allowed at the word edges) and a rule count of vowel nuclei: a, e, o and an
  accented í or ú each start a new syllable (hiatus), an unaccented i, u or ü joins a
  neighbour (diphthong), a silent u in "que/qui/gue/gui" is dropped, and "h" does not
  separate vowels. Spanish spelling is regular enough that the rule count is close to
  exact; pyphen alone misses hiatus ("le-er", "dí-a") and word-initial vowels.
* Flesch-Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
* Fernández-Huerta = 206.84 − 60 × syllables/words − 1.02 × words/sentences (the usual
  per-word form of the 1959 formula; 70 and above reads as "fairly easy" or easier).

Prompts: tests/test_prompts_readability.py. UI words: tests/test_ui_wording.py.
"""

from __future__ import annotations

import re

import pyphen

_EN = pyphen.Pyphen(lang="en_US")
_ES = pyphen.Pyphen(lang="es", left=1, right=1)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+(?:\s+|$)")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentence_count(text: str) -> int:
    parts = _SENTENCE_END.split(text.replace("¿", "").replace("¡", ""))
    return max(1, sum(1 for part in parts if _WORD.search(part)))


def en_vowel_groups(word: str) -> int:
    w = word.lower().replace("’", "'")
    w = re.sub(r"'(s|d|ll|re|ve|m|t)$", "", w)
    if len(w) <= 3:
        return 1
    extra = 1 if re.search(r"[^aeiouy]les?$", w) else 0
    silent_ed = w.endswith("ed") and w[-3] not in "td"  # "played", not "needed"
    silent_es = w.endswith("es") and w[-3] not in "sxzcg" and not w.endswith(("ches", "shes"))
    if silent_ed or silent_es:
        w = w[:-2]
    elif w.endswith("e") and not w.endswith(("ee", "ye")):
        w = w[:-1]
    w = re.sub(r"^y", "", w)
    runs = re.findall(r"[aeiouy]+", w)
    hiatus = len(re.findall(r"(?<![ctsgl])i[ao](?!n)|(?<!p)eo|uo|ea$", w))
    return max(1, len(runs) + hiatus + extra)


def en_syllables(word: str) -> int:
    hyphenated = len(_EN.positions(word.lower())) + 1
    return max(hyphenated, en_vowel_groups(word))


_ES_STRONG = set("aeoáéóíú")
_ES_VOWELS = set("aeiouáéíóúü")


def es_vowel_nuclei(word: str) -> int:
    w = re.sub(r"([qg])u([eiéí])", r"\1\2", word.lower()).replace("h", "")
    count, run = 0, ""
    for ch in w + " ":
        if ch in _ES_VOWELS:
            run += ch
        elif run:
            count += max(1, sum(1 for c in run if c in _ES_STRONG))
            run = ""
    return max(1, count)


def es_syllables(word: str) -> int:
    hyphenated = len(_ES.positions(word.lower())) + 1
    return max(hyphenated, es_vowel_nuclei(word))


def fk_grade(text: str) -> float:
    ws = words(text)
    syllables = sum(en_syllables(w) for w in ws)
    return 0.39 * len(ws) / sentence_count(text) + 11.8 * syllables / len(ws) - 15.59


def fernandez_huerta(text: str) -> float:
    ws = words(text)
    syllables = sum(es_syllables(w) for w in ws)
    return 206.84 - 60 * syllables / len(ws) - 1.02 * len(ws) / sentence_count(text)
