"""Plain words in every UI string and message: grade 6 or below, no avoided words.

How the strings are gathered: every source string of the Spanish .ts file, which the
test in test_ui_access.py keeps equal to what `pyside6-lupdate` finds in ui/*.py, so
it is every string the UI passes through Qt's translation (labels, buttons, messages,
errors). The readability method is the one the prompts use (tests/readability.py).

* Sentences (8 words or more) must read at Flesch-Kincaid grade 6 or below.
* Short labels (fewer than 8 words) are too short for a grade formula to mean much;
  they are held to short words instead: no word over 4 syllables, at most one word of
  4 syllables, except the app's own words (passphrase, recovery code…).
* Neither language uses a word from the avoid list (prompts.find_avoided), and every
  error the UI can show says what happened and what to do next.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from readability import en_syllables, fk_grade, words
from test_ui_support import *  # noqa: F403 - fixtures

import prompts

TS = Path(__file__).resolve().parent.parent / "ui" / "translations" / "small_moments_es.ts"
SENTENCE_WORDS = 8
# words the app has to use, explained where they first appear
APP_WORDS = {"passphrase", "recovery", "Markdown", "JSON", "PDF", "password", "automatically",
             "encrypted", "caregiver", "caregivers", "information"}


def messages() -> list[tuple[str, str, str]]:
    out = []
    for context in ET.parse(TS).getroot():
        for message in context.findall("message"):
            out.append((context.findtext("name") or "", message.findtext("source") or "",
                        message.findtext("translation") or ""))
    return out


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_english_sentences_read_at_grade_six_or_below():
    hard = {}
    for context, source, _ in messages():
        text = plain(source).replace("%1", "it").replace("%2", "it").replace("%n", "3")
        if len(words(text)) >= SENTENCE_WORDS and fk_grade(text) > 6:
            hard[f"{context}: {text[:70]}"] = round(fk_grade(text), 1)
    assert hard == {}


def test_english_labels_use_short_words():
    long_words = {}
    for context, source, _ in messages():
        text = plain(source)
        ws = [w for w in words(text) if w not in APP_WORDS]
        if len(words(text)) >= SENTENCE_WORDS:
            continue
        big = [w for w in ws if en_syllables(w) >= 4]
        if any(en_syllables(w) > 4 for w in ws) or len(big) > 1:
            long_words[f"{context}: {text}"] = big
    assert long_words == {}


@pytest.mark.parametrize("column", [1, 2], ids=["en", "es"])
def test_no_avoided_words_in_either_language(column):
    lang = "en" if column == 1 else "es"
    found = {}
    for message in messages():
        text = plain(message[column])
        hits = prompts.find_avoided(text, lang)
        if hits:
            found[text[:60]] = hits
    assert found == {}


ERROR_CONTEXTS = ("Errors", "Input")
NEXT_STEP = ("try", "check", "put", "restore", "update", "pick", "add", "type", "you can")


def test_every_error_says_what_to_do_next():
    """Each message in the error contexts names a next step (or that nothing was lost)."""
    vague = []
    for context, source, _ in messages():
        if context not in ERROR_CONTEXTS:
            continue
        lower = source.lower()
        if not any(step in lower for step in NEXT_STEP) and "nothing" not in lower:
            vague.append(source)
    assert vague == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_core_error_the_ui_can_show_has_its_own_plain_words(qapp, ctx, lang):
    """Every error type journal/errors.py defines gets translated words (never the core's
    English in Spanish), through the same functions the screens use."""
    import inspect

    import journal.errors as errors
    from ui.widgets.input_errors import input_error_text

    ctx.languages.switch(lang)
    kinds = [k for _n, k in inspect.getmembers(errors, inspect.isclass)
             if issubclass(k, Exception) and k.__module__ == errors.__name__]
    assert len(kinds) >= 8
    spanish = {m[2] for m in messages()}
    english = {m[1] for m in messages()}
    for kind in kinds:
        try:
            exc = kind("core words")
        except TypeError:
            continue
        text = input_error_text(exc, lang)
        assert text and "core words" not in text or (lang == "en" and kind is errors.InvalidInput)
        assert text in (spanish if lang == "es" else english | {"core words"}), kind
