"""The avoid list from ERH.md, as data (``language_rules.toml``) with helpers to check text.

``find_avoided("You did nothing wrong.", "en")`` gives ``["wrong"]``. Later UI and summary
tests can reuse these helpers on any text shown to a caregiver.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata

from .resources import resource_path
from .vocab import normalize_lang

RULES_FILE = "language_rules.toml"


@functools.cache
def _rules() -> dict:
    with resource_path(RULES_FILE).open("rb") as handle:
        return tomllib.load(handle)


def avoid_words(lang: str, *, include_jargon: bool = True) -> tuple[str, ...]:
    """The words and phrases never used with a caregiver in ``lang`` ("en" or "es")."""
    section = _rules()[normalize_lang(lang)]
    words = list(section["avoid"])
    if include_jargon:
        words += section.get("jargon", [])
    return tuple(words)


def instrument_names() -> tuple[str, ...]:
    """Names of proprietary instruments that must never appear in the product."""
    return tuple(_rules()["instruments"]["names"])


def _fold(text: str) -> str:
    """Lower case without accents, so "Déficit" and "deficit" compare equal."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _pattern(term: str) -> re.Pattern[str]:
    pieces = [re.escape(piece) for piece in re.split(r"[\s\-]+", _fold(term).strip()) if piece]
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(pieces) + r"(?!\w)")


def find_avoided(text: str, lang: str, *, include_jargon: bool = True) -> list[str]:
    """The avoid-list terms that occur in ``text`` as whole words, in list order."""
    folded = _fold(text)
    return [
        term
        for term in avoid_words(lang, include_jargon=include_jargon)
        if _pattern(term).search(folded)
    ]


def find_instrument_names(text: str) -> list[str]:
    """Proprietary instrument names in ``text`` (whole words, exact case)."""
    return [
        name
        for name in instrument_names()
        if re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    ]
