"""The prompt library: load the TOML data files, validate them, look prompts up.

Each ``data/*.toml`` file holds ``schema = 1`` and a list of ``[[prompt]]`` tables::

    [[prompt]]
    id = "con-001"                 # stable forever; history refers to it
    kind = "connection"            # one of vocab.KINDS
    focus = "noticing"             # one of vocab.FOCUSES
    bands = ["0-6m", "6-12m"]      # from vocab.BANDS; ["any"] fits every age
    en = "…"                       # at most 160 characters
    es = "…"
    follow_up_en = "…"             # optional, but then both languages
    follow_up_es = "…"
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .resources import resource_path
from .vocab import ANY_AGE, BANDS, FOCUSES, KINDS, MAX_TEXT_CHARS, normalize_lang

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z]+-\d{3}$")
REQUIRED_KEYS = ("id", "kind", "focus", "bands", "en", "es")
OPTIONAL_KEYS = ("follow_up_en", "follow_up_es")


# How prompts name the child when no nickname is known. The Spanish words ("tu peque",
# "tu bebé") agree with no gender, so a nickname can take their place as it is.
CHILD_WORDS = {
    "en": re.compile(r"\b[Yy]our (?:baby|child|toddler|little one)\b"),
    "es": re.compile(r"\b[Tt]u (?:bebé|peque)\b"),
}


def with_name(text: str, lang: str, name: str | None) -> str:
    """``text`` with the child's nickname in place of "your child" / "tu peque"."""
    name = (name or "").strip()
    if not name:
        return text
    words = CHILD_WORDS["en" if normalize_lang(lang) == "en" else "es"]
    return words.sub(lambda _match: name, text)


class PromptDataError(ValueError):
    """The prompt data files are missing or not in the expected shape."""


@dataclass(frozen=True)
class Prompt:
    id: str
    kind: str
    focus: str
    bands: tuple[str, ...]
    en: str
    es: str
    follow_up_en: str | None = None
    follow_up_es: str | None = None

    def text(self, lang: str, name: str | None = None) -> str:
        """The prompt in ``"en"`` or ``"es"``, with the child's nickname if given."""
        return with_name(self.en if normalize_lang(lang) == "en" else self.es, lang, name)

    def follow_up(self, lang: str, name: str | None = None) -> str | None:
        """The gentle follow-up question, if the prompt has one."""
        text = self.follow_up_en if normalize_lang(lang) == "en" else self.follow_up_es
        return with_name(text, lang, name) if text else text

    @property
    def for_any_age(self) -> bool:
        return ANY_AGE in self.bands

    def suits_band(self, band: str) -> bool:
        """True if the prompt fits a child in ``band`` (prompts for any age fit everyone)."""
        return self.for_any_age or band in self.bands

    def suits_bands(self, bands: Iterable[str]) -> bool:
        """True if the prompt fits at least one of several children's bands."""
        return self.for_any_age or not set(self.bands).isdisjoint(bands)


class PromptLibrary:
    """All prompts, in file order, with lookup by id and simple filters."""

    def __init__(self, prompts: Iterable[Prompt]):
        self._prompts = tuple(prompts)
        self._by_id = {p.id: p for p in self._prompts}
        if len(self._by_id) != len(self._prompts):
            raise PromptDataError("duplicate prompt ids")

    def __len__(self) -> int:
        return len(self._prompts)

    def __iter__(self) -> Iterator[Prompt]:
        return iter(self._prompts)

    def __contains__(self, prompt_id: object) -> bool:
        return prompt_id in self._by_id

    def __getitem__(self, prompt_id: str) -> Prompt:
        return self._by_id[prompt_id]

    def get(self, prompt_id: str) -> Prompt | None:
        return self._by_id.get(prompt_id)

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return self._prompts

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def filter(
        self,
        *,
        kind: str | None = None,
        band: str | None = None,
        focus: str | None = None,
    ) -> tuple[Prompt, ...]:
        """Prompts of a kind, fitting an age band (``"any"`` prompts count), with a focus."""
        return tuple(
            p
            for p in self._prompts
            if (kind is None or p.kind == kind)
            and (band is None or p.suits_band(band))
            and (focus is None or p.focus == focus)
        )


def default_data_dir() -> Path:
    return resource_path("data")


@functools.cache
def _load_default() -> PromptLibrary:
    return load_library_from(default_data_dir())


