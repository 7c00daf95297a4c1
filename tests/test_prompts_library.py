"""The prompt data: schema, coverage (computed from the files), loading and lookup."""

from __future__ import annotations

import dataclasses
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

import prompts
from prompts import (
    ANY_AGE,
    BANDS,
    CHILD_BANDS,
    FOCUSES,
    KINDS,
    MAX_TEXT_CHARS,
    PROTECTIVE_FACTORS,
    PromptDataError,
    load_library,
    resource_path,
)

DATA_DIR = Path(prompts.__file__).resolve().parent / "data"


def _raw_entries() -> list[tuple[str, dict]]:
    """Every [[prompt]] table straight from the TOML files, without the loader."""
    entries = []
    for path in sorted(DATA_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        entries += [(path.name, entry) for entry in data["prompt"]]
    return entries


def _texts(entry: dict, lang: str) -> list[str]:
    return [t for t in (entry[lang], entry.get(f"follow_up_{lang}")) if t is not None]


# ---------------------------------------------------------------- schema (from raw data)


def test_ids_are_unique_across_all_files():
    ids = [entry["id"] for _, entry in _raw_entries()]
    duplicates = [pid for pid, n in Counter(ids).items() if n > 1]
    assert duplicates == []


def test_every_entry_has_valid_vocabulary_and_both_languages():
    problems = []
    for name, entry in _raw_entries():
        where = f"{name}:{entry.get('id')}"
        if not re.fullmatch(r"[a-z]+-\d{3}", entry.get("id", "")):
            problems.append(f"{where} id")
        if entry.get("kind") not in KINDS:
            problems.append(f"{where} kind")
        if entry.get("focus") not in FOCUSES:
            problems.append(f"{where} focus")
        bands = entry.get("bands") or []
        if not bands or any(b not in BANDS for b in bands):
            problems.append(f"{where} bands")
        for lang in ("en", "es"):
            if not isinstance(entry.get(lang), str) or not entry[lang].strip():
                problems.append(f"{where} {lang} missing")
        if ("follow_up_en" in entry) != ("follow_up_es" in entry):
            problems.append(f"{where} follow-up in one language only")
    assert problems == []


def test_texts_are_short_enough():
    too_long = [
        (entry["id"], lang, len(text))
        for _, entry in _raw_entries()
        for lang in ("en", "es")
        for text in _texts(entry, lang)
        if len(text) > MAX_TEXT_CHARS
    ]
    assert too_long == []


def _spanish_questions_balanced(text: str) -> bool:
    """Every "?" closes an earlier "¿", with no nesting."""
    open_marks = 0
    for ch in text:
        if ch == "¿":
            if open_marks:
                return False
            open_marks += 1
        elif ch == "?":
            if not open_marks:
                return False
            open_marks -= 1
    return open_marks == 0


def test_questions_are_punctuated_in_both_languages():
    problems = []
    for _, entry in _raw_entries():
        for text in _texts(entry, "en"):
            if not text.endswith("?") or "¿" in text:
                problems.append(f"{entry['id']} en: {text}")
        for text in _texts(entry, "es"):
            if not text.endswith("?") or "¿" not in text or not _spanish_questions_balanced(text):
                problems.append(f"{entry['id']} es: {text}")
    assert problems == []


def test_texts_have_no_stray_whitespace():
    bad = [
        entry["id"]
        for _, entry in _raw_entries()
        for lang in ("en", "es")
        for text in _texts(entry, lang)
        if text != text.strip() or "  " in text or "\n" in text
    ]
    assert bad == []


FORMAL_SPANISH = re.compile(
    r"\b(usted|piense|cuente|escriba|recuerde|dígame|cuénteme|sus hijos)\b", re.IGNORECASE
)


def test_spanish_uses_tu_throughout():
    """No formal "usted" and no formal imperatives ("piense", "cuente"…)."""
    formal = [
        entry["id"]
        for _, entry in _raw_entries()
        for text in _texts(entry, "es")
        if FORMAL_SPANISH.search(text)
    ]
    assert formal == []


# ---------------------------------------------------------------- coverage (computed)


def test_there_are_at_least_160_prompts():
    assert len(load_library()) >= 160


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("band", CHILD_BANDS)
def test_every_kind_has_five_prompts_for_every_age_band(kind, band):
    assert len(load_library().filter(kind=kind, band=band)) >= 5


@pytest.mark.parametrize("factor", PROTECTIVE_FACTORS)
def test_every_protective_factor_has_ten_prompts(factor):
    assert len(load_library().filter(focus=factor)) >= 10


def test_repair_has_at_least_25_prompts():
    assert len(load_library().filter(kind="repair")) >= 25


def test_every_focus_is_used():
    used = {p.focus for p in load_library()}
    assert used == set(FOCUSES)


def test_any_is_never_mixed_with_other_bands():
    assert all(p.bands == (ANY_AGE,) or ANY_AGE not in p.bands for p in load_library())


# ---------------------------------------------------------------- loading and lookup


def test_library_is_cached():
    assert load_library() is load_library()


def test_lookup_by_id_and_text_in_each_language():
    library = load_library()
    first = library.prompts[0]
    assert library[first.id] is first
    assert library.get(first.id) is first
    assert first.id in library
    assert library.get("nope-999") is None
    with pytest.raises(KeyError):
        library["nope-999"]
    assert first.text("en") == first.en
    assert first.text("es") == first.es
    assert first.text("es_MX") == first.es
    assert first.text("en-GB") == first.en
    with pytest.raises(ValueError):
        first.text("fr")


def test_follow_up_is_optional_and_bilingual():
    library = load_library()
    with_follow_up = [p for p in library if p.follow_up_en]
    without = [p for p in library if not p.follow_up_en]
    assert with_follow_up and without
    sample = with_follow_up[0]
    assert sample.follow_up("en") == sample.follow_up_en
    assert sample.follow_up("es") == sample.follow_up_es
    assert without[0].follow_up("es") is None


def test_prompts_are_frozen():
    prompt = load_library().prompts[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        prompt.en = "changed"  # type: ignore[misc]


def test_filters_combine_and_any_age_counts_for_every_band():
    library = load_library()
    for prompt in library.filter(kind="repair", band="0-6m", focus="resilience"):
        assert prompt.kind == "repair"
        assert prompt.focus == "resilience"
        assert prompt.suits_band("0-6m")
    any_age = [p for p in library if p.for_any_age]
    assert any_age
    assert all(p in library.filter(band="3-5y") for p in any_age)
    older_only = [p for p in library if p.bands == ("3-5y",)]
    assert older_only
    assert not any(p in library.filter(band="0-6m") for p in older_only)


def test_resource_path_points_into_the_package():
    assert resource_path("data") == DATA_DIR
    assert (resource_path("language_rules.toml")).is_file()
    assert (resource_path("sources.toml")).is_file()


def test_resource_path_in_a_frozen_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("data") == tmp_path / "prompts" / "data"


# ---------------------------------------------------------------- bad data, clear errors

GOOD = """
[[prompt]]
id = "{id}"
kind = "reflection"
focus = "noticing"
bands = ["any"]
en = "What did you notice today?"
es = "¿Qué notaste hoy?"
"""


def _write(folder: Path, name: str, body: str, schema: bool = True) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(("schema = 1\n" if schema else "") + body, encoding="utf-8")


def test_a_small_valid_folder_loads(tmp_path):
    _write(tmp_path / "d", "a.toml", GOOD.format(id="ref-001") + GOOD.format(id="ref-002"))
    library = load_library(tmp_path / "d")
    assert library.ids == ("ref-001", "ref-002")


def test_duplicate_id_across_files_is_a_clear_error(tmp_path):
    folder = tmp_path / "d"
    _write(folder, "a.toml", GOOD.format(id="ref-001"))
    _write(folder, "b.toml", GOOD.format(id="ref-001"))
    with pytest.raises(
        PromptDataError, match=r"b\.toml: ref-001: duplicate id \(also in a\.toml\)"
    ):
        load_library(folder)


def test_missing_spanish_is_a_clear_error(tmp_path):
    body = GOOD.format(id="ref-007").replace('es = "¿Qué notaste hoy?"\n', "")
    _write(tmp_path / "d", "a.toml", body)
    with pytest.raises(PromptDataError, match=r"a\.toml: ref-007: missing es"):
        load_library(tmp_path / "d")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('kind = "reflection"', 'kind = "homework"', "kind 'homework' is not one of"),
        ('focus = "noticing"', 'focus = "grit"', "focus 'grit' is not one of"),
        ('bands = ["any"]', 'bands = ["2-3y"]', r"bands \['2-3y'\] not in"),
        ('bands = ["any"]', 'bands = ["any", "0-6m"]', "'any' cannot be combined"),
        ('bands = ["any"]', "bands = []", "bands must be a non-empty list"),
        ('es = "¿Qué notaste hoy?"', 'es = "  "', "es must be non-empty text"),
        ('en = "What did you notice today?"', f'en = "{"a" * 161}?"', "en is 162 characters"),
        ('id = "ref-001"', 'id = "Ref 1"', "id 'Ref 1' should look like"),
        (
            'es = "¿Qué notaste hoy?"',
            'es = "¿Qué notaste hoy?"\nfollow_up_en = "Why?"',
            "follow-up must be given in both languages",
        ),
        ('en = "', 'colour = "blue"\nen = "', r"unknown keys \['colour'\]"),
    ],
)
def test_bad_fields_are_clear_errors(tmp_path, old, new, message):
    body = GOOD.format(id="ref-001")
    assert old in body
    _write(tmp_path / "d", "a.toml", body.replace(old, new, 1))
    with pytest.raises(PromptDataError, match=message):
        load_library(tmp_path / "d")


def test_broken_toml_names_the_file(tmp_path):
    _write(tmp_path / "d", "broken.toml", "[[prompt]\nid = ")
    with pytest.raises(PromptDataError, match=r"broken\.toml: cannot read"):
        load_library(tmp_path / "d")


def test_missing_schema_and_empty_folder_are_clear_errors(tmp_path):
    _write(tmp_path / "d", "a.toml", GOOD.format(id="ref-001"), schema=False)
    with pytest.raises(PromptDataError, match=r"a\.toml: expected 'schema = 1'"):
        load_library(tmp_path / "d")
    (tmp_path / "empty").mkdir()
    with pytest.raises(PromptDataError, match="no prompt files"):
        load_library(tmp_path / "empty")


def test_all_problems_are_reported_at_once(tmp_path):
    body = GOOD.format(id="ref-001").replace('kind = "reflection"', 'kind = "x"')
    body += GOOD.format(id="ref-002").replace('focus = "noticing"', 'focus = "y"')
    _write(tmp_path / "d", "a.toml", body)
    with pytest.raises(PromptDataError) as caught:
        load_library(tmp_path / "d")
    assert "ref-001: kind" in str(caught.value)
    assert "ref-002: focus" in str(caught.value)
