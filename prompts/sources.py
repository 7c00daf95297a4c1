"""The credits text for the About page: the public ideas the prompts build on."""

from __future__ import annotations

import functools
import tomllib

from .resources import resource_path
from .vocab import normalize_lang

SOURCES_FILE = "sources.toml"


@functools.cache
def _sources() -> dict:
    with resource_path(SOURCES_FILE).open("rb") as handle:
        return tomllib.load(handle)


def sources_title(lang: str) -> str:
    return _sources()[normalize_lang(lang)]["title"]


def sources_text(lang: str) -> str:
    """The About-page credits in ``"en"`` or ``"es"``: paragraphs separated by blank lines."""
    section = _sources()[normalize_lang(lang)]
    return "\n\n".join(part.strip() for part in section["paragraphs"])