def load_library(data_dir: Path | str | None = None) -> PromptLibrary:
    """Load and validate the prompt library. The built-in library is read once and cached."""
    if data_dir is None:
        return _load_default()
    return load_library_from(Path(data_dir))


def load_library_from(data_dir: Path) -> PromptLibrary:
    files = sorted(data_dir.glob("*.toml")) if data_dir.is_dir() else []
    if not files:
        raise PromptDataError(f"no prompt files (*.toml) found in {data_dir}")
    problems: list[str] = []
    prompts: list[Prompt] = []
    seen: dict[str, str] = {}
    for path in files:
        for prompt in _read_file(path, problems):
            if prompt.id in seen:
                problems.append(
                    f"{path.name}: {prompt.id}: duplicate id (also in {seen[prompt.id]})"
                )
                continue
            seen[prompt.id] = path.name
            prompts.append(prompt)
    if problems:
        raise PromptDataError("bad prompt data:\n  " + "\n  ".join(problems))
    return PromptLibrary(prompts)


def _read_file(path: Path, problems: list[str]) -> list[Prompt]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"{path.name}: cannot read: {exc}")
        return []
    if data.get("schema") != SCHEMA_VERSION:
        problems.append(f"{path.name}: expected 'schema = {SCHEMA_VERSION}'")
        return []
    unknown_top = set(data) - {"schema", "prompt"}
    if unknown_top:
        problems.append(f"{path.name}: unknown top-level keys {sorted(unknown_top)}")
    entries = data.get("prompt", [])
    if not isinstance(entries, list) or not entries:
        problems.append(f"{path.name}: expected at least one [[prompt]] table")
        return []
    prompts = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path.name}: prompt #{number}"
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            where = f"{path.name}: {entry['id']}"
        prompt = _parse_entry(entry, where, problems)
        if prompt is not None:
            prompts.append(prompt)
    return prompts


def _parse_entry(entry: Any, where: str, problems: list[str]) -> Prompt | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: not a table")
        return None
    errors: list[str] = []
    missing = [key for key in REQUIRED_KEYS if key not in entry]
    if missing:
        errors.append(f"missing {', '.join(missing)}")
    unknown = set(entry) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS)
    if unknown:
        errors.append(f"unknown keys {sorted(unknown)}")
    prompt_id = entry.get("id")
    if "id" in entry and not (isinstance(prompt_id, str) and ID_PATTERN.match(prompt_id)):
        errors.append(f"id {prompt_id!r} should look like 'con-001'")
    if "kind" in entry and entry["kind"] not in KINDS:
        errors.append(f"kind {entry['kind']!r} is not one of {KINDS}")
    if "focus" in entry and entry["focus"] not in FOCUSES:
        errors.append(f"focus {entry['focus']!r} is not one of {FOCUSES}")
    bands = entry.get("bands")
    if "bands" in entry:
        if not isinstance(bands, list) or not bands:
            errors.append("bands must be a non-empty list")
        else:
            bad = [b for b in bands if b not in BANDS]
            if bad:
                errors.append(f"bands {bad} not in {BANDS}")
            if len(set(bands)) != len(bands):
                errors.append("bands repeat")
            if ANY_AGE in bands and len(bands) > 1:
                errors.append("'any' cannot be combined with other bands")
    for key in ("en", "es", *OPTIONAL_KEYS):
        if key in entry:
            errors.extend(_text_errors(key, entry[key]))
    if ("follow_up_en" in entry) != ("follow_up_es" in entry):
        errors.append("follow-up must be given in both languages or in neither")
    if errors:
        problems.extend(f"{where}: {error}" for error in errors)
        return None
    return Prompt(
        id=entry["id"],
        kind=entry["kind"],
        focus=entry["focus"],
        bands=tuple(bands),
        en=entry["en"].strip(),
        es=entry["es"].strip(),
        follow_up_en=_optional(entry.get("follow_up_en")),
        follow_up_es=_optional(entry.get("follow_up_es")),
    )


def _text_errors(key: str, value: Any) -> list[str]:
    if not isinstance(value, str) or not value.strip():
        return [f"{key} must be non-empty text"]
    if len(value.strip()) > MAX_TEXT_CHARS:
        return [f"{key} is {len(value.strip())} characters (at most {MAX_TEXT_CHARS})"]
    return []


def _optional(value: str | None) -> str | None:
    return value.strip() if value else None
