"""Language rules (ERH.md): the avoid list as data, applied to every prompt and the credits."""

from __future__ import annotations

import re
import tomllib

import pytest

from prompts import (
    LANGS,
    avoid_words,
    find_avoided,
    find_instrument_names,
    instrument_names,
    load_library,
    resource_path,
    sources_text,
    sources_title,
)

# The "Never:" list in ERH.md, as written there. The data file must catch each of them.
ERH_NEVER = [
    "failure",
    "fail",
    "bad parent",
    "bad mom",
    "bad dad",
    "wrong",
    "should have",
    "must",
    "deficit",
    "at-risk",
    "non-compliant",
    "problem behaviour",
    "neglect",
    "score",
    "grade",
    "rating",
    "streak broken",
]
ERH_JARGON = ["dyad", "attunement", "ERH"]
SPANISH_MUST_HAVE = [
    "fracaso",
    "fracasar",
    "mal padre",
    "mala madre",
    "deberías haber",
    "tienes que",
    "déficit",
    "en riesgo",
    "negligencia",
    "puntuación",
    "calificación",
    "racha",
]


def _all_texts(lang: str):
    for prompt in load_library():
        yield prompt.id, prompt.text(lang)
        if prompt.follow_up(lang):
            yield prompt.id, prompt.follow_up(lang)


def test_rules_file_is_plain_data_with_both_languages():
    with resource_path("language_rules.toml").open("rb") as handle:
        data = tomllib.load(handle)
    for lang in LANGS:
        assert data[lang]["avoid"], lang
        assert avoid_words(lang)
        assert set(data[lang]["avoid"]) <= set(avoid_words(lang))
    assert instrument_names() == ("PICCOLO", "PFS-2", "KIPS", "FIND")


@pytest.mark.parametrize("term", ERH_NEVER + ERH_JARGON)
def test_every_erh_never_word_is_caught(term):
    assert find_avoided(f"Here is a sentence with {term} in it.", "en")


@pytest.mark.parametrize("term", SPANISH_MUST_HAVE)
def test_the_spanish_list_covers_the_same_ideas(term):
    assert term in avoid_words("es")
    assert find_avoided(f"Una frase con {term} dentro.", "es") == [term]


def test_matching_is_whole_word_case_and_accent_insensitive():
    assert find_avoided("Mustard and grapes are fine.", "en") == []
    assert find_avoided("A failsafe upgrade.", "en") == []
    assert find_avoided("You MUST rest.", "en") == ["must"]
    assert find_avoided("They were at risk, at-risk or AT RISK.", "en") == ["at risk"]
    assert find_avoided("No hay deficit aquí.", "es") == ["déficit"]
    assert find_avoided("Nada es un Fracaso.", "es") == ["fracaso"]
    assert find_avoided("Nada de dyads here", "en") == []
    assert find_avoided("Attunement", "en", include_jargon=False) == []
    assert find_avoided("Attunement", "en") == ["attunement"]


@pytest.mark.parametrize("lang", LANGS)
def test_no_prompt_uses_an_avoided_word(lang):
    hits = {pid: find_avoided(text, lang) for pid, text in _all_texts(lang)}
    assert {pid: words for pid, words in hits.items() if words} == {}


@pytest.mark.parametrize("lang", LANGS)
def test_no_prompt_uses_the_other_languages_avoided_words(lang):
    other = "es" if lang == "en" else "en"
    hits = {pid: find_avoided(text, other) for pid, text in _all_texts(lang)}
    assert {pid: words for pid, words in hits.items() if words} == {}


def test_instrument_names_are_found_exactly():
    assert find_instrument_names("We do not use the PFS-2 or KIPS.") == ["PFS-2", "KIPS"]
    assert find_instrument_names("Find a moment; piccolo is a flute.") == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_prompt_names_an_instrument_or_a_source(lang):
    sources = ["Strengthening Families", "Harvard", "Tronick", "CSSP", "Pediatrics"]
    found = [
        (pid, name)
        for pid, text in _all_texts(lang)
        for name in [*find_instrument_names(text), *sources]
        if re.search(re.escape(name), text, re.IGNORECASE)
    ]
    assert found == []


REPAIR_WORDS = {
    "en": r"\b(back|again|reconnect\w*|make up|making up|calm\w*|close|sorry|fix|fresh|"
    r"meet in the middle|catch up|found|find)\b",
    "es": r"\b(volver\w*|volvi\w*|vuelta|otra vez|de nuevo|conectar|paces|calm\w*|cerca|"
    r"perdón|arreglar|acuerdo|encontr\w*|empezar|entender)\b",
}
BLAME_WORDS = {"en": r"\b(fault|blame\w*|guilt\w*)\b", "es": r"\b(culpa\w*|reproch\w*)\b"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_repair_prompt_is_about_coming_back_together(lang):
    """Drifting apart is normal; each repair prompt points at reconnecting, never at blame."""
    missing, blaming = [], []
    for prompt in load_library().filter(kind="repair"):
        text = " ".join(filter(None, (prompt.text(lang), prompt.follow_up(lang))))
        if not re.search(REPAIR_WORDS[lang], text, re.IGNORECASE):
            missing.append(prompt.id)
        if re.search(BLAME_WORDS[lang], text, re.IGNORECASE):
            blaming.append(prompt.id)
    assert missing == []
    assert blaming == []


# ---------------------------------------------------------------- About-page credits


@pytest.mark.parametrize("lang", LANGS)
def test_sources_credit_each_public_idea_and_its_authors(lang):
    text = sources_text(lang)
    assert sources_title(lang)
    for name in [
        "Center on the Developing Child",
        "Harvard",
        "Strengthening Families™",
        "Center for the Study of Social Policy",
        "Edward Tronick",
        "still-face",
        "American Academy of Pediatrics",
    ]:
        assert name in text, name


def test_sources_claim_no_endorsement_and_mark_the_trademark():
    assert "endorsed" in sources_text("en")
    assert "trademark" in sources_text("en")
    assert "respalda" in sources_text("es")
    assert "marca" in sources_text("es")


@pytest.mark.parametrize("lang", LANGS)
def test_sources_follow_the_language_rules(lang):
    text = sources_text(lang)
    assert find_instrument_names(text) == []
    assert find_avoided(text, lang) == []
