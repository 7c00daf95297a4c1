"""The fixed vocabularies a prompt is described with: kinds, focuses, age bands, languages.

Focus ids come from three public ideas. One id, ``"responding"``, belongs to two of them
(a serve-and-return step *and* a noticing lens): it is modelled once, as a single focus,
and listed in both groups, because for a caregiver it is the same thing (answering what
the child did). ``FOCUSES`` therefore has 13 distinct ids.
"""

from __future__ import annotations

LANGS: tuple[str, ...] = ("en", "es")

KINDS: tuple[str, ...] = ("reflection", "connection", "repair", "village", "self_care")

BANDS: tuple[str, ...] = ("0-6m", "6-12m", "12-24m", "24-36m", "3-5y", "any")
#: The age bands a child can be in (everything in BANDS except "any").
CHILD_BANDS: tuple[str, ...] = BANDS[:-1]
ANY_AGE = "any"

SERVE_AND_RETURN: tuple[str, ...] = (
    "noticing",
    "responding",
    "naming",
    "taking_turns",
    "endings_beginnings",
)
PROTECTIVE_FACTORS: tuple[str, ...] = (
    "resilience",
    "social_connections",
    "knowledge",
    "concrete_support",
    "child_competence",
)
LENSES: tuple[str, ...] = ("warmth", "responding", "encouraging", "teaching")

FOCUS_GROUPS: dict[str, tuple[str, ...]] = {
    "serve_and_return": SERVE_AND_RETURN,
    "protective_factors": PROTECTIVE_FACTORS,
    "lenses": LENSES,
}

#: Every focus id, each once, in a stable order.
FOCUSES: tuple[str, ...] = tuple(dict.fromkeys(SERVE_AND_RETURN + PROTECTIVE_FACTORS + LENSES))

#: History statuses. A prompt the caregiver passed over is "skipped", never a failure.
STATUSES: tuple[str, ...] = ("shown", "answered", "skipped")

MAX_TEXT_CHARS = 160


def normalize_lang(lang: str) -> str:
    """``"es_MX"``, ``"es-419"`` or ``"ES"`` → ``"es"``; unknown languages raise ValueError."""
    code = lang.replace("-", "_").split("_", 1)[0].strip().lower()
    if code not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGS}")
    return code
